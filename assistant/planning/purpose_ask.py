"""The thing a meeting exists for, read from the purpose itself as a typed fact: an offer to say yes to, a piece of work to
deliver, or the figures an escalation is held for; the thing's own name; the partner's date.

The CIO's purpose ("co-own the bid with her (deadline 15 Dec)", "deliver the rollout estimate for her 9 Dec board case",
"answer his co-funding offer before the budget lock on 4 Dec") says what the meeting is for even when no note sentence was
read as an open item. When the lead the items gave does not name that thing, this leads instead: a plain yes to the offer,
the work with a date on or before their date (what is ready today when their date is this close), or the figures today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from assistant.planning.ask_order import contentless
from assistant.planning.due_dates import EVENT, dates_in, due_date
from assistant.planning.lead_replies import yes_to_means
from assistant.planning.purposes import Purpose, subject_of
from assistant.planning.second_person import to_partner
from assistant.planning.situation_types import Sentence, Situation, terms_of
from assistant.planning.slot_fit import fits_slot
from assistant.planning.spoken_guard import yes_thing
from assistant.planning.voice import when
from assistant.schema import FollowUp
from assistant.text.dates import english_month_words, spelled_dates


class Lead(Protocol):
    """What purpose_first reads and rewrites of lead.Lead (a protocol, so this module needs no import of lead.py)."""

    first: str
    one_thing: str
    script: list[str]
    value_step: str
    followups: list[FollowUp]
    cited: list[str]

# The verb a purpose opens on: what the meeting does with the thing ("deliver the estimate", "co-own the bid").
_HEAD = re.compile(r"^\s*(answer|respond to|reply to|deliver|prepare|give|bring|send|share|present|put|finali[sz]e|confirm|agree|write|draft"
                   r"|answering|delivering|preparing|giving|bringing|sending|presenting|finali[sz]ing|writing|drafting"
                   r"|co-own|co-write|co-fund|co-author|co-present|accept|take up|join)\b\s*", re.IGNORECASE)
# The thing's head: its words before what it is about ("the working session on the launch plan" is a session, no work).
_HEAD_END = re.compile(r"\s+(?:on|about|of|with|to|regarding|around)\s+", re.IGNORECASE)
_GATHERING = re.compile(r"\b(?:meeting|session|workshop|call|catch-up|check|check-in|review|discussion|conversation|visit|walk)\b", re.IGNORECASE)
# Words that make the thing an offer to accept: shared ownership, a seat, an invitation, money put in.
_OFFER = re.compile(r"(?<![\w-])(?:offer(?:ed|s)?|co-own\w*|co-writ\w*|co-fund\w*|co-author\w*|co-present\w*|seat|invitation|invit\w+|place on)\b(?!-)", re.IGNORECASE)
_HANDING = ("deliver", "prepare", "give", "bring", "send", "share", "present", "finalise", "finalize", "write", "draft", "delivering", "preparing",
            "giving", "bringing", "sending", "presenting", "finalising", "finalizing", "writing", "drafting")
_LABEL = re.compile(r"^\s*[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*:\s+(?=\S)")  # "escalation: give the date ...": a kind, then the purpose
# Words that make it a piece of work we hand over.
_WORK = re.compile(r"\b(?:estimate|paper|note|slides?|deck|briefing|presentation|plan|benchmark|forecast|report|case|proposal|letter"
                   r"|figures|numbers|costing|quote|options|scorecard|business case|submission|application|bid|answer|roadmap|design|specification|part)\b", re.IGNORECASE)
# Words that make it figures owed in an escalation: a date, a cost, a number, a name.
_FIGURES = re.compile(r"\b(?:date|cost|number|figure|price|name)s?\b", re.IGNORECASE)
_AFTER = 4  # sentences after one about the thing, in the same note, that may give our word on it ("Yes to both. I'll send it by the 3rd.")
_LEAD_DAYS = 2  # work for their event comes this many days before it, so they can read it
_YES_DAYS = 3  # a yes to an offer is confirmed in writing within this many days
_OWN = re.compile(r"^(?:his|her|their|your)\s+", re.IGNORECASE)
# Two aims joined: "... and take up his offer", "..., and deliver the estimate" (the second opens on a purpose verb).
_TWO_AIMS = re.compile(r"\s*,?\s+and\s+(?=(?:answer|respond to|reply to|deliver|prepare|give|bring|send|share|present|finali[sz]e|confirm|agree|"
                       r"write|draft|co-own|co-write|co-fund|co-author|co-present|accept|take up|join)\b)", re.IGNORECASE)
# A thing that is a clause, not a noun phrase: "how we answer ...", "whether to buy ...", "what we tell the board".
_CLAUSE = re.compile(r"^(?:the\s+)?(?:how|what|whether|which|why|when|where|who|if)\b", re.IGNORECASE)
# The person a giving verb hands the thing to, before the thing's own determiner ("her the estimate", "him a dated plan").
_RECIPIENT = re.compile(r"^(?:him|her|them)\s+(?=(?:a|an|the|our|my|this|that|these|those|one|two|three)\b)", re.IGNORECASE)
_DEADLINE_TAIL = re.compile(r"\s*\((?:deadline|due|submission|by)[^)]*\)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PurposeAsk:
    kind: str  # offer | work | figures
    thing: str  # the purpose's own name for it ("his £60k co-funding offer for the live view")
    verb: str  # the purpose's verb, lower case ("co-own", "deliver", ""); "" when the purpose opens on the thing
    deadline: dt.date | None  # the partner's date: their event, lock or submission
    due: dt.date | None  # our date: on or before theirs, never before the meeting
    anchor: Sentence | None  # the note sentence that says the same thing, for the sources
    noun: str = ""  # the word that typed it ("estimate", "offer", "seat", "cost")
    promised: bool = False  # our date is one we already gave them


def _order(sit: Situation) -> Literal["dmy", "mdy"]:
    """How the notes write numeric dates ("12/4"): the purpose is written the same way."""
    orders = [s.date_order for s in sit.sentences if s.date]
    return "mdy" if orders and orders.count("mdy") > len(orders) / 2 else "dmy"


def anchor_of(sit: Situation, words: frozenset[str]) -> Sentence | None:
    """The note sentence most about the purpose's thing (two telling words at least), the latest of equals."""
    scored = [(len(terms_of(s.text) & words), s.order, s) for s in sit.sentences]
    scored = [x for x in scored if x[0] >= 2]
    return max(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def _said_to_them(thing: str, sit: Situation | None = None) -> str:
    """'his £60k offer' -> 'your £60k offer', "Elena's offer with a plan she can defend" -> 'your offer with a plan you
    can defend': the purpose speaks of them, the line speaks to them; '' when a he/she in it cannot be placed."""
    thing = _OWN.sub("your ", thing, count=1)
    return thing if sit is None else to_partner(thing, sit.partner_names, sit.partner_pronoun) or ""


_FOR_WHAT = re.compile(r"^(?P<keep>\s+for (?:the|his|her|their) [^,;:(]*?)(?=\s+(?:before|ahead of|in time for|by)\b|[,;:(]|$)", re.IGNORECASE)


def _thing_of(rest: str) -> str:
    """The purpose's thing: its words before their event; "for the payroll migration" names the thing, so it stays, while
    "for her 9 Dec board" (a date or an event word) is their event."""
    thing = subject_of(rest).strip(" .,;:")
    tail = _FOR_WHAT.match(rest[len(subject_of(rest)):]) if rest.startswith(subject_of(rest)) else None
    if tail and not re.search(r"\d", tail.group("keep")) and not EVENT.search(tail.group("keep")):
        thing = f"{thing}{tail.group('keep')}".strip(" .,;:")
    return thing


def read_purpose_ask(purpose: Purpose, sit: Situation, today: dt.date) -> PurposeAsk | None:
    """The typed thing the purpose names, or None for a stock purpose or one that names no offer, work or figures."""
    text = (purpose.text or "").strip()
    label = _LABEL.match(text)
    text = text[label.end():] if label and _HEAD.match(text[label.end():]) else text
    parts = _TWO_AIMS.split(text)
    if len(parts) > 1:  # "agree how we answer his question and take up his co-funding offer": each aim on its own, an offer first
        asks = [a for a in (read_purpose_ask(replace(purpose, text=p), sit, today) for p in parts) if a is not None]
        return next((a for a in asks if a.kind == "offer"), asks[0] if asks else None)
    head = _HEAD.match(text)
    verb = head.group(1).lower() if head else ""
    rest = _DEADLINE_TAIL.sub("", text[head.end():] if head else text)
    thing = _thing_of(re.sub(r"\s+in front of (?:her|him|them|the [\w-]+)\b", "", rest, flags=re.IGNORECASE))  # "put X in front of her"
    thing = _RECIPIENT.sub("", thing)  # "give her the estimate": the estimate is the thing, "her" the person it goes to
    if _CLAUSE.match(thing) or not fits_slot(thing):
        return None  # "how we answer his question", "Ann a straight answer": no one thing to say yes to or hand over (slot_fit.py)
    words = frozenset(t for t in terms_of(thing) if len(t) >= 4)
    if len(thing.split()) < 2 or len(words) < 2 or purpose.key in ("quarterly_review", "regular", "first_meeting", "kickoff"):
        return None  # a stock meeting, or a purpose with no thing of its own
    head_words = _HEAD_END.split(thing, maxsplit=1)[0]
    if _GATHERING.search(head_words):
        return None  # the purpose names a meeting, not a thing to hand over
    offer, figures, work = _OFFER.search(head_words), _FIGURES.search(head_words), _WORK.search(head_words)
    if verb in ("co-own", "co-write", "co-fund", "co-author", "co-present", "accept", "take up", "join") or (offer and verb not in _HANDING):
        kind, noun = "offer", (offer.group(0) if offer else verb)
    elif purpose.key == "escalation" and figures:
        kind, noun = "figures", figures.group(0)
    elif work and verb not in ("agree", "confirm"):
        kind, noun = "work", work.group(0)
    else:
        return None
    order = _order(sit)
    anchor = anchor_of(sit, words)
    ahead = sorted(d for d in dates_in(text, today, order) if d >= today)
    theirs = sorted(i.due for i in sit.items if i.kind == "request" and i.owner == "partner" and i.due and i.due >= today and terms_of(i.quote) & words)
    deadline = min([*ahead[:1], *theirs[:1], *_said_dates(sit, words, today)], default=None)  # never after a date the notes give it
    promised = sorted(i.due for i in sit.items if i.kind == "promise" and i.owner == "us" and i.due and today <= i.due
                      and (deadline is None or i.due <= deadline) and terms_of(i.quote) & words and not _spoken_of_since(sit, i.order, i.date, words))
    promised = promised or _promised_in_notes(sit, words, deadline, today)
    due = _our_due(deadline, promised, today)
    if kind == "figures":
        due = today  # an escalation is held for the figures: they come to the meeting
    elif kind == "offer" and not promised:
        due = min(d for d in (today + dt.timedelta(days=_YES_DAYS), deadline) if d)  # a yes is confirmed in writing within days
    if kind == "work" and due is None:
        return None  # work with no date of theirs or ours: a line would promise it undated
    kept_word = bool(promised) and due == promised[0]
    if not re.match(r"(?:the|a|an|our|his|her|their|your|this|that|[£$€\d])|\S+['’]s\b", thing, re.IGNORECASE):
        thing = f"the {thing}"  # "sensor plan" -> "the sensor plan"
        if not fits_slot(thing):
            return None  # "the win the pilot": the purpose's verb was no head we know, so no one thing (slot_fit.py)
    if re.search(r"\b\d", thing) and ahead and kind == "work" and not thing.lower().startswith(("our ", "your ")):
        thing = f"our part of {thing}"  # "the 10 Dec briefing" is their event: ours is the part we bring
    return PurposeAsk(kind, thing, verb, deadline, due, anchor, noun.lower(), kept_word)


# Our own word that we owe it by a day ("we owe her it by 4 December", "said we'd have it to him by 12/7"); never a denial.
_OWE = re.compile(r"\b(?:owe|owes|owed|promised|we confirmed|we'll|I'll|we will|I will|we'd|I'd|committed)\b", re.IGNORECASE)
_ASIDE = re.compile(r"^\s*[(\[*_]*\s*(?:my note|note to self|me)\b", re.IGNORECASE)  # the CIO's aside inside their message
_ASIDE_HEAD = re.compile(r"^\W*(?:my note|note to self)[^:]*:", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:won't|will not|not be|can't|cannot|isn't|wasn't|didn't|late|slipp\w*|delay\w*|behind|last)\b", re.IGNORECASE)


def _promised_in_notes(sit: Situation, words: frozenset[str], deadline: dt.date | None, today: dt.date) -> list[dt.date]:
    """The day our own latest sentence about the thing says we owe it, when no item carries that promise."""
    on_it = {(s.order + k, s.date) for s in sit.sentences if terms_of(s.text) & words for k in range(_AFTER + 1)}  # it, or a reply just after
    about = [s for s in sit.sentences if (s.order, s.date) in on_it and _OWE.search(s.text) and not _DENIED.search(s.text)
             and (s.speaker in ("us", "narrator") or _ASIDE.match(s.text) or re.match(r"\s*said\b", s.text, re.IGNORECASE))]
    for s in sorted(about, key=lambda s: s.order, reverse=True):
        said = [d for d in [due_date(s.text, s.date or today, s.date_order)[0], _ordinal(s.text, s.date)] if d]  # "by 4 Dec", "by the 3rd"
        said = said or dates_in(_ASIDE_HEAD.sub("", s.text), s.date or today, s.date_order)  # never the aside's own date
        ahead = sorted(d for d in said if d >= today and (deadline is None or d <= deadline))  # "by the 3rd" too
        if ahead and not _spoken_of_since(sit, s.order, s.date, words):
            return ahead[:1]
    return []


def _said_dates(sit: Situation, words: frozenset[str], today: dt.date) -> list[dt.date]:
    """The days their sentence about the thing gives it ("send me the rollout plan by the ninth of May, please"), from today on:
    the purpose's event may come later, but the thing is owed by the day the notes name."""
    return sorted(d for s in sit.sentences if len(terms_of(s.text) & words) >= 2 and not _DENIED.search(s.text) and s.speaker != "us"
                  and not _ASIDE.match(s.text) and (s.speaker == "partner" or not _OWE.search(s.text))  # our word on it: our date, not theirs
                  for d in [due_date(_by_words(s.text), s.date or today, s.date_order)[0]] if d and d >= today)


def _by_words(text: str) -> str:
    """The text from its first 'by' / 'before' / 'until' on: a deadline, never the day of an event ("on 11 February")."""
    found = re.search(r"\b(?:by|before|until|no later than)\b", english_month_words(spelled_dates(text)), re.IGNORECASE)
    return english_month_words(spelled_dates(text))[found.start():] if found else ""


def _ordinal(text: str, written: dt.date | None) -> dt.date | None:
    """'by the 3rd' written on 20 November: the next 3rd of a month after the day it was written (3 December)."""
    m = re.search(r"\bby (?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])", text)
    if not m or written is None:
        return None
    day = int(m.group(1))
    month = dt.date(written.year + (written.month == 12), written.month % 12 + 1, 1) if day <= written.day else written.replace(day=1)
    try:
        return month.replace(day=day)
    except ValueError:
        return None


def _spoken_of_since(sit: Situation, order: int, date: dt.date | None, words: frozenset[str]) -> bool:
    """A later note speaks of the thing again (a slip, a new date): the promise's own date may no longer hold."""
    return any(s.order > order and s.date != date and len(terms_of(s.text) & words) >= 2 for s in sit.sentences)


def _our_due(deadline: dt.date | None, promised: list[dt.date], today: dt.date) -> dt.date | None:
    """Our date for the work: the date our promise of it gives, else a little before theirs; never after theirs, never past."""
    if deadline is not None and deadline <= today + dt.timedelta(days=1):
        return today  # their date is here: what is ready comes to this meeting
    if promised:
        return promised[0]
    return max(today, deadline - dt.timedelta(days=_LEAD_DAYS)) if deadline else None


def names_it(ask: PurposeAsk, text: str) -> bool:
    """A line that already answers the purpose's thing: it names the word that typed it, or two of its telling words, and
    is no question back to them ("What do you need from us before 11 December?" answers nothing)."""
    said = terms_of(text)
    if text.rstrip().endswith("?"):
        return False
    return (bool(ask.noun) and ask.noun in said) or len(_telling(ask) & said) >= 2


def _asks_back(ask: PurposeAsk, line: str) -> bool:
    """A question back about the thing line 1 has just answered ("What do you need from us before 8 December?")."""
    said = terms_of(line)
    return line.rstrip().endswith("?") and (bool(_telling(ask) & said) or bool(ask.deadline and when(ask.deadline) in line))


def _telling(ask: PurposeAsk) -> set[str]:
    return {t for t in terms_of(ask.thing) if len(t) >= 4 and t not in ("part", "review", "meeting", "group", "board")}


def _by(ask: PurposeAsk, today: dt.date) -> str:
    if ask.due is None:
        return ""
    if ask.due <= today:
        return " today"
    tail = f", in time for {when(ask.deadline)}" if ask.deadline and ask.deadline > ask.due else ""
    return f" by {when(ask.due)}{tail}"


_NAMED_OWN = re.compile(r"^(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+['’]s\s+")
_GERUND = re.compile(r"^the\s+([\w-]+ing\s+(?:the|a|an|your|our|their)\s)")


def ask_line(ask: PurposeAsk, today: dt.date, sit: Situation | None = None) -> str:
    """Script line 1: the plain answer to what the meeting is for, said to the partner ('' when it cannot be said to them)."""
    thing = _said_to_them(ask.thing, sit)
    if not thing:
        return ""
    thing = _NAMED_OWN.sub("the ", thing)  # a name the reader could not tie to the partner: "the offer", never "Ann's offer" to Ann
    thing = _GERUND.sub(r"\1", thing)  # "the co-presenting the results": the act is said bare, "co-presenting the results"
    if ask.kind == "offer":
        by = f" Our part, with an owner and a date, reaches you before {when(ask.deadline)}." if ask.deadline and ask.deadline > today + dt.timedelta(days=1) else ""
        by = f" Our part reaches you by {when(ask.due)}." if ask.promised and ask.due and ask.due > today else by
        if ask.verb.startswith("co-"):
            return f"Yes: we will {ask.verb} {thing} with you.{by}"
        return f"Yes to {thing}.{by}"
    if ask.kind == "figures":
        return f"Today you get {thing}, in writing, with one owner who answers for it."
    if ask.due and ask.due <= today:
        return f"For {thing}: here is what is ready today, and what follows, with its date."
    return f"You'll have {thing}{_by(ask, today)}."


def ask_goal(ask: PurposeAsk, first: str, today: dt.date) -> str:
    """The one thing, in the same terms as line 1 (never "Give Ann a plain yes to Ann's offer")."""
    ask = replace(ask, thing=re.sub(rf"^{re.escape(first)}['’]s\s+", "the ", ask.thing)) if first else ask
    ask = replace(ask, thing=_GERUND.sub(r"\1", ask.thing))  # "a plain yes to co-presenting the results"
    ask = replace(ask, thing=re.sub(r"^(?:the\s+)?(?:him|her|them)\s+(?=(?:a|an|the|our|his|her|their)\b)", "", ask.thing))  # "Give him a plan": the plan
    if ask.kind == "offer":
        before = f" before {when(ask.deadline)}" if ask.deadline and ask.deadline > today else ""
        doing = f": we {ask.verb} {ask.thing}" if ask.verb.startswith("co-") else f" to {ask.thing}"
        return f"Give {first} a plain yes{doing}; agree who does what{before}."
    if ask.kind == "figures":
        before = f", before {when(ask.deadline)}" if ask.deadline and ask.deadline > today else ""
        return f"Give {first} {ask.thing} today, in writing and owned{before}."
    if ask.due and ask.due <= today:
        return f"Bring {first} what is ready today for {ask.thing}; {first}'s date is {when(ask.deadline)}."
    return f"Give {first} {ask.thing}{_by(ask, today)}."


def purpose_first(lead: Lead, sit: Situation, purpose: Purpose, today: dt.date, tied_leads: bool) -> None:
    """The thing the purpose names leads when no line speaks of it (purpose_ask.py); a line that does moves up first.
    The item the purpose is tied to (purpose_lead.py), when it leads already, stands."""
    ask = read_purpose_ask(purpose, sit, today)
    if ask is not None and ask.kind == "offer":  # a yes names a thing in words that read whole, or is not said
        offered = " ".join(i.quote for i in sit.items if i.kind == "offer" and i.owner == "partner" and i.status != "done") or None
        ask = replace(ask, thing=named) if (named := yes_thing(ask.thing, offered)) else None
    if ask is None:
        return
    deferred = ask.kind == "offer" and bool(lead.script) and _defers(lead.script[0])  # an offer met with "my answer comes by"
    if not deferred and (tied_leads or (lead.script and names_it(ask, lead.script[0]))):
        return
    if not deferred and (said := [x for x in lead.script if names_it(ask, x) or (ask.kind == "offer" and yes_to_means(ask.thing, x))]):
        lead.script = [said[0], *(x for x in lead.script if x is not said[0])]
        return
    line = ask_line(ask, today, sit)
    if not line:
        return  # the purpose's thing cannot be said to them: the lines about the partner's own items stand
    rest = [x for x in lead.script if not contentless(x) and not _after(x, ask.deadline, today) and not _asks_back(ask, x)
            and not (ask.kind == "offer" and _defers(x))]
    lead.script = [line, *rest[:2]]
    lead.one_thing = ask_goal(ask, lead.first, today)
    lead.value_step = line
    what = {"offer": "Confirm in writing our yes to", "figures": "Send in writing", "work": "Deliver"}[ask.kind]
    lead.followups.insert(0, FollowUp(what=f"{what} {ask.thing}", owner="CIO", due=(ask.due or today).isoformat()))
    lead.cited += [ask.anchor.note.ref] if ask.anchor else []


def _defers(line: str) -> bool:
    """A line that puts off the answer ("My answer, with one owner, comes by 7 December") instead of giving it."""
    return not line.lstrip().startswith("Yes") and bool(re.search(r"\bmy answer\b[^.]*\bcomes by\b", line, re.IGNORECASE))


def _after(line: str, deadline: dt.date | None, today: dt.date) -> bool:
    """A deferral ("my answer comes by 26 December") dated after the partner's own date: no line to say."""
    if deadline is None or "comes by" not in line:
        return False
    return any(d > deadline for d in dates_in(line.split("comes by", 1)[1], today))
