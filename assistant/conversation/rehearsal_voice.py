"""The LLM partner: the offline drill's move, worded in character by the model (validated, with fallback)."""

from __future__ import annotations

from assistant.conversation.rehearsal_session import ChatFn, RehearsalSession, Turn, quadrant_of
from assistant.engines.prompts import render_prompt
from assistant.outputs import PartnerTurnOutput
from assistant.schema import QUADRANT_LABELS
from assistant.structured import validate_text

_STANCE_GUIDE = {
    "open": "Open the meeting in character and raise the objection below.",
    "answer": "The CIO asked a question. Answer it in character from what you said in the notes, then raise the objection below.",
    "press": "The CIO's last answer was weak. Press the same point harder, once, in your own words.",
    "soften": "The CIO's last answer was good. Soften a little, acknowledge it, then raise the next objection below.",
    "move_on": "The CIO's answer was not convincing, but move on grudgingly to the next objection below.",
    "clarify": "The CIO said nothing. Ask, in character, what they mean.",
    "in_character": "The CIO said something that does not belong in this meeting. Stay in character, say you are not sure what they mean, and steer back to the point.",
    "close": "End the meeting in character with the closing remark below.",
}


def voice(session: RehearsalSession, turn: Turn, chat: ChatFn | None) -> Turn:
    """The offline line, or the LLM's in-character wording of the same move (validated, with fallback)."""
    if chat is None or session.engine != "llm":
        return turn
    try:
        facts = "; ".join(p.topic for p in session.points if p.topic) or "none recorded"
        prompt = render_prompt(
            "rehearsal_partner_v1", partner=session.partner or "the partner", role=session.role or "a business leader",
            quadrant=QUADRANT_LABELS.get(quadrant_of(session), "Unknown"), dependence=session.assessment.dependence,
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
