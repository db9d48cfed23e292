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

from assistant.planning.due_dates import dates_in
from assistant.planning.purpose_anchor import here_items, named_in, score
from assistant.planning.purposes import Purpose
from assistant.planning.situation_types import Item, Situation
from assistant.schema import FollowUp

_I = re.IGNORECASE
_DAY = r"(\d{1,2} [A-Z][a-z]+(?: \d{4})?)"
_ANSWER_LATER = re.compile(rf"My answer(?:, with one owner,)? comes by {_DAY}\.")
_THING_LATER = re.compile(rf"You'll have (?P<thing>(?:the|your|a|an) [^.]{{2,60}}?) by {_DAY}(?P<tail>, with one owner|, as promised)?\.")
_DOC_LATER = re.compile(rf"\b(?P<thing>[Tt]he [\w-]{{3,30}}) comes by {_DAY}\.")


# The purpose's verb for an item: one that hands a thing over ("bring the forecast"), or one that settles a date or a
# decision ("confirm the forecast": our dated promise stands, and is confirmed, not claimed as brought).
_PURPOSE_VERB = re.compile(r"\b(?:(?P<hand>give|bring|hand|deliver|present|return|share|show|walk)|confirm|settle|agree|set|fix|book|"
                           r"lock|pick|choose|schedule|commit|decide|answer|respond|reply|accept|approve|sign)\w*\b", _I)


def _handed_over(item: str, purpose: Purpose) -> bool:
    """The purpose's last verb before the item hands it over (not one that confirms or settles it)."""
    said = purpose.said or purpose.text or ""
    at = said.lower().find(item.lower())
    verbs = list(_PURPOSE_VERB.finditer(said[: at if at >= 0 else len(said)]))
    return not verbs or verbs[-1].group("hand") is not None


def _later(day: str, today: dt.date) -> bool:
    return any(d > today for d in dates_in(day, today))


def _deferred_to(line: str) -> str:
    """The day a line puts its answer off to ("... comes by 27 February." -> "27 February"), or ''."""
    if m := _ANSWER_LATER.search(line):
        return m.group(1)
    m = _THING_LATER.search(line) or _DOC_LATER.search(line)
    return m.group(2) if m else ""


def reply_words(sit: Situation, item: Item) -> str:
    """The words of a request a line answers: its own sentence, and the two before it on the same line of its note that
    no other item holds ("1. Invitation from her: the summit ... Please confirm by 24 February": the confirming sentence is
    about the invitation; a bullet of its own above it is another entry)."""
    held = {i.quote for i in sit.items if i is not item}
    own = next((s for s in sit.sentences if s.order == item.order and s.note.ref == item.note_ref), None)
    if own is None:
        return item.quote
    before = [s for s in sit.sentences if s.note.ref == item.note_ref and 0 < item.order - s.order <= 2]
    kept = [s.text for s in before if _same_line(own.note.text, s.text, own.text) and not any(s.text in q or q in s.text for q in held if q)]
    return " ".join([*kept, item.quote])


def _same_line(note: str, earlier: str, later: str) -> bool:
    """Two sentences of a note with no line break between them."""
    start = note.find(earlier)
    end = note.find(later, start + len(earlier)) if start >= 0 else -1
    return start >= 0 and end >= 0 and "\n" not in note[start + len(earlier):end]


def _names(item: str, text: str) -> bool:
    """The purpose's item named in the text: its head word, or two of its telling words ("written ... date")."""
    return named_in(item, text) or score(item, text) >= 2


def said_here(script: list[str], purpose: Purpose, today: dt.date, first: str = "",
              replies: dict[str, str] | None = None) -> tuple[list[str], list[FollowUp]]:
    """The script with each deferral of a thing the meeting hands over said as here; the homework to have it ready.
    `replies` maps a day a line defers to onto the words of the note item it answers ("What you asked on 12 January ...
    comes by 27 February" answers the ask for a written date), so a line that names the thing only by its day counts too."""
    items = here_items(purpose)
    if not items:
        return script, []
    out: list[str] = []
    homework: list[FollowUp] = []
    for line in script:
        reply = (replies or {}).get(_deferred_to(line), "")
        item = next((i for i in items if named_in(i, line)), None)
        answer_only = item is None  # known by its day alone: only "my answer" is said as here, never a named thing as brought
        item = item or next((i for i in items if reply and _names(i, reply)), None)
        new = line
        if item is not None:
            if (m := _ANSWER_LATER.search(new)) and _later(m.group(1), today):
                new = new[:m.start()] + "My answer is here today, with one owner." + new[m.end():]
            elif answer_only:
                pass
            elif (m := _THING_LATER.search(new)) and _later(m.group(2), today) and (m.group("tail") != ", as promised" or _handed_over(item, purpose)):
                new = new[:m.start()] + f"I have brought {m.group('thing')} as it stands today." + new[m.end():]
            elif (m := _DOC_LATER.search(new)) and _later(m.group(2), today):
                new = new[:m.start()] + f"{m.group('thing')} is here today." + new[m.end():]
            if new != line or "is here today" in new:
                who = f" for {first}" if first else ""
                homework.append(FollowUp(what=f"Before the meeting: have our answer on {item} ready{who}, with its owner; "
                                              "it is given in this meeting, not later", owner="CIO", due=today.isoformat()))
        out.append(new)
    return out, homework
