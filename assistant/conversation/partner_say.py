"""The chat's line to say to a selected partner and its question back to the CIO, each about one typed item.

The line names the item the direct answer leads with (the newest open request, offer or invitation; else our
overdue promise; else a miss of ours that still weighs; else the partner's own goal); the question back is
about that same item, so both fit what the CIO will walk in with. A slot with no fitting item stays empty.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_facts import to_partner
from assistant.conversation.partner_record import asked_again, is_invitation, owner_first, touches_avoid
from assistant.planning.due_dates import dates_in
from assistant.planning.lead import AXIS_WORDS
from assistant.planning.situation import Goal, Item, Situation
from assistant.planning.situation_extras import miss_label

ASKS_PUSHBACK = re.compile(r"\bwhat if\b[^?]*\b(?:no|refuses?|declines?|pushes back|objects?|disagrees?|useless|not interested|rejects?)\b|"
                           r"(?<!\bor )(?<!\bI )(?<!\bwe )\bpush(?:es)? back\b|\bnot worth\b|\bwaste of (?:his|her|their) time\b|\bsays? no\b|\bobject(?:s|ion)\b", re.I)
ASKS_OWNER = re.compile(r"\bwho\b.*\b(?:own|lead|deliver|handle|responsible)|\bowner\b|\bdelegate", re.I)
ASKS_PROMISE = re.compile(r"\bwhat (?:do|should|can|could) (?:i|we) (?:promise|commit|offer)\b|\bpromise (?:him|her|them)\b|\bcommit to\b", re.I)
GENERIC_OPENER = re.compile(r"what matters most|what (?:do|would) you (?:most )?want|what are your (?:goals|priorities)|what is on your mind", re.I)
_WHY_SLOW = re.compile(r"^why (?:our|IT|it|we|the|your|you|everything|anything)\b[^.?]*\b(?:takes?|taking|so long|so slow|slow|late|weeks|months|ages)\b", re.I)
_ASKS_QUESTION = re.compile(r"(?:us |me |IT )?(?:whether|if|how|why|what|when)\b", re.I)


def on_day(date: dt.date | None, today: dt.date) -> str:
    """'2 April', with the year when it is not this year's."""
    if date is None:
        return "an undated note"
    return f"{date.day} {date:%B}" + (f" {date.year}" if date.year != today.year else "")


def bare(quote: str) -> str:
    """A note's sentence without its speaker label or outer quotation marks ("Hugo: "Can you ...?"" -> "Can you ...?")."""
    text = re.sub(r"^\|\s*", "", re.sub(r"\s+", " ", quote).strip())  # a table row's leading cell mark
    text = re.sub(r"^[A-Z][\w.' -]{0,40}:\s+", "", text)
    return text[1:-1].strip() if len(text) > 2 and text[0] in "\"“" and text[-1] in "\"”" and text.count('"') + text.count("“") <= 2 else text


def plain_label(label: str) -> bool:
    """A miss's label that reads as a thing ("the delay to the CRM upgrade"), not a broken fill ("the delay to the team promised me")."""
    return not re.search(r"\b(?:to|of) (?:the )?(?:team|me|us|you|him|her)\b|\b(?:promised|told|asked|said|gave) (?:me|us|him|her)\b", label, re.I)


_OFFERED = re.compile(r"\b(?:offered|offers|volunteered|proposed to lend|would lend)\b\s+(?!to (?:ask|request)\b)[^.;]{3,80}?\band (?:also )?(?:asked|wants|requested)\b", re.I)


def offered_too(item: Item) -> bool:
    """A request whose note sentence also makes an offer ("offered two of his shift leads and asked for a screen")."""
    return item.kind == "request" and bool(_OFFERED.search(item.quote))


def owned_line(item: Item, today: dt.date) -> str:
    """A miss of ours that still weighs, said to the CIO: by its label when the planner named it, else quoted from the notes."""
    label = miss_label(item) if item.verb else ""
    if label and plain_label(label):
        return f"{label[:1].upper()}{label[1:]} was ours and still weighs; own it plainly, and give a fix date only once your team has checked it."
    quote = bare(re.sub(r"^\s*(?:[-*•|]\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4})\s*[:—–|-]?\s*", "", item.quote))
    if len(quote.split()) > 40:
        return ""
    return (f"Your notes of {on_day(item.date, today)} show a slip of ours: “{quote}” Own it plainly, say what changes so it does not "
            "happen again, and give a fix date only once your team has checked it.")


def kind_word(item: Item) -> str:
    if offered_too(item):
        return "offer and request"
    return "invitation" if is_invitation(item) else "request" if item.kind in ("request", "goal_request") else "offer"


def say_line(theirs: list[Item], sit: Situation, first: str, today: dt.date, overdue: list[tuple[Item, dt.date | None]],
             owned: list[Item]) -> str:
    """A line for the CIO to say about the item the answer leads with, with no date the notes do not give."""
    if not theirs:
        if overdue:
            return _overdue_line(*overdue[0], today, first)
        owned = [i for i in owned if not touches_avoid(i.quote, sit)]
        if owned:
            return own_it(owned[-1], today)
        return ""
    item = theirs[0]
    if item.spoken:
        verb = "offered" if item.kind == "offer" else "asked" if bare(item.quote).endswith("?") or item.kind != "request" or not item.due else "said"
        opening = f"On {on_day(item.date, today)} you {verb}: “{bare(item.quote)}”"
    else:
        said = to_partner(f"{_past(item.verb)} {item.complement}", first, item.quote)
        opening = f"On {on_day(item.date, today)} you {said}{chr(34) if said.count(chr(34)) % 2 else ''}."  # a quote cut at its end is closed
    if (sent := asked_again(item, sit)) is not None:  # work we delivered, asked for again: said as sent, never owed again
        return (f"{opening} We sent it to you on {on_day(sent.done_on or sent.date, today)}; I'll send it again today with a short summary "
                "on top. What is missing from it for the decision you have to make?")
    if is_invitation(item):  # a plain yes, with the day the note gives, never a hedge
        return f"{opening} {acceptance(item, first, today)} What would you most like {'me' if personal(item) else 'us'} to bring?"
    if item.kind == "goal_request":  # an outcome asked of us ("a 5% cut in IT run cost"): where it could come from, not a date
        return f"{opening} I will bring you where it could come from, and what each option would mean for your teams, so that we choose together."
    if offered_too(item):  # "offered two shift leads and asked for a simple screen": the offer is answered with the ask
        told = to_partner(bare(item.quote).rstrip("."), first)
        return f"On {on_day(item.date, today)} {told}. Thank you for the offer: yes to both. Who should my team work with first, and when?"
    if item.kind == "offer" and seat(item):  # a seat or place offered to the CIO: a plain yes in person
        return f"{opening} {acceptance(item, first, today)} What would you most like me to bring to the first one?"
    if item.kind == "offer":
        act = condition(item)
        then = ("I'll tell you who on my team is doing it." if _DATED.search(act) else "When do you need it?") if act else \
            "Let's agree now who on my side works with you, and when we start."
        return f"{opening} {acceptance(item, first, today)} {then}"
    if item.broken_on and item.chased_by_partner:  # only a line of theirs (or one saying they chased) makes it a chase
        return f"{opening} You had to chase us for it, and that is on us. I will give you a date my team has checked, not a guess."
    if _WHY_SLOW.match(item.complement.strip()):  # "why our changes take six weeks": a complaint put as a question is owned, not deflected
        return (f"{opening} You're right: that is too slow for you, and that is on us. I'll show you where the time goes and what we can "
                "cut from it, with a date my team has checked.")
    if _ASKS_QUESTION.match(item.complement):
        return f"{opening} Here is a straight answer on what we know today, and what I still have to check with my team."
    event = item.due or next((d for d in dates_in(bare(item.quote), item.date, item.date_order) if d > item.date), None) if item.date else item.due
    if event is not None and event >= today and asks_for_a_date(item.quote):  # "a firm date for the 15 May pack": that day is the pack's
        return (f"{opening} Before {on_day(event, today)} you will have a date my team has checked, and I will tell you plainly "
                "what it depends on.")
    if item.due and item.due >= today:
        return (f"{opening} Tell me what it must show, and I will confirm {on_day(item.due, today)} once the person who will build it has "
                "checked it; if it is ever at risk, you will hear it from me first.")  # a date asked of us, not yet one we agreed
    if item.due:
        return f"{opening} That date has passed: here is where it stands on our side and, if it is still open, a new date my team has checked."
    given = [d for d in dates_in(bare(item.quote), item.date, item.date_order) if item.date and d > item.date] if item.date else []
    if given and given[0] >= today:  # "his own date was 2 April": a date the partner already gave is never asked for again
        return (f"{opening} I have your date, {on_day(given[0], today)}, and I will confirm it once the people doing the work have checked "
                "it; if it is ever at risk, you will hear it from me first.")
    if re.search(r"\b(?:before|by|ahead of|in time for)\b", item.complement, re.I):
        return f"{opening} Tell me what your team needs from it now, and I will come back with a date my team has checked."
    return f"{opening} What date would make it useful to you?"


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WRITTEN_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?)(?:,?\s+\d{{4}})?"
# A date the ask is for, held by an event ("the 15 May steering pack", "her board on 3 June"), while what is asked is a date itself.
_EVENT_DAY = re.compile(rf"{_WRITTEN_DAY}(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}(?:pack|meeting|board|committee|review|session|offsite|workshop|"
                        rf"presentation|report|conference|steering\w*|forum|summit|deck)\b|\b(?:pack|meeting|board|committee|review|session|"
                        rf"presentation|deck|forum)\s+(?:on|of)\s+(?:the\s+)?{_WRITTEN_DAY}", re.I)
_ASKS_DATE = re.compile(r"\b(?:a|the|firm|fixed|final|real|new|committed|go-?live|launch|delivery|start|end)\s+(?:[\w-]+\s+)?date\b|\bwhen (?:it|we|you) "
                        r"(?:go(?:es)? live|launch|deliver|finish)", re.I)


def asks_for_a_date(quote: str) -> bool:
    """The partner asks us for a date, and the date the quote names is the day of the event it is for, not the answer."""
    return bool(_ASKS_DATE.search(quote) and _EVENT_DAY.search(quote))


# "offered to sponsor it if we bring a one-page case": what the offer asks of us in return, said back as ours to do
_CONDITION = re.compile(r"\b(?:if|provided|as long as|once) (?:we|IT|I|my team|our team) (?P<act>(?:bring|send|write|give|share|prepare|run|"
                        r"show|put|do|make|build|present|deliver|draft|come)\b[^,.;]{3,60})", re.I)
_DATED = re.compile(r"\b(?:by|before|on|within|in time for)\s+\S", re.I)  # the condition carries its own time
_PRESENTS = re.compile(r"^\S+(?: \S+)?\s+to\s+(?:co-)?(?:present|speak|talk|run a session|give)\b", re.I)


def personal(item: Item) -> bool:
    """An invitation to the CIO in person ("invited me to join ..."), not to the team."""
    return bool(re.match(r"me\b", item.complement.strip(), re.I))


_SEAT = re.compile(r"^me (?:a |an |the )?(?:[\w-]+ )?(?:seat|place|spot|role|chair|slot|membership)\b", re.I)


def seat(item: Item) -> bool:
    """An offer of a seat or place to the CIO in person ("offered me a seat on the pricing group")."""
    return item.kind == "offer" and bool(_SEAT.match(item.complement.strip()))


def condition(item: Item) -> str:
    """What an offer asks of us in return ("bring a one-page case"), or ""."""
    found = _CONDITION.search(item.complement)
    return found.group("act").strip() if found else ""


def acceptance(item: Item, first: str, today: dt.date) -> str:
    """Taking up an offer or invitation, said to the partner: a plain yes, with the day or the condition the note gives."""
    when = f" on {on_day(item.due, today)}" if item.due and item.due >= today else ""
    if is_invitation(item):
        who = "I'll" if personal(item) else "we'll"
        return f"Thank you: yes, {who} {'do it' if _PRESENTS.match(item.complement) else 'be there'}{when}."
    if seat(item):
        return f"Thank you: yes, I'll join{when}."
    if act := condition(item):
        return f"Thank you: yes, we'll {to_partner(act, first, item.quote)}{when}."
    return "Thank you: yes, we'll take you up on it."


def own_it(item: Item, today: dt.date) -> str:
    """The CIO's line owning a slip of ours: by the planner's label, else by its day (never words the notes do not give)."""
    label = miss_label(item) if item.verb else ""
    said = f"{label} was ours" if label and plain_label(label) else f"what went wrong on {on_day(item.date, today)} was our doing"
    return f"I am sorry: {said}, and I own it. Here is what we are changing so it does not happen again, and my team will check any new date before I give it."


def _overdue_line(item: Item, due: dt.date | None, today: dt.date, first: str = "") -> str:
    """Our overdue promise, reported before the partner has to ask: a table action is named in its own words."""
    named = item.quote.lstrip().startswith("|") and item.complement and len(item.complement.split()) <= 10
    what = f"“{item.complement.strip()}”" if named else f"What we agreed on {on_day(item.date, today)}"
    promised = re.match(r"(?P<who>I|we)\s+(?P<verb>promised|committed to|agreed to)$", item.verb.strip(), re.I)
    if promised and item.complement and not named:  # "I promised Farid the cost breakdown by 30 September": named in its own words
        what = f"On {on_day(item.date, today)} {promised['who'].replace('We', 'we')} {promised['verb']} {to_partner(item.complement, first) if first else item.complement}"
        return f"{what}, and it is not done yet. Here is where it stands, and a new date {owner_first(item) or 'my team'} has checked."
    when = f" was due on {on_day(due, today)}" if due else " is overdue"
    who = owner_first(item) or "my team"
    return f"{what}{when}, and it is not done yet. Here is where it stands, and a new date {who} has checked."


_PAST = {"asks": "asked", "wants": "wanted", "needs": "needed", "expects": "expected", "requests": "requested", "offers": "offered",
         "invites": "invited", "proposes": "proposed", "suggests": "suggested", "volunteers": "volunteered", "would like": "asked for"}


def _past(verb: str) -> str:
    """The verb of a narrated item, said back in the past ("would lend" -> "offered to lend", "wants" -> "wanted")."""
    low = verb.lower().strip()
    if low in _PAST:
        return _PAST[low]
    modal = re.match(r"(?:would|will|could|can|is happy to|are happy to|happy to|is willing to|willing to|'ll)\s+(.+)", low)
    return f"offered to {modal.group(1)}" if modal else low


def first_goal(sit: Situation, skip: frozenset[str] = frozenset()) -> Goal | None:
    """The partner's newest goal that is no avoid topic and not already read as an ask."""
    return next((g for g in sit.goals if g.quote not in skip and not touches_avoid(g.quote, sit) and not _EMPTY_GOAL.match(g.text.strip())), None)


# A goal whose words are only a time ("for the year", "this quarter"): what the partner aims at was cut off, so it says nothing.
_EMPTY_GOAL = re.compile(r"^(?:(?:for|in|by|during|over|this|next|the)\s+)*(?:the\s+)?(?:year|quarter|month|season|term|half|summer|winter|spring|autumn)\.?$", re.I)


def goal_line(goal: Goal | None, first: str, today: dt.date) -> str:
    """A line that starts from what the partner already said matters (their newest goal), or nothing."""
    if goal is None:
        return ""
    if goal.spoken:
        return f"On {on_day(goal.date, today)} you told me: “{goal.text}”. What would help you most with that in the next month?"
    verb = re.sub(r"(?<=[a-z])s$", "", goal.verb.lower()) if goal.verb.lower() in ("wants", "needs", "aims", "plans", "hopes", "expects") else goal.verb.lower()
    return f"On {on_day(goal.date, today)} you told me you {verb} {to_partner(goal.text, first)}. What would help you most with that in the next month?"


def intent_question(question: str, first: str) -> str:
    """A question back that fits what the CIO asked now (who owns it, what to promise, a pushback)."""
    if ASKS_OWNER.search(question):
        return f"Which of your direct reports would {first} trust to own it, and does that person know yet?"
    if ASKS_PROMISE.search(question):
        return f"What is the smallest part of it your team could certainly deliver by the date {first} cares about?"
    if ASKS_PUSHBACK.search(question):
        return f"What does {first} need that is out of reach today, in {first}'s own words?"
    return ""


def item_question(first: str, theirs: list[Item], overdue: list[tuple[Item, dt.date | None]], goal: Goal | None,
                  uncertain: list[str], today: dt.date) -> str:
    """A question back about the item the answer leads with; the reading's open axes only when nothing is open."""
    if theirs:
        item, day = theirs[0], on_day(theirs[0].date, today)
        if (is_invitation(item) and personal(item)) or seat(item):
            when = f" on {on_day(item.due, today)}" if item.due and item.due >= today else ""
            return f"What will you listen for when you join {first}{when}, and which one thing will you bring in {first}'s own terms?"
        if item.kind == "offer" and (act := condition(item)):
            check = "has that person confirmed the date?" if _DATED.search(act) else f"by which date can you promise it to {first}?"
            return f"Who on your team will {act}, and {check}"
        if item.kind == "offer" or is_invitation(item):
            return f"Who on your team should take up {first}'s {kind_word(item)} of {day}, and what would {first} want from us in return?"
        if item.due and item.due >= today and not item.broken_on:
            return f"Who on your team can confirm, before you meet {first}, that {on_day(item.due, today)} holds, and what will you say if it does not?"
        if item.broken_on:
            return f"What has held up {first}'s request of {day}, and which new date can your team stand behind?"
        if item.due:
            return f"Where does {first}'s request of {day} stand now that {on_day(item.due, today)} has passed, and which date can your team stand behind?"
        if _ASKS_QUESTION.match(item.complement):
            return f"What do you know today that answers {first}'s question of {day}, and what must you still check?"
        return f"What would {first} need to see from us to call the request of {day} answered, and by when?"
    if overdue:
        item, due = overdue[0]
        who = owner_first(item) or "the owner on your team"
        when = f"the {on_day(due, today)} date" if due else "the late promise"
        return f"What does {who} say about {when}, and which new date can your team stand behind?"
    if goal is not None:
        return f"Which part of {first}'s goal, “{goal.text}”, could your team move next, and how would {first} see it?"
    if uncertain:
        return f"Which one question would tell you how {first} sees {' and '.join(AXIS_WORDS[x] for x in uncertain)}?"
    return ""
