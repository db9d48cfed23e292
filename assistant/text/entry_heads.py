"""Entry headings where a short label runs into the date, as note apps and handovers write them:

    Page: Catch-up 3 Nov 2025                      (a page title: label, then the date, no separator)
    Minutes of meeting, 3 Mar 2026 (GT, SM, me)    (a comma before the date, attendees in brackets after it)
    Note, 9 Nov 2026 - BI session happened ...     (a label, the date, then the entry's text on the same line)
    *My note, 25 Nov 2026: I owe him ...           (an aside in a pasted thread: an entry of its own)
    HANDOVER NOTE (written by A. Person, 30 January 2026)

The label must name a kind of note (a meeting word), so a sentence that mentions a date never starts an entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant.text.dates import WEEKDAY_BEFORE as _DAY_FIRST
from assistant.text.dates import FoundDate, MonthOnly, leading_date

_OPEN = re.compile(r"^\s*(?:#+\s*|\*{1,2}|__|_)?")
# Where a label may end and its date begin: a comma or colon, a spaced dash, or plain space.
_LABEL_END = re.compile(r"\s*[,:]\s*|\s+[-–—|]\s+|\s+")
_LABEL_WORD = re.compile(r"^[A-Za-z][A-Za-z&/'’\-]*$")
_EXTRA_LABELS = re.compile(r"\b(?:page|entry|log|journal|diary|handover|aside|comment)\b", re.IGNORECASE)
# After the date: optional "(attendees)", closing emphasis, then the end or a separator and the rest of the line.
_TAIL = re.compile(r"^\s*(?P<paren>\([^)]*\))?\s*(?:\*{1,2}|__|_)?\s*(?:(?P<sep>[:.,;]|[-–—|])\s*(?P<rest>.*?))?\s*(?:\*{1,2}|__|_)?\s*$")
# "HANDOVER NOTE (written by Ian, outgoing CIO, 30 January 2026)": the date closes the bracket.
_BRACKET = re.compile(r"^\s*(?:#+\s*|\*{1,2}|__)?(?P<label>[A-Za-z][A-Za-z&/'’\- ]{1,40}?)\s*\((?P<inner>[^()]*,\s*)(?P<date>[^(),]+)\)\s*(?:\*{1,2}|__)?\s*:?\s*$")
_MAX_LINE = 600
_PREPOSITIONS = {"on", "at", "in", "from", "by", "for", "of", "since", "until", "before", "after", "to"}

# A chat export's message head with its text on the same line: "Stuart Bell   16:20 Budget meeting next month".
_PARTICLE = r"(?:van|von|der|den|de|del|della|di|da|du|la|le|bin|al|ter|ten)"
_CHAT_HEAD = re.compile(
    rf"^(?P<head>[ \t]*(?:[A-Z][\w.'’-]*|Me)(?: (?:[A-Z][\w.'’-]*|{_PARTICLE})){{0,4}}[ \t]{{2,}}\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?[AaPp]\.?[Mm]\.?)?)[ \t]+(?P<text>\S.*)$"
)
# "08:02 - Ama: ...", "21:47] Ama: ..." (a bracketed export's time), "09:15:03 Ama: ...": the time before the sender.
_TIME_LEAD = re.compile(r"^(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)(?:\s*\]\s*[-–—:]?|\s*[-–—]|\s)\s*(?=[A-Z][\w.'’ -]{0,40}:(?:\s|$))")


def chat_lines(lines: list[str]) -> list[str]:
    """A chat export's "Name   16:20 text" lines split into the head and the text below it (the layout a Teams window
    copies), so no time or sender label is ever read into the sentence before or after it."""
    out: list[str] = []
    for line in lines:
        head = _CHAT_HEAD.match(line)
        if head is not None and leading_date(head["text"], "dmy") is not None:
            head = None  # "Tomasz Nowak   09:02   2026-10-21": the head's own date, not the message
        out += [head["head"], head["text"]] if head else [line]
    return out


def without_time(rest: str) -> str:
    """'08:02 - Ama: Morning!' -> 'Ama: Morning!' (a chat line's time is never part of what was said)."""
    return _TIME_LEAD.sub("", rest, count=1)


@dataclass(frozen=True)
class LabelledEntry:
    found: FoundDate
    label: str
    title: str  # a short title after the date, else ""
    text: str  # the entry's first words, where the line runs on into a sentence, else ""


def labelled_entry(line: str, order: Literal["dmy", "mdy"], kind_words: re.Pattern[str]) -> LabelledEntry | None:
    """The entry a line starts with its label and full date ("Note, 9 Nov 2026 - ..."), or None."""
    if len(line) > _MAX_LINE or line.lstrip().startswith(("|", ">", "-", "•")):
        return None
    start = _OPEN.match(line)
    pos = start.end() if start else 0
    if (bracket := _BRACKET.match(line)) is not None and len(bracket.group(0)) <= 160:
        if (entry := _bracketed(bracket, order, kind_words)) is not None:
            return entry
    for sep in _LABEL_END.finditer(line, pos, min(len(line), pos + 48)):
        label = line[pos : sep.start()].strip()
        if not _is_label(label, kind_words) or label.split()[-1].lower() in _PREPOSITIONS:  # "Meeting on 21 Sep" is a sentence
            continue
        found = leading_date(line[sep.end() :], order)
        if found is None or found.start != 0:
            continue
        tail = _TAIL.match(line[sep.end() + found.end :])
        if tail is None:
            return None
        rest = (tail["rest"] or "").strip("*_ ")
        offset = sep.end()
        value = FoundDate(found.value, offset + found.start, offset + found.end, found.ambiguous)
        if rest and (len(rest.split()) > 8 or re.search(r"[.!?]$", rest)):
            return LabelledEntry(value, label, "", rest)
        return LabelledEntry(value, label, rest, "")
    return None


def _is_label(label: str, kind_words: re.Pattern[str]) -> bool:
    words = label.replace(":", " ").split()
    if not 1 <= len(words) <= 5 or not all(_LABEL_WORD.match(w) for w in words):
        return False
    return bool(kind_words.search(label) or _EXTRA_LABELS.search(label))


def _bracketed(match: re.Match[str], order: Literal["dmy", "mdy"], kind_words: re.Pattern[str]) -> LabelledEntry | None:
    label = match["label"].strip()
    if not _is_label(label, kind_words):
        return None
    text = match["date"].strip()
    found = leading_date(text, order)
    if found is None or found.start != 0 or text[found.end :].strip():
        return None
    offset = match.start("date") + (len(match["date"]) - len(match["date"].lstrip()))
    return LabelledEntry(FoundDate(found.value, offset, offset + found.end, found.ambiguous), label, label, "")


# A dated comment of the CIO's in a chat export: "[15 Jan coffee: her goal ...]", "[June: the dashboard went live ...]".
_ASIDE = re.compile(r"^\s*\[(?P<label>[^:\]\n]{2,40}):(?!\d\d)\s*(?P<text>.*?)\]?\s*$")  # "[14/03/2026, 21:47]" is a time
_MONTH_ALONE = re.compile(r"^(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(?P<rest>.*))?$", re.IGNORECASE)


def dated_aside(line: str, previous: date | None, order: Literal["dmy", "mdy"]) -> tuple[date, str, str] | None:
    """(date, title, text) of a bracketed comment that opens with a day or a month and no year, dated after the entry
    above it (the nearest such day on or after it); None for any other line, or where nothing above gives the year."""
    match = _ASIDE.match(line) if len(line) <= _MAX_LINE * 4 else None  # the lazy text stays cheap on a bounded line
    if match is None or previous is None or not match["text"].strip():
        return None
    label = match["label"].strip()
    found = leading_date(label, order, yearless=True)
    if found is not None and found.start == 0:
        month, day, rest = found.value.month, found.value.day, label[found.end :].strip()
        value: date | None = _on_or_after(previous, month, day)
    elif (alone := _MONTH_ALONE.match(label)) is not None:
        month = _MONTHS.index(alone["month"][:3].lower()) + 1
        year = previous.year + (1 if month < previous.month else 0)
        value, rest = (None if month == previous.month and year == previous.year else MonthOnly(year, month, 1)), alone["rest"] or ""
    else:
        return None
    return (value, rest.strip(), match["text"].strip()) if value is not None else None


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _on_or_after(previous: date, month: int, day: int) -> date | None:
    for year in (previous.year, previous.year + 1):
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if value >= previous:
            return value
    return None


# "Voice memo transcript 4 March 2027": a recording's label runs into its date with no comma or dash.
_RECORDING_HEAD = re.compile(r"^\s*(?:#+\s*)?(?:[\w-]+ ){0,3}(?:memo|voice ?note|voicemail|transcript|recording|dictation)s?\s+", re.IGNORECASE)


def recording_date(line: str, order: Literal["dmy", "mdy"]) -> FoundDate | None:
    head = _RECORDING_HEAD.match(line)
    if head is None:
        return None
    found = leading_date(line[head.end() :].rstrip(), order)
    if found is None or head.end() + found.end != len(line.rstrip()):
        return None
    return FoundDate(found.value, head.end() + found.start, head.end() + found.end, found.ambiguous)


# A short heading of one label word in any language, the date, an optional time and zone, an optional short title:
# "Protokoll 12.02.2026 — Jour fixe", "Réunion 3/4/2026 10:00", "Acta: 2026-03-04 09:30 CET". A word that makes the
# date a deadline or a record's field ("Due 13.03.2026", "Sent: ...", "Updated 2026-03-04") never heads an entry.
_WORD_HEAD = re.compile(r"^\s*(?:#+\s*|\*{1,2}|__)?(?P<label>[^\W\d_][\w'’-]{1,24})\s*[:,]?\s+(?=\d|[^\W\d_]{2,10}\.?,?\s+\d)")
_CLOCK = re.compile(r"^,?\s*(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s*(?:Uhr|h))?"
                    r"(?:\s*(?:[A-Z]{2,5}|Z|[+-]\d{2}:?\d{2}|\([A-Z]{2,5}\)))?")
_NOT_LABELS = {
    "due", "by", "until", "till", "deadline", "before", "after", "since", "from", "to", "on", "at", "in", "for", "target", "eta",
    "sent", "received", "updated", "edited", "created", "modified", "exported", "printed", "posted", "published", "born",
    "expires", "expiry", "valid", "effective", "ends", "starts", "bis", "ab", "seit", "vom", "am", "fällig", "frist", "avant",
    "depuis", "jusqu", "hasta", "desde", "entro", "dal", "fino", "tot", "vanaf", "voor", "uiterlijk", "date", "datum",
    "and", "or", "the", "we", "i", "she", "he", "they", "it",
}


def word_heading(line: str, order: Literal["dmy", "mdy"]) -> tuple[FoundDate, str, str] | None:
    """(date, label, title) of a short "Label <date> [time] [- title]" line, or None."""
    if len(line.split()) > 9 or len(line) > 120:
        return None
    head = _WORD_HEAD.match(line)
    if head is None or head["label"].lower() in _NOT_LABELS:
        return None
    found = leading_date(line[head.end() :], order)
    if found is None or (found.start and not _DAY_FIRST.match(line, head.end())):
        return None  # only a weekday may stand between the label and the date
    rest = line[head.end() + found.end :]
    clock = _CLOCK.match(rest)
    rest = rest[clock.end() :] if clock else rest
    tail = _TAIL.match(rest)
    if tail is None or tail["paren"] and not rest.strip().startswith("("):
        return None
    title = (tail["rest"] or "").strip("*_ ")
    if (rest.strip() and not tail["sep"] and not tail["paren"]) or len(title.split()) > 6 or re.search(r"[.!?]$", title):
        return None
    offset = head.end()
    return FoundDate(found.value, offset + found.start, offset + found.end, found.ambiguous), head["label"], title


# A markdown heading that names one full date inside it: "# Quarterly review - Q1 (held 2026-04-15)".
_MARKED = re.compile(r"^\s*(?:#{1,4}\s+|\*\*(?=.*\*\*\s*$))(?P<text>.+?)\s*(?:\*\*)?\s*$")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|due|until|till|before|deadline|target|bis|fällig|avant|hasta|entro)\W*$|\b(?:next|upcoming|planned|scheduled)\b",
                              re.IGNORECASE)  # "Plan due 3 May 2026", "Prep for the next call, 8 Jan 2027": days ahead


def marked_heading(line: str, order: Literal["dmy", "mdy"]) -> tuple[FoundDate, str] | None:
    """(date, title) of a heading line (# or bold) that names exactly one full date that is no deadline, else None."""
    match = _MARKED.match(line) if len(line) <= 160 else None
    if match is None or len(match["text"].split()) > 16 or re.search(r"[.!?]$", match["text"]):
        return None
    found: list[FoundDate] = []
    for word in re.finditer(r"(?<![\w/.-])(?=\w)", match["text"]):
        at = leading_date(match["text"][word.start() :], order)
        if at is not None and at.start == 0 and not _DEADLINE_BEFORE.search(match["text"][: word.start()]):
            offset = match.start("text") + word.start()
            found.append(FoundDate(at.value, offset, offset + at.end, at.ambiguous))
    if len({f.value for f in found}) != 1:
        return None
    left = re.sub(r"[\s(\[,:|–—-]*(?:\b(?:on|held|of|from|am|le|el|il|op|vom)\s*)?$", "", line[match.start("text") : found[0].start], flags=re.IGNORECASE)
    right = re.sub(r"^[\s)\],]*", "", line[found[0].end : match.end("text")])
    return found[0], " ".join(f"{left}{(' ' if right.startswith('(') else ', ') + right if left and right else right}".split()).strip(" -–—|,:(")


def short_heading(line: str, order: Literal["dmy", "mdy"]) -> tuple[FoundDate, str, str] | None:
    """(date, label, title) of a "Label <date>" line or a marked heading that names one date; None for any other line."""
    if (worded := word_heading(line, order)) is not None:
        return worded[0], worded[1], worded[2] or worded[1]
    if (marked := marked_heading(line, order)) is not None:
        return marked[0], marked[1], marked[1]
    return None
