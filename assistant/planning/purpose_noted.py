"""A script line for a purpose item that no typed open item carries (plan round 22).

The purpose names a thing ("our overdue inventory", "a date for the night shift", "an answer on the council") that the
reader typed as no request, offer or promise, yet a dated note sentence speaks of it. Left out of the script, the plan
misses half the meeting. The line is built from what the purpose says the meeting does with the item (owe it, fix its
date, give the answer here) and the day of the newest note about it; a purpose part that says none of these gets no line.
"""

from __future__ import annotations

import re

from assistant.planning.partner_pronoun import pronoun_kind
from assistant.planning.second_person import to_partner
from assistant.planning.situation_types import Item, Sentence
from assistant.planning.voice import on_day

_I = re.IGNORECASE
# The part names our own debt ("the overdue inventory", "what we still owe"): ours to own.
_OWED = re.compile(r"\b(?:overdue|late|owed?|outstanding|still due|missed|we promised|our promised|not (?:yet )?(?:sent|delivered))\b", _I)
# The part sets a day ("fix a date for", "book the slot", "agree the new date", "pick a time"): the meeting settles it.
_DATE = re.compile(r"\b(?:date|day|slot|time|timing|deadline|go-live|window)\b", _I)
_SETS = re.compile(r"^(?:to\s+)?(?:fix|set|agree(?: on)?|find|book|pick|confirm|name|lock(?: in| down)?|settle|schedule|put|choose|get)\b", _I)
# The part gives the answer or the thing here ("give him an answer on", "sign off", "close", "say yes to").
_GIVES = re.compile(r"^(?:to\s+)?(?:give|bring|hand(?: over)?|deliver|present|answer|respond to|reply to|decide(?: on)?|close|"
                    r"sign off|approve|accept|take up|say (?:yes|no) to|settle|finali[sz]e|conclude|resolve)\b", _I)
_LEAD = re.compile(r"^(?:the|a|an|our|your|his|her|their)\s+(?:(?:overdue|late|outstanding|missing|promised|owed)\s+)?", _I)


def part_of(said: str, item: str) -> str:
    """The clause of the purpose the item comes from ("fix a date for the night shift" for "the night shift")."""
    core = _LEAD.sub("", item).strip().lower()
    for part in re.split(r"\s*(?:[,;+&]|\band\b|\bplus\b|\bas well as\b)\s*", said or "", flags=_I):
        if core and core in part.lower():
            return part.strip(" .:-")
    return ""


def _thing(item: str) -> str:
    """The item said as a thing of ours or theirs: 'the licence inventory' for 'the overdue licence inventory'."""
    rest = re.sub(r"\b(?:his|her|their)\s+", "your ", _LEAD.sub("", item).strip())  # said to the partner
    kind = next((k for k in map(pronoun_kind, rest.split()) if k), "")
    if kind:  # "a date she can believe" is said to her: "a date you can believe"
        rest = to_partner(rest, frozenset(), kind) or ""
    if not rest or _CUT.search(rest):
        return ""
    return f"the {rest}"


# A thing cut before its noun: it ends on a participle ("the written" of "the written, dated estimate").
_CUT = re.compile(r"\b(?:written|given|taken|broken|chosen|spoken|hidden|proven|shown|known|drawn|signed|dated|agreed|promised|"
                  r"approved|costed|revised|updated|proposed|requested|planned|delayed|missed|new|final|full|first)$", _I)


def noted_line(item: str, said: str, found: list[Sentence]) -> str:
    """One line for a purpose item with no typed item, or '' when the purpose says nothing the meeting does with it."""
    if not found or found[0].date is None or not re.match(r"(?:the|a|an|our|your|his|her|their)\s+\S", item, _I):
        return ""
    part, day = part_of(said, item), on_day(found[0].date)
    thing = _thing(item)
    if not part or not thing:
        return ""
    raised = "you raised" if found[0].speaker == "partner" else "we noted"
    if _OWED.search(part) and not _SETS.match(part):
        return f"We still owe you {thing}, as {raised} {day}. That is ours: you will have its date and owner today."
    before = part[: max(part.lower().find(_LEAD.sub("", item).strip().lower()), 0)]  # "fix a date for" before the thing
    if _SETS.match(part) and _DATE.search(before):
        return f"{thing[:1].upper()}{thing[1:]}, which {raised} {day}: let's fix its date today."
    if _GIVES.match(part):
        return f"On {thing}, which {raised} {day}: my answer is here today."
    return ""


def broken_named(line: str, typed: Item, item: str) -> str:
    """"We did not keep the promise we made on D." says no thing: where the purpose names that promise, the line does
    ("We did not keep the promise we made on D: the supplier register.")."""
    if typed.owner != "us" or typed.kind != "promise" or not typed.broken_quote:
        return line
    plain = f"We did not keep the promise we made {on_day(typed.date)}"
    thing = _thing(item)
    if not thing or not line.startswith(plain) or line[len(plain):len(plain) + 1] not in (".", ","):
        return line
    return f"{plain}: {thing}{line[len(plain):]}"
