"""Marks around a date that note tools write, read before entries are split:

    ## [[2026-09-15]] forum            (a wiki-link to a daily note: Obsidian, Logseq, Roam)
    * <2026-09-08 Tue> Meeting: ...    (an org-mode timestamp, active <...> or inactive [...])
    2026-09-10T09:30 [meeting] text    (a tool's log line: the kind in brackets, then the entry's text)
    When: Tuesday, September 8, 2026 10:00 AM   (a calendar export's or meeting summary's date field)
    > On 14/09/2026 he wrote:          (a reply quoted inside the notes)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.text.dates import WEEKDAY_BEFORE, FoundDate, leading_date

_WIKI = re.compile(r"\[\[\s*(\d{4}-\d{2}-\d{2})\s*\]\]")
_ORG = re.compile(r"[<\[](\d{4}-\d{2}-\d{2})\s+[A-Za-z]{2,3}\.?(?:\s+\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?)?[>\]]")
# "[meeting] ...", "(call) ...": a kind in brackets right after a line's date.
_BRACKET_KIND = re.compile(r"^(\s*)[\[(](meeting|email|e-mail|call|hallway|other|note|chat|visit)[\])]\s*", re.IGNORECASE)
# A date field of a calendar item, meeting summary or form ("Date: Sep 17, 2026", "When: Tuesday, ...").
_DATE_FIELD = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?:date|when|meeting date|date and time|date & time|held on|held|datum|fecha|data)"
    r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*", re.IGNORECASE)
_TITLE_FIELD = re.compile(r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?:subject|meeting|title|topic|event|re)\s*(?:\*\*|__)?\s*:\s*(?P<title>.+?)\s*$",
                          re.IGNORECASE)
_QUOTED_WROTE = re.compile(r"^\s*>+\s*(?P<wrote>On\s+.+\swrote:\s*)$", re.IGNORECASE)


def unmark_dates(lines: list[str]) -> list[str]:
    """Wiki-link and org-mode dates as plain ISO dates, so the heading reads like any dated heading."""
    return [_ORG.sub(r"\1", _WIKI.sub(r"\1", line)) if ("[[" in line or "<20" in line or "[20" in line) else line
            for line in lines]


def bracket_kind(rest: str) -> tuple[str, str] | None:
    """('meeting', 'Warehouse scanners. Kwame: ...') for '[meeting] Warehouse scanners. ...' after a date."""
    match = _BRACKET_KIND.match(rest)
    if match is None:
        return None
    kind = match.group(2).lower().replace("e-mail", "email")
    return ("other" if kind in ("note", "chat", "visit") else kind), rest[match.end() :].strip()


@dataclass(frozen=True)
class DateField:
    found: FoundDate
    title: str  # from a Subject:/Meeting: line just above, else ""
    taken: int  # how many lines just above belong to the new entry (its title lines)


def date_field(lines: list[str], i: int, above: list[str], order: Literal["dmy", "mdy"]) -> DateField | None:
    """A 'Date:' / 'When:' line whose value starts with a full date: a new entry, with the short label lines right above
    it (its subject, the tool's label) moved into it."""
    line = lines[i]
    field = _DATE_FIELD.match(line) if len(line) <= 160 else None
    if field is None:
        return None
    value = line[field.end() :]
    found = leading_date(value, order)
    day = WEEKDAY_BEFORE.match(value)  # "When: Fr., 06.11.2026 14:15": a weekday before the date is still the field's value
    if found is None or found.start not in (0, day.end() if day else 0):
        return None
    title, taken = "", 0
    for prior in reversed(above[-3:]):
        text = prior.strip()
        if not text or len(text) > 90 or re.search(r"[.!?\"”]$", text):
            break
        taken += 1
        if (named := _TITLE_FIELD.match(prior)) is not None and not title:
            title = named["title"].strip("*_ ")
    offset = field.end()
    return DateField(FoundDate(found.value, offset + found.start, offset + found.end, found.ambiguous), title, taken)


def quoted_wrote(line: str) -> str | None:
    """'> On 14/09/2026 he wrote:' as 'On 14/09/2026 he wrote:' (a reply pasted into the notes starts its own entry)."""
    match = _QUOTED_WROTE.match(line) if len(line) <= 200 else None
    return match["wrote"] if match else None


_PERSON_TITLES = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame|captain|capt|cllr|rev)\.?\s+", re.IGNORECASE)


def about_partner(text: str, partner: str | None) -> bool:
    """A clause of the text has the partner as its subject ('Odile runs the clinics', 'She is new in post',
    "Jo doesn't do long meetings"): it tells who they are, not what the file is."""
    first = _PERSON_TITLES.sub("", (partner or "").strip()).split()
    names = [re.escape(first[0])] if first else []
    subject = "|".join([*names, "she", "he"])
    return re.search(rf"(?:^|[.;:!?]\s+|\n)(?:{subject})\s+(?!and\b|or\b)[a-z][\w’']*", text, re.IGNORECASE) is not None
