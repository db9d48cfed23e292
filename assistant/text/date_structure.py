"""The last reader of a notes file the others read into one dated day at most: its entries are the lines whose date
sits where the file's other dates sit, found by the file's own repeated structure, not by a known format.

Every date in every line is found (any_dates); a line's first date that is not a deadline ("by 29 May") is placed:
at the line's start after at most three words ("Recording 2 · recorded 04/03/2026", "Le mardi 3 mars :"), at its end
("... (2026-03-04)", "| Mar 4"), or inside the first line of a paragraph ("Call with Ana on 4 March 2026."). The
place and the line's first character make its shape; the shape with the most distinct days opens the entries,
when it has two or more. An entry dated at its line's end takes the lines of its paragraph above it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from assistant.text.any_dates import Hit, dates_in, month_heading, numeric_order, plain_words, year_heading
from assistant.text.day_entries import Section
from assistant.text.fallback_days import _kind
from assistant.text.yearless import WEEKDAYS

# Words before a day that make it a deadline or a plan, not the day of the entry.
_DEADLINE = re.compile(
    r"(?:\b(?:by|due|until|till|before|from|next|bis|ab|avant|jusqu'au|antes|hasta|para|entro|fino|tegen|voor|före|till)"
    r"|до|к)\s*(?:the\s+|le\s+|el\s+|am\s+|den\s+)?$",
    re.IGNORECASE,
)
# A day that comes: "next meeting with her Monday 14 December", "upcoming: 3/2", "nächster Termin 4. März".
_PLAN = re.compile(r"\b(?:next|upcoming|planned|scheduled|nächste[rn]?|prochaine?|próxim[oa]|prossim[oa]|volgende)\b", re.IGNORECASE)
_DUE_HEADER = re.compile(r"\|\s*(?:due(?: date)?|deadline|by when|target(?: date)?|fällig|frist|échéance|plazo|scadenza|termin)\s*\|", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
# A line that opens on a day said relative to the file's stamp ("Yesterday:", "Heute –").
_RELATIVE = {"yesterday": 1, "today": 0, "gestern": 1, "heute": 0, "hier": 1, "aujourd'hui": 0, "ayer": 1, "hoy": 0,
             "ieri": 1, "oggi": 0, "gisteren": 1, "vandaag": 0, "igår": 1, "idag": 0, "вчера": 1, "сегодня": 0}
_RELATIVE_LEAD = re.compile(r"^[\W_]*(?P<word>[^\W\d_]+(?:'[^\W\d_]+)?)(?![\w'])", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:[=\-_*~#]{3,}.*|#{1,6}\s.*)$")
_QUOTED = re.compile(r"^\s*(?:>\s?)+")  # an e-mail's quoted history: "> Sent: ..." opens an entry as "Sent: ..." does
_SUBJECT = re.compile(r"\s*(?:is|was|will be|would be|becomes|remains)\b", re.IGNORECASE)  # "4 March is the go-live date": a day told of
_MAIL_HEADER = re.compile(r"^\s*(?:>\s?)*(?:From|To|Cc|Von|An|De|Da|Van|Aan|Para|À)\s*:", re.IGNORECASE)
_MIN_DAYS = 2
_PLAN_WORDS = 6
_SHARE = 3  # the entries' shape holds a third of the lines with a day at least
_LEAD_WORDS = 3
_STAMP_LINES = 3  # a file's stamp ("Dictated Mon 9 Mar 2026 ...") is in its first lines


def structure_sections(lines: list[str], order: Literal["dmy", "mdy"], read: list[Section]) -> list[Section] | None:
    """The file's entries by the shape its dates repeat, or None where the other readers' `read` holds two or more
    days, or no shape does. The one day they found is a document's (minutes, an export): a day after it is a plan."""
    days = {s.date for s in read if s.date is not None}
    if len(days) > 1:
        return None
    one = next(iter(days), None)
    order = numeric_order(lines, order)
    month: date | None = None
    year: int | None = None
    stamp: date | None = None
    dated = 0
    shapes: dict[str, dict[int, Hit]] = defaultdict(dict)
    due_table = False
    for i, line in enumerate(lines):
        due_table = bool(line.lstrip().startswith("|")) and (due_table or bool(_DUE_HEADER.search(line)))
        if due_table:
            continue  # "| Action | Owner | Due |": its rows' days are deadlines
        year = year_heading(line) or year
        if (heading := month_heading(line)) is not None:
            month = heading
            continue
        line = plain_words(_QUOTED.sub("", line))
        hits = [h for h in dates_in(line, order, month, year) if not _coming(line[: h.start]) and not _SUBJECT.match(line[h.end :])]
        if i < _STAMP_LINES and stamp is None and hits and not hits[0].yearless:
            stamp = hits[0].value
        if not hits and stamp is not None:
            hits = _relative(line, stamp)
        if hits and one is not None and not hits[0].yearless and hits[0].value > one:
            continue
        dated += bool(hits)
        if hits and (place := _place(line, hits[0], i, lines)) is not None:
            named = re.search(r"([^\W\d_]+)\W*(?:the\s+)?$", line[: hits[0].start])
            shapes[place + _first_char(line)][i] = replace(hits[0], weekday=WEEKDAYS.get(named[1].lower()) if named else None)
    shape = max(shapes, key=lambda k: (len({h.value for h in shapes[k].values()}), len(shapes[k])), default="")
    if len({h.value for h in shapes.get(shape, {}).values()}) < _MIN_DAYS or len(shapes[shape]) * _SHARE < dated:
        return None  # a shape that holds a few of the file's dates ("Next 1:1: 19.01.2027" under a tracker) is no log's
    openers = shapes[shape]
    if 2 * sum(h.yearless for h in openers.values()) < len(openers):  # "starts on 4 May." wrapped under dated stamps
        openers = {i: h for i, h in openers.items() if not (h.yearless and re.search(r"[^\W\d_]", lines[i][: h.start]))}
    return _split(lines, openers, shape.startswith("tail"))


def _coming(before: str) -> bool:
    """A day due or planned: "by 29 May", "next meeting with him Monday 14 December"."""
    return bool(_DEADLINE.search(before) or (len(before.split()) <= _PLAN_WORDS and _PLAN.search(before)))


def _relative(line: str, stamp: date) -> list[Hit]:
    match = _RELATIVE_LEAD.match(line)
    back = _RELATIVE.get(match["word"].lower()) if match else None
    return [Hit(stamp - timedelta(days=back), match.start("word"), match.end("word"), False, "rel")] if match and back is not None else []


def _place(line: str, hit: Hit, i: int, lines: list[str]) -> str | None:
    before = _TIME.sub(" ", line[: hit.start])
    after = _TIME.sub(" ", line[hit.end :])
    if hit.shape == "dm" and not line.strip()[:1].isalnum():
        return None  # "| 3/3 |", "- 6/6": a count in a table or a list, not a day
    if len(re.findall(r"\w+", before)) <= _LEAD_WORDS and not re.search(r"[.!?]\s", before):
        return "head"
    if hit.shape != "dm" and len(re.findall(r"\w+", after)) <= 1 and re.search(r"[,(\[|·—–-]\s*$", before):
        return "tail"  # "..., 03/11/2026", "(2026-03-04)", "| Mar 4": a stamp, not "on 14 January?" in a sentence
    if hit.shape != "dm" and (i == 0 or not lines[i - 1].strip() or _SEPARATOR.match(lines[i - 1])):
        return "head"  # the first line of a paragraph, or of a block under "=== Memo 2 ===", "-----"
    return None


def _first_char(line: str) -> str:
    first = line.strip()[:1]
    return "a" if first.isalpha() else "9" if first.isdigit() else first


def _section(line: str, hit: Hit, body: list[str]) -> Section:
    return Section(hit.value, _kind(line), "", body, yearless=hit.yearless, weekday=hit.weekday if hit.yearless else None)


def _split(lines: list[str], openers: dict[int, Hit], tail: bool) -> list[Section]:
    sections = [Section(None)]
    pending: list[str] = []
    for i, line in enumerate(lines):
        if i not in openers:
            (pending if tail else sections[-1].lines).append(line)
            if tail and not line.strip():
                sections[-1].lines.extend(pending)
                pending = []
            continue
        if tail:  # dated at its end: the entry is its paragraph, up to this line
            sections.append(_section(line, openers[i], [*(p.strip() for p in pending), line.strip()]))
            pending = []
        else:  # "=====" / "Topic: call" / "On: 1/10": the labels under the separator open the entry with its date
            back = next((k for k in range(1, 4) if k <= len(sections[-1].lines) and _SEPARATOR.match(sections[-1].lines[-k])), 1)
            while back <= len(sections[-1].lines) and _MAIL_HEADER.match(sections[-1].lines[-back]):
                back += 1  # "From: Name" just above "Sent: date": the message's sender opens its entry with it
            moved = sections[-1].lines[len(sections[-1].lines) - back + 1 :]
            del sections[-1].lines[len(sections[-1].lines) - back + 1 :]
            sections.append(_section(" ".join([*moved, line]), openers[i], [*(m.strip() for m in moved), line.strip()]))
    sections[-1].lines.extend(pending) if not tail else sections.append(Section(None, lines=pending))
    return sections
