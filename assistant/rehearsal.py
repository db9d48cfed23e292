"""Meeting rehearsal: the assistant plays one business partner; the debrief scores each of the CIO's replies.

The offline engine is a deterministic objection drill: the partner's likely
objections (the objection moves of their quadrant's playbook, ordered by cue
matches in the notes), worded with specifics from the notes, pressed once more
after a weak answer and dropped after a strong one. The LLM engine words the same
moves freely in character (prompts/rehearsal_partner_v1.md) and may apply the
rubric by prompt (prompts/rehearsal_debrief_v1.md); its output is validated and
any failure falls back to the offline result, with a notice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from assistant.cues import cue_hits
from assistant.errors import InputError
from assistant.facts import Fact, extract_facts
from assistant.functions import infer_function
from assistant.injection import looks_like_injection
from assistant.outputs import PartnerTurnOutput, debrief_output
from assistant.playbooks import Move, fill, load_playbooks, load_value_frames
from assistant.prompts import render_prompt
from assistant.rehearsal_rubric import CRITERIA, Embed, ReplyContext, ReplyScore, find_promises, score_reply, zero_score
from assistant.schema import QUADRANT_LABELS, Assessment, FollowUp, NoteText, Plan
from assistant.structured import parse_output, validate_text
from assistant.text import clip, first_name

DEFAULT_TURNS = 6
MAX_REPLY_CHARS = 2000
_BREAKS_CHARACTER = ("you are an ai", "you're an ai", "as an ai", "language model", "chatbot", "pretend", "role-play", "roleplay", "stop acting")
_GENERIC_KEYWORDS = ("slow", "vendor", "lights on")

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


class DrillPoint(BaseModel):
    move_id: str
    objection: str
    model_answer: str
    topic: str
    miss_related: bool = False


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


# --- starting ----------------------------------------------------------------

_OPENERS = {
    "bypass_risk": "I'll be honest, I nearly sent someone else to this.",
    "cost_centre": "Let's keep this short; I've got the budget pack open.",
    "utility": "Good to see you. Things run fine on our side, so I'm not sure what this is about.",
    "partner": "Always good to sit down. There's something I want to raise, though.",
    "unknown": "I'm not sure what you wanted from this, so let me start with what I hear about IT.",
}
_CLOSE_GOOD = {
    "bypass_risk": "All right. Put that in writing, and we'll see whether the date holds.",
    "cost_centre": "Fine. Send me that in writing and I'll look at it.",
    "utility": "That's more than I expected from this meeting. Let's try it.",
    "partner": "Good. That's the conversation I wanted to have.",
    "unknown": "Useful. Let's talk again when you have something to show me.",
}
_CLOSE_BAD = {
    "bypass_risk": "Frankly, I haven't heard anything today that stops me going to an outside firm.",
    "cost_centre": "I still don't see what I'm getting for the money.",
    "utility": "Fine. Keep things running, that's all I need.",
    "partner": "I expected more from you on this, to be honest.",
    "unknown": "Let's leave it there for now.",
}
_MISS_HOOKS = ("And what about {topic}? My team hasn't forgotten it.", "Take {topic}: that's exactly what I mean.")
_HOOKS = ("Look at {topic}, for a start.", "{topic} is a case in point.")


def start_rehearsal(
    partner: str | None,
    notes: list[NoteText],
    assessment: Assessment,
    *,
    role: str | None = None,
    function: str | None = None,
    plan: Plan | None = None,
    value_statement: str = "",
    max_turns: int = DEFAULT_TURNS,
    engine: str = "offline",
    today: dt.date | None = None,
    chat: ChatFn | None = None,
    embed: Embed | None = None,
) -> RehearsalSession:
    """A new rehearsal whose first turn is the partner's opening objection."""
    if not 1 <= max_turns <= 30:
        raise InputError("A rehearsal has between 1 and 30 replies.")
    session = RehearsalSession(
        partner=partner, role=role, function=infer_function(function, role), assessment=assessment, notes=notes, plan=plan,
        value_statement=(value_statement or "").strip(), max_turns=max_turns, engine=engine, today=today or dt.date.today(),
        seed=int(hashlib.sha256(f"{partner}|{plan.purpose if plan else ''}".encode()).hexdigest()[:8], 16),
    )
    quadrant = _quadrant(session)
    if not notes:
        session.notices.append(f"There are no notes about {partner or 'this partner'}, so the drill uses generic objections for an unknown partner. Add notes to rehearse against their real projects and words.")
    elif quadrant == "unknown":
        session.notices.append("The notes leave at least one perception unknown, so the drill uses generic objections for an unknown partner.")
    if not session.value_statement:
        session.notices.append("No value statement was given, so 'uses the value statement' is not scored.")
    session.points = _drill_points(session, embed or _default_embed())
    purpose = f"You asked for this meeting about {plan.purpose}. " if plan and plan.purpose else ""
    text = f"{_OPENERS[quadrant]} {purpose}{_point_line(session, 0)}"
    turn = Turn(speaker="partner", text=text, point=0, stance="open")
    session.turns.append(_voice(session, turn, chat))
    return session


def _quadrant(session: RehearsalSession) -> str:
    return session.assessment.quadrant if session.notes else "unknown"


def _drill_points(session: RehearsalSession, embed: Embed) -> list[DrillPoint]:
    books = load_playbooks()
    quadrant = _quadrant(session)
    level = session.assessment.dependence if quadrant != "unknown" else "unknown"
    moves = books[quadrant].moves_for("objections", level) or books[quadrant].moves_for("objections")
    if quadrant == "unknown":
        for keyword in _GENERIC_KEYWORDS:
            extra = [m for q in ("cost_centre", "bypass_risk", "utility", "partner") for m in books[q].moves_for("objections") if keyword in (m.objection or "").lower()]
            if extra and not any(keyword in (m.objection or "").lower() for m in moves):
                moves.append(extra[0])
    text = " ".join(n.text.lower() for n in session.notes)
    planned = set(session.plan.moves) if session.plan else set()

    def rank(move: Move) -> float:
        hits = sum(1 for cue in move.cues if cue in text)
        return hits / max(len(move.cues), 1) + 0.15 * hits + (1.0 if move.id in planned else 0.0)

    ordered = sorted(moves, key=rank, reverse=True)
    facts = [f for f in extract_facts(session.notes, exclude=session.partner) if f.kind != "person"]
    fact_vectors = embed([f.sentence for f in facts]) if facts else None
    used: list[Fact] = []
    points = []
    for move in ordered:
        miss = "own_past_miss" in move.tags or "slow" in (move.objection or "").lower()
        fit = embed([f"{move.objection} {move.when}"])[0] @ fact_vectors.T if fact_vectors is not None else []
        fact = _pick_fact(facts, [float(x) for x in fit], used, miss)
        topic = fact.phrase if fact else ""
        topic = f"the {topic}" if topic[:1].islower() and not topic.startswith("the ") else topic
        values = {"partner": session.first, "function": session.function.replace("_", " "), "topic": topic or "this", "purpose": session.plan.purpose if session.plan else "this meeting"}
        points.append(DrillPoint(move_id=move.id, objection=(move.objection or move.title).strip('“”"'), model_answer=fill(move.say, values), topic=topic, miss_related=miss))
    return points


def _pick_fact(facts: list[Fact], fit: list[float], used: list[Fact], miss: bool) -> Fact | None:
    """The unused fact whose sentence best fits the objection (misses prefer incidents and doubted sentences)."""
    def rank(i: int) -> float:
        fact = facts[i]
        bonus = 0.15 if miss and (fact.kind == "incident" or "doubted" in cue_hits(fact.sentence)) else 0.0
        return fit[i] + bonus - (1.0 if fact in used else 0.0)

    if not facts:
        return None
    fact = facts[max(range(len(facts)), key=rank)]
    used.append(fact)
    return fact


def _point_line(session: RehearsalSession, index: int) -> str:
    point = session.points[index]
    if not point.topic:
        return point.objection
    hooks = _MISS_HOOKS if point.miss_related else _HOOKS
    hook = hooks[(session.seed + index) % len(hooks)].format(topic=point.topic)
    return f"{point.objection} {hook[0].upper() + hook[1:]}"


# --- the exchange ------------------------------------------------------------


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
    point = session.points[point_index] if point_index is not None and point_index < len(session.points) else None
    before = next((t.text for t in reversed(session.turns[:turn_index]) if t.speaker == "partner"), "")
    return ReplyContext(
        partner_line=before, model_answer=point.model_answer if point else "", topic=point.topic if point else "",
        miss_related=point.miss_related if point else False,
        function_words=load_value_frames().function_language.get(session.function, []), value_statement=session.value_statement,
        partner_first=session.first,
    )


def score_turn(session: RehearsalSession, turn_index: int, embed: Embed | None = None) -> ReplyScore:
    turn = session.turns[turn_index]
    keys = [k for k in CRITERIA if k != "value_statement" or session.value_statement]
    if "empty" in turn.flags:
        return zero_score("No reply: an empty answer scores 0.", keys)
    if "injection" in turn.flags:
        return zero_score("The reply tried to break the rehearsal or instruct the assistant; it scores 0.", keys)
    return score_reply(turn.text, context_for(session, turn_index), embed)


def partner_reply(session: RehearsalSession, cio_text: str, embed: Embed | None = None, chat: ChatFn | None = None) -> Turn:
    """Add the CIO's reply and the partner's answer to `session`; returns the partner's turn."""
    if session.done:
        raise InputError("This rehearsal has ended. Retry from one of your replies or start a new rehearsal.")
    embed = embed or _default_embed()
    text, flags = clean_reply(cio_text)
    current = session.turns[-1].point if session.turns else 0
    session.turns.append(Turn(speaker="cio", text=text, point=current, flags=flags))
    if "truncated" in flags:
        session.notices.append(f"Reply {len(session.cio_turns())} was longer than {MAX_REPLY_CHARS:,} characters; only the first {MAX_REPLY_CHARS:,} were kept and scored.")
    point = session.points[current] if current is not None and current < len(session.points) else None
    topic = (point.topic if point else "") or "what we're here to discuss"
    again = f" {point.objection}" if point else ""
    if "empty" in flags:
        reaction, stance, following = "Sorry, what do you mean?", "clarify", current
    elif "injection" in flags:
        reaction, stance, following = f"I'm not sure what you mean; can we stick to {topic}?", "in_character", current
    else:
        reaction, stance, following = _react(session, current, score_turn(session, len(session.turns) - 1, embed))
        again = f" So I'll ask again: {point.objection}" if point and stance == "press" else ""
    if len(session.cio_turns()) >= session.max_turns or following is None:
        turn = _closing(session, reaction, current, embed)
    elif following == current:
        turn = Turn(speaker="partner", text=reaction + again, point=current, stance=stance)
    else:
        turn = Turn(speaker="partner", text=f"{reaction} Next thing, though. {_point_line(session, following)}", point=following, stance=stance)
    session.turns.append(_voice(session, turn, chat))
    return session.turns[-1]


def strength(score: ReplyScore) -> str:
    """strong: at least two right things and nothing wrong; weak: something wrong, or nothing right."""
    right = sum((
        score.owned and not score.defensive,
        score.commitment,
        score.scores.get("listens", 0) >= 3,
        score.scores.get("business_language", 0) >= 3,
        score.scores.get("teaches", 0) >= 4,
    ))
    wrong = score.defensive or any(t.kind != "jargon" for t in score.traps) or score.scores.get("teaches", 5) <= 1
    if wrong or right == 0:
        return "weak"
    return "strong" if right >= 2 else "middling"


def _react(session: RehearsalSession, current: int | None, score: ReplyScore) -> tuple[str, str, int | None]:
    """The partner's reaction, its stance, and the drill point that comes next (None: nothing left)."""
    verdict = strength(score)
    point = session.points[current] if current is not None and current < len(session.points) else None
    pressed = any(t.stance == "press" and t.point == current for t in session.turns if t.speaker == "partner")
    if verdict == "weak" and point and not pressed:
        return _press_line(point, score), "press", current
    following = (current or 0) + 1
    following_or_none = following if following < len(session.points) else None
    if verdict == "strong":
        return _soften_line(session, point, score), "soften", following_or_none
    if verdict == "weak":
        return "We're going round in circles. Let's move on, but I haven't forgotten it.", "move_on", following_or_none
    return _middling_line(session, score), "move_on", following_or_none


def _middling_line(session: RehearsalSession, score: ReplyScore) -> str:
    """A half-convinced partner says what was missing, in their own way."""
    if not score.commitment:
        return "Fine words. When would I actually see something, and who's on the hook for it?"
    if score.scores.get("listens", 0) < 3:
        return "Maybe. You haven't asked what my team actually needs, though."
    if score.scores.get("business_language", 0) < 3:
        return "OK, but say it in my terms: what does it do for my numbers?"
    lines = ("Hm. Maybe. I'll believe it when I see it.", "That's more like it. We'll see.", "Noted. Let's see if it holds this time.")
    return lines[len(session.turns) % len(lines)]


def _press_line(point: DrillPoint, score: ReplyScore) -> str:
    kinds = {t.kind: t.phrase for t in score.traps}
    if score.defensive:
        return "I don't want the reasons. I want to know what happens next."
    if "customers" in kinds:
        return "And stop calling us your customers. We're supposed to be on the same side."
    if "it_metrics" in kinds:
        return f"I don't care about '{kinds['it_metrics']}'. What does that mean for my team?"
    if "feature_talk" in kinds or "jargon" in kinds or "budget_defence" in kinds:
        return "You've lost me. Say it in plain English: what changes for my people?"
    if point.miss_related and not score.owned:
        return f"You haven't even said you got {point.topic or 'it'} wrong."
    if not score.commitment:
        return "That's not a date. When, exactly, and who do I call if it slips?"
    return "That doesn't answer it. Let me put it more plainly."


_SOFTEN = {
    "commitment": ("A date and a name. Good, I can hold you to that.", "Right. That I can put in front of my team.", "OK. Write that down and I'll check on the day."),
    "owned": ("I appreciate you not dressing it up. That's the first time I've heard IT say that.", "Fair enough. At least you're not making excuses."),
    "listens": ("Since you ask: what matters to me is {goal} working for my team.", "Good question. Honestly, it's {goal} that keeps me up at night."),
    "language": ("That's the first time someone from IT has put it in my terms.", "Now you're talking my language."),
}


def _soften_line(session: RehearsalSession, point: DrillPoint | None, score: ReplyScore) -> str:
    softened = sum(1 for t in session.turns if t.stance == "soften")
    if score.commitment and score.scores.get("reliability", 0) >= 4:
        cause = "commitment"
    elif score.owned:
        cause = "owned"
    elif score.scores.get("listens", 0) >= 4:
        cause = "listens"
    else:
        cause = "language"
    goal = next((p.topic for p in session.points if p.topic and (not point or p.topic != point.topic)), "") or "getting my team what it needs"
    lines = _SOFTEN[cause]
    return lines[softened % len(lines)].format(goal=goal)


def _closing(session: RehearsalSession, reaction: str, point: int | None, embed: Embed) -> Turn:
    session.done = True
    scored = [score_turn(session, i, embed) for i in session.cio_turns()[-3:]]
    good = sum(strength(s) == "strong" for s in scored) > sum(strength(s) == "weak" for s in scored)
    ending = (_CLOSE_GOOD if good else _CLOSE_BAD)[_quadrant(session)]
    return Turn(speaker="partner", text=f"{reaction} {ending}".strip(), point=point, stance="close")


def end_rehearsal(session: RehearsalSession) -> None:
    """The CIO ends the exchange; the debrief can follow."""
    session.done = True


def retry_from(session: RehearsalSession, turn_index: int) -> RehearsalSession:
    """A copy that ends just before the CIO's reply at `turn_index` (or just after that partner turn)."""
    if not 0 <= turn_index < len(session.turns):
        raise InputError(f"There is no turn {turn_index}; this rehearsal has turns 0 to {len(session.turns) - 1}.")
    keep = turn_index if session.turns[turn_index].speaker == "cio" else turn_index + 1
    copy = session.model_copy(deep=True)
    copy.turns = copy.turns[:keep]
    copy.done = False
    return copy


# --- the debrief ---------------------------------------------------------------


def debrief(session: RehearsalSession, embed: Embed | None = None, chat: ChatFn | None = None) -> Debrief:
    """Scores per reply (0-5 per criterion), what was good, a better way to say it, and an overall 0-100."""
    embed = embed or _default_embed()
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
    transcript = "\n".join(f"[{i}] {_who(session, t)}: {t.text}" for i, t in enumerate(session.turns))
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


# --- the LLM voice -----------------------------------------------------------------

_STANCE_GUIDE = {
    "open": "Open the meeting in character and raise the objection below.",
    "press": "The CIO's last answer was weak. Press the same point harder, once, in your own words.",
    "soften": "The CIO's last answer was good. Soften a little, acknowledge it, then raise the next objection below.",
    "move_on": "The CIO's answer was not convincing, but move on grudgingly to the next objection below.",
    "clarify": "The CIO said nothing. Ask, in character, what they mean.",
    "in_character": "The CIO said something that does not belong in this meeting. Stay in character, say you are not sure what they mean, and steer back to the point.",
    "close": "End the meeting in character with the closing remark below.",
}


def _who(session: RehearsalSession, turn: Turn) -> str:
    return (session.partner or "Partner") if turn.speaker == "partner" else "CIO"


def _voice(session: RehearsalSession, turn: Turn, chat: ChatFn | None) -> Turn:
    """The offline line, or the LLM's in-character wording of the same move (validated, with fallback)."""
    if chat is None or session.engine != "llm":
        return turn
    try:
        facts = "; ".join(p.topic for p in session.points if p.topic) or "none recorded"
        prompt = render_prompt(
            "rehearsal_partner_v1", partner=session.partner or "the partner", role=session.role or "a business leader",
            quadrant=QUADRANT_LABELS.get(_quadrant(session), "Unknown"), dependence=session.assessment.dependence,
            competence=session.assessment.competence, facts=facts, objections="\n".join(f"- {p.objection}" for p in session.points),
            notes="\n\n".join(f"[{n.ref}] {n.text}" for n in session.notes)[:6000] or "(no notes)",
            stance=_STANCE_GUIDE.get(turn.stance, ""), draft=turn.text,
        )
        messages: list[tuple[str, str]] = [("system", prompt)]
        messages += [("ai" if t.speaker == "partner" else "human", t.text or "(silence)") for t in session.turns]
        if not session.turns or session.turns[-1].speaker == "partner":
            messages.append(("human", "(The meeting starts.)"))
        text = validate_text(chat(messages), PartnerTurnOutput).text  # empty, too long or out of character: invalid
        return turn.model_copy(update={"text": text, "engine": "llm"})
    except Exception as exc:  # noqa: BLE001 - the offline line is always there to fall back on
        session.notices.append(f"The LLM partner could not answer ({type(exc).__name__}); this turn is the offline drill's line.")
        return turn


def chat_from_engine(engine: object) -> ChatFn | None:
    """A chat function over the LLM engine's model (LangChain stays in llm_engine), or None offline."""
    client = getattr(engine, "client", None)
    if getattr(engine, "name", "") != "llm" or client is None:
        return None

    def chat(messages: list[tuple[str, str]], output: type[BaseModel] | None = None) -> str:
        from assistant.redaction import redact_messages

        red = engine._redactor()  # type: ignore[attr-defined]  # names never leave for a remote endpoint
        sent = redact_messages(red, messages) if red else list(messages)
        # A structured answer is validated (and repaired once) by the client; the caller parses the same text.
        text = client.ask("rehearsal_debrief", sent, output).text if output else client.send("rehearsal_turn", sent)
        return red.restore(text) if red else text

    return chat


def _default_embed() -> Embed:
    from assistant.embeddings import shared_embedder

    return shared_embedder().embed


def transcript_lines(session: RehearsalSession) -> list[str]:
    return [f"[{i}] {_who(session, t)}: {t.text or '(no reply)'}" for i, t in enumerate(session.turns)]


def summary_json(session: RehearsalSession, result: Debrief) -> dict[str, object]:
    """The stable JSON of `coach rehearse --json`."""
    return {
        "partner": session.partner,
        "quadrant": _quadrant(session),
        "engine": session.engine,
        "notices": list(dict.fromkeys(session.notices + result.notices)),
        "transcript": [{"index": i, "speaker": t.speaker, "text": t.text, "stance": t.stance, "flags": t.flags} for i, t in enumerate(session.turns)],
        "debrief": result.model_dump(mode="json"),
    }
