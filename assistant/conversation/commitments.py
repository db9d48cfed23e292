"""Commitments in natural wording: who promises what, by when ("by 15 February", "next Friday", "end of Q1", "within two weeks")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from assistant.text.dates import iso_day

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8, "ten": 10}
_COUNT = r"\d+|an?|one|two|three|four|five|six|eight|ten"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATE_PHRASE = (
    rf"\d{{4}}-\d{{2}}-\d{{2}}|(?:this\s+|next\s+)?(?:{_WEEKDAYS})(?:\s+(?:the\s+)?{_DAY}(?:\s+(?:of\s+)?(?:{_MONTHS}))?)?"
    rf"|{_DAY}\s+(?:of\s+)?(?:{_MONTHS})|(?:{_MONTHS})\s+{_DAY}|tomorrow|next\s+week|next\s+month|(?:this|next)\s+(?:quarter|year)"
    rf"|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month|quarter|year|q[1-4]|(?:{_MONTHS}))|(?:the\s+)?end\s+of\s+q[1-4]"
    rf"|(?:mid|end|early|late)[- ](?:{_MONTHS})|q[1-4](?:\s+end)?|the\s+{_DAY}"
)
_DUE = (
    rf"(?:(?:by|on|before|until|for)\s+(?:the\s+)?(?P<due>{DATE_PHRASE})"
    rf"|(?:within|in)\s+(?:the\s+next\s+)?(?P<within>{_COUNT})\s+(?P<unit>days?|weeks?|months?)|within\s+a\s+(?P<fortnight>fortnight)"
    rf"|(?P<bare>next\s+week|tomorrow|this\s+(?:week|month|quarter|year)|next\s+(?:month|quarter|year)|(?:this|next)\s+(?:{_WEEKDAYS})))"
)
# Who promises: I / we / my team / my data lead / our service desk manager / Priya (on my team)
_WHO = (
    r"I|we|my\s+team|(?:my|our)\s+(?:[a-z-]+\s+){0,2}?(?:lead|manager|head|team|architect|engineer|analyst|director|owner|people|deputy|desk)"
    r"|(?-i:[A-Z][a-z]+)(?:\s+(?:on|from|in)\s+my\s+team)?"
)
_WILL = r"(?:\s*(?:'ll|’ll)|\s+(?:will|shall|(?:is|am|are)\s+going\s+to|commit(?:s)?\s+to|promise\s+to))"
_COMMIT = re.compile(rf"\b(?P<who>{_WHO}){_WILL}\s+(?P<what>[^.;!?\n]{{3,200}}?)\s+{_DUE}", re.IGNORECASE)
_COMMIT_DUE_FIRST = re.compile(rf"\b{_DUE},?\s+(?P<who>{_WHO}){_WILL}\s+(?P<what>[^.;!?\n]{{3,200}})", re.IGNORECASE)
ANY_COMMIT = re.compile(r"\b(?:I|we|my team)\s+(?:will|'ll|’ll|commit|promise)\b", re.IGNORECASE)
ANY_DATE = re.compile(rf"\b(?:{DATE_PHRASE}|within\s+(?:{_COUNT})\s+(?:days?|weeks?))\b", re.IGNORECASE)
NOT_NAMES = {"I", "We", "It", "That", "This", "The", "Our", "My", "Your", "He", "She", "They", "You", "Which", "What", "There", "Who", "IT", "By", "On", "Then", "And", "So", "If"}
_INNER = re.compile(r"\b(?P<who>(?-i:[A-Z][a-z]+))(?:\s+(?:on|from|in)\s+my\s+team)?\s+(?:will|'ll|’ll)\s+(?P<what>.+)$")
_NAMED_OWNER = re.compile(r"\b((?-i:[A-Z][a-z]+))\s+(?:owns|is\s+accountable|is\s+responsible|is\s+on\s+the\s+hook)")


# Not something the partner will get: courtesies and needs ("I'll pass that on", "we'll need more budget").
_NOT_A_DELIVERABLE = re.compile(r"^(?:pass\b|tell\b|let\s+(?:them|him|her|you)\s+know|keep\s+(?:that|it|you)\b|bear\b|remember\b|need\b|have\s+to\b|accept\b|agree\b|welcome\b|take\s+(?:that|it)\s+(?:on\s+board|away)|think\b|try\b|see\b)", re.I)


@dataclass
class Promise:
    what: str
    owner: str
    due: dt.date | None
    said: str


def _owner(who: str, text_after: str) -> str | None:
    """The owner as said: a named person, 'CIO', the CIO's named role, or 'CIO's team'; None for a non-name."""
    low = who.lower()
    named = _NAMED_OWNER.search(text_after.split(".")[0])
    if low == "i":
        return named.group(1) if named else "CIO"
    if low in ("we", "my team"):
        return named.group(1) if named else "CIO's team"
    if low.startswith(("my ", "our ")):
        return "CIO's " + who.split(None, 1)[1]
    first = who.split()[0]
    return None if first in NOT_NAMES else first


def find_promises(text: str, today: dt.date) -> list[Promise]:
    """Every promise with a due date in a reply, in order."""
    out: list[Promise] = []
    spans: list[tuple[int, int]] = []
    for pattern in (_COMMIT, _COMMIT_DUE_FIRST):
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in spans):
                continue
            owner = _owner(match.group("who"), text[match.end() : match.end() + 120])
            if owner is None or _NOT_A_DELIVERABLE.match(match.group("what")):
                continue
            what = re.sub(r"\s+", " ", match.group("what")).strip(" ,")
            inner = _INNER.search(what)
            if inner:  # "I will commit to: Priya on my team will have ..." -> Priya, "have ..."
                owner, what = inner.group("who"), inner.group("what")
            spans.append((match.start(), match.end()))
            out.append(Promise(what=what[:1].upper() + what[1:], owner=owner, due=resolve_due(match, today), said=match.group(0)))
    return sorted(out, key=lambda p: text.find(p.said))


def resolve_due(match: re.Match[str], today: dt.date) -> dt.date | None:
    if match.group("fortnight"):
        return today + dt.timedelta(days=14)
    if match.group("within"):
        word = match.group("within").lower()
        count = _NUMBER_WORDS.get(word) or int(word)
        unit = match.group("unit").lower()
        return today + dt.timedelta(days=count * (30 if unit.startswith("month") else 7 if unit.startswith("week") else 1))
    return parse_date_phrase(match.group("due") or match.group("bare") or "", today)


def _end_of_quarter(today: dt.date, quarter: int) -> dt.date:
    year = today.year if quarter >= (today.month - 1) // 3 + 1 else today.year + 1
    month = quarter * 3
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_date_phrase(phrase: str, today: dt.date) -> dt.date | None:  # noqa: C901 - one branch per date form
    phrase = re.sub(r"\s+", " ", phrase.lower()).strip()
    iso = re.search(r"\d{4}-\d{2}-\d{2}", phrase)
    if iso:
        return iso_day(iso.group(0))
    if phrase == "tomorrow":
        return today + dt.timedelta(days=1)
    if phrase in ("next week", "this week"):
        return today + dt.timedelta(days=7 if phrase == "next week" else (4 - today.weekday()) % 7)
    quarter = re.search(r"q([1-4])", phrase)
    if quarter:
        return _end_of_quarter(today, int(quarter.group(1)))
    if "quarter" in phrase:
        current = (today.month - 1) // 3 + 1
        return _end_of_quarter(today, current % 4 + 1 if "next" in phrase else current)
    if phrase in ("next month", "this month") or ("end of" in phrase and "month" in phrase):
        base = today if "next" not in phrase else (today.replace(day=28) + dt.timedelta(days=7))
        return base.replace(day=calendar.monthrange(base.year, base.month)[1])
    if "year" in phrase:  # "this year", "next year", "the end of the year": its last day
        return dt.date(today.year + (1 if "next" in phrase else 0), 12, 31)
    if "end of" in phrase and "week" in phrase:
        friday = today + dt.timedelta(days=(4 - today.weekday()) % 7)
        return friday + dt.timedelta(days=7) if "next" in phrase else friday
    month = _month_in(phrase)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", phrase)
    if month:
        if day:
            number = int(day.group(1))
        else:
            last = calendar.monthrange(today.year, month)[1]
            number = 15 if phrase.startswith("mid") else 7 if phrase.startswith("early") else last
        try:
            candidate = dt.date(today.year, month, number)
        except ValueError:
            return None
        return candidate if candidate >= today else candidate.replace(year=today.year + 1)
    for index, name in enumerate(_WEEKDAYS.split("|")):
        if name in phrase:  # "Monday", "this Monday", "next Monday": the coming one, never today
            return today + dt.timedelta(days=(index - today.weekday()) % 7 or 7)
    if day and phrase.startswith("the "):
        number = int(day.group(1))
        try:
            candidate = today.replace(day=number)
        except ValueError:
            return None
        return candidate if candidate >= today else (candidate.replace(day=1) + dt.timedelta(days=32)).replace(day=number)
    return None


def _month_in(phrase: str) -> int | None:
    for token in re.findall(r"[a-z]+", phrase):
        for number in range(1, 13):
            if token in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower()) or (token == "sept" and number == 9):
                return number
    return None


_UNDATED = re.compile(rf"\b(?P<who>{_WHO}){_WILL}\s+(?P<what>[^.;!?\n]{{3,200}})", re.IGNORECASE)


def find_undated_promises(text: str, today: dt.date) -> list[Promise]:
    """Promises made without any date ("we will get there eventually"): the ones a partner asks "by when?" about."""
    dated = [p.said for p in find_promises(text, today)]
    out: list[Promise] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if sentence.rstrip().endswith("?") or ANY_DATE.search(sentence) or any(d in sentence or sentence in d for d in dated):
            continue
        match = _UNDATED.search(sentence)
        owner = _owner(match.group("who"), sentence[match.end() :]) if match else None
        if match and owner and not _NOT_A_DELIVERABLE.match(match.group("what")):
            what = re.sub(r"\s+", " ", match.group("what")).strip(" ,")
            out.append(Promise(what=what[:1].upper() + what[1:], owner=owner, due=None, said=match.group(0)))
    return out
