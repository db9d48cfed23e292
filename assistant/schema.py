"""Plain data at every boundary: what engines, the CLI, the UI and evals exchange."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import AliasChoices, BaseModel, Field

Dependence = Literal["T", "I", "BT", "unknown"]
Competence = Literal["doubted", "proven", "unknown"]
Quadrant = Literal["cost_centre", "utility", "bypass_risk", "partner", "unknown"]
Axis = Literal["dependence", "competence"]

QUADRANT_LABELS: dict[str, str] = {
    "cost_centre": "Cost centre",
    "utility": "Utility",
    "bypass_risk": "Bypass risk",
    "partner": "Partner",
    "unknown": "Unknown",
}


def quadrant_for(dependence: str, competence: str) -> Quadrant:
    """High dependence = I or BT; an unknown axis gives an unknown quadrant."""
    if dependence == "unknown" or competence == "unknown":
        return "unknown"
    high = dependence in ("I", "BT")
    if competence == "proven":
        return "partner" if high else "utility"
    return "bypass_risk" if high else "cost_centre"


class NoteText(BaseModel):
    """One dated note about a partner (from a notes file, an upload or the database)."""

    ref: str = Field(description="How citations name this note: its date, or 'note N'.")
    date: dt.date | None = None
    kind: str = "other"
    title: str = ""
    text: str
    note_id: int | None = None
    speakers: dict[str, str] = Field(default_factory=dict, description="The CIO's corrections: a sentence's words (normalised) -> its speaker.")
    date_order: Literal["dmy", "mdy"] = Field("dmy", description="How its notes file writes numeric dates: 12/4 is 12 April (dmy) or 4 December (mdy).")


class Source(BaseModel):
    kind: Literal["knowledge", "note"]
    ref: str
    title: str = ""
    excerpt: str = ""


class Evidence(BaseModel):
    quote: str
    axis: Axis
    date: str | None = None
    signal: str = Field("", description="The level this quote points to, e.g. 'BT' or 'doubted'.")
    note_ref: str | None = None
    speaker: str | None = Field(None, description="Who said it: partner, cio, other or unknown.")


class Assessment(BaseModel):
    partner: str | None = Field(None, validation_alias=AliasChoices("partner", "stakeholder"))  # older stored JSON says "stakeholder"
    dependence: Dependence = "unknown"
    competence: Competence = "unknown"
    quadrant: Quadrant = "unknown"
    confidence: float = Field(0.0, ge=0, le=1)
    evidence: list[Evidence] = Field(default_factory=list)
    questions: list[str] = Field(default_factory=list)
    explanation: str = ""
    engine: str = "offline"
    scores: dict[str, float] = Field(default_factory=dict, description="Per-level scores behind the decision.")
    trend: str = ""
    usage_note: str = ""
    notices: list[str] = Field(default_factory=list, description="What the user should know (an LLM fallback, a repair, a dry run).")

    def contract(self) -> dict[str, object]:
        """The stable JSON of `coach assess --json`."""
        return {
            "partner": self.partner,
            "stakeholder": self.partner,  # the name before 2026-12; kept for scripts that read it
            "dependence": self.dependence,
            "competence": self.competence,
            "quadrant": self.quadrant,
            "confidence": round(self.confidence, 3),
            "evidence": [{"quote": e.quote, "axis": e.axis, "date": e.date} for e in self.evidence],
            "questions": list(self.questions),
        }


class FollowUp(BaseModel):
    what: str
    owner: str
    due: str | None = None


class PlanSection(BaseModel):
    key: str
    title: str
    text: str
    sources: list[Source] = Field(default_factory=list)


class Usage(BaseModel):
    prompt_tokens: int = Field(0, description="Counted with tiktoken before the call.")
    completion_tokens: int = 0
    reported_prompt_tokens: int = Field(0, description="As the server reported after the call (0 if it did not).")
    reported_completion_tokens: int = 0
    estimated_cost_usd: float = 0.0
    model: str = ""


class OpenItem(BaseModel):
    """Something open between us and the partner, with the words it comes from."""

    kind: Literal["request", "offer", "promise", "miss"]
    owner: Literal["partner", "us", "third_party"]
    status: Literal["open", "done", "overdue"] = "open"
    text: str
    date: str | None = None
    quote: str = Field("", description="Verbatim from a note (or the promise ledger entry).")
    due: str | None = Field(None, description="The date it is due by, where the notes set one.")


class AvoidItem(BaseModel):
    topic: str
    why: str


class Plan(BaseModel):
    partner: str | None = Field(None, validation_alias=AliasChoices("partner", "stakeholder"))  # older stored JSON says "stakeholder"
    quadrant: Quadrant = "unknown"
    purpose: str = "next regular meeting"
    sections: list[PlanSection] = Field(default_factory=list)
    value_message: str = ""
    value_traps: list[str] = Field(default_factory=list)
    followups: list[FollowUp] = Field(default_factory=list)
    moves: list[str] = Field(default_factory=list, description="Playbook move ids the plan draws on.")
    notices: list[str] = Field(default_factory=list, description="What the user should know (fallbacks, gaps).")
    engine: str = "offline"
    usage: Usage | None = None
    retrieved: list[str] = Field(default_factory=list, description="Every source ref the engine had in front of it.")
    one_thing: str = Field("", description="The one thing to achieve in this meeting, in one sentence.")
    script: list[str] = Field(default_factory=list, description="One to three lines the CIO can say aloud.")
    open_items: list[OpenItem] = Field(default_factory=list, description="Theirs first, then ours.")
    avoid: list[AvoidItem] = Field(default_factory=list, description="What not to raise, and why.")
    confidence: float = Field(0.0, ge=0, le=1)

    def contract(self) -> dict[str, object]:
        """The stable JSON of `coach plan --json` (the first seven keys are the original contract)."""
        return {
            "partner": self.partner,
            "stakeholder": self.partner,  # the name before 2026-12; kept for scripts that read it
            "quadrant": self.quadrant,
            "purpose": self.purpose,
            "sections": [
                {"title": s.title, "text": s.text, "sources": [{"kind": x.kind, "ref": x.ref} for x in s.sources]}
                for s in self.sections
            ],
            "value_message": self.value_message,
            "value_traps": list(self.value_traps),
            "followups": [f.model_dump() for f in self.followups],
            "one_thing": self.one_thing,
            "script": list(self.script),
            "open_items": [i.model_dump() for i in self.open_items],
            "avoid": [a.model_dump() for a in self.avoid],
            "confidence": round(self.confidence, 3),
            "engine": self.engine,
            "notices": list(self.notices),
        }


class Hit(BaseModel):
    """One retrieved chunk."""

    id: str
    text: str
    score: float = Field(description="Cosine similarity, higher is closer.")
    metadata: dict[str, str | int | float | bool] = Field(default_factory=dict)

    @property
    def source(self) -> Source:
        kind = "note" if self.metadata.get("kind") == "note" else "knowledge"
        ref = str(self.metadata.get("ref", self.id))
        return Source(kind=kind, ref=ref, title=str(self.metadata.get("title", "")), excerpt=self.text)
