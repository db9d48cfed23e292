"""The last check on the value message's goal (plan round 30): the goal it says back must be the partner's own
outcome, read from typed facts, or it is left out with the lines that lean on it.

Not a goal, whatever its wording:
- a line of a miss: the quote sits on the note line of a miss, a forgiven miss or an avoid-topic ("that was the
  vendor, not your team", "all I want is the refund from the carrier"); the story of a miss is never the value test;
- a piece of their sentence: the notes open the quotation mid-sentence, on a lower-case word ("not in January when
  I need every machine"), so it is no whole line of theirs to say back;
- a figure with no measure of theirs: "your target: $420k, 10 weeks" names a price and a duration (a rival's quote,
  a budget line), not something of theirs that moves;
- a line spoken to us: it addresses the CIO in the partner's language ("bukan tim Bapak", not your team);
- a line break inside a sentence: a signature or a header block, never spoken.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation import Situation
from assistant.planning.value_final import sentences
from assistant.planning.value_own import cut_free

_I = re.IGNORECASE
MAX_THING_WORDS = 12
_QUOTED = re.compile(r"“([^”]+)”")
_TARGET = re.compile(r"\b(?:target|holds you to|number you reported|number on the table)\b:\s*(?P<x>[^.]+?)(?:, so\b|\.$|$)", _I)
# Words a price or a span is made of: "$420k, 10 weeks", "EUR 1.2m over 18 months" name no measure of theirs.
_UNIT_WORDS = re.compile(r"\b(?:k|m|bn|million|billion|thousand|days?|weeks?|months?|years?|hours?|over|in|and|for|per|a|an|the|of|"
                         r"usd|eur|gbp|jpy|aud|cad|sgd|nzd|inr|zar)\b", _I)
# The CIO addressed in the partner's language ("bukan tim Bapak", "pas vous", "no es usted"): a line spoken to us, about
# us or whose fault it was, never their own outcome (English "you" lines are kept out where goals are read).
_TO_US = re.compile(r"\b(?:Bapak|Anda|vous|votre|vos|usted(?:es)?|você|vocês|jij|jullie)\b", _I)
# The CIO's own report inside the quotation ("3 scanners fail; asked whether they count in the recharge"): never their line.
_REPORTED = re.compile(r"\b(?:asked|told|said|agreed|wants|wanted)\s+(?:if|whether|that|us|me)\b", _I)
# The sentences that only lean on the goal: the test against it and the meaning after it.
LEANS = re.compile(r"^(?:Judge\b|Technology's job for you\b|Hold (?:technology|us)\b)|\bagainst your own words\b", _I)


def _lines_with(sit: Situation, text: str) -> list[tuple[str, str]]:
    """(note line, note ref) for each note line that holds `text` (case aside)."""
    low = text.lower()
    out = []
    notes = {n.ref: n for n in [*sit.notes, *(x.note for x in sit.sentences)]}
    for note in notes.values():
        for line in note.text.splitlines():
            if low in line.lower():
                out.append((line, note.ref))
    return out


def _of_a_miss(sit: Situation, line: str, ref: str, quote: str) -> bool:
    """The quotation that holds `quote` tells a miss: it sits inside a miss item's (or an avoid-topic's) own words,
    or its lead-in and the sentence before that are the miss's ('... 9,000 calls were lost. Ingrid said: "..."').
    A want said later on the same long line (a table row of a whole meeting) is not the miss's."""
    quotes = [q.strip() for i in sit.items if "miss" in i.kind and i.note_ref == ref for q in (i.quote, i.forgiven_quote) if len(q.strip()) > 8]
    quotes += [a.quote.strip() for a in sit.avoid if a.note_ref == ref and len(a.quote.strip()) > 8]
    at = line.lower().find(quote.lower())
    opened = max(line.rfind(m, 0, at) for m in "\"“„") if at >= 0 else -1
    before = _STOPS.split(line[:opened if opened >= 0 else max(at, 0)].rstrip())
    near = " ".join(before[-2:])  # the lead-in and the sentence before it
    return any(quote in q or q[-40:] in near for q in quotes)


_STOPS = re.compile(r"(?<=[.!?])[\"”]?\s+")


def _cut_piece(line: str, quote: str) -> bool:
    """The notes open this quotation on a lower-case letter: a piece of a sentence, not a whole line of theirs."""
    at = line.lower().find(quote.lower())
    return at >= 0 and quote[:1].isalpha() and line[at:at + 1].islower() and line[max(0, at - 1):at] in "\"“„'‘"


def quote_not_goal(sit: Situation, quote: str) -> bool:
    """The quoted words are a miss's story or a cut piece of a sentence in every note line that holds them."""
    body = quote.strip().rstrip(".!")
    if len(body) < 8:
        return False
    lines = _lines_with(sit, body)
    return bool(lines) and all(_of_a_miss(sit, line, ref, body) or _cut_piece(line, body) for line, ref in lines)


def measureless(item: str) -> bool:
    """'$420k, 10 weeks': a figure whose words name no measure (only units, currencies, spans)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", _UNIT_WORDS.sub(" ", item))
    return bool(re.search(r"\d", item)) and not words


def _not_goal(sit: Situation, sentence: str) -> bool:
    if "\n" in sentence:
        return True  # a signature or header block
    if any(quote_not_goal(sit, q) or _TO_US.search(q) or _REPORTED.search(q) for q in _QUOTED.findall(sentence)):
        return True
    target = _TARGET.search(sentence)
    return bool(target and measureless(target.group("x")))


def guarded(sit: Situation, message: str) -> str:
    """The message less a goal that is no goal of theirs, and less the lines that only lean on it ('' when nothing is
    left to say)."""
    parts = sentences(message)
    if not any(_not_goal(sit, s) for s in parts):
        return message
    kept = [s for s in parts if not _not_goal(sit, s)]
    if not any(_QUOTED.search(s) or _TARGET.search(s) for s in kept):
        kept = [s for s in kept if not LEANS.search(s)]
    return " ".join(kept)


_CUT = re.compile(r"\s+\(|\s+[—–-]\s+|;|:")
_OTHERS = re.compile(r"\b(?:she|he|her|his|him|they|them|their|its)\b", _I)
_NOUN_PHRASE = re.compile(r"(?:a|an|the|one|two|three|four|five|\d+)\s", _I)  # a thing named, never "me to ..." or a verb
NEAR_DAYS = 21  # an item due this close to the meeting is what the meeting brings


def our_thing(sit: Situation, day: dt.date | None) -> str:
    """The concrete thing this meeting is about, named as the notes name it: their open request, else our open
    promise, due near the meeting day; its words before any bracket or dash, short, whole, of no third person ('' when
    none)."""
    near = [i for i in [*sit.live_theirs(), *sit.open_ours()] if i.kind in ("request", "promise") and i.due
            and (day is None or abs((i.due - day).days) <= NEAR_DAYS)]
    for item in near:
        name = _CUT.split(item.complement or "", maxsplit=1)[0].strip(" ,.")
        if not 3 <= len(name.split()) <= MAX_THING_WORDS or not _NOUN_PHRASE.match(name) or _OTHERS.search(name) or not cut_free(name) or re.search(r"\d{1,2}\s+[A-Z][a-z]+|\bby\b|,|^a\s+[aeio]", name, _I):
            continue
        return name[:1].lower() + name[1:] if name[1:2].islower() or name[1:2] == " " else name  # "A date I can ..." mid-sentence
    return ""


def with_our_thing(message: str, thing: str) -> str:
    """The test names the thing: 'Judge the per-seat cost page against your own words.' (unchanged with no thing)."""
    if not thing:
        return message
    return re.sub(r"\b([Jj])udge what I bring today\b", lambda m: f"{m.group(1)}udge {thing}", message, count=1)
