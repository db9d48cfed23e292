"""Meeting rehearsal: the assistant plays one business partner who listens; the debrief scores each of the CIO's replies.

The offline partner is a state machine over the partner's notes and the playbooks:
its objections are the objection moves of their quadrant's playbook, worded with
specifics from the notes. Each CIO reply is heard (partner_state: what was
acknowledged, promised, asked) and the partner reacts to it: an owned miss is not
demanded again, a dated promise with an owner moves them, a question is answered
with their own words from the notes, and the next objection is the one closest to
what the CIO just said. The LLM engine words the same moves in character
(rehearsal_voice); the debrief lives in debrief.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from assistant.conversation.debrief import (
    Debrief,
    DebriefRow,
    debrief,
    rehearsal_followups,
    summary_json,
    transcript_lines,
)
from assistant.conversation.partner_lines import (
    answer_question,
    ask_again,
    closing,
    heard_line,
    middling_line,
    opener,
    partner_quote_refs,
    point_line,
    press_line,
    promise_line,
    segue,
    soften_line,
    weak_move_on,
)
from assistant.conversation.partner_state import Heard, hear, merged, open_questions
from assistant.conversation.rehearsal_rubric import Embed, ReplyScore
from assistant.conversation.rehearsal_session import (
    DEFAULT_TURNS,
    MAX_REPLY_CHARS,
    ChatFn,
    DrillPoint,
    RehearsalSession,
    Turn,
    clean_reply,
    context_for,
    default_embed,
    quadrant_of,
    score_turn,
)
from assistant.conversation.rehearsal_topics import complaint_kind, fitting_fact, fitting_quote
from assistant.conversation.rehearsal_voice import voice
from assistant.conversation.rehearsal_wording import worded
from assistant.errors import InputError
from assistant.perception.cues import cue_hits
from assistant.planning.business_functions import infer_function
from assistant.planning.facts import Fact, extract_facts
from assistant.planning.playbooks import Move, fill, load_playbooks
from assistant.schema import Assessment, NoteText, Plan

__all__ = [
    "DEFAULT_TURNS", "MAX_REPLY_CHARS", "ChatFn", "Debrief", "DebriefRow", "DrillPoint", "Heard", "RehearsalSession", "Turn",
    "clean_reply", "context_for", "debrief", "end_rehearsal", "partner_reply", "rehearsal_followups", "retry_from",
    "score_turn", "start_rehearsal", "strength", "summary_json", "transcript_lines",
]
_GENERIC_KEYWORDS = ("slow", "vendor", "lights on")
_QUESTIONS = "why-all-the-questions"
_YES = re.compile(r"^\W*(?:yes|yeah|yep|absolutely|of course|sure|agreed|happy to|let's|we can|you can)\b", re.I)


# --- starting ----------------------------------------------------------------


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
    quadrant = quadrant_of(session)
    if not notes:
        session.notices.append(f"There are no notes about {partner or 'this partner'}, so the drill uses generic objections for an unknown partner. Add notes to rehearse against their real projects and words.")
    elif quadrant == "unknown":
        session.notices.append("The notes leave at least one perception unknown, so the drill uses generic objections for an unknown partner.")
    if not session.value_statement:
        session.notices.append("No value statement was given, so 'uses the value statement' is not scored.")
    session.points = _drill_points(session, embed or default_embed())
    purpose = f"You asked for this meeting about {plan.purpose}. " if plan and plan.purpose else ""
    text = f"{opener(session, quadrant)} {purpose}{point_line(session, 0)}"
    turn = Turn(speaker="partner", text=text, point=0, stance="open")
    session.turns.append(voice(session, turn, chat))
    return session


def _drill_points(session: RehearsalSession, embed: Embed) -> list[DrillPoint]:
    books = load_playbooks()
    quadrant = quadrant_of(session)
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

    # "Why all the questions?" only makes sense once the CIO has asked some: never the opening objection.
    ordered = sorted(moves, key=lambda m: (_QUESTIONS in m.id, -rank(m)))
    facts = [f for f in extract_facts(session.notes, exclude=session.partner) if f.kind != "person"]
    fact_vectors = embed([f.sentence for f in facts]) if facts else None
    quotes = partner_quote_refs(session)
    not_topics = {w.lower() for w in re.findall(r"[A-Za-z]+", f"{session.partner or ''} {session.role or ''}") if len(w) > 2}
    used: list[str] = []
    points = []
    for move in ordered:
        miss = "own_past_miss" in move.tags or "slow" in (move.objection or "").lower()
        kind = complaint_kind(move.id, quadrant)
        fit = embed([f"{move.objection} {move.when}"])[0] @ fact_vectors.T if fact_vectors is not None else []
        fact = fitting_fact(_by_fit(facts, [float(x) for x in fit], miss), kind, used, not_topics)
        said_with = [q for line, q in quotes if fact is None or fact.sentence[:40] in line]  # their words about that very item
        example = fitting_quote(said_with, kind, used) or ""
        topic = fact.phrase if fact else ""
        used += [topic, example]
        topic = f"the {topic}" if topic[:1].islower() and not topic.startswith("the ") else topic
        values = {"partner": session.first, "function": session.function.replace("_", " "), "topic": topic or "this", "purpose": session.plan.purpose if session.plan else "this meeting"}
        points.append(DrillPoint(
            move_id=move.id, objection=worded(move.id, (move.objection or move.title).strip('“”"'), session.seed), model_answer=fill(move.say, values), topic=topic,
            miss_related=miss, kind=kind, example=example,
        ))
    return points


def _by_fit(facts: list[Fact], fit: list[float], miss: bool) -> list[Fact]:
    """Facts, the sentence closest to the objection first (misses prefer incidents and doubted sentences)."""
    def rank(i: int) -> float:
        fact = facts[i]
        return fit[i] + (0.15 if miss and (fact.kind == "incident" or "doubted" in cue_hits(fact.sentence)) else 0.0)

    return [facts[i] for i in sorted(range(len(facts)), key=rank, reverse=True)]


# --- the exchange ------------------------------------------------------------


def partner_reply(session: RehearsalSession, cio_text: str, embed: Embed | None = None, chat: ChatFn | None = None) -> Turn:
    """Add the CIO's reply (with what the partner heard in it) and the partner's answer; returns the partner's turn."""
    if session.done:
        raise InputError("This rehearsal has ended. Retry from one of your replies or start a new rehearsal.")
    embed = embed or default_embed()
    text, flags = clean_reply(cio_text)
    current = session.turns[-1].point if session.turns else 0
    heard = hear(text, session.today) if not {"empty", "injection"} & set(flags) else Heard()
    session.turns.append(Turn(speaker="cio", text=text, point=current, flags=flags, heard=heard))
    if "truncated" in flags:
        session.notices.append(f"Reply {len(session.cio_turns())} was longer than {MAX_REPLY_CHARS:,} characters; only the first {MAX_REPLY_CHARS:,} were kept and scored.")
    point = session.points[current] if current is not None and current < len(session.points) else None
    topic = (point.topic if point else "") or "what we're here to discuss"
    again = ""
    if "empty" in flags:
        reaction, stance, following = "Sorry, what do you mean?", "clarify", current
    elif "injection" in flags:
        reaction, stance, following = f"I'm not sure what you mean; can we stick to {topic}?", "in_character", current
    else:
        score = score_turn(session, len(session.turns) - 1, embed)
        reaction, stance, following = _react(session, current, score, heard, embed)
        again = f" {ask_again(session, point.objection)}" if point and stance == "press" and point.objection not in reaction else ""
    if len(session.cio_turns()) >= session.max_turns or following is None:
        turn = _closing(session, reaction, current, embed)
    elif following == current:
        turn = Turn(speaker="partner", text=reaction + again, point=current, stance=stance)
    else:
        owned = _heard_so_far(session).owned_miss
        text = " ".join(x for x in (reaction, segue(session), point_line(session, following, owned, reaction)) if x)
        turn = Turn(speaker="partner", text=text, point=following, stance=stance)
    session.turns.append(voice(session, turn, chat))
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


def _heard_so_far(session: RehearsalSession) -> Heard:
    return merged([t.heard for t in session.turns if t.speaker == "cio" and t.heard])


def _react(session: RehearsalSession, current: int | None, score: ReplyScore, heard: Heard, embed: Embed) -> tuple[str, str, int | None]:
    """The partner's reaction to what was heard, its stance, and the drill point that comes next (None: nothing left).

    What was heard comes first, in order: an excuse; an acknowledgement; a promise (what, who, when); a question.
    Only when the reply held none of these does the partner judge it as a whole.
    """
    so_far = _heard_so_far(session)
    before = merged([t.heard for t in session.turns[:-1] if t.speaker == "cio" and t.heard])
    verdict = strength(score)
    point = session.points[current] if current is not None and current < len(session.points) else None
    if point and point.miss_related and so_far.owned_miss and verdict == "weak" and not score.defensive and not score.traps:
        verdict = "middling"  # the miss was owned already: not demanded again
    pressed = any(t.stance == "press" and t.point == current for t in session.turns if t.speaker == "partner")
    following = _next_point(session, current, embed, so_far)
    if score.defensive:
        if pressed or not point:
            return weak_move_on(session), "move_on", following
        return press_line(session, point, score, before.owned_miss, False), "press", current
    parts = [heard_line(session, heard.owned_miss)] if heard.acknowledged else []
    promise = heard.firm_promise() or next(iter(heard.promised), None)
    moved = unmoved = False
    if promise:
        line, moved = promise_line(session, promise)
        parts.append(line)
        unmoved = not moved
    if heard.asked:
        parts.append(answer_question(session, (open_questions(heard) or heard.asked)[-1], embed))
    if parts:
        if unmoved and not pressed:
            return " ".join(parts), "press", current
        return " ".join(parts), "soften" if moved or verdict != "weak" else "move_on", following
    if verdict == "weak" and point and not pressed:
        return press_line(session, point, score, before.owned_miss, False), "press", current
    if verdict == "weak":
        return weak_move_on(session), "move_on", following
    if verdict == "strong":
        return soften_line(session, score), "soften", following
    return middling_line(session, score), "move_on", following


def _next_point(session: RehearsalSession, current: int | None, embed: Embed, heard: Heard) -> int | None:
    """The objection that follows the conversation: the unvisited point closest to the CIO's last reply."""
    visited = {t.point for t in session.turns if t.speaker == "partner"} | {current}
    reply = session.turns[-1].text
    last = session.turns[-1].heard or Heard()
    left = [
        i for i, p in enumerate(session.points)
        if i not in visited and not (p.miss_related and heard.owned_miss and p.move_id.startswith("own")) and _fits_now(p, last, reply)
    ]
    if not left:
        return None
    if not reply.strip() or len(left) == 1:
        return left[0]
    vectors = embed([reply] + [f"{session.points[i].objection} {session.points[i].topic}" for i in left])
    sims = vectors[1:] @ vectors[0]
    return left[int(sims.argmax())]


def _fits_now(point: DrillPoint, last: Heard, reply: str) -> bool:
    """Whether an objection can follow this reply: no "why all the questions?" when none was asked, no "IT always says no" after a yes."""
    if _QUESTIONS in point.move_id:
        return bool(last.asked)
    if point.kind == "says_no":
        return not (last.promised or _YES.search(reply))
    return True


def _closing(session: RehearsalSession, reaction: str, point: int | None, embed: Embed) -> Turn:
    session.done = True
    scored = [score_turn(session, i, embed) for i in session.cio_turns()[-3:]]
    good = sum(strength(s) == "strong" for s in scored) > sum(strength(s) == "weak" for s in scored)
    ending = closing(session, quadrant_of(session), good)
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
