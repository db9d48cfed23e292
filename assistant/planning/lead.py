"""The top of a plan: the one thing to achieve, a script of at most three lines, what is open, what to avoid.

Built only from typed situation items whose meaning fits each sentence; a slot with no fitting item is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.planning.answer_here import reply_words, said_here
from assistant.planning.ask_order import ANNOUNCES, contentless, dated_first, no_reply_due, overdue_first, same_ask
from assistant.planning.avoid_naming import unnamed
from assistant.planning.chased_promises import chased_promises
from assistant.planning.content_free import content_free
from assistant.planning.covered_asks import covered_reply
from assistant.planning.dated_asks import dated_asks
from assistant.planning.due_dates import due_date
from assistant.planning.due_lead import due_goal, due_lead, purpose_goal
from assistant.planning.event_asks import event_line, event_one_thing, needs_first
from assistant.planning.followup_lines import working_day
from assistant.planning.invite_yes import invite_yes
from assistant.planning.lead_dates import answer_due, ask_deadline, before_words, event_context, tied_close
from assistant.planning.lead_goal import AXIS_WORDS as AXIS_WORDS
from assistant.planning.lead_goal import LOW_CONFIDENCE as LOW_CONFIDENCE
from assistant.planning.lead_goal import one_thing_of as _one_thing
from assistant.planning.lead_goal import uncertain_axes as uncertain_axes
from assistant.planning.lead_lines import (
    DOCUMENT,
    broken_line,
    goal_line,
    kept_line,
    miss_line,
    note_clause,
    note_words,
    offer_line,
    reply_by,
    report_line,
    request_line,
    their_words,
)
from assistant.planning.lead_replies import (
    and_list,
    asked_name,
    asked_whether,
    cannot_do,
    nomination_reply,
    offered_means,
    presence_reply,
    short_name,
)
from assistant.planning.not_open import drop_not_open
from assistant.planning.note_reading import own_label_off
from assistant.planning.one_yes import one_yes
from assistant.planning.owed_items import closed_ask, owed_items
from assistant.planning.ownership import fix_step, others_open
from assistant.planning.partner_acts import promise_covers
from assistant.planning.promise_lines import on_first_date, thing_of, upcoming, upcoming_line
from assistant.planning.promise_owner import promise_owner
from assistant.planning.promise_timeline import owes_an_answer
from assistant.planning.purpose_aims import aims_first
from assistant.planning.purpose_anchor import anchor_purpose
from assistant.planning.purpose_lead import decision_date, promise_goal, promise_script, tied_item
from assistant.planning.purpose_leads import named_ask_goal, purpose_leads, tied_line_first
from assistant.planning.purpose_names import name_open_asks
from assistant.planning.purposes import Purpose
from assistant.planning.situation import Item, Situation, terms_of
from assistant.planning.situation_round6 import deadline_is_close, nearest_event
from assistant.planning.spoken_script import speak
from assistant.planning.stock_premise import doubted, held_quadrant
from assistant.planning.their_deadline import subject_dates
from assistant.planning.vague_dates import vague_deadline
from assistant.planning.voice import clipped, on_day, on_start, undated_said, when
from assistant.schema import Assessment, AvoidItem, FollowUp, OpenItem

CIO, DELIVERY = "CIO", "Delivery lead"  # the delivery lead is one of the CIO's direct reports


@dataclass
class Lead:
    one_thing: str = ""
    script: list[str] = field(default_factory=list)
    open_items: list[OpenItem] = field(default_factory=list)
    avoid: list[AvoidItem] = field(default_factory=list)
    followups: list[FollowUp] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)  # note refs behind the lines
    value_step: str = ""  # the first concrete step, said to the partner
    uncertain: list[str] = field(default_factory=list)  # axes to settle first
    first: str = ""
    proven: bool = False  # partner or utility (an offer gets a plain yes with the next step in every quadrant)
    told_days: set[dt.date | None] = field(default_factory=set)  # days whose asks, told in our note, one line has answered
    answered: list[Item] = field(default_factory=list)  # requests a line has answered
    decision: dt.date | None = None  # the partner's date the purpose names: every answer comes before it
    tied: Item | None = None  # the open item the meeting's purpose is about
    replies: dict[str, str] = field(default_factory=dict)  # the day a line puts a request off to -> that request's note words


def _quoted(text: str) -> str:
    """The note's words an open item quotes ('' when it quotes none)."""
    found = re.search(r"“(.*)”", text)
    return found.group(1) if found else ""


def open_item_text(item: Item, first: str) -> str:
    """What an open item is, in the notes' own words (verbatim, attributed), never a phrase in a template."""
    cause = {"us": "ours", "third_party": "a third party's, not ours", "partner": f"from {first}'s side", "unclear": "cause not recorded"}
    note = note_words(item) or note_clause(item.quote)  # a long note: its first clauses, never a bare "Noted on D"
    if item.kind == "miss":
        return f"Noted {on_day(item.date)} ({cause[item.owner]})" + (f": “{note}”" if note else "")
    if item.source == "ledger":
        return f"Promise ledger: “{item.complement}”" + (f" (due {item.due.isoformat()}, owner {item.owner_name})" if item.due else "")
    if item.kind == "promise":
        who = "our" if item.owner == "us" else f"{first}'s"
        owner = f" (owner {item.owner_name})" if item.owner_name else ""
        due = f", due {when(item.due)}" if item.due else ""
        broken = f"; not kept, as noted {on_day(item.broken_on)}" if item.broken_quote else ""
        if item.progress_quote and item.due:
            broken += f"; in progress, on track for {when(item.due)}" if on_first_date(item) else f"; in progress, new date {when(item.due)}"
        broken += "; spoken of since, status unclear: check before the meeting" if item.unclear_quote else ""
        return f"Noted as {who} action{owner}{due}" + (f": “{note}”" if note else "") + broken
    verb = {"request": "asked", "offer": "offered"}[item.kind]
    words = their_words(item)
    text = f"{first} {verb}: “{words}”" if words else f"Noted {on_day(item.date)}" + (f": “{note}”" if note else "")
    return text + (f" (not seen closed since {when(item.date)}; check before the meeting)" if item.stale else "")  # a status tag, not a line to say


def build_lead(sit: Situation, first: str, quadrant: str, a: Assessment, purpose: Purpose, today: dt.date) -> Lead:
    lead = Lead(first=first, uncertain=uncertain_axes(a) if a.quadrant != "unknown" or a.evidence else ["dependence", "competence"])
    lead.proven = quadrant in ("partner", "utility")
    sit.items += dated_asks(sit, today, first) + chased_promises(sit, today)  # their asks that only a date of theirs marks ("Send me X. I need it by the 8th.")
    sit.items = [i for i in sit.items if i.kind == "miss" or not i.quote or not content_free(f"{i.quote} {i.complement}")]  # "Date | 22 December": no item
    drop_not_open(sit)  # debris, a kept-out line, the CIO's own question, an ask closed or replaced in its own line, one told twice
    ours = overdue_first(sit.open_ours())
    theirs = dated_first([i for i in sit.live_theirs() if not _promised(i, ours) and not no_reply_due(i)], today)  # an old ask not mentioned for months never leads
    misses = (owned := sit.owned_misses()) + others_open(sit)  # ours on evidence only; never their side's, nor a third party's of long ago
    lead.open_items = [_open(i, first) for i in [i for i in sit.open_theirs() if not closed_ask(sit, i, today)] + [i for i in sit.items if i.kind == "promise" and i.owner == "partner" and i.status != "done"]]
    lead.open_items += [_open(i, first) for i in ours + misses]
    lead.open_items += owed_items(sit, today, first, lead.open_items)  # a dated promise of ours no typed item holds
    lead.open_items = [o for o in lead.open_items if not content_free(_quoted(o.text))]  # a miss with no words, a status cell: no item
    lead.avoid = [AvoidItem(topic=t.topic, why=t.why) for t in sit.avoid if not unnamed(t.topic)]  # a topic the notes never name: no line
    broken = [i for i in ours if i.broken_quote]
    lead.decision = decision_date(purpose, today)
    lead.tied = tied = tied_item(sit, purpose, theirs + ours)  # the ask or promise the meeting is for leads a side request
    moved = bool(theirs) and tied in theirs[1:] and _nameable(tied) and tied is not None and not _same_note(tied, theirs[0]) and not _older(tied, theirs[0])  # never "what you asked ... is still open" first; the asks of one note keep their order; an older ask never displaces a newer one
    theirs = [tied, *(i for i in theirs if i is not tied)] if moved and tied else theirs
    ours_due = tied if tied and tied.kind == "promise" and tied.status == "open" and tied.due and tied.due > today and not tied.broken_quote else None
    steps: list[tuple[str, Item | None]] = []  # in order of priority: a promise we broke, the item the meeting is for, their first open item, a miss we own, the purpose, the rest
    fell = due_lead(tied, ours, theirs, today)  # our promise due by the meeting, that the meeting is about: it leads
    steps += [("broken", i) for i in broken[-1:]] + ([("upcoming", ours_due)] if ours_due else []) + ([("report", fell)] if fell else [])
    steps += [("answer", i) for i in theirs[:2 if moved else 1]]  # the ask it displaced keeps its line
    first_means = bool(theirs) and not moved and bool(offered_means(theirs[0].complement)[0])  # a yes to money or people leads: their ask keeps its line
    steps += [("answer", i) for i in ([i for i in theirs if offered_means(i.complement)[0]][:1] + [i for i in theirs[1:] if i.kind == "request"][:1] * first_means) if i not in theirs[:2 if moved else 1]]
    steps += [("own", m) for m in owned[-1:]]
    steps += [("upcoming", i) for i in upcoming(sit, today)[:1] if i is not ours_due]  # our promise due within three weeks is said, not left to be asked
    steps += [("purpose", None)] if purpose.script else []
    purpose_line = ""
    steps += [("answer", i) for i in theirs[1:2] if not moved and not first_means] + [("report", i) for i in ours[:1] if i.status == "overdue" and i is not fell]
    for step, item in steps:
        if len(lead.script) >= 3:
            break
        if step == "answer" and item:
            _answer(lead, item, today, sit, event_context(sit, item))
        elif step == "report" and item and not item.broken_quote and not item.unclear_quote:  # status unknown: never "did it reach you"
            _report(lead, item, today)
        elif step == "broken" and item:
            _own_broken(lead, item, today, sit)
        elif step == "own" and item:
            cause_by = working_day(today + dt.timedelta(days=14))
            lead.script.append(miss_line(sit, item, cause_by, [first]))  # nothing invented as already changed
            lead.followups.append(FollowUp(what=f"{fix_step(sit, item)}{_gist(item)}", owner=DELIVERY, due=cause_by.isoformat()))
            lead.cited.append(item.note_ref)
        elif step == "upcoming" and item and (line := upcoming_line(item)):
            lead.script.append(promise_script(item, line, lead.decision) if item is ours_due else line)
            who = promise_owner(item, lead.first)  # our person the notes name owns the check; else the CIO asks its owner
            lead.followups.append(FollowUp(what=f"Check {'' if who else 'with its owner '}that our promise of {when(item.date)} is on track for {when(item.due)}",
                                           owner=who or CIO, due=today.isoformat()))
            lead.cited.append(item.note_ref)
        elif step == "purpose":
            kept = kept_line(sit, today) if purpose.key == "quarterly_review" else ""
            purpose_line = kept or ANNOUNCES.get(purpose.key, purpose.script)
            lead.script.append(purpose_line)
    fallback = _fallback_line(sit, quadrant, lead.uncertain)
    if not lead.script or (lead.script == [purpose_line] and len(terms_of(fallback) & terms_of(purpose_line)) < 2):
        lead.script.insert(0, fallback)  # never two lines that ask the same thing
    event = nearest_event([(s.speaker, s.text, s.date, s.date_order) for s in sit.sentences], today, first)
    event = event if event and (not (theirs or ours or broken) or needs_first(event, lead.script)) else None  # a named need before their date leads; a miss we own follows it
    if event:  # nothing open between us: the partner's nearest dated decision or event leads, never a generic line
        lead.script.insert(0, event_line(event, today))
    lead.one_thing = _one_thing(sit, first, quadrant, purpose, theirs, ours, owned, lead.uncertain, a, today, lead.proven,
                                lead.decision if tied and theirs[:1] == [tied] else None)
    stock = "" if theirs or owned or broken or event or any(i.status == "overdue" for i in ours) else lead.one_thing  # a quadrant line, no item
    if ours_due and (goal := promise_goal(ours_due, first, lead.decision, purpose)):
        then = purpose.goal.format(partner=first)
        lead.one_thing = f"{goal}, then {then}." if purpose.key not in ("regular", "free") else f"{goal}."  # a free purpose is this item
    elif fell and (goal := due_goal(fell, first)) and not (theirs[:1] == [tied] and tied is not None):
        lead.one_thing = f"{goal}, then {purpose.goal.format(partner=first)}." if purpose.key not in ("regular", "free") else f"{goal}."
    if event:
        lead.one_thing = event_one_thing(event, first, today)
    tied_leads = tied is not None and (tied in (ours_due, fell) or theirs[:1] == [tied])
    if purpose_leads(tied, broken, tied_leads):  # the item the meeting is for leads; our broken promise keeps its own line
        lead.script = tied_line_first(lead.script, tied)
    elif broken:
        then = purpose.goal.format(partner=first)
        tail = f", then {then}" if purpose.key not in ("regular", "free") else ""  # the firm date is the regular meeting's next step
        lead.one_thing = f"Own our broken promise of {when(broken[-1].date)}, with a firm date{tail}.{_evidence(broken[-1], True)}"
    aims_first(lead, sit, purpose, today, tied_leads)
    lead.script = anchor_purpose(lead.one_thing, lead.script, sit, purpose, lambda i: _answer_line(lead, i, today, sit), list(lead.answered))  # every purpose item named
    if stock and lead.one_thing == stock and (goal := purpose_goal(purpose)):
        lead.one_thing = f"{goal} {lead.one_thing}" if lead.uncertain else goal  # the CIO's own aim, not a stock line; an open axis still asked
    lead.one_thing, lead.script = undated_said(lead.one_thing), [undated_said(line) for line in lead.script]  # never "On recently"
    lead.followups = [f.model_copy(update={"what": undated_said(f.what)}) for f in lead.followups]
    lead.one_thing, lead.script, lead.open_items = speak(lead.one_thing, lead.script, sit, purpose, lead.open_items, today)  # sentences to say
    lead.script = name_open_asks(lead.script, sit, purpose)  # "What you asked on D is still open": by the purpose's name for it
    lead.one_thing = named_ask_goal(lead.one_thing, lead.script)  # the ask by its name, never "what N asked on D"
    lead.script, homework = said_here(lead.script, purpose, today, first, lead.replies)  # the meeting is the answer: never a later date
    lead.script, lead.followups = one_yes(lead.script, homework + [f for f in lead.followups if not (homework and f.what.startswith(("Answer ", "Confirm in writing")) and f.due and f.due > today.isoformat())], sit)
    return lead


def _same_note(a: Item, b: Item) -> bool:
    """Two asks of one dated note (their order there stands: the lines that answer them group by it)."""
    return a.date is not None and a.date == b.date and a.note_ref == b.note_ref


def _older(a: Item, b: Item) -> bool:
    """a was asked before b; an undated ask counts as older than a dated one with its own deadline (it never displaces it)."""
    return (a.date is not None and b.date is not None and a.date < b.date) or (a.date is None and b.date is not None and b.due is not None)


def _nameable(item: Item) -> bool:
    """An ask a line can name (their words, its head noun, a whether, a yes) or one with its own date."""
    return bool(item.due or their_words(item) or asked_name(item) or asked_whether(item) or item.kind == "offer")


def _promised(item: Item, ours: list[Item]) -> bool:
    """A request we already answered with a promise: the promise's line covers it."""
    return item.kind == "request" and any(p.order >= item.order and promise_covers(p, item) for p in ours)


def item_owner_name(lead: Lead) -> str:
    return f"{lead.first}'s " if lead.first else "the "


def _open(item: Item, first: str) -> OpenItem:
    owner = item.owner if item.owner in ("partner", "us", "third_party") else "us"
    status = item.status if item.status in ("open", "done", "overdue") else "open"
    return OpenItem(kind=item.kind, owner=owner, status=status, text=open_item_text(item, first),
                    date=item.date.isoformat() if item.date else None, due=item.due.isoformat() if item.due else None, quote=their_words(item) or own_label_off(item.quote))


def _gist(item: Item) -> str:
    """The opening words of the item's own quote, marked as cut (' (“Could you send me a one-page…”)'), for the follow-up list."""
    words = (their_words(item) or note_words(item)).split()
    return f" (“{clipped(words, 8) if len(words) > 8 else ' '.join(words)}”)" if words else ""


def _answer(lead: Lead, item: Item, today: dt.date, sit: Situation, context: str = "") -> None:
    """Their open request or offer: their words with the date, then a fixed reply with a date we can keep."""
    due = answer_due(item, today, context, lead.decision)
    deadline = ask_deadline(item, today, event_context(sit, item, near=True)) or (lead.decision if item is lead.tied else None) or tied_close(sit, item, today)
    vague = vague_deadline(item) if deadline is None else None  # "by the first week of December", never made a day
    close = deadline_is_close(deadline, today) or (vague is not None and deadline_is_close(vague[0], today))
    due = today if close else due  # their deadline is past or a day away: what we have comes to this meeting
    if item.kind == "request" and item.due and sit.written_on and sit.written_on <= item.due < today:  # their date falls before we meet
        lead.followups.append(FollowUp(what=f"{lead.first or 'Their'}'s date for it is {when(item.due)}, before we meet: send what we have by then{_gist(item)}",
                                       owner=CIO, due=None))
    if item.kind == "request":
        if same_ask(item, lead.answered):
            return  # "I need the cost per store by 4 December" and "the board wants IT per store": one ask, one line
        told = [i for i in sit.live_theirs() if i.kind == "request" and i.date == item.date and not their_words(i, before_words(sit, i))]
        if item in told and item.date in lead.told_days:
            return  # the asks of that day, told in our note, are answered in one line
        present = (presence_reply(item, told)[0] or nomination_reply(item, due)[0]) if not cannot_do(sit, item) and not close else ""  # a yes that answers this ask alone
        named_line = ""
        named = [asked_name(i) for i in told] if item in told and len(told) > 1 else []
        whether = [asked_whether(i) for i in told] if named else []
        names = [n for n in named if n]
        if not present and named and all(n or w for n, w in zip(named, whether, strict=True)) and len(set(names)) == len(names):
            # "the 3 things you asked" says less than their names: "for the X and the Y, and whether Z"
            fors, whethers = [n for n in named if n], [w for n, w in zip(named, whether, strict=True) if not n]
            asked = " and ".join(x for x in [f"for {and_list(fors)}" if fors else "", and_list(whethers) if whethers else ""] if x)
            present = f"{on_start(item.date)} you asked {asked}. {reply_by(item, due, today, deadline, sit)}"
            lead.told_days.add(item.date)
        elif not present and item in told and len(told) > 1 and (one := asked_name(item) or asked_whether(item)):
            # the others of that day have no name to say: the leading ask is said by its own name, never "the 2 things"
            named_line = f"{on_start(item.date)} you asked {'for ' if one.startswith('the ') else ''}{one}. {reply_by(item, due, today, deadline, sit)}"
            lead.told_days.add(item.date)
        elif item in told and len(told) > 1 and (not present or (len(told) == 2 and " with you at the " in present)):
            lead.told_days.add(item.date)  # request_line's "The N things you asked on ..." answers them all
        present = present or (covered_reply(item, sit, due, today) if len(told) < 2 else "")  # our dated promise: its date, no new one
        line = present or named_line or request_line(item, due, today, before_words(sit, item), len(told) if item in told else 1, sit, deadline)
        if lead.answered and contentless(line):
            return  # "What you asked on 13 October is still open" says nothing: a second ask waits in the open list
        lead.script.append(line)
        lead.answered.append(item)
        lead.replies[when(due)] = reply_words(sit, item)
        lead.value_step = lead.value_step or present  # the value message says the same yes
        verb = "Confirm in writing our yes to" if present.startswith("Yes") else "Answer"  # a yes said is confirmed, not answered again
        lead.followups.append(FollowUp(what=f"{verb} {item_owner_name(lead)}request of {when(item.date)}{_gist(item)}", owner=CIO, due=due.isoformat()))
        doc = DOCUMENT.search(item.complement)  # "a benchmark of ...": the benchmark comes, not "my answer"
        reply = "what we have comes today" if close else f"the {doc.group(0).lower()} comes by {when(due)}" if doc else f"my answer comes by {when(due)}"
        lead.value_step = lead.value_step or f"Your request of {when(item.date)}: {reply}."
    else:
        invite = item.verb.lower().startswith(("invit", "put")) or "join" in item.verb.lower() or bool(re.search(r"\b(?:a seat|a place|a role|a slot|you at|you on)\b", item.quote))
        due = min(due, today + dt.timedelta(days=7)) if invite else due  # say yes within a week, not on the day itself
        same_day = [i for i in sit.live_theirs() if i.kind == "offer" and i.date == item.date and not their_words(i) and not short_name(i)[1]]
        same_day = [item] if their_words(item) or short_name(item)[1] or invite_yes(item) else same_day  # one line per offer we can name
        if not short_name(item)[1] and any(line.startswith("Thank you for your") and when(item.date) in line for line in lead.script):
            return  # the offers of that day are thanked in one line
        blocked = cannot_do(sit, item)
        line = ("" if blocked else invite_yes(item)) or offer_line(item, due, len(same_day), True, blocked)  # a plain yes, whatever the quadrant
        lead.script.append(line)
        answer = "my answer comes" if blocked else "yes, next step"
        lead.value_step = lead.value_step or (line if line.startswith("Yes") else f"Your offer of {when(item.date)}: {answer} by {when(due)}.")
        lead.followups.append(FollowUp(what=_offer_followup(lead, item, line), owner=CIO, due=due.isoformat()))
    lead.cited.append(item.note_ref)


def _answer_line(lead: Lead, item: Item, today: dt.date, sit: Situation) -> str:
    """The line _answer would add for the item, taken back out for the caller to place."""
    before, step = len(lead.script), lead.value_step
    _answer(lead, item, today, sit, event_context(sit, item))
    lead.value_step = step
    return lead.script.pop() if len(lead.script) > before else ""


def _offer_followup(lead: Lead, item: Item, line: str) -> str:
    """What the CIO does next for an offer: the step the yes promised, else a reply."""
    kind, name = short_name(item)
    name = re.sub(r"^your ", item_owner_name(lead), name)
    if line.startswith("Yes to") and kind == "event":
        return f"Book {name}"
    if line.startswith("Yes:") and invite_yes(item) == line:
        return f"Confirm the invitation of {when(item.date)} and put it in the diary"
    if line.startswith("Yes") and "one-page" in line:
        return f"One-page proposal for {name}"
    return f"Reply to {item_owner_name(lead)}offer of {when(item.date)}{_gist(item)}"


def _own_broken(lead: Lead, item: Item, today: dt.date, sit: Situation) -> None:
    """Our promise that a later note says was not kept: owned, and a firm date by a near day, before their own date for it."""
    new = working_day(today + dt.timedelta(days=7))
    deadline, _ = due_date(item.broken_quote, item.broken_on, item.date_order)  # "The board meets on 10 December": be there before it
    theirs = [d for d in subject_dates(sit, item, today) if d > today]  # "a dated plan for the interface by 29 January"
    deadline = min([d for d in (deadline, *theirs[:1]) if d], default=None)
    if deadline and today + dt.timedelta(days=1) < deadline <= new:
        new = deadline - dt.timedelta(days=1)
    chased = bool(item.broken_on and item.date and item.broken_on > item.date and _partner_line(item.broken_quote, lead.first))
    if owes_an_answer(item):  # the thing owed is a date or an answer: given in this meeting, never owed again
        lead.script.append(broken_line(item, today, chased).replace(f" A firm date and one owner by {when(today)}.", " You have it from me today, with its owner."))
        lead.followups.append(FollowUp(what=f"Before the meeting: have what we owe from our promise of {when(item.date)}{_gist(item)} ready, with its "
                                            "owner; it is given in this meeting, not later", owner=CIO, due=today.isoformat()))
        new = today
    else:
        lead.script.append(broken_line(item, new, chased))
        lead.followups.append(FollowUp(what=f"Firm date for our promise of {when(item.date)}{_gist(item)}", owner=promise_owner(item, lead.first) or DELIVERY, due=new.isoformat()))
    lead.value_step = lead.value_step or f"Our promise of {when(item.date)}: " + ("given today." if new == today else f"a firm date by {when(new)}.")
    lead.cited.append(item.note_ref)


def _partner_line(text: str, first: str = "") -> bool:
    """A line in the partner's voice: a quotation or a 'Name:' label with their name ("Lena: ..." of our team is not theirs)."""
    label = re.match(r"\s*([A-Z][a-z]+):\s", text)
    return bool(re.search(r"[\"“]", text) or (label and (not first or label.group(1) == first)))


def _report(lead: Lead, item: Item, today: dt.date) -> None:
    new = working_day(today + dt.timedelta(days=7))
    lead.script.append(report_line(item, new))
    lead.cited += [item.note_ref] if item.source != "ledger" else []
    thing = thing_of(item)
    thing = thing if re.match(r"(?:the|your|our)\s", thing, re.IGNORECASE) else ""  # a thing she will have, never a task
    if item.fell_due_since_last_note and item.due and thing:  # due between the newest note and this meeting: its state is not known yet
        lead.followups.append(FollowUp(what=f"{thing[:1].upper()}{thing[1:]}, promised {on_day(item.date)}, is due on {when(item.due)}, "
                                            "before this meeting: bring it or say where it stands", owner=promise_owner(item, lead.first) or DELIVERY, due=today.isoformat()))
    else:
        lead.followups.append(FollowUp(what=f"Report on the promise of {when(item.date)}", owner=promise_owner(item, lead.first) or DELIVERY, due=new.isoformat()))
    lead.value_step = lead.value_step or f"Our promise of {when(item.date)}: a straight answer by {when(new)}."


def _fallback_line(sit: Situation, quadrant: str, uncertain: list[str]) -> str:
    """Their own goal, quoted with its date; else one question that fits the quadrant."""
    line = goal_line(sit, "dependence" not in uncertain)
    if line:
        return line
    if uncertain or (held_quadrant(sit, quadrant) == "bypass_risk" and not doubted(sit)):  # no friction on record to ask about
        return "What matters most to your team this year?"
    return {
        "cost_centre": "What one fix would help you most?",  # short: a stock question, said plainly
        "utility": "Which number do you wish you had sooner?",
        "bypass_risk": "Where have we been in your way?",
        "partner": "Which bet this year should we make together?",
    }.get(held_quadrant(sit, quadrant), "What matters most to your team this year?")


def _evidence(item: Item, ours: bool = False) -> str:
    """The note's words behind an item, for the CIO's eyes: ' (your note: “…”)' or ''."""
    words = note_words(item)
    return f" ({'our' if ours else 'your'} note: “{words}”)" if words else ""
