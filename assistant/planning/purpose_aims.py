"""Every aim a purpose names, in its order, each answered in the script before anything else.

A purpose often names two or three things ("answer her co-funding offer and give her a date", "bring the quote, confirm the
council slot, and offer one page on X", "a recovery plan, and a yes to her analyst joining our team"). Each part is read as
a typed aim: an offer or seat to take (a plain yes), a decision they asked us for (a yes to their request, with their date),
a piece of work to hand over (with a date not after theirs), or an offer of ours (said once, plainly). The script answers
each aim in the purpose's order, then our own promises, then the rest; a part with no clean noun phrase is left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant.planning.ask_order import contentless
from assistant.planning.due_dates import dates_in
from assistant.planning.lead_replies import cannot_do, yes_to_means
from assistant.planning.purpose_ask import (
    _CLAUSE,
    _DEADLINE_TAIL,
    _GATHERING,
    _HEAD,
    _LABEL,
    _WORK,
    _YES_DAYS,
    Lead,
    PurposeAsk,
    _after,
    _asks_back,
    _defers,
    _promised_in_notes,
    _said_to_them,
    _thing_of,
    anchor_of,
    ask_goal,
    ask_line,
    names_it,
    purpose_first,
    read_purpose_ask,
)
from assistant.planning.purposes import Purpose
from assistant.planning.situation_types import Item, Situation, terms_of
from assistant.planning.slot_fit import fits_slot
from assistant.planning.spoken_guard import yes_thing
from assistant.planning.voice import when
from assistant.schema import FollowUp

# Verbs that open a part which is no aim of ours to answer in a line ("find out what she thinks", "keep X in front of him").
_OTHER = r"find out|ask|learn|test|show|try|keep|get|make|check|discuss|hear|understand|explore|thank|raise|settle|close|set|see|walk"
_VERBS = (r"answer|respond to|reply to|deliver|prepare|give|bring|send|share|present|finali[sz]e|confirm|agree|write|draft|co-own|co-write|"
          r"co-fund|co-author|co-present|accept|take up|join|offer|say yes to|a yes to|yes to|answering|confirming|agreeing|accepting|offering")
# Where one aim ends and the next begins: ", and <verb>", ", <verb>", " and <verb>", " and her offer ...", " and a yes to ...".
_SPLIT = re.compile(rf"\s*(?:,\s*and\s+|,\s*|\s+and\s+)(?=(?:{_VERBS}|{_OTHER})\b|(?:his|her|their|its|the|our) (?:[\w-]+ ){{0,3}}(?:offer|invitation|seat|slot)\b)", re.IGNORECASE)
_YES_HEAD = re.compile(r"^\s*(?:say |give (?:him|her|them) )?(?:a |an )?(?:plain )?yes to\s+", re.IGNORECASE)
_OFFER_HEAD = re.compile(r"^\s*(?:offer|offering)\s+(?:(?:him|her|them)\s+)?", re.IGNORECASE)
_DECIDE = re.compile(r"^\s*(?:answer|answering|respond to|reply to|confirm|confirming)\s+", re.IGNORECASE)
_AGREE = re.compile(r"^\s*(?:agree|agreeing)\s+(?:on\s+)?", re.IGNORECASE)
_SCOPE = re.compile(r"^(?:(?:the\s+)?(?:scope|date|dates|timing|terms)(?:\s+and\s+(?:the\s+)?(?:scope|date|dates|timing|terms))*)\s+(?:for|of)\s+", re.IGNORECASE)
_REQUEST_WORD = frozenset({"request", "requests", "asked", "ask"})
_PROMISED = re.compile(r"\b(?:as promised|we said we would|I promised|we promised|promised you)\b", re.IGNORECASE)


def split_aims(text: str) -> list[str]:
    """The purpose's parts, each opening on its own verb or offer ("bring X, confirm Y, and offer Z" -> three)."""
    label = _LABEL.match(text)
    text = text[label.end():] if label and _HEAD.match(text[label.end():]) else text
    return [p.strip(" .,;") for p in _SPLIT.split(text) if p and p.strip(" .,;")]


def read_purpose_aims(purpose: Purpose, sit: Situation, today: dt.date) -> list[tuple[PurposeAsk | None, Item | None]]:
    """Each typed aim of the purpose, in order, with the notes item it refers to; an untyped part that names an ask of
    theirs stays as (None, item), so the line already about that ask keeps its place."""
    aims: list[tuple[PurposeAsk | None, Item | None]] = []
    for part in split_aims((purpose.text or "").strip()):
        aim = _extra_aim(part, sit, today) or read_purpose_ask(replace(purpose, text=_YES_HEAD.sub("accept ", part)), sit, today)
        if aim is not None and aim.kind in ("offer", "decision"):  # a yes names only what was offered, in words that read whole
            said = yes_thing(aim.thing, (item.quote or item.complement) if (item := _item_of(aim, sit)) else None)
            aim = replace(aim, thing=said) if said else None
        if aim is not None and not fits_slot(aim.thing):
            aim = None  # "the Ann a straight answer": no one thing for the "Give X ..." frame (slot_fit.py)
        if aim is not None and aim.kind == "work" and not aim.verb and not aim.promised and _item_of(aim, sit) is None:
            aim = None  # a topic with no verb ("the roadmap for 2027") is an aim only when an ask of theirs names it
        if aim is None:
            probe = PurposeAsk("request", _HEAD.sub("", part), "", None, None, None)
            item = _item_of(probe, sit) if len(_words(probe.thing)) >= 2 else None
            if item is not None and item.kind == "request" and not any(i is item for _, i in aims):
                aims.append((None, item))
        elif not any(a is not None and a.thing == aim.thing for a, _ in aims):
            aims.append((aim, _item_of(aim, sit)))
    return aims


def _item_of(aim: PurposeAsk, sit: Situation) -> Item | None:
    """The partner's open item the aim is about: most telling words shared, the latest of equals."""
    words = _words(aim.thing)
    kinds = ("offer", "request") if aim.kind in ("offer", "decision") else ("request", "promise")
    scored = [(len(terms_of(i.quote or i.complement) & words), i.order, i) for i in sit.items if i.kind in kinds and i.status != "done"]
    scored = [x for x in scored if x[0] >= min(2, len(words))]
    return max(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def _our_promise(thing: str, sit: Situation, today: dt.date) -> Item | None:
    """Our open promise on the thing, dated ahead: most telling words shared, the latest of equals."""
    words = _words(thing)
    scored = [(len(terms_of(i.quote or i.complement) & words), i.order, i) for i in sit.items
              if i.kind == "promise" and i.owner == "us" and i.status == "open" and i.due and i.due >= today]
    scored = [x for x in scored if x[0] >= min(2, len(words))]
    return max(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def _words(thing: str) -> frozenset[str]:
    return frozenset(t for t in terms_of(thing) if len(t) >= 4 and t not in _REQUEST_WORD)


def _noun_phrase(rest: str) -> str:
    thing = _thing_of(_DEADLINE_TAIL.sub("", rest)).strip(" .,;:")
    return "" if not thing or _CLAUSE.match(thing) or len(thing.split()) < 2 else thing


def _extra_aim(part: str, sit: Situation, today: dt.date) -> PurposeAsk | None:
    """The aims read_purpose_ask does not type: a decision they asked of us, an offer of ours, a meeting or work to agree."""
    if (m := _OFFER_HEAD.match(part)) and (thing := _noun_phrase(part[m.end():])):
        return PurposeAsk("ours", thing, "offer", None, None, anchor_of(sit, _words(thing)), "offer")
    if m := _DECIDE.match(part):
        thing = _noun_phrase(part[m.end():])
        probe = PurposeAsk("decision", thing, m.group(0).strip().lower(), None, None, None)
        anchor = anchor_of(sit, _words(thing)) if thing else None
        kept_item = _our_promise(thing, sit, today) if thing else None
        if kept_item is not None and kept_item.due:  # "confirm the forecast" we already dated: the date we gave
            work = _WORK.search(thing)
            return PurposeAsk("work", thing, "confirm", None, kept_item.due, anchor, work.group(0).lower() if work else "", True)
        item = _item_of(probe, sit) if thing else None
        if item is not None and item.owner == "partner" and not cannot_do(sit, item):
            due = _due_of(item, sit, today)
            if item.kind == "offer":  # "confirm the council slot" she offered: a plain yes
                return PurposeAsk("offer", thing, "accept", None, today + dt.timedelta(days=_YES_DAYS), anchor, "yes")
            return replace(probe, deadline=due, due=due, anchor=anchor, noun="yes")
        work = _WORK.search(thing) if thing else None
        kept = _promised_in_notes(sit, _words(thing), None, today) if work else []
        if work and kept:  # "confirm the forecast" we already dated: the date we gave
            return PurposeAsk("work", thing, "confirm", None, kept[0], anchor, work.group(0).lower(), True)
        return None
    if m := _AGREE.match(part):
        rest = part[m.end():]
        thing = _noun_phrase(_SCOPE.sub("", rest))
        if not thing:
            return None
        if _GATHERING.search(thing.split(" of ")[0]) and not _WORK.search(thing):  # "agree a quick review of X": a yes to it
            due = today + dt.timedelta(days=_YES_DAYS)
            return PurposeAsk("offer", thing, "agree", None, due, anchor_of(sit, _words(thing)), "yes")
        probe = PurposeAsk("work", thing, "agree", None, None, None)
        item = _item_of(probe, sit)
        work = _WORK.search(thing)
        theirs = _due_of(item, sit, today) if item is not None else None
        if work and theirs:  # their dated ask: ours comes before their date
            due = max(today, theirs - dt.timedelta(days=2))
            return replace(probe, deadline=theirs, due=due, anchor=anchor_of(sit, _words(thing)), noun=work.group(0).lower())
    return None


def _due_of(item: Item, sit: Situation, today: dt.date) -> dt.date | None:
    """The item's own date ahead of today: its due, else the first date its words give ("by 15.01.2027")."""
    if item.due:
        return item.due if item.due > today else None
    ahead = [d for d in dates_in(item.quote or item.complement, item.date or today, item.date_order) if d > today]
    return min(ahead) if ahead else None


def aim_line(aim: PurposeAsk, today: dt.date, sit: Situation | None = None) -> str:
    """The line that answers one aim, said to the partner ('' when its thing cannot be said to them)."""
    thing = _said_to_them(aim.thing, sit)
    if not thing:
        return ""
    if aim.kind == "decision":
        by = f", in time for your date of {when(aim.due)}" if aim.due else ""
        return f"Yes to {thing}{by}."
    if aim.kind == "ours":
        return f"One offer from us: {thing}, if it would help."
    if aim.kind == "offer" and aim.verb == "agree":
        return f"Yes to {thing}."  # no day of ours added: the meeting's own day is not known here
    if aim.kind == "work" and aim.promised and aim.due:
        return f"You'll have {thing} by {when(aim.due)}, as promised."
    return ask_line(aim, today, sit)


def aim_goal(aim: PurposeAsk, first: str, today: dt.date) -> str:
    aim = replace(aim, thing=re.sub(rf"^{re.escape(first)}['’]s\s+", "the ", aim.thing)) if first else aim  # never "Give Ann ... Ann's offer"
    if aim.kind == "decision":
        return f"Give {first} a plain yes to {aim.thing}" + (f", in time for {first}'s date of {when(aim.due)}." if aim.due else ".")
    if aim.kind == "ours":
        return f"Offer {first} {aim.thing}."
    if aim.kind == "offer" and aim.verb == "agree":
        return f"Agree {aim.thing} with {first}."
    return ask_goal(aim, first, today)


def _answers(aim: PurposeAsk, item: Item | None, line: str) -> bool:
    """A script line that already answers the aim (never a deferral of a yes, never a stock thank-you)."""
    if line.startswith("Thank you for your offer") or (_defers(line) and (aim.kind != "work" or aim.due is not None)):
        return False
    if aim.kind in ("decision", "offer") and line.startswith("Yes"):
        return len(_words(aim.thing) & terms_of(line)) >= 1 or (aim.kind == "offer" and yes_to_means(aim.thing, line))
    return aim.kind != "decision" and names_it(aim, line)


def _about(aim: PurposeAsk, item: Item | None, line: str) -> bool:
    """The stock line on the aim's own item that the aim's line replaces: a thank-you for the offer, a deferral of the ask
    ("What you asked on 22 December is still open. My answer ... comes by ...")."""
    if item is None or item.date is None or when(item.date) not in line:
        return False
    return bool(re.search(r"\bThank you\b", line)) if aim.kind == "offer" else _defers(line)


def aims_first(lead: Lead, sit: Situation, purpose: Purpose, today: dt.date, tied_leads: bool) -> None:
    """Every aim of the purpose, in order, leads the script; then our own promises, then the rest (three lines at most)."""
    every = read_purpose_aims(purpose, sit, today)
    typed = [(a, i) for a, i in every if a is not None]
    if not typed or (len(typed) == 1 and (len(split_aims((purpose.text or "").strip())) < 2 or any(_answers(typed[0][0], typed[0][1], x) for x in lead.script))):
        purpose_first(lead, sit, purpose, today, tied_leads)
        return
    old_first = lead.script[0] if lead.script else ""
    lines: list[str] = []
    for aim, item in every[:3]:
        if aim is None:  # the ask a part names with no type of its own: the line already about it keeps its place
            lines += [x for x in lead.script if x not in lines and item is not None and item.date is not None and when(item.date) in x][:1]
            continue
        said = next((x for x in lead.script if x not in lines and _answers(aim, item, x)), None)
        lines.append(said or aim_line(aim, today, sit))
        if not lines[-1]:
            lines.pop()
        elif said is None:
            what = {"offer": "Confirm in writing our yes to", "decision": "Confirm in writing our yes to", "ours": "Send",
                    "figures": "Send in writing", "work": "Deliver"}[aim.kind]
            lead.followups.append(FollowUp(what=f"{what} {aim.thing}", owner="CIO", due=(aim.due or today).isoformat()))
            lead.cited += [aim.anchor.note.ref] if aim.anchor else []
    rest = [x for x in lead.script if x not in lines and not contentless(x) and not any(_about(a, i, x) or _asks_back(a, x) or _after(x, a.deadline, today) for a, i in typed)]
    rest.sort(key=lambda x: not _PROMISED.search(x))  # our own promise before other items
    days = {when(i.date) for a, i in typed if i is not None and i.date and a.kind in ("offer", "decision")}
    lead.followups = [f for f in lead.followups if not (f.what.startswith(("Answer ", "Reply to ")) and any(f"of {d}" in f.what for d in days))]  # the yes stands
    lead.script = (lines + rest)[:3]
    if lead.script and lead.script[0] != old_first and every[0][0] is not None:
        lead.one_thing = aim_goal(every[0][0], lead.first, today)
        lead.value_step = lead.script[0]
