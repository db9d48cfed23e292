"""What each generative step must return, as pydantic models.

Where the answer is one of a known set (levels, candidate sentence ids, turn
indices, scores, source numbers, the judge's verdict) the schema says so with an
enumeration, so even a small model under constrained decoding can only answer
within it. Sets known only at run time are built per call with `create_model`;
the code is typed against the static base classes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, create_model, field_validator, model_validator

from assistant.quotes import snap_to_candidate
from assistant.schema import Axis, Competence, Dependence


def _choice(values: Sequence[Any]) -> Any:
    """A Literal of values known at run time (one value is fine)."""
    return Literal.__getitem__(tuple(values))  # type: ignore[attr-defined]


# --- assessment ------------------------------------------------------------------


class EvidencePick(BaseModel):
    sentence: str = Field(description="The id of a numbered sentence from the notes, e.g. S3.")
    axis: Axis


class AssessmentOutput(BaseModel):
    """Evidence first: the model picks sentences before it names the levels."""

    evidence: list[EvidencePick] = Field(max_length=3, description="Up to three sentences that show the levels.")
    dependence: Dependence
    competence: Competence

    @model_validator(mode="before")
    @classmethod
    def _snap_quotes(cls, data: Any, info: ValidationInfo) -> Any:
        """A written-out quote instead of an id is snapped to its sentence; a quote close to none is dropped."""
        sentences: dict[str, str] = (info.context or {}).get("sentences", {})
        if not isinstance(data, dict) or not sentences or not isinstance(data.get("evidence"), list):
            return data
        ids, texts = list(sentences), list(sentences.values())
        kept = []
        for item in data["evidence"]:
            if not isinstance(item, dict):
                continue
            ref = str(item.get("sentence") or item.get("quote") or "").strip()
            if ref not in sentences:
                found = snap_to_candidate(ref, texts)
                if found is None:
                    (info.context or {}).setdefault("rejected", []).append(ref)
                    continue
                ref = ids[found]
            kept.append({**item, "sentence": ref})
        return {**data, "evidence": kept[:3]}


def assessment_output(sentence_ids: Sequence[str]) -> type[AssessmentOutput]:
    """The assessment model whose evidence can only name these sentence ids."""
    pick = create_model("EvidencePick", __base__=EvidencePick, sentence=(_choice(sentence_ids), Field(description="The id of one numbered sentence.")))
    return create_model("AssessmentOutput", __base__=AssessmentOutput, evidence=(list[pick], Field(max_length=3)))  # type: ignore[valid-type]


# --- plan --------------------------------------------------------------------------


class PlanSectionsOutput(BaseModel):
    """One text per section key of the outline (fields are built per call)."""

    model_config = ConfigDict(extra="forbid")


class PlanOutput(BaseModel):
    sections: PlanSectionsOutput
    value_message: str

    def texts(self) -> dict[str, str]:
        return {k: str(v).strip() for k, v in self.sections.model_dump().items()}

    @field_validator("value_message")
    @classmethod
    def _words(cls, value: str) -> str:
        if len(value.split()) > 120:
            raise ValueError("the value message must be at most 120 words")
        return value.strip()


def plan_output(keys: Sequence[str], section_chars: int, message_chars: int) -> type[PlanOutput]:
    """Every section key of the outline, in order, each a bounded text (so the answer fits the output cap)."""
    fields: dict[str, Any] = {key: (str, Field(max_length=section_chars)) for key in keys}
    sections = create_model("PlanSections", __base__=PlanSectionsOutput, **fields)
    return create_model("PlanOutput", __base__=PlanOutput, sections=(sections, ...), value_message=(str, Field(max_length=message_chars)))


# --- chat answer and rehearsal turn (free text, validated) -------------------------------

_CITATION = re.compile(r"\[(\d{1,3})\]")


class ChatAnswerOutput(BaseModel):
    """A streamed answer: its text and the source numbers it cites."""

    text: str = Field(min_length=1)
    citations: list[int] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _cited(cls, data: Any) -> Any:
        if isinstance(data, dict) and "citations" not in data:
            return {**data, "citations": sorted({int(n) for n in _CITATION.findall(str(data.get("text", "")))})}
        return data


def chat_answer_output(source_count: int) -> type[ChatAnswerOutput]:
    """Citations can only name sources 1..n."""
    numbers = _choice(list(range(1, source_count + 1)) or [1])
    cited: Any = list[numbers]  # type: ignore[valid-type]
    return create_model("ChatAnswerOutput", __base__=ChatAnswerOutput, citations=(cited, Field(default_factory=list)))


_OUT_OF_CHARACTER = ("as an ai", "language model", "assistant")


class PartnerTurnOutput(BaseModel):
    """The role-played partner's next line."""

    text: str = Field(min_length=1, max_length=1500)

    @field_validator("text")
    @classmethod
    def _in_character(cls, value: str) -> str:
        value = value.strip()
        if not value or any(p in value.lower() for p in _OUT_OF_CHARACTER):
            raise ValueError("the reply was empty or out of character")
        return value


# --- rehearsal debrief ---------------------------------------------------------------

Score = Literal[0, 1, 2, 3, 4, 5]


class DebriefScores(BaseModel):
    """One optional 0-5 score per rubric criterion (fields are built per call)."""

    model_config = ConfigDict(extra="forbid")

    def given(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.model_dump().items() if v is not None}


class DebriefRowOutput(BaseModel):
    turn_index: int
    scores: DebriefScores
    good: str = Field(max_length=600)
    better: str = Field(max_length=800)


class DebriefOutput(BaseModel):
    rows: list[DebriefRowOutput]


def debrief_output(turn_indices: Sequence[int], criteria: Sequence[str]) -> type[DebriefOutput]:
    """Rows can only name the CIO's turns; scores only the rubric's criteria, 0 to 5."""
    score_fields: dict[str, Any] = {key: (Score | None, None) for key in criteria}
    scores = create_model("DebriefScores", __base__=DebriefScores, **score_fields)
    row = create_model("DebriefRowOutput", __base__=DebriefRowOutput, turn_index=(_choice(turn_indices), ...), scores=(scores, ...))
    return create_model("DebriefOutput", __base__=DebriefOutput, rows=(list[row], Field(max_length=len(turn_indices))))  # type: ignore[valid-type]


# --- pairwise judge ------------------------------------------------------------------


class JudgeOutput(BaseModel):
    winner: Literal["1", "2", "tie"]
    reason: str = Field("", max_length=400)
