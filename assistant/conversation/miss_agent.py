"""Whether the notes tie a miss to us at all before the chat tells the CIO to own it (session 23, issue #23).

The planner types every slip it finds as ours unless a cause says otherwise, so a partner's remark about her own
world (staff she has lost, her dislike of slow projects in general) or a complaint about her own people's
timing can reach the chat as "a delay of ours that still weighs". The chat owns a miss only where the
notes show our part in it: a cause of ours in its own sentence, the partner speaking of us ("you", "your
team"), a line in the same entry that puts the cause with us, or an earlier promise of ours about the same thing.
"""

from __future__ import annotations

import re

from assistant.planning.miss_cause import cause_in, people
from assistant.planning.situation import Item, Situation

# Our side in the sentence itself: we, our team, IT, or (in the partner's voice) you.
_OURS = re.compile(r"\b(?:[Ww]e|[Ww]e've|[Ww]e're|us|[Oo]urs?|IT)\b")
_CAUSE = re.compile(r"\b(?:cause[sd]?|because|due to|fault|root cause)\b", re.I)
_YOU = re.compile(r"\b(?:you|your|you've|you're|yours)\b", re.I)


def ours_shown(item: Item, sit: Situation) -> bool:
    """The notes show our part in this miss (see the module note); a miss with none is no apology of ours."""
    own = next((s for s in sit.sentences if s.text == item.quote), None)
    speaker = own.speaker if own is not None else ("partner" if item.spoken else "narrator")
    ours, _ = people(sit)
    if cause_in(item.quote, speaker, ours, set()) == "us" or _OURS.search(item.quote):
        return True
    if (item.spoken or speaker == "partner" or "\u201c" in item.quote or '"' in item.quote) and _YOU.search(item.quote):
        return True  # the partner speaking to us: "your rollout slipped again"
    if any(name in item.quote.split() for name in ours):
        return True  # a person of ours in the sentence
    same_entry = [s for s in sit.sentences if s.note.ref == item.note_ref and s.text != item.quote]
    if any(cause_in(s.text, s.speaker, ours, set()) == "us" or (s.speaker != "partner" and _CAUSE.search(s.text) and _OURS.search(s.text))
           for s in same_entry):
        return True  # a cause line of ours ("Root cause: our config change") beside the slip
    return any(p.kind in ("promise", "late_promise") and p.owner == "us" and p.order < item.order and p.terms & item.terms
               for p in sit.items)  # an earlier promise of ours about the same thing
