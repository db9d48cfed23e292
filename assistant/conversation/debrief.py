"""The debrief: each CIO reply scored (0-5 per criterion) against the partner line it answered, with a better way to say it."""

from __future__ import annotations

import json

from pydantic import BaseModel, Field

from assistant.conversation.partner_state import merged as merge_heard
from assistant.conversation.rehearsal_rubric import CRITERIA, Embed, ReplyContext, ReplyScore, find_promises
from assistant.conversation.rehearsal_session import (
    ChatFn,
    RehearsalSession,
    context_for,
    default_embed,
    quadrant_of,
    score_turn,
    who,
)
from assistant.engines.prompts import render_prompt
from assistant.outputs import debrief_output
from assistant.schema import FollowUp
from assistant.structured import parse_output
from assistant.text.prose import clip


class DebriefRow(BaseModel):
    turn_index: int
    reply: str
    partner_line: str = ""
    scores: dict[str, int]
    reasons: dict[str, str] = Field(default_factory=dict)
    good: list[str] = Field(default_factory=list)
    better: str = ""
    flags: list[str] = Field(default_factory=list)


class Debrief(BaseModel):
    rows: list[DebriefRow] = Field(default_factory=list)
    overall: int = Field(0, ge=0, le=100)
    by_criterion: dict[str, float] = Field(default_factory=dict)
    criteria: dict[str, str] = Field(default_factory=dict, description="Criterion key -> label, the ones scored.")
    followups: list[FollowUp] = Field(default_factory=list)
    engine: str = "offline"
    notices: list[str] = Field(default_factory=list)


def debrief(session: RehearsalSession, embed: Embed | None = None, chat: ChatFn | None = None) -> Debrief:
    """Scores per reply (0-5 per criterion), what was good, a better way to say it, and an overall 0-100."""
    embed = embed or default_embed()
    keys = [k for k in CRITERIA if k != "value_statement" or session.value_statement]
    rows = []
    for index in session.cio_turns():
        turn = session.turns[index]
        score = score_turn(session, index, embed)
        ctx = context_for(session, index)
        rows.append(DebriefRow(
            turn_index=index, reply=turn.text, partner_line=ctx.partner_line, scores=score.scores, reasons=score.reasons,
            good=score.good, better=_better(ctx, score, turn.flags), flags=turn.flags,
        ))
    result = Debrief(rows=rows, criteria={k: CRITERIA[k] for k in keys}, followups=rehearsal_followups(session), notices=list(session.notices))
    if chat is not None and session.engine == "llm" and rows:
        try:
            result = _llm_debrief(session, result, chat)
        except Exception as exc:  # noqa: BLE001 - any endpoint or validation failure falls back, visibly
            result.notices.append(f"The LLM debrief could not be used ({type(exc).__name__}: {str(exc)[:120]}); these are the offline scores.")
    if any("injection" in r.flags for r in rows):
        result.notices.append("At least one reply tried to break character or instruct the assistant; it is flagged and scored 0.")
    return _totals(result)


def _better(ctx: ReplyContext, score: ReplyScore, flags: list[str]) -> str:
    model = f"Try: “{ctx.model_answer}”" if ctx.model_answer else ""
    if "empty" in flags or "injection" in flags:
        return f"Answer the partner in your own words. {model}".strip()
    tips = " ".join(score.fixes[:2])
    return f"{model} {tips}".strip()


def _totals(result: Debrief) -> Debrief:
    keys = list(result.criteria)
    if result.rows:
        result.by_criterion = {k: round(sum(r.scores.get(k, 0) for r in result.rows) / len(result.rows), 2) for k in keys}
        result.overall = int(round(100 * sum(result.by_criterion.values()) / (5 * len(keys))))
    return result


def _llm_debrief(session: RehearsalSession, draft: Debrief, chat: ChatFn) -> Debrief:
    transcript = "\n".join(f"[{i}] {who(session, t)}: {t.text}" for i, t in enumerate(session.turns))
    criteria = "\n".join(f"- {k}: {label}" for k, label in draft.criteria.items())
    offline = json.dumps([{"turn_index": r.turn_index, "scores": r.scores} for r in draft.rows])
    prompt = render_prompt("rehearsal_debrief_v1", partner=session.partner or "the partner", criteria=criteria, transcript=transcript, offline_scores=offline)
    # The schema allows only the CIO's turn indices, the rubric's criteria and integer scores 0-5.
    output = debrief_output([r.turn_index for r in draft.rows], list(draft.criteria))
    data = parse_output(chat([("system", prompt), ("human", "Return the JSON debrief now.")], output=output), output)
    merged = draft.model_copy(deep=True)
    rows = {r.turn_index: r for r in merged.rows}
    for item in data.rows:
        row = rows[item.turn_index]
        if row.flags and {"empty", "injection"} & set(row.flags):
            continue  # flagged replies stay at 0 whatever the model says
        row.scores.update(item.scores.given())
        row.good = [clip(item.good, 600)] if item.good.strip() else row.good
        row.better = clip(item.better, 800) or row.better
    merged.engine = "llm"
    return merged


# --- commitments -----------------------------------------------------------------


def rehearsal_followups(session: RehearsalSession) -> list[FollowUp]:
    """The CIO's dated promises in this rehearsal ('I will/we will/Kwame will ... by Friday'), as plan follow-ups."""
    out: list[FollowUp] = []
    for index in session.cio_turns():
        turn = session.turns[index]
        if {"empty", "injection"} & set(turn.flags):
            continue
        for promise in find_promises(turn.text, session.today):
            item = FollowUp(what=clip(promise.what, 200), owner=promise.owner, due=promise.due.isoformat() if promise.due else None)
            if item not in out:
                out.append(item)
    return out


def transcript_lines(session: RehearsalSession) -> list[str]:
    return [f"[{i}] {who(session, t)}: {t.text or '(no reply)'}" for i, t in enumerate(session.turns)]


def summary_json(session: RehearsalSession, result: Debrief) -> dict[str, object]:
    """The stable JSON of `coach rehearse --json`."""
    return {
        "partner": session.partner,
        "quadrant": quadrant_of(session),
        "engine": session.engine,
        "notices": list(dict.fromkeys(session.notices + result.notices)),
        "transcript": [
            {"index": i, "speaker": t.speaker, "text": t.text, "stance": t.stance, "flags": t.flags}
            | ({"heard": (t.heard.model_dump(mode="json", exclude={"promised": {"__all__": {"said"}}}) if t.heard else None)} if t.speaker == "cio" else {})
            for i, t in enumerate(session.turns)
        ],
        "heard": merge_heard([t.heard for t in session.turns if t.heard]).model_dump(mode="json"),
        "debrief": result.model_dump(mode="json"),
    }
