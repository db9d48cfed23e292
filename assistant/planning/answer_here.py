"""When the meeting is the answer, the script gives it there, never at a later date (plan round 21).

A purpose that says the CIO gives, brings, hands over, answers or decides a thing ("give her an answer on the secondment",
"bring him the draft estimate") makes this meeting the day that thing arrives. A script line about that thing which
defers it ("My answer comes by 17 December", "You'll have the estimate by 14 January") tells the partner the meeting
was for nothing: the reply is said as here, and the CIO gets one line of homework to have it ready. So does a deferral
past the partner's own deadline for that thing (the purpose's "before her budget locks on the 18th").
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.note_reading import dates_in
from assistant.planning.purpose_anchor import _SPLIT, named_in, purpose_items
from assistant.planning.purposes import Purpose
from assistant.schema import FollowUp

_I = re.IGNORECASE
# A part of the purpose that hands the thing over in this meeting.
_HERE = re.compile(r"^(?:to\s+)?(?:answer|respond to|reply to|give|bring|hand(?: over)?|deliver|present|put|decide(?: on)?|"
                   r"say yes to|accept|take up|confirm|settle|share|show)\b", _I)
_VERB = re.compile(r"^(?:to\s+)?[a-z]+\b(?<!\bthe)(?<!\bher)(?<!\bhis)(?<!\btheir)(?<!\bour)(?<!\bmy)(?<!\ba)(?<!\ban)", _I)
_DAY = r"(\d{1,2} [A-Z][a-z]+(?: \d{4})?)"
_ANSWER_LATER = re.compile(rf"My answer(?:, with one owner,)? comes by {_DAY}\.")
_THING_LATER = re.compile(rf"You'll have (?P<thing>(?:the|your|a|an) [^.]{{2,60}}?) by {_DAY}(?P<tail>, with one owner|, as promised)?\.")
_DOC_LATER = re.compile(rf"\b(?P<thing>[Tt]he [\w-]{{3,30}}) comes by {_DAY}\.")


def here_items(purpose: Purpose) -> list[str]:
    """The purpose items this meeting hands over: each part's items, a part with no verb of its own taking the last verb."""
    said = (purpose.said or purpose.text or "").strip()
    out: list[str] = []
    here = False
    for part in _SPLIT.split(said):
        part = part.strip(" .:;-")
        if not part:
            continue
        if _HERE.match(part):
            here = True
        elif re.match(r"^(?:the|her|his|their|our|my|a|an|on)\b", part, _I) is None and _VERB.match(part):
            here = False  # a part on its own other verb ("agree the plan", "find out ...")
        if here:
            out += purpose_items(part)
    return out


def _later(day: str, today: dt.date) -> bool:
    return any(d > today for d in dates_in(day, today))


def said_here(script: list[str], purpose: Purpose, today: dt.date, first: str = "") -> tuple[list[str], list[FollowUp]]:
    """The script with each deferral of a thing the meeting hands over said as here; the homework to have it ready."""
    items = here_items(purpose)
    if not items:
        return script, []
    out: list[str] = []
    homework: list[FollowUp] = []
    for line in script:
        item = next((i for i in items if named_in(i, line)), None)
        new = line
        if item is not None:
            if (m := _ANSWER_LATER.search(new)) and _later(m.group(1), today):
                new = new[:m.start()] + "My answer is here today, with one owner." + new[m.end():]
            elif (m := _THING_LATER.search(new)) and _later(m.group(2), today):
                new = new[:m.start()] + f"I have brought {m.group('thing')} as it stands today." + new[m.end():]
            elif (m := _DOC_LATER.search(new)) and _later(m.group(2), today):
                new = new[:m.start()] + f"{m.group('thing')} is here today." + new[m.end():]
            if new != line or "is here today" in new:
                who = f" for {first}" if first else ""
                homework.append(FollowUp(what=f"Before the meeting: have our answer on {item} ready{who}, with its owner; "
                                              "it is given in this meeting, not later", owner="CIO", due=today.isoformat()))
        out.append(new)
    return out, homework
