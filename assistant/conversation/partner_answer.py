"""The part of a chat answer that is about the selected partner: perception, open items, notes cited.

Built the way plans are: every sentence comes from a typed item (a request, an offer, a promise,
a miss, a goal, an avoid topic) or from the stored assessment, in a sentence whose meaning fits
that item; a slot with no fitting item is left out. Notes are cited by date and verbatim quote.
An avoid topic is never quoted, never cited and never put into a line to say; it is named (by its
safe label) only when the CIO asks what to keep out of the room.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from assistant.planning.lead import AXIS_WORDS, LOW_CONFIDENCE, build_lead, uncertain_axes
from assistant.planning.purpose_fit import fit_purpose
from assistant.planning.purposes import purpose_for
from assistant.planning.situation import Item, Situation, build_situation
from assistant.planning.situation_extras import miss_label
from assistant.schema import QUADRANT_LABELS, Assessment, NoteText
from assistant.text.prose import first_name

if TYPE_CHECKING:
    from assistant.planning.inputs import LedgerItem

ASKS_AVOID = re.compile(r"\bavoid|\bnot (?:to )?(?:raise|bring|mention|say)|\bkeep\b[^?]*\b(?:out|off)\b|off the table|steer clear|stay away|"
                        r"sensitive|off[- ]limits|careful|what not to", re.I)
ASKS_PUSHBACK = re.compile(r"\bwhat if\b[^?]*\b(?:no|refuses?|declines?|pushes back|objects?|disagrees?|useless|not interested|rejects?)\b|"
                           r"\bpush(?:es)? back\b|\bobject(?:s|ion)\b", re.I)
ASKS_OWNER = re.compile(r"\bwho\b.*\b(?:own|lead|deliver|handle|responsible)|\bowner\b|\bdelegate", re.I)
ASKS_READ = re.compile(r"\bsees? (?:us|it|technology|me)\b|\bperceiv|\bquadrant\b|\bpartner or\b|\bhow does \w+ see\b|\bwhere do (?:i|we) stand\b", re.I)

_DEPENDENCE = {"T": "sees technology as plumbing that must run", "I": "sees technology as a source of better information",
               "BT": "sees technology as part of the business's strategy"}
_COMPETENCE = {"doubted": "doubts our delivery", "proven": "trusts our delivery"}
_MOVE = {
    "cost_centre": "work on both at once: reliability wins your direct reports deliver, and patient teaching in {first}'s terms",
    "utility": "teach: show, with {first}'s own goals and data, what better information could do",
    "bypass_risk": "earn back trust first, with small dated commitments kept in public and honesty about past misses",
    "partner": "co-own outcomes with {first} and protect the trust already there",
}
_WHY = {  # why a topic stays out, said to the CIO (the plan's wording mentions sharing the plan)
    "personal": "it is private, and the meeting does not need it.",
    "audit": "it is confidential; leave it to the audit process unless {first} raises it.",
    "asked_not_to": "your notes say not to raise it.",
}


@dataclass
class NoteCitation:
    date: str  # ISO date of the note ("" when undated)
    quote: str  # verbatim sentence from the note
    ref: str  # the note's ref


@dataclass
class PartnerAnswer:
    partner: str
    direct: list[str] = field(default_factory=list)  # whole sentences, about this partner, most urgent first
    say_this: str = ""  # a line the CIO can say to the partner ("" when none fits)
    question_back: str = ""
    keep_out: list[str] = field(default_factory=list)  # only when asked what to avoid
    notes: list[NoteCitation] = field(default_factory=list)
    avoid_terms: list[frozenset[str]] = field(default_factory=list)  # to keep material passages clear of avoid topics
    avoid_quotes: list[str] = field(default_factory=list)
    about_partner: bool = False  # the question names the partner or asks what the notes answer (avoid, owner, how they see us)


def partner_answer(question: str, partner: str, notes: list[NoteText], assessment: Assessment | None,
                   ledger: list[LedgerItem] | None, today: dt.date) -> PartnerAnswer:
    """What the chat says about this partner for this question (empty parts where nothing true fits)."""
    first = first_name(partner) if partner else "your partner"
    sit = build_situation(notes, partner, ledger or [], today)
    result = PartnerAnswer(partner=partner, avoid_terms=[a.terms for a in sit.avoid], avoid_quotes=[a.quote for a in sit.avoid])
    names = [n for n in {partner, first} if n and n != "your partner"]
    result.about_partner = any(re.search(rf"\b{re.escape(n)}\b", question, re.I) for n in names) or bool(
        ASKS_AVOID.search(question) or ASKS_OWNER.search(question) or ASKS_READ.search(question))
    if not notes:
        result.direct.append(f"There are no notes on {first} yet, so I cannot say how {first} sees us; add a note after your next conversation.")
        return result
    a = assessment or Assessment(partner=partner)
    purpose = fit_purpose(purpose_for(question), sit)
    lead = build_lead(sit, first, a.quadrant, a, purpose, today)
    used: list[Item] = []
    asks_read = bool(ASKS_READ.search(question))
    if ASKS_AVOID.search(question):  # what the CIO asked comes first; the open items follow
        result.keep_out = [f"Keep {t.topic} out of the room: {_WHY.get(t.kind, t.why).format(first=first)}" for t in sit.avoid]
        if not result.keep_out:
            result.direct.append(f"Your notes on {first} name nothing to keep out of the room.")
    if ASKS_OWNER.search(question):
        result.direct.append("Give the delivery to one of your direct reports by name, with a date, and keep the conversation "
                             f"with {first} yourself.")
    if ASKS_PUSHBACK.search(question):
        result.direct.append(f"If {first} pushes back, stay curious before you defend anything: ask what would make it worth "
                             f"{first}'s time, in {first}'s own terms.")
    reading = _reading(a, first, sit, today)
    if asks_read:
        result.direct.append(reading)
    result.direct += _open_sentences(sit, first, used, today)
    if not asks_read and len(result.direct) < 2:
        result.direct.append(reading)
    result.direct = result.direct[:3]
    safe = [line for line in lead.script if not _touches_avoid(line, sit)]
    result.say_this = safe[0] if safe else ""
    result.question_back = _question_back(lead.uncertain, first, sit)
    result.notes = _citations(used + _goal_items(sit), sit)
    return result


def _on(date: dt.date | None, today: dt.date) -> str:
    """'2 April', with the year when it is not this year's."""
    if date is None:
        return "an undated note"
    return f"{date.day} {date:%B}" + (f" {date.year}" if date.year != today.year else "")


def _open_sentences(sit: Situation, first: str, used: list[Item], today: dt.date) -> list[str]:
    """The open items, most urgent first: theirs, our overdue promises, misses we own, misses that were not ours."""
    out: list[str] = []
    theirs = [i for i in sit.open_theirs() if not _touches_avoid(i.quote, sit)][:3]
    if theirs:
        said = list(dict.fromkeys(f"{'request' if i.kind == 'request' else 'offer'} of {_on(i.date, today)}" for i in theirs))
        listed = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
        verb, them = ("is", "it") if len(said) == 1 else ("are", "them")
        out.append(f"{first}'s {listed} {verb} still open in your notes; answer {them} before anything else.")
        used += theirs
    overdue = [i for i in sit.open_ours() if i.status == "overdue" and not _touches_avoid(i.quote, sit)]
    if overdue:
        item = overdue[0]
        due = f" fell due on {_on(item.due, today)}" if item.due else " is overdue"
        out.append(f"Our promise of {_on(item.date, today)}{due} and your notes show no delivery; report on it before {first} has to ask.")
        used.append(item)
    owned = [i for i in sit.owned_misses() if not _touches_avoid(i.quote, sit)]
    if owned:
        label = miss_label(owned[-1])
        out.append(f"{label[:1].upper()}{label[1:]} was ours and still weighs; own it plainly, with a root cause and a fix date.")
        used.append(owned[-1])
    others = [i for i in sit.items if i.kind == "miss" and i.owner == "third_party" and i.status == "open" and not _touches_avoid(i.quote, sit)]
    if others:
        label = miss_label(others[-1])
        out.append(f"{label[:1].upper()}{label[1:]} was a third party's, not ours: do not apologise for it.")
        used.append(others[-1])
    return out


def _reading(a: Assessment, first: str, sit: Situation, today: dt.date) -> str:
    """The latest assessment in one sentence, or an honest 'not enough to tell'."""
    latest = f" (latest note {_on(sit.last_note, today)})" if sit.last_note else ""
    if a.quadrant == "unknown" or a.confidence < LOW_CONFIDENCE or a.dependence == "unknown" or a.competence == "unknown":
        axes = uncertain_axes(a) or ["dependence", "competence"]
        words = " and ".join(AXIS_WORDS[x] for x in axes)
        return f"Your notes{latest} are too thin to tell how {first} sees {words}; ask before you propose anything."
    return (f"Your notes{latest} put {first} in the {QUADRANT_LABELS[a.quadrant].lower()} quadrant: {first} "
            f"{_DEPENDENCE[a.dependence]} and {_COMPETENCE[a.competence]}, so {_MOVE[a.quadrant].format(first=first)}.")


def _question_back(uncertain: list[str], first: str, sit: Situation) -> str:
    if uncertain:
        return f"Which one question would tell you how {first} sees {' and '.join(AXIS_WORDS[x] for x in uncertain)}?"
    if sit.open_theirs():
        return f"What would {first} need to hear from you to call that open item answered?"
    if sit.goals:
        return f"Which of {first}'s own goals could your team move in the next month, and how would {first} see it?"
    return ""


def _goal_items(sit: Situation) -> list[Item]:
    """The newest goal, as a pseudo-item so it is cited like the rest."""
    return [Item("goal", "partner", "open", g.quote, g.date, g.note_ref) for g in sit.goals[:1] if not _touches_avoid(g.quote, sit)]


def _citations(items: list[Item], sit: Situation) -> list[NoteCitation]:
    seen: set[str] = set()
    out = []
    for item in items:
        quote = re.sub(r"\s+", " ", item.quote).strip()
        if item.source != "note" or not quote or quote in seen or _touches_avoid(quote, sit):
            continue
        seen.add(quote)
        out.append(NoteCitation(item.date.isoformat() if item.date else "", quote, item.note_ref))
    return out


def _touches_avoid(text: str, sit: Situation) -> bool:
    """True when the text quotes an avoid topic's sentence or shares enough of its words."""
    flat = re.sub(r"\s+", " ", text)
    words = set(re.findall(r"[a-z][a-z'’-]{3,}", flat.lower()))
    return any(re.sub(r"\s+", " ", t.quote) in flat or re.sub(r"\s+", " ", flat) in re.sub(r"\s+", " ", t.quote) or len(words & t.terms) >= 3 for t in sit.avoid)
