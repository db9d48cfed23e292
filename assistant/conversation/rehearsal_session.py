"""The rehearsal's plain data (partner, drill points, turns) and how one CIO reply is judged in context."""

from __future__ import annotations

import datetime as dt
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from assistant.conversation.partner_state import Heard
from assistant.conversation.partner_vocabulary import partner_vocabulary
from assistant.conversation.rehearsal_rubric import CRITERIA, Embed, ReplyContext, ReplyScore, score_reply, zero_score
from assistant.planning.playbooks import load_value_frames
from assistant.schema import Assessment, NoteText, Plan
from assistant.text.injection import looks_like_injection
from assistant.text.prose import first_name

DEFAULT_TURNS = 6
MAX_REPLY_CHARS = 2000
_BREAKS_CHARACTER = ("you are an ai", "you're an ai", "as an ai", "language model", "chatbot", "pretend", "role-play", "roleplay", "stop acting")

class ChatFn(Protocol):
    """A chat model call; with `output`, the endpoint is held to that model's JSON schema."""

    def __call__(self, messages: list[tuple[str, str]], output: type[BaseModel] | None = None) -> str: ...
Speaker = Literal["partner", "cio"]


class Turn(BaseModel):
    speaker: Speaker
    text: str
    point: int | None = Field(None, description="Index of the drill point in play.")
    stance: str = Field("", description="Partner turns: open, press, soften, move_on, clarify, in_character, close.")
    flags: list[str] = Field(default_factory=list, description="CIO turns: empty, truncated, injection.")
    engine: str = "offline"
    heard: Heard | None = Field(None, description="CIO turns: what the partner heard (acknowledged, promised, asked).")


class DrillPoint(BaseModel):
    move_id: str
    objection: str
    model_answer: str
    topic: str
    miss_related: bool = False
    kind: str = Field("none", description="The kind of complaint (slow, budget, vendor, own_tools, says_no, own_team, lights_on, praise, none).")
    example: str = Field("", description="The partner's own quoted words that are a case of this objection, from the notes.")


class RehearsalSession(BaseModel):
    """Plain data: who the partner is, what the drill holds, and the turns so far."""

    partner: str | None
    role: str | None = None
    function: str = "general"
    assessment: Assessment
    notes: list[NoteText] = Field(default_factory=list)
    plan: Plan | None = None
    value_statement: str = ""
    points: list[DrillPoint] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)
    max_turns: int = DEFAULT_TURNS
    engine: str = "offline"
    done: bool = False
    notices: list[str] = Field(default_factory=list)
    today: dt.date = Field(default_factory=dt.date.today)
    seed: int = 0

    @property
    def first(self) -> str:
        return first_name(self.partner) if self.partner else "your partner"

    def cio_turns(self) -> list[int]:
        return [i for i, t in enumerate(self.turns) if t.speaker == "cio"]


def quadrant_of(session: RehearsalSession) -> str:
    return session.assessment.quadrant if session.notes else "unknown"


def clean_reply(text: str) -> tuple[str, list[str]]:
    """The reply as scored, and its flags (empty, truncated, injection)."""
    text = (text or "").replace("\x00", "").strip()
    flags: list[str] = []
    if not text:
        return "", ["empty"]
    if len(text) > MAX_REPLY_CHARS:
        text = text[:MAX_REPLY_CHARS]
        flags.append("truncated")
    low = text.lower()
    if looks_like_injection(text) or "ignore your instructions" in low or any(p in low for p in _BREAKS_CHARACTER):
        flags.append("injection")
    return text, flags


def context_for(session: RehearsalSession, turn_index: int) -> ReplyContext:
    point_index = session.turns[turn_index].point
    owned_before = any(t.heard and t.heard.owned_miss for t in session.turns[:turn_index] if t.speaker == "cio")
    point = session.points[point_index] if point_index is not None and point_index < len(session.points) else None
    before = next((t.text for t in reversed(session.turns[:turn_index]) if t.speaker == "partner"), "")
    return ReplyContext(
        partner_line=before, model_answer=point.model_answer if point else "", topic=point.topic if point else "",
        miss_related=point.miss_related if point else False,
        function_words=load_value_frames().function_language.get(session.function, []), value_statement=session.value_statement,
        partner_first=session.first, partner_words=partner_vocabulary(session.notes, session.partner), today=session.today,
        owned_before=owned_before,
    )


def score_turn(session: RehearsalSession, turn_index: int, embed: Embed | None = None) -> ReplyScore:
    turn = session.turns[turn_index]
    keys = [k for k in CRITERIA if k != "value_statement" or session.value_statement]
    if "empty" in turn.flags:
        return zero_score("No reply: an empty answer scores 0.", keys)
    if "injection" in turn.flags:
        return zero_score("The reply tried to break the rehearsal or instruct the assistant; it scores 0.", keys)
    return score_reply(turn.text, context_for(session, turn_index), embed)


def default_embed() -> Embed:
    from assistant.retrieval.embeddings import shared_embedder

    return shared_embedder().embed


def who(session: RehearsalSession, turn: Turn) -> str:
    return (session.partner or "Partner") if turn.speaker == "partner" else "CIO"
