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

from assistant.conversation.chat_slots import (
    ASKS_CUT,
    ASKS_QUESTIONS,
    audience,
    avoid_said,
    board_miss_line,
    cut_note,
    cut_parts,
    hook_questions,
    questions_to_ask,
    team_line,
)
from assistant.conversation.chat_subject import first_meeting, peer_or_committee, refine
from assistant.conversation.coach_answer import ASKS_MISS
from assistant.conversation.delivered_since import settle_reported
from assistant.conversation.partner_facts import (
    invents_a_date,
    is_remark,
    open_asks,
    split_dated_bullets,
)
from assistant.conversation.partner_history import healed_lines, win_lines
from assistant.conversation.partner_reading import flat, partner_reading
from assistant.conversation.partner_record import (
    asked_again,
    asks_in_goals,
    delivered,
    forgiven,
    heals,
    is_invitation,
    outsider_offer,
    overdue_ours,
    settle_delivered,
    still_weighs,
    touches_avoid,
    untyped_offers,
)
from assistant.conversation.partner_say import (
    ASKS_OWNER,
    ASKS_PROMISE,
    ASKS_PUSHBACK,
    GENERIC_OPENER,
    bare,
    first_goal,
    goal_line,
    intent_question,
    item_question,
    kind_word,
    on_day,
    own_it,
    owned_line,
    plain_label,
    say_line,
)
from assistant.conversation.partner_sent import sent_parts
from assistant.conversation.partner_steps import (
    delivered_parts,
    first_steps,
    live_first,
    noun,
    question_kind,
    topic_terms,
)
from assistant.conversation.partner_words import with_own_words
from assistant.conversation.preconditions import Case, other_miss_asked, partner_case
from assistant.conversation.question_intents import BOARD, CLAIMS_OURS, METRICS, READ
from assistant.conversation.say_guard import unstitched
from assistant.conversation.say_intent import intent_parts, our_miss, parked, partner_measures
from assistant.conversation.shaped_answer import reshape
from assistant.conversation.verdict import apply_verdict
from assistant.planning.lead import build_lead
from assistant.planning.purpose_fit import fit_purpose
from assistant.planning.purposes import purpose_for
from assistant.planning.situation import Goal, Item, Situation, build_situation
from assistant.planning.situation_extras import miss_label
from assistant.schema import Assessment, NoteText
from assistant.text.prose import first_name

if TYPE_CHECKING:
    from assistant.planning.inputs import LedgerItem

ASKS_AVOID = re.compile(r"\bavoid|\bnot (?:to )?(?:raise|bring|mention|say)|\bkeep\b[^?]*\b(?:out|off)\b|off the table|steer clear|stay away|"
                        r"sensitive|off[- ]limits|careful|what not to", re.I)
_OURS = re.compile(r"\b(?:our|we|my team|us)\b", re.I)
ASKS_READ = READ  # how the partner sees us (question_intents.READ, one list with partner_words)

_WHY = {  # why a topic stays out, said to the CIO (the plan's wording mentions sharing the plan)
    "personal": "it is private, and the meeting does not need it.",
    "audit": "it is an audit matter, so leave it to the audit process unless {first} raises it.",
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
    actionable: bool = False  # the direct lines name an open item, a win or a miss: a document's general sentence adds nothing
    no_apology: bool = False  # the notes show a miss that was forgiven or a third party's, and none of ours that weighs
    plumbing: bool = False  # the reading is T (technology as plumbing): advice about a strategy seat does not fit this partner yet
    case: Case = field(default_factory=Case)  # what the material's preconditions are checked against (preconditions.py)
    seat_offered: bool = False  # the item led with offers the CIO a seat or invites the CIO: advice on lent people does not fit
    drafted: bool = False  # the answer is a message drafted for the CIO to send: no material line is added to it


def partner_answer(question: str, partner: str, notes: list[NoteText], assessment: Assessment | None,
                   ledger: list[LedgerItem] | None, today: dt.date, said_before: str = "", role: str = "") -> PartnerAnswer:
    """What the chat says about this partner for this question (empty parts where nothing true fits).

    `said_before` is the previous answer of this conversation: a follow-up answers its own question and
    does not say again what that answer said.
    """
    first = first_name(partner) if partner else "your partner"
    notes = split_dated_bullets(notes)
    sit = build_situation(notes, partner, ledger or [], today)
    settle_delivered(sit)  # a promise a later line shows live or installed is delivered, never overdue
    settle_reported(sit)  # a brief later line ("All 40 delivered", "Thanks for the proposal") settles what it names
    result = PartnerAnswer(partner=partner, avoid_terms=[a.terms for a in sit.avoid], avoid_quotes=[a.quote for a in sit.avoid])
    names = [n for n in {partner, first} if n and n != "your partner"]
    weighs = still_weighs(sit)
    result.has_miss = bool(weighs or any(i.broken_on for i in sit.open_theirs()))
    result.case = partner_case(question, sit, result.has_miss)
    result.no_apology = not result.has_miss and bool(forgiven(sit) or any(i.kind == "miss" and i.owner == "third_party" for i in sit.items))
    result.about_partner = any(re.search(rf"\b{re.escape(n)}\b", question, re.I) for n in names) or bool(
        ASKS_AVOID.search(question) or ASKS_OWNER.search(question) or ASKS_READ.search(question) or ASKS_PROMISE.search(question))
    if not notes:
        first_meeting(result, first, role, question)  # nothing known yet: a first meeting for listening, questions shaped by the role
        return result
    a = assessment or Assessment(partner=partner)
    result.plumbing = a.dependence == "T"
    purpose = fit_purpose(purpose_for(question), sit)
    lead = build_lead(sit, first, a.quadrant, a, purpose, today)
    asks = [i for i in asks_in_goals(sit) if i.quote not in {x.quote for x in sit.items}]  # "I need the report by 30 June"
    theirs = [i for i in open_asks(sit) + asks + untyped_offers(sit, first) if not touches_avoid(i.quote, sit) and not outsider_offer(i)]
    kind = question_kind(question)
    theirs = live_first(theirs, today, topic_terms(question, names))  # the item asked about, else the live one, else the newest
    result.seat_offered = bool(theirs) and theirs[0].kind in ("offer", "request") and (
        is_invitation(theirs[0]) or (theirs[0].kind == "offer" and re.match(r"me\b", theirs[0].complement.strip(), re.I) is not None))
    done = frozenset(i.quote for i in sit.items if i.status == "done")  # a goal read from an ask we delivered is no goal left open
    goal, overdue = first_goal(sit, frozenset(i.quote for i in asks) | done), overdue_ours(sit, today)
    used: list[Item] = []
    asked = _asked(question, first, sit, theirs, result, today, overdue)
    result.answered = bool(asked or result.keep_out)
    follow_up = bool(said_before.strip())
    reported = bool(ASKS_PROMISE.search(question) and overdue)  # the promise answer already reports our overdue promise
    used += [overdue[0][0]] if reported else []
    rest = [] if follow_up and asked else _open_sentences(sit, theirs, first, used, today, question, [] if reported else overdue, weighs)
    again = bool(theirs) and asked_again(theirs[0], sit) is not None  # delivered work asked for again: resending it is the step
    if kind == "do" and not asked and not follow_up and not again:  # "what should I do": first steps from the same items, most urgent first
        proof = None if any(x.startswith("Build on") for x in rest) else next(  # the win, quoted, already follows the steps
            (i for i, shown in delivered(sit, first) if not touches_avoid(" ".join(x.text for x in shown), sit)), None)
        steps = first_steps(first, theirs, [] if reported else overdue, proof, today)
        if steps:
            rest = [steps] + [x for x in rest if not (x.startswith(("Start with", "Our promise of")) or "open too; answer" in x)]  # misses and wins stay
            used += [i for i in [*theirs[:3], *(x for x, _ in overdue[:1])] if i not in used]
    reading = partner_reading(a, first, sit, notes, today, " ".join(rest), result.case.miss)
    hooks = [] if METRICS.search(question) or BOARD.search(question) or ASKS_CUT.search(question) else hook_questions(sit, question=question)
    if hooks and reading.endswith("ask before you propose anything."):  # thin notes: questions on their hooks
        reading = reading[:-1] + ", with questions built on your notes: " + " ".join(f"“{q}”" for q in hooks)
    if ASKS_READ.search(question):
        asked.append(reading)
    if not ASKS_READ.search(question) and len(asked + rest) < 2 and not (follow_up and asked):
        rest.append(reading)
    lead_line, intent_line, intent_back = intent_parts(question, sit, theirs, overdue, first, today)  # the line the question asks for
    if not lead_line and ASKS_CUT.search(question):  # a cut is answered with its own figures
        lead_line, intent_line, intent_back = cut_parts(sit, first, today)
        if lead_line and (cut := cut_note(sit)) is not None:  # the note with the cut is cited with the rest
            used.append(Item("request", "partner", "open", cut.text, cut.date, cut.note.ref))
    if not lead_line and ASKS_QUESTIONS.search(question):  # asked what to ask: the questions themselves
        lead_line = questions_to_ask(sit, first, question)
        asked = [x for x in asked if "questions built on your notes" not in x]
        rest = [x for x in rest if "questions built on your notes" not in x]
    if lead_line:
        asked = [lead_line] + [x for x in asked if not x.startswith(f"If {first} pushes back")]
        used += [Item("goal", "partner", "open", s.text, s.date, s.note.ref) for s in sit.sentences  # the measures named are cited
                 if any(m in s.text and m in lead_line for m, _ in partner_measures(sit, first))]
        result.answered = True  # the partner's own measures (or line) answer it: a document's general sentence adds nothing
    result.direct = [x for x in asked + rest if not _said(x, said_before)][:3]
    result.actionable = any(x in result.direct for x in rest)  # something new to act on is shown (not said in the last answer)
    used += theirs[:1] if asked and not used else []
    built_line, built_back = ("", "") if theirs or overdue or weighs else delivered_parts(sit, first, today)  # nothing open: build on what we delivered
    if not (built_line or theirs or overdue or weighs):  # work we sent in a thread and the partner thanked or used: built on, never open
        built_line, built_back, sent_lead = sent_parts(sit, first, today)
        result.direct = [sent_lead, *result.direct][:3] if sent_lead else result.direct
    slip = weighs[-1] if weighs and not theirs and not overdue else None
    line = say_line(theirs, sit, first, today, overdue, weighs) or built_line or next(
        (x for x in lead.script if not touches_avoid(x, sit) and not invents_a_date(x, notes) and not _names_a_remark(x, sit)
         and not (goal and GENERIC_OPENER.search(x))), "") or goal_line(goal, first, today)
    line = intent_line or line
    if hooks and (not line or GENERIC_OPENER.search(line)) and not theirs and not overdue:
        line = hooks[0]  # thin notes: the first question built on the notes' own hook, not a generic opener
    mine = [i for i in weighs if not touches_avoid(i.quote, sit)]
    if who_is_partner(question) and mine and line and not OWNED.search(line) and _OURS.search(mine[-1].quote) and \
            clean_label(mine[-1]) and any("still weighs" in x or "slip of ours" in x for x in rest):
        line = f"{line} {own_it(mine[-1], today).split('. ')[0]}."  # the answer says to own the slip: the line owns it too
    who = audience(question)
    line, aimed_back, aimed_lead = _for_audience(who, line, intent_line, sit, theirs, overdue, weighs, first, today)
    intent_back = intent_back or aimed_back
    if aimed_lead and not _said(aimed_lead, said_before):  # who the line is for, said first
        owning = aimed_lead.startswith("Before the")  # the lead already says to own the miss: the advice is not said twice
        result.direct = [aimed_lead, *(x for x in result.direct if not (owning and ("still weighs" in x or "slip of ours" in x)))][:3]
        result.answered = True  # a document's general sentence about the partner's meeting does not fit this audience
    result.say_this = "" if _said(line, said_before) else line
    result.question_back = intent_back or ("" if reported else intent_question(question, first)) or (
        item_question(first, [], [], None, lead.uncertain, today) if ASKS_READ.search(question) and lead.uncertain else "") or item_question(
        first, theirs, overdue, goal, lead.uncertain, today) if not (slip or built_back) else (
        f"What has your team changed since {on_day(slip.date, today)} so that it cannot happen again, and who will tell {first}?" if slip else built_back)
    if again and (sent := asked_again(theirs[0], sit)) is not None and not intent_back:
        result.question_back = (f"Did what we sent on {on_day(sent.done_on or sent.date, today)} reach the person who decides, and what did it "
                                f"not answer for {first}?")
    if hooks and result.question_back.startswith("Which one question would tell you"):  # the questions are given above
        result.question_back = f"Which of those questions will you ask {first} first, and what answer would change what you propose?"
    if _said(result.question_back, said_before):
        result.question_back = ""
    result.notes = _citations(used + _goal_items(goal), sit)
    refine(result, question, sit, first, today, role)  # the question's subject named, a committee's or peer's line, a message answered
    with_own_words(result, question, sit, first, role)  # the partner's own words about a pain or a result, said back in the line
    reshape(result, question, sit, first, today, NoteCitation)  # a question with its own shape (can a date be met, raise it or not) is answered so
    apply_verdict(result, question, sit, first, partner, today, NoteCitation)  # a yes/no or either/or question: the verdict first
    to_partner = who == "partner" and not peer_or_committee(question, role)[0]
    result.say_this = unstitched(result.say_this, sit, to_partner)  # a note's third person read out: that sentence is left out
    return result


OWNED = re.compile(r"\bon us\b|\bI own it\b|\bwas ours\b|\bour (?:doing|fault|mistake)\b", re.I)


def clean_label(item: Item) -> bool:
    """The planner's label for a miss reads as a whole thing ("the delay to the expense go-live"), not a cut fill."""
    label = miss_label(item) if item.verb else ""
    return bool(label) and plain_label(label) and not re.search(r"\b(?:the|a|an|at|of|to|on|in|for|with|by|raised|from)$|\braised\b", label)


def who_is_partner(question: str) -> bool:
    return audience(question) == "partner"


def _for_audience(who: str, line: str, intent_line: str, sit: Situation, theirs: list[Item], overdue: list[tuple[Item, dt.date | None]],
                  weighs: list[Item], first: str, today: dt.date) -> tuple[str, str, str]:
    """(the line, a question back, a lead sentence) said to whom the question names: the CIO's own team, the partner's board or executive team;
    the partner's line unchanged (and no question back of its own) when the partner is the one spoken to."""
    if who == "team":
        mine = overdue[0][0] if overdue else weighs[-1] if weighs else None
        lead = theirs[0] if theirs else mine
        said = team_line(lead, sit, first, today, ours=lead is mine and lead is not None)
        if not said:
            return line, "", ""
        return (said, f"Who on your team will own {first}'s next step, and when will they tell you where it stands?",
                f"For your own team, say where things stand with {first} in your notes' words, give the next step one owner, and ask "
                f"for a date they have checked before you next see {first}.")
    if who == "partner" or intent_line:
        return line, "", ""
    if (miss := our_miss(sit, overdue)) is not None and not touches_avoid(miss.quote, sit):
        return board_miss_line(miss, who, today), (f"What has your team changed so the miss cannot happen again, and which new date has "
                                                   f"the person delivering it checked before you face the {who}?"), (
            f"Before the {who}, own the miss yourself, in the first person: what slipped, what we have changed, and a new date your "
            "team has checked.")
    return (f"I'd like to show the {who} what technology did for {first}'s area this year, in figures the {who} already trusts, "
            "and the one decision we need."), "", ""


def _said(text: str, before: str) -> bool:
    """The text was already in the last answer, whatever quote marks it was shown with there."""
    return bool(text) and flat(text) in flat(before)


def _asked(question: str, first: str, sit: Situation, theirs: list[Item], result: PartnerAnswer, today: dt.date,
           overdue: list[tuple[Item, dt.date | None]]) -> list[str]:
    """Sentences that answer what the CIO asked now: what to keep out, who owns it, what to promise, a pushback."""
    out: list[str] = []
    thing = noun(theirs[0]) or f"what {first} asked for on {on_day(theirs[0].date, today)}" if theirs else ""
    if ASKS_AVOID.search(question):
        result.keep_out = [(avoid_said(t.quote, first, today, t.date, t.kind) if t.kind in ("asked_not_to", "audit") else "") or
                           f"Keep {t.topic} out of the room: {_WHY.get(t.kind, t.why).format(first=first)}" for t in sit.avoid]
        if not result.keep_out:
            out.append(f"Your notes on {first} name nothing to keep out of the room.")
    if ASKS_PROMISE.search(question):
        if theirs and theirs[0].due:
            out.append(f"Promise {thing} by {on_day(theirs[0].due, theirs[0].due)} only once the person who will build it has confirmed that date; "
                       f"otherwise tell {first} when you will know.")
        elif theirs:
            out.append(f"Promise {thing} with a date your team has checked, not one made up in the room; if you cannot check it first, "
                       "promise the date itself by a day you can keep.")
        elif overdue:
            when = f"was due on {on_day(overdue[0][1], today)}" if overdue[0][1] else "is overdue"
            out.append(f"Before you promise anything new, report on our promise of {on_day(overdue[0][0].date, today)}: it {when} and your notes "
                       "show no delivery. Then promise only a new date its owner has checked, not one made up in the room.")
        else:
            out.append(f"Your notes show nothing {first} is waiting for, so promise one small thing you can certainly keep, with a date and an owner.")
    if ASKS_OWNER.search(question):
        what = f" of {thing}" if thing else ""
        out.append(f"Give the delivery{what} to one of your direct reports by name, and tell {first} who it is; keep the conversation "
                   "yourself.")
    if ASKS_PUSHBACK.search(question):
        goal = next((g for g in sit.goals if not touches_avoid(g.quote, sit)), None)
        aim = f" — for instance what would help with “{goal.text}”" if goal else ""
        out.append(f"If {first} pushes back, ask before you argue: what would {first} need from us to make this worth the time, "
                   f"in {first}'s own terms{aim}?")
        out.append("Then agree the one thing that answers that, and let the rest wait.")
    return out


def _open_sentences(sit: Situation, theirs: list[Item], first: str, used: list[Item], today: dt.date, question: str,
                    overdue: list[tuple[Item, dt.date | None]], weighs: list[Item]) -> list[str]:
    """The open items, most urgent first: the newest of theirs (quoted), our overdue promises, misses we own, misses not ours;
    a miss the partner put behind them when the CIO asks about it; and what we delivered that the notes praise."""
    out: list[str] = healed_lines(sit, first, question, used, today)
    _healed_lines = list(out)
    if theirs:
        newest = theirs[0]
        quote = bare(newest.quote)
        shown = f": “{quote}”" if len(quote.split()) <= 40 else " (quoted below)."
        chased = f" {first} had to chase it on {on_day(newest.broken_on, today)}." if newest.broken_on and newest.chased_by_partner else ""
        if (sent := asked_again(newest, sit)) is not None and len(sent.done_quote.split()) <= 40:  # delivered work asked for again
            out.append(f"{first}'s request of {on_day(newest.date, today)} asks again for what your notes show we delivered on "
                       f"{on_day(sent.done_on or sent.date, today)}: “{bare(sent.done_quote)}” Do not promise it again: resend it with a short "
                       "summary on top, and ask what is missing from it.")
            used.append(sent)
        else:
            out.append(f"Start with {first}'s {kind_word(newest)} of {on_day(newest.date, today)}, the newest open item in your notes{shown}{chased}")
        offer = next((i for i in theirs[1:] if i.kind == "offer"), None)  # the latest open offer is named even behind newer requests
        others = theirs[1:3] + ([offer] if offer is not None and offer not in theirs[1:3] else [])
        more = list(dict.fromkeys(f"{'parked ' if parked(i, sit) else ''}{kind_word(i)} of {on_day(i.date, today)}" for i in others))
        if more:
            listed = more[0] if len(more) == 1 else ", ".join(more[:-1]) + " and " + more[-1]
            out.append(f"{first}'s {listed} {'is' if len(more) == 1 else 'are'} open too; answer {'it' if len(more) == 1 else 'them'} in the same meeting.")
        used += [newest, *others]
    if overdue:
        item, due_on = overdue[0]
        due = f" fell due on {on_day(due_on, today)}" if due_on else " is overdue"
        out.append(f"Our promise of {on_day(item.date, today)}{due} and your notes show no delivery; report on it before {first} has to ask.")
        used.append(item)
    owned = [i for i in weighs if not touches_avoid(i.quote, sit)]
    if owned and (line := owned_line(owned[-1], today)):  # a slip of ours is owned next to the open item, never cut below it
        out.insert(min(len(out), 1 + len(_healed_lines) if theirs else len(_healed_lines)), line)
        used.append(owned[-1])
    others = [i for i in sit.items if i.kind == "miss" and i.owner == "third_party" and i.status == "open" and not heals(i.quote)
              and not touches_avoid(i.quote, sit)]  # the plan engine's typed cause, never re-read from the words
    if others and plain_label(miss_label(others[-1])) and not other_miss_asked(question, miss_label(others[-1]), others[-1].forgiven_quote) \
            and not CLAIMS_OURS.search(question):
        label = miss_label(others[-1])
        line = f"{label[:1].upper()}{label[1:]} was a third party's, not ours: do not apologise for it as ours."
        out = [line, *out] if ASKS_MISS.search(question) else [*out, line]  # "should I apologise?" is answered first
        used.append(others[-1])
    return out + ([] if theirs and asked_again(theirs[0], sit) else win_lines(sit, first, used, today))


def _names_a_remark(line: str, sit: Situation) -> bool:
    """A script line about an item that is only a remark ("she mainly asks about ...")."""
    return any(is_remark(i) and i.complement and i.complement in line for i in sit.items)


def _goal_items(goal: Goal | None) -> list[Item]:
    """The newest goal, as a pseudo-item so it is cited like the rest."""
    return [Item("goal", "partner", "open", goal.quote, goal.date, goal.note_ref)] if goal is not None else []


def _citations(items: list[Item], sit: Situation) -> list[NoteCitation]:
    seen: set[str] = set()
    out = []
    for item in items:
        quote = re.sub(r"^\|\s*", "", re.sub(r"\s+", " ", item.quote).strip())  # a table row's cell mark is no part of the quote
        if item.source != "note" or not quote or quote in seen or touches_avoid(quote, sit):
            continue
        seen.add(quote)
        out.append(NoteCitation(item.date.isoformat() if item.date else "", quote, item.note_ref))
    return out
