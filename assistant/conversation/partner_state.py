"""What the simulated partner heard in one CIO reply: acknowledgements, promises (what, who, when) and questions.

The partner's state is kept in code, turn by turn, so that an owned miss is not
demanded again, a dated promise with an owner counts, and a question is answered.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, Field

from assistant.conversation.commitments import find_undated_promises
from assistant.conversation.rehearsal_rubric import ACKNOWLEDGE, OWN, find_promises
from assistant.text.prose import sentences


class HeardPromise(BaseModel):
    what: str
    who: str = Field(description="Who owns it: a named person, 'CIO', or 'CIO's team' when no one is named.")
    when: str | None = Field(None, description="The due date (ISO), when the reply gave one.")
    said: str = ""

    @property
    def owned(self) -> bool:
        return self.who != "CIO's team"


class Heard(BaseModel):
    acknowledged: list[str] = Field(default_factory=list, description="What the CIO owned or acknowledged, in their words.")
    promised: list[HeardPromise] = Field(default_factory=list)
    asked: list[str] = Field(default_factory=list, description="The CIO's questions to the partner.")

    @property
    def owned_miss(self) -> bool:
        return any(OWN.search(a) for a in self.acknowledged)

    def firm_promise(self) -> HeardPromise | None:
        """A promise with a date and an owner, the kind that moves a partner."""
        return next((p for p in self.promised if p.when and p.owned), None)

    def undated_promise(self) -> HeardPromise | None:
        """A promise with no date at all: the only kind a partner answers with "by when?"."""
        return next((p for p in self.promised if not p.when), None)


_NEGATED = re.compile(r"(?:not|n't|n’t|never)\s+(?:really\s+)?$", re.I)


def hear(text: str, today: dt.date) -> Heard:
    """The acknowledgements, promises and questions in one reply."""
    if not text.strip():
        return Heard()
    found = list(OWN.finditer(text)) + list(ACKNOWLEDGE.finditer(text))
    # "it wasn't our fault" is not an acknowledgement
    acknowledged = [m.group(0).strip() for m in found if not _NEGATED.search(text[max(0, m.start() - 14) : m.start()])]
    promised = [
        HeardPromise(what=p.what, who=p.owner, when=p.due.isoformat() if p.due else None, said=p.said)
        for p in find_promises(text, today) + find_undated_promises(text, today)
    ]
    asked = [s for s in sentences(text) if s.rstrip().endswith("?")]
    return Heard(acknowledged=list(dict.fromkeys(acknowledged)), promised=promised, asked=asked)


def merged(heards: list[Heard]) -> Heard:
    """Everything heard so far, oldest first."""
    out = Heard()
    for h in heards:
        out.acknowledged += [a for a in h.acknowledged if a not in out.acknowledged]
        out.promised += h.promised
        out.asked += h.asked
    return out


_OPEN_QUESTION = re.compile(r"^(?:what|how|which|why|where|tell me|help me understand)\b", re.I)


def open_questions(heard: Heard) -> list[str]:
    """Questions that invite the partner to talk (motivational interviewing's open questions)."""
    return [q for q in heard.asked if _OPEN_QUESTION.match(q.strip())]
