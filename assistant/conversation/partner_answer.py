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

from assistant.conversation.partner_facts import (
    certainly_open,
    invents_a_date,
    is_remark,
    praise_sentence,
    split_dated_bullets,
    to_partner,
)
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
                           r"\bpush(?:es)? back\b|\bnot worth\b|\bwaste of (?:his|her|their) time\b|\bsays? no\b|\bobject(?:s|ion)\b", re.I)
ASKS_OWNER = re.compile(r"\bwho\b.*\b(?:own|lead|deliver|handle|responsible)|\bowner\b|\bdelegate", re.I)
ASKS_PROMISE = re.compile(r"\bwhat (?:do|should|can|could) (?:i|we) (?:promise|commit|offer)\b|\bpromise (?:him|her|them)\b|\bcommit to\b", re.I)
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
    answered: bool = False  # the direct lines answer what was asked (owner, promise, pushback, avoid): material adds nothing
    about_partner: bool = False  # the question names the partner or asks what the notes answer (avoid, owner, how they see us)
    has_miss: bool = False  # the notes show a miss (ours, a chased item or a passed due date): apology material may fit


def partner_answer(question: str, partner: str, notes: list[NoteText], assessment: Assessment | None,
                   ledger: list[LedgerItem] | None, today: dt.date, said_before: str = "") -> PartnerAnswer:
    """What the chat says about this partner for this question (empty parts where nothing true fits).

    `said_before` is the previous answer of this conversation: a follow-up answers its own question and
    does not say again what that answer said.
    """
    first = first_name(partner) if partner else "your partner"
    notes = split_dated_bullets(notes)
    sit = build_situation(notes, partner, ledger or [], today)
    result = PartnerAnswer(partner=partner, avoid_terms=[a.terms for a in sit.avoid], avoid_quotes=[a.quote for a in sit.avoid])
    names = [n for n in {partner, first} if n and n != "your partner"]
    result.has_miss = bool(sit.owned_misses() or any(i.broken_on for i in sit.open_theirs()))
    result.about_partner = any(re.search(rf"\b{re.escape(n)}\b", question, re.I) for n in names) or bool(
        ASKS_AVOID.search(question) or ASKS_OWNER.search(question) or ASKS_READ.search(question) or ASKS_PROMISE.search(question))
    if not notes:
        result.direct.append(f"There are no notes on {first} yet, so I cannot say how {first} sees us; add a note after your next conversation.")
        return result
    a = assessment or Assessment(partner=partner)
    purpose = fit_purpose(purpose_for(question), sit)
    lead = build_lead(sit, first, a.quadrant, a, purpose, today)
    theirs = [i for i in certainly_open(sit.open_theirs(), sit) if not _touches_avoid(i.quote, sit)]
    theirs.sort(key=lambda i: (i.date or dt.date.min, i.kind == "request" and i.due is not None, i.order), reverse=True)  # newest; a dated ask first
    used: list[Item] = []
    asked = _asked(question, first, sit, theirs, result, today)
    result.answered = bool(asked or result.keep_out)
    reading = _reading(a, first, sit, notes, today)
    if ASKS_READ.search(question):
        asked.append(reading)
    follow_up = bool(said_before.strip())
    rest = [] if follow_up and asked else _open_sentences(sit, theirs, first, used, today)
    if not ASKS_READ.search(question) and len(asked + rest) < 2 and not (follow_up and asked):
        rest.append(reading)
    result.direct = [x for x in asked + rest if x not in said_before][:3]
    used += theirs[:1] if asked and not used else []
    line = _say_line(theirs, sit, first, today) or next(
        (x for x in lead.script if not _touches_avoid(x, sit) and not invents_a_date(x, notes) and not _names_a_remark(x, sit)
         and not (sit.goals and _GENERIC_OPENER.search(x))), "") or _goal_line(sit, first, today)
    result.say_this = "" if line and line in said_before else line
    result.question_back = _intent_question(question, first) or _question_back(lead.uncertain, first, sit, theirs)
    if result.question_back and result.question_back in said_before:
        result.question_back = ""
    result.notes = _citations(used + _goal_items(sit), sit)
    return result


def _asked(question: str, first: str, sit: Situation, theirs: list[Item], result: PartnerAnswer, today: dt.date) -> list[str]:
    """Sentences that answer what the CIO asked now: what to keep out, who owns it, what to promise, a pushback."""
    out: list[str] = []
    thing = _noun(theirs[0]) or f"what {first} asked for on {_on(theirs[0].date, today)}" if theirs else ""
    if ASKS_AVOID.search(question):
        result.keep_out = [f"Keep {t.topic} out of the room: {_WHY.get(t.kind, t.why).format(first=first)}" for t in sit.avoid]
        if not result.keep_out:
            out.append(f"Your notes on {first} name nothing to keep out of the room.")
    if ASKS_PROMISE.search(question):
        if theirs and theirs[0].due:
            out.append(f"Promise {thing} by {_on(theirs[0].due, theirs[0].due)} only once the person who will build it has confirmed that date; "
                       f"otherwise tell {first} when you will know.")
        elif theirs:
            out.append(f"Promise {thing} with a date your team has checked, not one made up in the room; if you cannot check it first, "
                       "promise the date itself by a day you can keep.")
        else:
            out.append(f"Your notes show nothing {first} is waiting for, so promise one small thing you can certainly keep, with a date and an owner.")
    if ASKS_OWNER.search(question):
        what = f" of {thing}" if thing else ""
        out.append(f"Give the delivery{what} to one of your direct reports by name, and tell {first} who it is; keep the conversation "
                   "yourself.")
    if ASKS_PUSHBACK.search(question):
        goal = next((g for g in sit.goals if not _touches_avoid(g.quote, sit)), None)
        aim = f" — for instance what would help with “{goal.text}”" if goal else ""
        out.append(f"If {first} pushes back, ask before you argue: what would {first} need from us to make this worth the time, "
                   f"in {first}'s own terms{aim}?")
        out.append("Then agree the one thing that answers that, and let the rest wait.")
    return out


def _thing(item: Item) -> str:
    """What the partner asked for or offered, as a noun phrase from the note (without its date)."""
    comp = re.sub(r"^(?:us|me|IT|my team|our team)\s+(?:for|to)\s+", "", item.complement, flags=re.I)
    comp = re.sub(r"^for\s+", "", comp, flags=re.I)
    return re.sub(r"\s+by\s+[^,;]*$", "", comp).strip() or comp


_LEAD_VERB = re.compile(r"^(?:to\s+)?(?:get|build|send|deliver|give|provide|make|fix|set up|create|put together|share)\s+(?:(?:us|me|him|her|them|IT)\s+)?", re.I)
_DETERMINER = re.compile(r"^(?:an?|the|her|his|their|its|some|one|two|three|a new|new)\b", re.I)


def _noun(item: Item) -> str:
    """What was asked for as a plain noun phrase ("the campaign attribution dashboard"), or "" when the note's words are no noun phrase."""
    thing = _LEAD_VERB.sub("", _thing(item)).rstrip(" .;,")
    if not _DETERMINER.match(thing) or len(thing.split()) > 12 or re.search(r"\b(?:whether|if|how|why)\b", thing, re.I):
        return ""
    return re.sub(r"^(?:her|his|their)\b", "the", thing, flags=re.I)


def _on(date: dt.date | None, today: dt.date) -> str:
    """'2 April', with the year when it is not this year's."""
    if date is None:
        return "an undated note"
    return f"{date.day} {date:%B}" + (f" {date.year}" if date.year != today.year else "")


def _open_sentences(sit: Situation, theirs: list[Item], first: str, used: list[Item], today: dt.date) -> list[str]:
    """The open items, most urgent first: the newest of theirs (quoted), our overdue promises, misses we own, misses not ours."""
    out: list[str] = []
    if theirs:
        newest = theirs[0]
        kind = "request" if newest.kind == "request" else "offer"
        quote = _bare(newest.quote)
        shown = f": “{quote}”" if len(quote.split()) <= 40 else " (quoted below)."
        chased = f" {first} had to chase it on {_on(newest.broken_on, today)}." if newest.broken_on else ""
        out.append(f"Start with {first}'s {kind} of {_on(newest.date, today)}, the newest open item in your notes{shown}{chased}")
        offer = next((i for i in theirs[1:] if i.kind == "offer"), None)  # the latest open offer is named even behind newer requests
        others = theirs[1:3] + ([offer] if offer is not None and offer not in theirs[1:3] else [])
        more = list(dict.fromkeys(f"{'request' if i.kind == 'request' else 'offer'} of {_on(i.date, today)}" for i in others))
        if more:
            listed = more[0] if len(more) == 1 else ", ".join(more[:-1]) + " and " + more[-1]
            out.append(f"{first}'s {listed} {'is' if len(more) == 1 else 'are'} open too; answer {'it' if len(more) == 1 else 'them'} in the same meeting.")
        used += [newest, *others]
    overdue = [i for i in sit.open_ours() if i.status == "overdue" and not _touches_avoid(i.quote, sit)]
    if overdue:
        item = overdue[0]
        due = f" fell due on {_on(item.due, today)}" if item.due else " is overdue"
        out.append(f"Our promise of {_on(item.date, today)}{due} and your notes show no delivery; report on it before {first} has to ask.")
        used.append(item)
    owned = [i for i in sit.owned_misses() if not _touches_avoid(i.quote, sit)]
    if owned and _plain_label(miss_label(owned[-1])):
        label = miss_label(owned[-1])
        out.append(f"{label[:1].upper()}{label[1:]} was ours and still weighs; own it plainly, and give a fix date only once your team has checked it.")
        used.append(owned[-1])
    others = [i for i in sit.items if i.kind == "miss" and i.owner == "third_party" and i.status == "open" and not _touches_avoid(i.quote, sit)]
    if others and _plain_label(miss_label(others[-1])):
        label = miss_label(others[-1])
        out.append(f"{label[:1].upper()}{label[1:]} was a third party's, not ours: do not apologise for it.")
        used.append(others[-1])
    return out


def _bare(quote: str) -> str:
    """A note's sentence without its speaker label or outer quotation marks ("Hugo: "Can you ...?"" -> "Can you ...?")."""
    text = re.sub(r"\s+", " ", quote).strip()
    text = re.sub(r"^[A-Z][\w.' -]{0,40}:\s+", "", text)
    return text[1:-1].strip() if len(text) > 2 and text[0] in "\"“" and text[-1] in "\"”" and text.count('"') + text.count("“") <= 2 else text


def _plain_label(label: str) -> bool:
    """A miss's label that reads as a thing ("the delay to the CRM upgrade"), not a broken fill ("the delay to the team promised me")."""
    return not re.search(r"\b(?:to|of) (?:the )?(?:team|me|us|you|him|her)\b|\b(?:promised|told|asked|said|gave) (?:me|us|him|her)\b", label, re.I)


def _say_line(theirs: list[Item], sit: Situation, first: str, today: dt.date) -> str:
    """A line for the CIO to say about the newest open item, with no date the notes do not give."""
    if not theirs:
        owned = [i for i in sit.owned_misses() if not _touches_avoid(i.quote, sit) and _plain_label(miss_label(i))]
        if owned:
            label = miss_label(owned[-1])
            return f"{label[:1].upper()}{label[1:]} was ours, and I own it. Before I give you a new date, my team will check it, so that the next one holds."
        return ""
    item = theirs[0]
    if item.spoken:
        opening = f"On {_on(item.date, today)} you {'asked' if item.kind == 'request' else 'offered'}: “{_bare(item.quote)}”"
    else:
        opening = f"On {_on(item.date, today)} you {to_partner(f'{_past(item.verb)} {item.complement}', first)}."
    if item.kind == "offer":
        return f"{opening} Thank you: I would like to say yes. What would you want from us in return?"
    if item.broken_on:
        return f"{opening} You had to chase us for it, and that is on us. I will give you a date my team has checked, not a guess."
    if re.match(r"(?:us |me |IT )?(?:whether|if|how|why|what|when)\b", item.complement, re.I):
        return f"{opening} Here is a straight answer on what we know today, and what I still have to check with my team."
    if item.due and item.due >= today:
        return f"{opening} That is our first commitment; tell me what it must show, and I will tell you myself if {_on(item.due, today)} is at risk."
    if item.due:
        return f"{opening} That date has passed; tell me where it stands for your team now, and I will come back with a date my team has checked."
    if re.search(r"\b(?:before|by|ahead of|in time for)\b", item.complement, re.I):
        return f"{opening} Tell me what your team needs from it now, and I will come back with a date my team has checked."
    return f"{opening} What date would make it useful to you?"


_PAST = {"asks": "asked", "wants": "wanted", "needs": "needed", "expects": "expected", "requests": "requested", "offers": "offered",
         "invites": "invited", "proposes": "proposed", "suggests": "suggested", "volunteers": "volunteered", "would like": "asked for"}


def _past(verb: str) -> str:
    """The verb of a narrated item, said back in the past ("would lend" -> "offered to lend", "wants" -> "wanted")."""
    low = verb.lower().strip()
    if low in _PAST:
        return _PAST[low]
    modal = re.match(r"(?:would|will|could|can|is happy to|are happy to|happy to|is willing to|willing to|'ll)\s+(.+)", low)
    return f"offered to {modal.group(1)}" if modal else low


_GENERIC_OPENER = re.compile(r"what matters most|what (?:do|would) you (?:most )?want|what are your (?:goals|priorities)|what is on your mind", re.I)


def _goal_line(sit: Situation, first: str, today: dt.date) -> str:
    """A line that starts from what the partner already said matters (their newest goal), or nothing."""
    goal = next((g for g in sit.goals if not _touches_avoid(g.quote, sit)), None)
    if goal is None:
        return ""
    if goal.spoken:
        return f"On {_on(goal.date, today)} you told me: “{goal.text}”. What would help you most with that in the next month?"
    verb = re.sub(r"(?<=[a-z])s$", "", goal.verb.lower()) if goal.verb.lower() in ("wants", "needs", "aims", "plans", "hopes", "expects") else goal.verb.lower()
    return f"On {_on(goal.date, today)} you told me you {verb} {to_partner(goal.text, first)}. What would help you most with that in the next month?"


def _names_a_remark(line: str, sit: Situation) -> bool:
    """A script line about an item that is only a remark ("she mainly asks about ...")."""
    return any(is_remark(i) and i.complement and i.complement in line for i in sit.items)


def _reading(a: Assessment, first: str, sit: Situation, notes: list[NoteText], today: dt.date) -> str:
    """The latest assessment in words, with how sure it is and the note that shows it; 'too thin' only when nothing shows."""
    latest = f" (latest note {_on(sit.last_note, today)})" if sit.last_note else ""
    proof = _evidence(a, notes, sit, today)
    if a.quadrant != "unknown" and a.dependence != "unknown" and a.competence != "unknown":
        sure = "" if a.confidence >= LOW_CONFIDENCE else " Few notes point that way, so the reading is tentative: check it with one question first."
        return (f"Your notes{latest} put {first} in the {QUADRANT_LABELS[a.quadrant].lower()} quadrant: {first} "
                f"{_DEPENDENCE[a.dependence]} and {_COMPETENCE[a.competence]}, so {_MOVE[a.quadrant].format(first=first)}.{proof}{sure}")
    praise = _bare(praise_sentence(sit))
    known = [(axis, level) for axis, level in (("competence", a.competence), ("dependence", a.dependence)) if level != "unknown"]
    praised = ""
    if praise and not _touches_avoid(praise, sit) and len(praise.split()) <= 40:
        day = next((x.date for x in sit.sentences if _bare(x.text) == praise), None)
        praised = f" On {_on(day, today)} your notes say: “{praise}”"
    if praised and a.competence == "proven" and not proof:
        proof = praised  # the praise is the evidence for trust in our delivery, and nothing else
    elif praised and not proof:
        return (f"Your notes{latest} show {first} praising what we delivered.{praised} That is one signal, not yet a reading of how "
                f"{first} sees technology; ask before you propose anything.")
    if known and proof:
        axis, level = known[0]
        what = _COMPETENCE.get(level) if axis == "competence" else _DEPENDENCE.get(level)
        if axis == "dependence" and praised and a.competence == "unknown":  # praise of our delivery is said, even with the axis unsure
            return (f"Your notes{latest} show plainly that {first} {what}.{proof} {first} has also praised what we delivered.{praised} "
                    "That is one note on our delivery, so confirm it before you lean on it.")
        other = AXIS_WORDS["dependence" if axis == "competence" else "competence"]
        return (f"Your notes{latest} show plainly that {first} {what}.{proof} How {first} sees {other} is not clear yet; "
                "ask before you propose anything.")
    axes = uncertain_axes(a) or ["dependence", "competence"]
    return f"Your notes{latest} are too thin to tell how {first} sees {' and '.join(AXIS_WORDS[x] for x in axes)}; ask before you propose anything."


def _evidence(a: Assessment, notes: list[NoteText], sit: Situation, today: dt.date) -> str:
    """The newest piece of the assessment's evidence, quoted whole with its date (after any leading date is cut)."""
    for e in sorted(a.evidence, key=lambda e: e.date or "", reverse=True):
        quote = re.sub(r"^\s*(?:[-*•]\s*)?\d{4}-\d{2}-\d{2}\s*[:–—-]?\s*", "", re.sub(r"\s+", " ", e.quote)).strip()
        if not re.search(r"[.!?\"”)]$", quote) or len(quote.split()) > 40 or _touches_avoid(quote, sit):  # whole sentences only
            continue
        day = next((n.date for n in notes if quote in re.sub(r"\s+", " ", n.text)), None)
        when = f"On {_on(day, today)} your notes say" if day else "Your notes say"
        return f" {when}: “{quote}”"
    return ""


def _intent_question(question: str, first: str) -> str:
    """A question back that fits what the CIO asked now (who owns it, what to promise, a pushback)."""
    if ASKS_OWNER.search(question):
        return f"Which of your direct reports would {first} trust to own it, and does that person know yet?"
    if ASKS_PROMISE.search(question):
        return f"What is the smallest part of it your team could certainly deliver by the date {first} cares about?"
    if ASKS_PUSHBACK.search(question):
        return f"What does {first} need that is out of reach today, in {first}'s own words?"
    return ""


def _question_back(uncertain: list[str], first: str, sit: Situation, theirs: list[Item]) -> str:
    if uncertain:
        return f"Which one question would tell you how {first} sees {' and '.join(AXIS_WORDS[x] for x in uncertain)}?"
    if theirs:
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
