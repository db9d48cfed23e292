"""Our promise that fell due before the meeting leads when the meeting is about it (plan round 26).

A promise of ours whose date lies before or on the meeting day, still open in the notes, is the first thing the partner
will ask about. When the meeting's purpose names it (the tied item), or nothing of theirs is open and it fell due since
the newest note, the plan leads with it: the one thing is to bring it or say where it stands, and its line opens the
script, ahead of a stock question or a lesser item. A promise a later note says was broken, or whose state is unclear,
keeps its own handling.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.promise_lines import thing_of
from assistant.planning.purposes import Purpose
from assistant.planning.situation_types import Item
from assistant.planning.voice import on_day, when


def _fell_due(item: Item, today: dt.date) -> bool:
    """Our open promise, dated on or before the meeting, with no broken or unclear status noted."""
    return (item.kind == "promise" and item.owner == "us" and item.status in ("open", "overdue") and item.due is not None
            and item.due <= today and not item.broken_quote and not item.unclear_quote)


def due_lead(tied: Item | None, ours: list[Item], theirs: list[Item], today: dt.date) -> Item | None:
    """The promise of ours, due by the meeting, that leads: the one the purpose names, else (nothing of theirs open)
    the one that fell due since the newest note."""
    if tied is not None:
        return tied if _fell_due(tied, today) else None
    if theirs:
        return None
    since = [i for i in ours if _fell_due(i, today) and i.fell_due_since_last_note]
    return since[0] if since else None


def due_goal(item: Item, first: str) -> str:
    """The one thing for it: bring the thing we promised, by its name where it has a safe one."""
    if item.due is None:
        return ""
    thing = thing_of(item)
    if first:  # "send Tomasz a one-page estimate": the thing, never the name it goes to
        thing = re.sub(rf"^the {re.escape(first.lower())}\s+(?:(?:a|an|the)\s+)?", "the ", thing)
    what = f"{thing}" if thing else f"what we promised {on_day(item.date)}" if item.date else ""
    if not what:
        return ""
    return f"Bring {first or 'them'} {what}, due {when(item.due)}, or say plainly where it stands and when it comes"


# A purpose the CIO typed as an action ("Commit a firm written date ...", "Hand over the one-pager and ..."): that action is
# what the meeting is for, so with no open item read from the notes it is the one thing, never a stock quadrant line.
_ACTION = re.compile(r"^(?:accept|agree|answer|bring|close|commit|confirm|decide|deliver|explain|get|give|hand|introduce|land|lock|"
                     r"present|rebuild|repair|reset|restore|secure|settle|share|show|test|walk|win)\b", re.IGNORECASE)


def purpose_goal(purpose: Purpose) -> str:
    """The CIO's own free purpose as the one thing, when it says an action on a thing ('' for a stock or short purpose)."""
    text = " ".join(purpose.text.split()).rstrip(" .")
    if purpose.key != "free" or len(text.split()) < 6 or not _ACTION.match(text):
        return ""
    return f"{text[:1].upper()}{text[1:]}."
