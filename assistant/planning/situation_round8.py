"""Round 8 of issue #20: a miss word that names a tool is no miss; in the partner's words "we ... ourselves" is their side;
the CIO's own reading is no ask of theirs; what we delivered; private clauses cut from what a plan quotes."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.perception.cio_lines import KEEP_OUT, PLANNING, cio_owned
from assistant.perception.cio_lines import READING as _READING
from assistant.planning import situation_cues as cue_
from assistant.planning.entry_voice import written_by_another
from assistant.planning.note_reading import cio_voice
from assistant.text.sentences import one_line

if TYPE_CHECKING:
    from assistant.planning.situation_types import Item, Sentence, Situation

# A miss word used as a modifier: "the outage map", "failure reports", "delay alerts".
ATTRIBUTIVE = re.compile(
    r"\s+(?:map|maps|dashboard|report|reports|reporting|data|alerts?|analytics|log|register|tracker|board|process|plan|notifications?|rota)\b"
)


def we_did(text: str, miss: str) -> bool:
    """In the partner's words, "we"/"I" as the subject of the miss: their own side."""
    return re.search(r"\b(?:we|I)\s+(?:\w+\s+)?" + re.escape(miss), text, re.IGNORECASE) is not None


def cio_reading(text: str) -> bool:
    """A sentence that is the CIO's own reading of the partner, not what the partner asked, offered or said."""
    return bool(_READING.search(text)) or cio_voice(text)


def cio_evidence(sit: Situation, quote: str) -> bool:
    """A quote the notes hold only in the CIO's own voice (a reading, a guess, a labelled note, a bracketed aside):
    never shown as evidence of how the partner sees us."""
    if quote.lstrip().startswith("[") or quote.rstrip(" .").endswith("]") or KEEP_OUT.match(quote) or PLANNING.search(quote):
        return True
    holders = [s for s in sit.sentences if quote in one_line(s.text) or one_line(s.text) in quote]
    return bool(holders) and all(s.speaker != "partner" and (cio_sentence(s) or written_by_another(s)) for s in holders)


def cio_sentence(s: Sentence) -> bool:
    """The CIO's own reading, or any sentence of a paragraph or section the writer labelled as their own ("My opinion:
    ...", "## My comments"), or a bracketed annotation."""
    return cio_reading(s.text) or cio_owned(s.note.text, s.text)


def delivered(sit: Situation) -> list[Item]:
    """What a later note shows we delivered (their request answered, our promise kept), newest first, once per sentence:
    the plain proof a coach builds on. Private sentences are left out."""
    from assistant.planning.kept_evidence import proof  # a late, moved, shared-delayed or rejected delivery is no proof

    done = [i for i in sit.items if i.status == "done" and i.done_quote and i.done_on and not cue_.private(i.done_quote)
            and ((i.kind == "request" and i.owner == "partner") or (i.kind in ("promise", "noted_promise") and i.owner == "us")) and proof(sit, i)]
    seen: set[str] = {i.done_quote for i in sit.items if i.kind == "late_promise"}  # delivered after its date: no proof
    out = []
    for item in sorted(done, key=lambda i: i.done_on or dt.date.min, reverse=True):
        if item.done_quote not in seen:
            seen.add(item.done_quote)
            out.append(item)
    return out


# Where a sentence may be cut so that a private clause goes and the rest still reads: a comma or semicolon, or a
# "while"/"because"/"since" that opens a new clause.
_CLAUSE = re.compile(r"[,;]\s+(?![^()]*\))|\s+(?=(?:while|because|since|as)\s)(?![^()]*\))", re.IGNORECASE)  # a bracket stays with its clause


def wholly_private(quote: str) -> bool:
    """A note sentence with nothing left once its private clauses go: no open item is built on it."""
    return bool(quote) and not without_private(quote)


def without_private(text: str) -> str:
    """The text without its clauses that carry a personal matter, a phone number or an e-mail address ("…" marks the cut).

    An open item quotes the note it came from; "the route report by 20 November, and that we ring his mobile while his
    daughter is in hospital" keeps the ask and loses the family matter. Nothing left: ''."""
    if not text or not (cue_.personal_matter(text) or cue_.PHONE.search(text) or cue_.EMAIL.search(text)):
        return text
    pieces = _CLAUSE.split(text)
    kept = [p for p in pieces if not (cue_.personal_matter(p) or cue_.PHONE.search(p) or cue_.EMAIL.search(p))]
    if not kept or len(" ".join(kept).split()) < 3:
        return ""
    return ", ".join(p.strip().rstrip(".") for p in kept) + (" …" if len(kept) < len(pieces) else "")
