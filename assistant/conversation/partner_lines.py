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

# Ways in per quadrant, in two parts (how they greet, where they stand): the seed (partner and purpose) picks each,
# so two partners in one quadrant rarely open alike.
OPENERS = {
    "bypass_risk": (
        ("I'll be honest.", "I've got twenty minutes.", "Let's not waste each other's time."),
        ("I nearly sent someone else to this.", "I agreed to this because my team asked me to.", "I'll say it straight."),
    ),
    "cost_centre": (
        ("Let's keep this short.", "I don't have long.", "Right."),
        ("I've got the budget pack open.", "I'll tell you what my team says about IT.", "Let me start with my problem."),
    ),
    "utility": (
        ("Good to see you.", "Thanks for coming over.", "Happy to talk."),
        ("Things run fine on our side, so I'm not sure what this is about.", "I'm not sure we need much from you.", "I don't have a list of problems for you, though."),
    ),
    "partner": (
        ("Always good to sit down.", "Glad we found the time.", "Thanks for making time."),
        ("There's something I want to raise, though.", "One thing is on my mind.", "Let me start with what's worrying me."),
    ),
    "unknown": (
        ("We haven't really talked before.", "I'm not sure what you wanted from this.", "Thanks for asking for this."),
        ("So let me start with what I hear about IT.", "I'll tell you what I hear.", "Here's what my team says."),
    ),
}
CLOSE_GOOD = {
    "bypass_risk": ("All right. Put that in writing, and we'll see whether the date holds.", "Fine. Show me on that date and we'll talk again."),
    "cost_centre": ("Fine. Send me that in writing and I'll look at it.", "All right. If that lands, I'll listen next time."),
    "utility": ("That's more than I expected from this meeting. Let's try it.", "Interesting. Send it over and I'll have a look."),
    "partner": ("Good. That's the conversation I wanted to have.", "Good. Let's put that in front of the others."),
    "unknown": ("Useful. Let's talk again when you have something to show me.", "Thanks. That was more useful than I expected."),
}
CLOSE_BAD = {
    "bypass_risk": ("Frankly, I haven't heard anything today that stops me going to an outside firm.", "I'll carry on with my own plans, then."),
    "cost_centre": ("I still don't see what I'm getting for the money.", "Let's leave it there. Nothing's changed for me."),
    "utility": ("Fine. Keep things running, that's all I need.", "OK. Let's stick to what works."),
    "partner": ("I expected more from you on this, to be honest.", "Let's pick this up again when you've thought it through."),
    "unknown": ("Let's leave it there for now.", "I'm not sure what I'm meant to take away from this."),
}
_MISS_HOOKS = ("And what about {topic}? My team hasn't forgotten it.", "Take {topic}: that's exactly what I mean.")
_HOOKS = ("Take {topic}.", "Look at {topic}.", "{topic}, for one.")
_MISS_KINDS = ("slow", "lights_on")
# Ways into the next objection; empty ones let the objection stand on its own.
_SEGUES = ("", "", "Something else, though.", "While we're at it:", "", "Which brings me to this.", "Another thing.", "")
_AGAIN = ("So I'll ask again:", "My point stands:", "", "Back to what I said:")
_PROMISE_HEARD = (
    "{when}, and {who} on it. Fine, I'll hold you to that.",
    "All right: {who}, {when}. I'll put it in my diary.",
    "{when}, with {who} on the hook. Good. If that happens, we're having a different conversation.",
)
_NO_OWNER = ("{when} is a date. But who on your side actually owns it?", "And who do I call on {when} if it isn't there?")
_NO_DATE = ("That's not a date. When, exactly, and who do I call if it slips?", "You say you will. By when?", "When would I see that, exactly?")
_TOO_FAR = "{when} is a long way off. What would I see before then?"
_OWNED_HEARD = (
    "I appreciate you not dressing it up. That's the first time I've heard IT say that.",
    "Fair enough. At least you're not making excuses.",
    "Thank you for saying it plainly.",
)
_ACK_HEARD = ("Good, you've heard me.", "Yes. That's exactly it.", "At least you get where I'm coming from.")
_LANGUAGE_HEARD = ("That's the first time someone from IT has put it in my terms.", "Now you're talking my language.", "That I can take to my team.")
_QUESTION_LEADS = ("Since you ask:", "Honestly?", "I'll tell you what I've said before:", "")
_CLOSED = re.compile(r"^\W*(?:would|could|can|do|does|is|are|should|shall|will|may|might)\b", re.I)
_CLOSED_ANSWER = ("Maybe. Show me first.", "Possibly. I'd want to see it.", "Could be.")
_NO_ANSWER = ("I'd have to think about that.", "I don't have an answer for you today.", "Let me come back to you on that one.", "Hard to say.")
_MIDDLING = ("Hm. Maybe. I'll believe it when I see it.", "That's more like it. We'll see.", "Noted. Let's see if it holds this time.", "Perhaps.")
_WEAK_MOVE_ON = ("We're going round in circles. Let's move on, but I haven't forgotten it.", "Let's park that. I'm not convinced.", "I'll take that as a no for now.")


def pick(session: RehearsalSession, options: tuple[str, ...], salt: int = 0) -> str:
    """One of `options`, varied by seed and turn, avoiding lines the partner already said."""
    said = " ".join(t.text for t in session.turns if t.speaker == "partner")
    start = (session.seed + len(session.turns) + salt) % len(options)
    ordered = options[start:] + options[:start]
    return next((o for o in ordered if o and o not in said), ordered[0])


def said_so_far(session: RehearsalSession) -> str:
    return " ".join(t.text for t in session.turns if t.speaker == "partner")


def opener(session: RehearsalSession, quadrant: str) -> str:
    greetings, stances = OPENERS[quadrant]
    return f"{greetings[session.seed % len(greetings)]} {stances[(session.seed // len(greetings)) % len(stances)]}"


def closing(session: RehearsalSession, quadrant: str, good: bool) -> str:
    options = (CLOSE_GOOD if good else CLOSE_BAD)[quadrant]
    return options[(session.seed // 7) % len(options)]


def segue(session: RehearsalSession) -> str:
    last = next((t.text for t in reversed(session.turns) if t.speaker == "partner"), "")
    start = (session.seed + len(session.turns)) % len(_SEGUES)
    for option in _SEGUES[start:] + _SEGUES[:start]:
        if not option or option not in last:
            return option
    return ""


def ask_again(session: RehearsalSession, objection: str) -> str:
    """The objection pressed once more, with a lead-in that varies (sometimes none)."""
    return f"{pick(session, _AGAIN, salt=2)} {objection}".strip()


def point_line(session: RehearsalSession, index: int, owned: bool = False, reaction: str = "") -> str:
    """The objection, then a case of it from the notes (a fitting project or incident, the partner's own words);
    nothing when the notes hold no case of it, and nothing already said."""
    point = session.points[index]
    said = f"{said_so_far(session)} {reaction}"
    parts = [point.objection]
    if point.topic and point.topic not in said:
        hooks = _MISS_HOOKS if point.miss_related and not owned and point.kind in _MISS_KINDS else _HOOKS
        hook = hooks[(session.seed + index) % len(hooks)].format(topic=point.topic)
        parts.append(hook[0].upper() + hook[1:])
    if point.example and point.example not in said:
        parts.append(point.example if point.example[-1:] in ".?!" else point.example + ".")
    return " ".join(parts)


def _who_phrase(owner: str) -> str:
    if owner == "CIO":
        return "you personally"
    return "your " + owner.split(" ", 1)[1] if owner.startswith("CIO's ") else owner


def _day(iso: str) -> str:
    due = dt.date.fromisoformat(iso)
    return f"{due.day} {due:%B}"


def promise_line(session: RehearsalSession, promise: HeardPromise) -> tuple[str, bool]:
    """The partner's answer to a dated promise, and whether it moved them (no owner, or a date months away, does not)."""
    if not promise.when:
        return pick(session, _NO_DATE), False
    when = _day(promise.when)
    if not promise.owned:
        return pick(session, _NO_OWNER).format(when=when), False
    if (dt.date.fromisoformat(promise.when) - session.today).days > 120:
        return _TOO_FAR.format(when=when), False
    line = pick(session, _PROMISE_HEARD).format(when=when, who=_who_phrase(promise.who))
    return line[:1].upper() + line[1:], True


_QUOTED = re.compile(r"[\"“]([^\"”]{12,300})[\"”]")


def partner_quote_refs(session: RehearsalSession) -> list[tuple[str, str]]:
    """(the line it was written on, quote) for what the partner said, in quotes, in the notes (quotes attributed to someone else are left out)."""
    first = session.first.lower()
    out = []
    for note in session.notes:
        for match in _QUOTED.finditer(note.text):
            before = note.text[max(0, match.start() - 80) : match.start()].lower()
            if first in before or re.search(r"\b(?:she|he|they)\b", before):
                line_start = note.text.rfind("\n", 0, match.start()) + 1
                line_end = note.text.find("\n", match.end())
                out.append((note.text[line_start : line_end if line_end >= 0 else len(note.text)], match.group(1).strip()))
    return out


def partner_quotes(session: RehearsalSession) -> list[str]:
    return [q for _, q in partner_quote_refs(session)]


def answer_question(session: RehearsalSession, question: str, embed: Embed) -> str:
    """The partner answers the CIO's question with their own words from the notes, or says honestly they'd think."""
    said = said_so_far(session)
    quotes = [q for q in partner_quotes(session) if q not in said]
    if _CLOSED.match(question):  # a yes-or-no question gets a yes-or-no answer, not a quote
        return pick(session, _CLOSED_ANSWER, salt=3)
    if not quotes:
        return pick(session, _NO_ANSWER, salt=3)
    vectors = embed([question] + quotes)
    sims = vectors[1:] @ vectors[0]
    best = int(np.argmax(sims))
    if float(sims[best]) < 0.28:  # below this, a quote answers some other question
        return pick(session, _NO_ANSWER, salt=3)
    lead = pick(session, _QUESTION_LEADS, salt=1)
    answer = quotes[best] if quotes[best][-1:] in ".?!" else f"{quotes[best]}."
    return f"{lead} {answer[:1].upper()}{answer[1:]}".strip()


def press_line(session: RehearsalSession, point: DrillPoint, score: ReplyScore, owned_before: bool, undated: bool) -> str:
    """What a weak reply gets: a reaction to what was in it; a date is asked for only after a promise without one."""
    kinds = {t.kind: t.phrase for t in score.traps}
    if score.defensive:
        return pick(session, ("I don't want the reasons. I want to know what happens next.", "Those are reasons. What happens next?"))
    if "customers" in kinds:
        return "And stop calling us your customers. We're supposed to be on the same side."
    if "it_metrics" in kinds:
        return f"I don't care about '{kinds['it_metrics']}'. What does that mean for my team?"
    if "feature_talk" in kinds or "jargon" in kinds or "budget_defence" in kinds:
        return pick(session, ("You've lost me. Say it in plain English: what changes for my people?", "In plain English, please. What changes for my team?"))
    if point.miss_related and point.kind in _MISS_KINDS and not score.owned and not owned_before:
        return f"You haven't even said you got {point.topic or 'it'} wrong."
    if undated:
        return pick(session, _NO_DATE)
    return pick(session, ("That doesn't answer it. Let me put it more plainly.", "That's not what I asked.", "I'm still not hearing what changes for my team."))


def middling_line(session: RehearsalSession, score: ReplyScore) -> str:
    """A half-convinced partner, when nothing in the reply stood out, says what was missing, once, in their own way."""
    if score.scores.get("listens", 0) < 3:
        return pick(session, ("Maybe. You haven't asked what my team actually needs, though.", "You're doing all the talking, you know."))
    if score.scores.get("business_language", 0) < 3:
        return pick(session, ("OK, but say it in my terms: what does it do for my numbers?", "What does that mean for my team, in practice?"))
    return pick(session, _MIDDLING)


def heard_line(session: RehearsalSession, owned: bool) -> str:
    """The reaction to an acknowledgement: an owned miss, or the partner's point heard."""
    return pick(session, _OWNED_HEARD if owned else _ACK_HEARD)


def soften_line(session: RehearsalSession, score: ReplyScore) -> str:
    if score.owned:
        return pick(session, _OWNED_HEARD)
    if score.scores.get("business_language", 0) >= 3:
        return pick(session, _LANGUAGE_HEARD)
    return pick(session, _MIDDLING[1:2])


def weak_move_on(session: RehearsalSession) -> str:
    return pick(session, _WEAK_MOVE_ON)
