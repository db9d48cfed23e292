"""An ask that only points back ("Asked if that was true.", "She wants it by Friday.") carries the line it points to.

Said alone, such a quote tells the CIO nothing and reads as a fragment; with the sentence before it in the same note it
is the partner's whole question.
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Situation

_AFTER_ONE = r"\s+(?:in|by|before|from|as|soon|asap|please)\b"  # "one in writing", "one by Friday": "one" as a pronoun
_POINTER = re.compile(rf"\b(?:that|this|it|them|those|these|one(?={_AFTER_ONE}|\s*[.,;]|$))\b", re.IGNORECASE)
# "still no date for the screen swap. She asked for one in writing": what "one" stands for in the line before.
_ANTECEDENT = re.compile(r"\b(?:no|a|an|the|any)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?P<rest>(?:for|of|on)\s+[^.;,!?]{3,60})", re.IGNORECASE)
_ONE = re.compile(rf"^(?P<for>for\s+)?one\b(?={_AFTER_ONE}|\s*$)", re.IGNORECASE)
_CONTENT = re.compile(r"\b[a-z]{5,}\b")
_EMPTY = {"whether", "about", "could", "would", "should", "there", "really", "true", "right", "still", "again", "before",
          "after", "friday", "monday", "tuesday", "wednesday", "thursday", "sooner", "later", "january", "february", "march",
          "april", "june", "july", "august", "september", "october", "november", "december",
          "writing", "shorter", "faster", "quicker", "simpler", "easier", "better", "cheaper", "smaller", "bigger", "clearer"}  # "make that shorter"  # "send it by 11 December" still points


def points_back(complement: str) -> bool:
    """A short complement whose only content is a pronoun pointing to an earlier line, or a bare deliverable of no topic
    ("to come back with a rough estimate at our next meeting": an estimate of what the line before asked)."""
    thing = re.split(r"\b(?:by|before|until|in time for|at (?:our|the) next)\b", complement, maxsplit=1)[0]  # "it before the cruise season"
    content = [w for w in _CONTENT.findall(thing.lower()) if w not in _EMPTY]
    bare = not [w for w in content if w not in _BARE_THING]
    return 0 < len(thing.split()) <= 9 and (bool(_POINTER.search(complement)) or bool(content)) and bare


# A deliverable named with no topic of its own: it is of what the line before asked.
_BARE_THING = {"estimate", "answer", "number", "figure", "rough", "quick", "costing", "proposal", "first", "another"}


def carry_context(sit: Situation) -> None:
    """Give each pointing ask of the partner's the sentence before it in the same note, in its quote."""
    for item in sit.items:
        if item.kind not in ("request", "offer") or item.owner != "partner" or not points_back(item.complement):
            continue
        before = [s for s in sit.sentences if s.note.ref == item.note_ref and s.order == item.order - 1]
        asked = [i for i in sit.items if i.kind == item.kind and i.owner == "partner" and before and i.quote == before[0].text]
        if asked:  # "Asked for the booking fix. Asked for it before the cruise season.": one ask, told twice
            item.kind, asked[0].due = f"same_{item.kind}", asked[0].due or item.due
            continue
        if before and _ONE.match(item.complement) and (m := _ANTECEDENT.search(before[0].text)):
            item.complement = _ONE.sub(lambda o: f"{o.group('for') or ''}a {m.group('noun')} {m.group('rest').strip()}", item.complement, count=1)
        if before and before[0].text not in item.quote:
            item.quote = f"{before[0].text.strip()} {item.quote.strip()}"
