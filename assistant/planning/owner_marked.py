"""Our promises marked by an owner, in the shapes trackers and minutes use in any language (session 27).

"RMS feed: the remaining 15 hotels by 15 January 2027, owner Iñaki." / "Wards 9 and 10 go live on 25 January. | Promise,
owner Kate." / "Task (Open) | 12/15/2026 | field tech coverage | Owner: Tanya Ruiz." / "Responsabile: Luca, entro il 30
novembre." A line that names an owner and sets a date after the note's own date is a dated deliverable; in the CIO's
notes it is ours unless the owner is the partner or someone the line ties to the partner's side ("her analyst"). The
cue words live in data (assistant/data/owner_cues.yaml), never in this code.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

import yaml

from assistant.planning.due_dates import dates_in, due_date
from assistant.planning.note_reading import Partner
from assistant.planning.situation_types import Item, Sentence, terms_of
from assistant.text.sentences import one_line

CUES = Path(__file__).resolve().parent.parent / "data" / "owner_cues.yaml"
# A capitalised name (one or two words), a run of CJK or Hangul characters, or our side itself ("me", "IT").
_NAME = (r"(?P<who>(?i:me|us|myself|IT|ICT|CIO)\b|[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+)?"
         r"|[\u4e00-\u9fff\uac00-\ud7af]{2,4})")
_MAX_WORDS = 60
_QUOTED = re.compile(r"[\"“”„«»「」]")  # a whole paragraph is a summary, not one deliverable


@lru_cache(maxsize=1)
def _cues() -> dict[str, list[str]]:
    data = yaml.safe_load(CUES.read_text(encoding="utf-8")) or {}
    return {k: [str(v) for v in vs] for k, vs in data.items()}


@lru_cache(maxsize=1)
def _owner_before() -> re.Pattern[str]:
    """An owner word, then the name: "owner Kate", "Owner: Tanya Ruiz", "Verantwortlich: Jonas"."""
    words = "|".join(sorted((re.escape(w) for w in _cues()["owner_word"]), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?i:{words})\s*[:=：\-–]?\s*(?:is\s+|ist\s+|è\s+)?{_NAME}")


@lru_cache(maxsize=1)
def _owner_after() -> re.Pattern[str]:
    """The name, then an owner verb: "Tanya owns", "(Karim owns; ...)"."""
    words = "|".join(sorted((re.escape(w) for w in _cues()["owns_verb"]), key=len, reverse=True))
    return re.compile(rf"{_NAME}\s+(?i:{words})(?!\w)")


@lru_cache(maxsize=1)
def _their_side() -> re.Pattern[str]:
    """The owner is tied to the partner's side: "her analyst Magnus", "Magnus (her team)"."""
    words = "|".join(re.escape(w) for w in _cues()["their_side"])
    return re.compile(rf"(?:{words})", re.IGNORECASE)


def _owner_match(text: str) -> re.Match[str] | None:
    return _owner_before().search(text) or _owner_after().search(text)


def owner_in(text: str) -> str:
    """The owner a tracker line names, or ""."""
    match = _owner_match(text)
    return match.group("who").strip(" .,;:") if match else ""


def _theirs(text: str, who: str, partner: Partner) -> bool:
    if partner.is_me(who) or partner.is_me(who.split()[0]):
        return True
    at = text.find(who)
    if at < 0:
        return False
    before, after = text[max(0, at - 30): at], text[at + len(who): at + len(who) + 12]
    return bool(_their_side().search(before) or re.match(rf"\s*\(\s*(?:{_their_side().pattern})", after, re.IGNORECASE))


def _later_date(text: str, written: dt.date | None, order: str) -> dt.date | None:
    """The date it is due: the one after "by"/"bis"/"entro" where there is one, else the first date after the note's."""
    if written is None:
        return None
    due, _ = due_date(text, written, order)  # type: ignore[arg-type]
    if due and due > written:
        return due
    ahead = [d for d in dates_in(text, written, order) if d > written]  # type: ignore[arg-type]
    return min(ahead) if ahead else None


_LABEL = re.compile(r"^[^:]{0,40}:\s+")  # "(My note, 19 Nov: ", "RMS feed: ", "Task (Open) | ... :"
_DATE_LEAD = re.compile(r"^\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*[|:-]?\s*")
_MAX_WHAT = 14


def _what(text: str, match: re.Match[str]) -> str:
    """The deliverable as the line words it (never rewritten): after "<who> owns", else before the owner phrase; ""
    when what is left is not a clean phrase (brackets, quotes, a long clause), so no sentence is built from it."""
    if match.re is _owner_after():
        what = re.split(r"[;,.(|]", text[match.end():], maxsplit=1)[0]
    else:
        cells = [c.strip() for c in text[: match.start()].split("|") if len(c.split()) >= 2]
        what = cells[-1] if cells else text[: match.start()]
        what = _DATE_LEAD.sub("", _LABEL.sub("", what.strip(" -*•"), count=1))
        what = re.split(r"[;(]", what, maxsplit=1)[0]
    what = what.strip(" -*•.,:;")
    if _QUOTED.search(what) or ")" in what or not 2 <= len(what.split()) <= _MAX_WHAT:
        return ""
    return what


def _known(terms: frozenset[str], items: list[Item]) -> bool:
    """Another reader already has this promise (two content words in common with one of ours)."""
    return any(i.kind == "promise" and len(terms & i.terms) >= 2 for i in items)


def owner_marked_promises(sentences: list[Sentence], partner: Partner, known: list[Item]) -> list[Item]:
    """Dated deliverables with an owner on our side, from lines no other reader turned into an item."""
    taken = {i.order for i in known}
    out: list[Item] = []
    for s in sentences:
        text = one_line(s.text)
        if s.order in taken or (s.speaker not in ("narrator", "us", "other") and _QUOTED.search(text)):
            continue  # a tracker line after a labelled quote is still the CIO's; the partner's quoted words are not
        if len(text.split()) > _MAX_WORDS:
            continue
        match = _owner_match(text)
        who = match.group("who").strip(" .,;:") if match else ""
        if not match or not who or _theirs(text, who, partner):
            continue
        due = _later_date(text, s.date, s.date_order)
        if due is None:
            continue
        what = _what(text, match)
        if not what or _known(terms_of(what), known + out):
            continue
        out.append(Item("promise", "us", "open", s.text, s.date, s.note.ref, "owner", what, False, due, order=s.order,
                        terms=terms_of(what), date_order=s.date_order, owner_name=who))
    return out
