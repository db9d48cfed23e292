"""What the offline partner says: openings, reactions to what was heard, answers from the notes, closings.

Wording varies with the session's seed and what was already said; no line is used twice in one rehearsal
when another fits, and there is no fixed connective between a reaction and the next objection.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from assistant.conversation.partner_state import HeardPromise
from assistant.conversation.rehearsal_rubric import Embed, ReplyScore
from assistant.conversation.rehearsal_session import DrillPoint, RehearsalSession

OPENERS = {
    "bypass_risk": "I'll be honest, I nearly sent someone else to this.",
    "cost_centre": "Let's keep this short; I've got the budget pack open.",
    "utility": "Good to see you. Things run fine on our side, so I'm not sure what this is about.",
    "partner": "Always good to sit down. There's something I want to raise, though.",
    "unknown": "I'm not sure what you wanted from this, so let me start with what I hear about IT.",
}
CLOSE_GOOD = {
    "bypass_risk": "All right. Put that in writing, and we'll see whether the date holds.",
    "cost_centre": "Fine. Send me that in writing and I'll look at it.",
    "utility": "That's more than I expected from this meeting. Let's try it.",
    "partner": "Good. That's the conversation I wanted to have.",
    "unknown": "Useful. Let's talk again when you have something to show me.",
}
CLOSE_BAD = {
    "bypass_risk": "Frankly, I haven't heard anything today that stops me going to an outside firm.",
    "cost_centre": "I still don't see what I'm getting for the money.",
    "utility": "Fine. Keep things running, that's all I need.",
    "partner": "I expected more from you on this, to be honest.",
    "unknown": "Let's leave it there for now.",
}
_MISS_HOOKS = ("And what about {topic}? My team hasn't forgotten it.", "Take {topic}: that's exactly what I mean.")
_HOOKS = ("Look at {topic}, for a start.", "{topic} is a case in point.")
# Ways into the next objection; empty ones let the objection stand on its own.
_SEGUES = ("", "", "Something else, though.", "While we're at it:", "", "Which brings me to this.", "Another thing.", "")
_PROMISE_HEARD = (
    "{when}, and {who} on it. Fine, I'll hold you to that.",
    "All right: {who}, {when}. I'll put it in my diary.",
    "{when}, with {who} on the hook. Good. If that happens, we're having a different conversation.",
)
_TOO_FAR = "{when} is a long way off. What would I see before then?"
_OWNED_HEARD = (
    "I appreciate you not dressing it up. That's the first time I've heard IT say that.",
    "Fair enough. At least you're not making excuses.",
    "Thank you for saying it plainly.",
)
_LANGUAGE_HEARD = ("That's the first time someone from IT has put it in my terms.", "Now you're talking my language.", "That I can take to my team.")
_QUESTION_LEADS = ("Since you ask:", "Honestly?", "I'll tell you what I've said before:", "")
_NO_ANSWER = "Good question. I'd have to think about it, but mostly I need things to work when my team needs them."
_MIDDLING = ("Hm. Maybe. I'll believe it when I see it.", "That's more like it. We'll see.", "Noted. Let's see if it holds this time.", "Perhaps.")
_WEAK_MOVE_ON = ("We're going round in circles. Let's move on, but I haven't forgotten it.", "Let's park that. I'm not convinced.")


def pick(session: RehearsalSession, options: tuple[str, ...], salt: int = 0) -> str:
    """One of `options`, varied by seed and turn, avoiding lines the partner already said."""
    said = " ".join(t.text for t in session.turns if t.speaker == "partner")
    start = (session.seed + len(session.turns) + salt) % len(options)
    ordered = options[start:] + options[:start]
    return next((o for o in ordered if o and o not in said), ordered[0])


def segue(session: RehearsalSession) -> str:
    last = next((t.text for t in reversed(session.turns) if t.speaker == "partner"), "")
    start = (session.seed + len(session.turns)) % len(_SEGUES)
    for option in _SEGUES[start:] + _SEGUES[:start]:
        if not option or option not in last:
            return option
    return ""


def point_line(session: RehearsalSession, index: int, owned: bool = False) -> str:
    """The objection with its specific from the notes; a specific already raised is not raised again."""
    point = session.points[index]
    said = " ".join(t.text for t in session.turns if t.speaker == "partner")
    if not point.topic or point.topic in said:
        return point.objection
    hooks = _MISS_HOOKS if point.miss_related and not owned else _HOOKS
    hook = hooks[(session.seed + index) % len(hooks)].format(topic=point.topic)
    return f"{point.objection} {hook[0].upper() + hook[1:]}"


def _who_phrase(owner: str) -> str:
    if owner == "CIO":
        return "you personally"
    return "your " + owner.split(" ", 1)[1] if owner.startswith("CIO's ") else owner


def promise_line(session: RehearsalSession, promise: HeardPromise) -> tuple[str, bool]:
    """The partner's answer to a dated, owned promise, and whether it moved them (a date months away does not)."""
    due = dt.date.fromisoformat(promise.when) if promise.when else session.today
    when = f"{due.day} {due:%B}"
    if (due - session.today).days > 120:
        return _TOO_FAR.format(when=when[:1].upper() + when[1:]), False
    line = pick(session, _PROMISE_HEARD).format(when=when, who=_who_phrase(promise.who))
    return line[:1].upper() + line[1:], True


_QUOTED = re.compile(r"[\"“]([^\"”]{12,300})[\"”]")


def partner_quotes(session: RehearsalSession) -> list[str]:
    """What the partner said, in quotes, in the notes (quotes attributed to someone else are left out)."""
    first = session.first.lower()
    out = []
    for note in session.notes:
        for match in _QUOTED.finditer(note.text):
            before = note.text[max(0, match.start() - 80) : match.start()].lower()
            if first in before or re.search(r"\b(?:she|he|they)\b", before):
                out.append(match.group(1).strip())
    return out


def answer_question(session: RehearsalSession, question: str, embed: Embed) -> str:
    """The partner answers the CIO's question with their own words from the notes, or says honestly they'd think."""
    said = " ".join(t.text for t in session.turns if t.speaker == "partner")
    quotes = [q for q in partner_quotes(session) if q not in said]
    if not quotes:
        return _NO_ANSWER
    vectors = embed([question] + quotes)
    sims = vectors[1:] @ vectors[0]
    best = int(np.argmax(sims))
    if float(sims[best]) < 0.2:
        return _NO_ANSWER
    lead = pick(session, _QUESTION_LEADS, salt=1)
    return f"{lead} {quotes[best]}".strip()


def press_line(session: RehearsalSession, point: DrillPoint, score: ReplyScore, owned_before: bool, promised_before: bool) -> str:
    kinds = {t.kind: t.phrase for t in score.traps}
    if score.defensive:
        return "I don't want the reasons. I want to know what happens next."
    if "customers" in kinds:
        return "And stop calling us your customers. We're supposed to be on the same side."
    if "it_metrics" in kinds:
        return f"I don't care about '{kinds['it_metrics']}'. What does that mean for my team?"
    if "feature_talk" in kinds or "jargon" in kinds or "budget_defence" in kinds:
        return "You've lost me. Say it in plain English: what changes for my people?"
    if point.miss_related and not score.owned and not owned_before:
        return f"You haven't even said you got {point.topic or 'it'} wrong."
    if not score.commitment and not promised_before:
        return "That's not a date. When, exactly, and who do I call if it slips?"
    return "That doesn't answer it. Let me put it more plainly."


def middling_line(session: RehearsalSession, score: ReplyScore, promised_before: bool) -> str:
    """A half-convinced partner says what was missing, once, in their own way."""
    if not score.commitment and not promised_before:
        return pick(session, ("Fine words. When would I actually see something, and who's on the hook for it?", "And when would that happen, and who owns it?"))
    if score.scores.get("listens", 0) < 3:
        return pick(session, ("Maybe. You haven't asked what my team actually needs, though.", "You're doing all the talking, you know."))
    if score.scores.get("business_language", 0) < 3:
        return pick(session, ("OK, but say it in my terms: what does it do for my numbers?", "What does that mean for my team, in practice?"))
    return pick(session, _MIDDLING)


def soften_line(session: RehearsalSession, score: ReplyScore) -> str:
    if score.owned:
        return pick(session, _OWNED_HEARD)
    return pick(session, _LANGUAGE_HEARD + _MIDDLING[1:2])


def weak_move_on(session: RehearsalSession) -> str:
    return pick(session, _WEAK_MOVE_ON)
