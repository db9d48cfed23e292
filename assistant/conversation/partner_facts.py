"""What the chat reads of a partner on top of the situation model, and only what that model does not decide.

The situation model (assistant/planning) is the one reading of what is open or delivered (Item.status,
Item.done_quote): the chat never decides that again. Here: a remark is no deliverable ("she mainly asks
about ..."), the sentence that praises us (evidence of trust, not of delivery), a note written as dated
bullets read as one entry per date, and the guards on a line the CIO says aloud.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.situation import Item, Situation
from assistant.planning.situation_types import Sentence, terms_of
from assistant.schema import NoteText
from assistant.text.notes_format import note_entries

# "She mainly asks about X", "he always wants to know": a habit, not something asked of us.
_REMARK = re.compile(r"\b(?:mainly|mostly|usually|always|often|typically|generally|keeps?|tends? to)\s+(?:asks?|asking|wants? to know|wanted to know)\b", re.I)
_PRAISED = re.compile(r"\b(?:loved|loves|love it|praised|thanked|thanks to|delighted|pleased with|happy with|exactly what|great job|well done|impressed|"
                      r"best thing|excellent|brilliant|fantastic|game[- ]changer|saved (?:us|my team|her team|his team)|works (?:really )?well|"
                      r"(?:is|are|has been|have been) (?:really |honestly )?(?:great|superb|spot on))\b", re.I)
_NOT_YET = re.compile(r"\b(?:not yet|still (?:not|waiting|no)|hasn't|has not|haven't|have not|never|no sign|chas(?:ed|ing))\b", re.I)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SAID_DATE = re.compile(rf"\b\d{{1,2}} (?:{_MONTHS})\b(?: \d{{4}})?")


def split_dated_bullets(notes: list[NoteText]) -> list[NoteText]:
    """Notes pasted as dated bullets ("- 2026-05-05: ...") become one note per bullet, with that bullet's date."""
    return [entry for note in notes for entry in note_entries(note)]


def is_remark(item: Item) -> bool:
    """A remark about what the partner talks about, not a deliverable asked of us."""
    if item.kind != "request":
        return False
    habitual = bool(_REMARK.search(item.quote))
    about_only = item.verb.lower() in ("asks", "asked") and re.match(r"about\b", item.complement, re.I) is not None and item.due is None
    return habitual or about_only or meeting_ask(item)


# "She asked to meet on Thursday", "he asked to use Friday's meeting for the carrier choice": a meeting asked for is the
# meeting itself, no deliverable with a date to confirm.
_MEETING = re.compile(r"^(?:(?:me|us|IT|you|him|her)\s+)?(?:to\s+|for\s+|if we could\s+|whether we could\s+)?(?:meet|catch up|sit down|"
                      r"(?:have|book|set up|use|move|push|keep)\s+(?:(?:next|this|the next)\s+)?(?:an?|the|our|\w+(?:'s|’s))\s+(?:[\w-]+\s+)?(?:meeting|call|slot|one-to-one|1:1|catch-up))\b", re.I)


def meeting_ask(item: Item) -> bool:
    """A request whose object is a meeting with the CIO (its date is the meeting's day), not something to deliver."""
    return item.kind == "request" and _MEETING.match(item.complement.strip()) is not None


def praised(text: str) -> bool:
    """The sentence praises or thanks (and is not about something still waited for)."""
    return bool(_PRAISED.search(text)) and not _NOT_YET.search(text)


_WIN = re.compile(r"\b(?:we|our team|IT|my team)\s+(?:\w+\s+)?(?:shipped|delivered|built|launched|rolled out|fixed)\b.*\b(?:cut|saved|reduced|improved|faster|halved|doubled|showed it)\b", re.I)


def praise_sentence(sit: Situation) -> str:
    """The newest note sentence in which the partner plainly praises what we delivered ("" when none)."""
    for s in reversed(sit.sentences):
        if _NOT_YET.search(s.text):
            continue
        if _WIN.search(s.text) or (_PRAISED.search(s.text) and s.speaker in ("partner", "narrator")):
            return s.text
    return ""


_OF_US = re.compile(r"\b(?:IT|technology|tech|our|systems?|cloud|licen[cs]es?|run cost)\b")
_OUTCOME = re.compile(r"(?:wants?|aims?|hopes?)\b", re.I)


# A later sentence that shows the thing asked for in use: it helped, saved, works, went live, arrived (not a new ask of it).
_IN_USE = re.compile(r"\b(?:helped|helps|saved|saves|went live|is live|now live|works|worked|arrived|landed|is running|uses|used it|"
                     r"cut|halved|reduced|down by|up by)\b", re.I)
_ASKS = re.compile(r"\b(?:asked|asks|wants|needs|requested|would like|chas\w+|where is|waiting)\b", re.I)


def in_use_since(item: Item, sit: Situation) -> Sentence | None:
    """The later note's sentence that shows the requested thing delivered and in use or praised ("the licence report helped
    her challenge two renewals"): the same subject (two shared content words), praise or use; None when there is none."""
    if item.kind != "request" or item.date is None:
        return None
    for s in sit.sentences:
        if s.date is None or s.date <= item.date or s.text == item.quote or _ASKS.search(s.text) or _NOT_YET.search(s.text):
            continue
        if len(item.terms & terms_of(s.text)) >= 2 and (praised(s.text) or _IN_USE.search(s.text)) and not _other_one(item.quote, s.text):
            return s
    return None


_QUALIFIER = re.compile(r"\b(?:for|of|on|in) (?:the |our |her |his |their )?(?P<q>[^.;,]{3,40})", re.I)


def _other_one(asked: str, said: str) -> bool:
    """The praise is of another one of the same kind: each names a qualifier the other lacks ("the model for the autumn
    range" asked, "the model for the spring range" praised)."""
    def quals(text: str) -> frozenset[str]:
        return frozenset().union(*(terms_of(m.group("q")) for m in _QUALIFIER.finditer(text)))
    a, b = quals(asked), quals(said)
    return bool(a - terms_of(said)) and bool(b - terms_of(asked))


def open_asks(sit: Situation) -> list[Item]:
    """The partner's requests and offers the situation model holds open, less remarks, requests a later note shows in use
    or praised, and outcomes the partner owns ("wants spoilage down a third" is a measure, not an ask), plus an outcome
    asked of us ("a 5% cut in IT run cost")."""
    asks = [i for i in sit.open_theirs() if not is_remark(i) and in_use_since(i, sit) is None and not (_OUTCOME.match(i.verb) and i.due is None and i.kind == "request"
                                                                        and not _OF_US.search(i.complement) and any(g.quote == i.quote for g in sit.goals))]
    ours = [i for i in sit.items if i.kind == "goal_request" and i.status == "open" and _OF_US.search(i.complement)]
    return sorted(asks + ours, key=lambda i: (i.date or dt.date.min, i.order), reverse=True) if ours else asks


def invents_a_date(line: str, notes: list[NoteText]) -> bool:
    """True when the line names a day ("by 30 May") that no note names: a date the CIO never agreed."""
    said = " ".join([n.text for n in notes] + [f"{n.date.day} {n.date:%B}" for n in notes if n.date])  # a note's own date may be named
    return any(not _day_in(d, said) for d in SAID_DATE.findall(line))


def _day_in(day: str, text: str) -> bool:
    d, month = day.split()[:2]
    return re.search(rf"\b{d}(?:st|nd|rd|th)? {month[:3]}", text, re.I) is not None or re.search(rf"\b{month[:3]}\w* {d}\b", text, re.I) is not None


def to_partner(text: str, first: str, context: str = "") -> str:
    """Narration about the partner turned to address them: "her team" -> "your team", "Lena's" -> "your".

    When the note calls the partner "he" or "she" (`context`: the note's sentence), "they" is someone else
    ("so operators see stops as they happen") and stays.
    """
    they = not re.search(r"\b(?:he|his|him|she|her)\b", f"{context} {text}", re.I)
    swaps = [(rf"\b{re.escape(first)}(?:'s|’s)\b", "your"),
             (r"\b(?:her|him|them)\b(?= (?:the|a|an|it|this|that|by|on|in|to|about|and)\b|[.,;]|$)" if they else
              r"\b(?:her|him)\b(?= (?:the|a|an|it|this|that|by|on|in|to|about|and)\b|[.,;]|$)", "you"),
             (r"\b(?:her|his|their)\b" if they else r"\b(?:her|his)\b", "your"), (r"\b(?:she|he|they)\b" if they else r"\b(?:she|he)\b", "you"),
             (r"\b(?:herself|himself|themselves)\b", "yourself"), (rf"\b{re.escape(first)}\b", "you")]
    for pattern, repl in swaps:
        text = re.sub(pattern, repl, text, flags=re.I)
    return text
