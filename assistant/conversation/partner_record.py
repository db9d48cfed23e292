"""What the notes settle about a partner's items, checked before the chat says anything about them.

The situation model (assistant/planning, read only) types the items and alone decides what is open or
delivered; these checks serve the chat's sentences: what we delivered (the model's sentence that says so), a miss the partner has put
behind them, an invitation written as a request, a dated ask written as a need ("I need the report by
30 June"), and a due date that falls before the note that set it. Each returns typed data; the sentences
in partner_answer.py say only what that data means.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.delivered_since import accepted_late
from assistant.conversation.miss_agent import ours_shown
from assistant.conversation.partner_facts import praised
from assistant.planning import situation_cues as cue
from assistant.planning import situation_round8 as r8
from assistant.planning.due_dates import due_date
from assistant.planning.miss_cause import cause_in, people
from assistant.planning.miss_live import healed_by as live_healing
from assistant.planning.situation import Item, Sentence, Situation, terms_of

# Healing words the planner's cue list does not hold ("the outage is forgotten", "the fix was handled well").
_HEALED = re.compile(r"\b(?:is|was|are|were|all|now|long|been)\s+forgotten\b|\bforget(?:s|ting)? (?:about )?(?:it|that)\b|"
                     r"\bhandled (?:it |that |\w+ )?(?:really |very )?(?:well|properly)\b|\bno harm done\b|"
                     r"\blet(?:'s|’s| us) (?:leave it (?:there|at that)|put it behind us|draw a line under it)\b", re.I)
_INVITED = re.compile(r"^(?:us|me|IT|our team|my team|the team|our people|someone from (?:IT|our team))\s+to\s+"
                      r"(?:join|attend|sit in|come|present|co-present|speak|take part|be part|be at|talk at|take a slot|have a slot|run a session)\b", re.I)
_NEED = re.compile(r"^(?:I|we)\s+(?:really\s+)?(?:need|must have|have to have|want)\b", re.I)
_DELIVERABLE = re.compile(r"\b(?:report|dashboard|tool|extract|list|forecast|figures|numbers|estimate|proposal|quote|analysis|access|"
                          r"laptops?|screens?|feed|answer|plan)\b|\bin my inbox\b|\bon my desk\b", re.I)


def heals(text: str) -> bool:
    """The sentence puts a miss behind the partner ("water under the bridge", "the outage is forgotten")."""
    return bool(cue.FORGIVEN.search(text) or _HEALED.search(text))


def healed_by(item: Item, sit: Situation) -> Sentence | None:
    """The later sentence in which the partner put this miss behind them: one naming it, else the first after it."""
    later = [s for s in sit.sentences if s.order > item.order and heals(s.text) and s.text != item.quote]
    if item.forgiven_quote:
        return next((s for s in sit.sentences if s.text == item.forgiven_quote), None) or (later[0] if later else None)
    named = [s for s in later if terms_of(s.text) & item.terms]
    return (named or later)[0] if named or later else live_healing(sit, item)  # fixed, quiet since, closed later: the planner's decision


# "Our change to the CRM duplicate rules merged 400 accounts by mistake": a slip of ours the planner's miss words do not name.
_SLIP = re.compile(r"^(?:[-*•]\s*)?(?:our|my team's|the team's)\s+(?:[\w-]+\s+){0,5}?(?:change|release|update|patch|upgrade|migration|deploy(?:ment)?|"
                   r"rollout|script|job|import|cut-?over)\b[^.]{0,140}\b(?:by mistake|in error|by accident|without (?:warning|telling (?:him|her|them|anyone)))\b", re.I)


def still_weighs(sit: Situation) -> list[Item]:
    """Misses that were ours and still weigh, less any the partner has put behind them: the planner's owned misses, its other
    open misses of ours (a slip that hit the partner weighs whether or not the notes record a complaint), and a change of ours
    that the notes say did harm by mistake."""
    found = list(sit.owned_misses()) + [i for i in sit.items if i.kind == "miss" and i.owner == "us" and i.status == "open"
                                         and not i.forgiven_quote and i not in sit.owned_misses()]
    quoted = {i.quote for i in sit.items}
    found += [Item("miss", "us", "open", s.text, s.date, s.note.ref, "", "", False, order=s.order, terms=terms_of(s.text))
              for s in sit.sentences if s.speaker in ("narrator", "us") and s.text not in quoted and _SLIP.search(bare_text(s.text))]
    return sorted([i for i in found if healed_by(i, sit) is None and not heals(i.quote) and i.owner == "us"
                   and not _OWN_THOUGHT.search(i.quote) and accepted_late(i, sit) is None  # a late delivery taken without complaint
                   and not _outside(i, sit) and ours_shown(i, sit)],
                  key=lambda i: i.order)


def _outside(item: Item, sit: Situation) -> bool:
    """A miss whose own sentence puts the cause with a third party ("the scanners are late from the supplier") and no word of ours
    ("our", "we", a person of ours): never a miss of ours to own."""
    ours, theirs = people(sit)
    text = bare_text(item.quote)
    return cause_in(text, "narrator", ours, theirs) == "third_party" or bool(_THIRD_LATE.search(text) and not _WE.search(text))


# "the label stock is delayed by the manufacturer", "the supplier's firmware was late": the lateness sits with an outside party.
_OUTSIDER = r"(?:vendor|supplier|carrier|provider|contractor|agency|partner firm|third party|manufacturer)"
_THIRD_LATE = re.compile(rf"\b(?:late|delayed|slipp\w*|overdue)\b[^.;]{{0,20}}\b(?:from|by|at|with) (?:the|a|an|our|their) (?:\w+ )?{_OUTSIDER}\b|"
                         rf"\b(?:the|a|an|our|their) (?:\w+ )?{_OUTSIDER}(?:'s|’s)? (?:\w+ ){{0,3}}(?:is|was|are|were|ran|came) (?:\w+ )?(?:late|delayed)\b", re.I)
_WE = re.compile(r"\b(?:we|us|our (?:fault|side|team|people|change|mistake))\b", re.I)


# The CIO's own thought about a miss ("I'm inclined to say sorry") is no miss to own; who caused a miss is the plan engine's
# typed owner (planning/miss_cause, miss_closure), never read again here.
_OWN_THOUGHT = re.compile(r"\bI(?:'m| am) (?:inclined|tempted|thinking)\b|\bI (?:think|wonder|might|could|want to)\b[^.]*\b(?:sorry|apologi)", re.I)


# "Ilias offered two of his team leads for a week": an offer of people or time that the planner's offer words ("offered to") miss.
_OFFER = re.compile(r"^(?P<who>[A-Z][\w'’-]+|She|He|They)\s+(?:has\s+)?(?P<verb>offered|offers|volunteered)\s+(?:us\s+)?"
                    r"(?P<what>(?:two|three|four|five|a few|some|one|a|an|his|her|their|\d+)\b[^.;]{3,120})", re.I)


# "she said a vendor offered her team a free trial": the offer is an outsider's, reported by the partner, never the partner's own
_OUTSIDER_OFFER = re.compile(r"\b(?:vendor|agency|supplier|consultan\w*|contractor|freelancer|firm|company|competitor|start-?up|provider)\b"
                             r"[^.;]{0,30}?\b(?:offered|offers|pitched|proposed)\b", re.I)


def outsider_offer(item: Item) -> bool:
    """An offer item whose offering party is an outsider the partner told us about (a rival to answer, not an offer to accept)."""
    return item.kind == "offer" and bool(_OUTSIDER_OFFER.search(item.quote))


def untyped_offers(sit: Situation, first: str) -> list[Item]:
    """Offers the partner made in words the situation model did not type, as open offers (newest first)."""
    quoted = {i.quote for i in sit.items}
    found = []
    for s in sit.sentences:
        m = _OFFER.match(bare_text(s.text))
        if m and s.text not in quoted and s.speaker != "us" and (m["who"] == first or m["who"].lower() in ("she", "he", "they")):
            found.append(Item("offer", "partner", "open", s.text, s.date, s.note.ref, m["verb"], m["what"].strip(), order=s.order,
                              terms=terms_of(s.text)))
    return sorted(found, key=lambda i: i.order, reverse=True)


def bare_text(text: str) -> str:
    """A note sentence without a leading date stamp ("2026-09-22 — Our change ...")."""
    return re.sub(r"^\s*(?:[-*•|]\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2} \w+ \d{4})\s*[:—–|-]?\s*", "", text)


def forgiven(sit: Situation) -> list[tuple[Item, Sentence]]:
    """Misses of ours that a later note heals, with the healing sentence, newest first."""
    found = []
    for item in sit.items:
        if item.kind == "miss" and item.owner == "us" and not heals(item.quote) and (healing := healed_by(item, sit)) is not None:
            found.append((item, healing))
    return sorted(found, key=lambda pair: pair[1].order, reverse=True)


# A sentence that tells of work still under way or late, whatever verb the planner read as delivery.
_NOT_DONE = re.compile(r"\b(?:behind|delayed|running late|slipp(?:ed|ing)|not (?:yet )?(?:ready|live|done|finished|working)|still not|"
                       r"now expect|(?:is|are) expected|will (?:now )?go live|postponed|on hold|pushed (?:back|out))\b", re.I)


# "Our security team sent Northwind a 40-question form": work sent to someone named who is neither the partner nor one of the
# partner's people is no result for the partner to build on.
_SENT_TO = re.compile(r"\b(?i:sent|delivered|gave|handed(?: over)?|emailed|e-mailed|shared)\s+(?:it\s+)?(?:to\s+)?(?P<who>[A-Z][\w&-]+)\b")


def sent_elsewhere(text: str, theirs: set[str]) -> bool:
    """The sentence sends our work to a named someone outside the partner's side (`theirs`: the partner's names and people)."""
    found = _SENT_TO.search(text)
    return found is not None and found.group("who") not in {"IT", "I", "We", "Our", "The", *theirs}


def delivered(sit: Situation, partner: str = "") -> list[tuple[Item, list[Sentence]]]:
    """What the situation model shows we delivered (Item.done_quote) to the partner's side, with that sentence and praise right
    after it, newest first.

    The chat decides nothing here: an item is delivered when the planner's reading closed it with a sentence."""
    found = []
    theirs = people(sit)[1] | {p for person in sit.people for p in person.name.split()} | set(partner.split())
    for item in r8.delivered(sit):
        said = next((s for s in sit.sentences if s.text == item.done_quote), None)
        if said is None or _NOT_DONE.search(said.text) or sent_elsewhere(said.text, theirs):
            continue  # "testing is two weeks behind; we now expect go-live on 8 May" closes nothing
        after = next((s for s in sit.sentences if s.order == said.order + 1 and s.note is said.note), None)
        found.append((item, [said] + ([after] if after is not None and praised(after.text) else [])))
    return found


_DOCUMENT = re.compile(r"\b(?:sizing|estimate|quote|proposal|case|report|analysis|benchmark|costing|breakdown|options|figures|forecast|summary|extract)\b", re.I)


def asked_again(item: Item, sit: Situation) -> Item | None:
    """The delivered item an open request asks for again ("asked again for the robots sizing" after we sent it), or None.

    Read from the planner's typed items: an earlier request it closed as delivered, for the same document (its terms)."""
    if item.kind != "request" or item.status == "done" or item.date is None or not _DOCUMENT.search(item.complement):
        return None
    need = 1 if _AGAIN.search(item.quote) else 2  # "asked again", "never saw it": one shared subject word names the same document
    for done in sit.items:
        when = done.done_on or done.date
        shared = item.terms & done.terms
        subject = {t for t in shared if not _DOCUMENT.search(t) and t not in _GENERIC}
        if done.status == "done" and done.kind == "request" and when is not None and when < item.date \
                and len(subject) >= need and any(_DOCUMENT.search(t) for t in shared):
            return done
    return None


_AGAIN = re.compile(r"\b(?:again|resend|re-send|another copy|never (?:saw|got|received)|(?:cannot|can't|could not|couldn't) find|lost)\b", re.I)
_GENERIC = {"cost", "costs", "rough", "new", "full", "first", "short", "quick", "price", "total", "updated"}


def is_invitation(item: Item) -> bool:
    """A request to join the partner's meeting or forum ("asked our team to sit in on his planning sessions") is an invitation."""
    return item.kind in ("request", "offer") and bool(_INVITED.match(item.complement) or re.search(r"\binvit", item.verb, re.I))


def asks_in_goals(sit: Situation) -> list[Item]:
    """A dated thing the partner said they need from us ("I need the backlog report by 30 June"), as an open request."""
    out = []
    for goal in sit.goals:
        if not (goal.spoken and _NEED.match(goal.verb) and _DELIVERABLE.search(goal.text)):
            continue
        said = next((s for s in sit.sentences if goal.quote in s.text or s.text in goal.quote), None)
        date_order = said.date_order if said else "dmy"
        due, _ = due_date(goal.text, goal.date, date_order)
        if due is None:
            continue
        order = said.order if said else 0
        out.append(Item("request", "partner", "open", goal.quote, goal.date, goal.note_ref, verb=goal.verb, complement=goal.text,
                        spoken=True, due=due, order=order, terms=terms_of(goal.text), date_order=date_order))
    return out


def checked_due(item: Item) -> dt.date | None:
    """The item's due date, unless it falls before the note that set it (a misread date: then none).

    ISO dates in a note are read as written (due_dates._resolve), so no day-month swap is left to undo here."""
    if item.due is None or item.date is None or item.due >= item.date:
        return item.due
    return None


def owner_first(item: Item) -> str:
    """A person named as the owner ("IT (Jonas)" -> "Jonas"), or "" when the owner is a team."""
    match = re.search(r"\(([A-Z][a-z]+)\)|^([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?$", item.owner_name.strip())
    name = (match.group(1) or match.group(2)) if match else ""
    return "" if name in ("IT", "Product", "Finance", "Sales", "Marketing", "Legal", "Operations", "HR") else name


def overdue_ours(sit: Situation, today: dt.date) -> list[tuple[Item, dt.date | None]]:
    """Our promises past their (checked) due date that the notes do not show delivered, with that date."""
    out = []
    for item in sit.open_ours():
        due = checked_due(item)
        if item.status == "overdue" and (due is None or due < today) and not touches_avoid(item.quote, sit):
            out.append((item, due))
    return out


def touches_avoid(text: str, sit: Situation) -> bool:
    """True when the text quotes an avoid topic's sentence or shares enough of its words."""
    flat = re.sub(r"\s+", " ", text)
    words = set(re.findall(r"[a-z][a-z'’-]{3,}", flat.lower()))
    return any(re.sub(r"\s+", " ", t.quote) in flat or re.sub(r"\s+", " ", flat) in re.sub(r"\s+", " ", t.quote) or len(words & t.terms) >= 3 for t in sit.avoid)


_DELIVERED = re.compile(r"\b(?:live|went live|installed|delivered|handed over|completed|finished|in place|rolled out|shipped|sent|done|"
                        r"running|signed off|working)\b", re.I)
_NOT_YET = re.compile(r"\b(?:not|no|never|isn't|wasn't|hasn't|haven't|aren't|yet to|still (?:waiting|open|pending)|delayed|slipp\w*|will|would)\b", re.I)


def settle_delivered(sit: Situation) -> None:
    """Our promise the plan reads as open or overdue, where a later line says the same thing is live, installed or delivered
    ("Trial running on all 40 vans, a week ahead of plan"): done, with that line as its evidence, never called overdue."""
    for item in sit.open_ours():
        want = frozenset(w for w in terms_of(item.quote) if not re.match(r"promis|commit|agree|owner|\d", w))
        for s in sit.sentences:
            if s.order <= item.order or not _DELIVERED.search(s.text) or _NOT_YET.search(s.text):
                continue
            if len(want & terms_of(s.text)) >= 2:
                item.status, item.done_quote, item.done_on = "done", s.text.strip(), s.date
                break
