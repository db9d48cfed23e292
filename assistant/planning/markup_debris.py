"""Markup a line lifted from an export carries and no person says (session 28).

Notes come as tables, YAML or JSON dumps and issue-tracker exports. A span lifted from them into a plan line keeps
their syntax: a table row's pipes ("| TW wants the allocation cut | JA to send ..."), braces or a JSON list
("{what: phase 1 live, owner: ...}", "'reactions': [,]"), YAML key/value pairs run together ("what: go-live, owner:
ops, due: 3 May"), a tracker's comment header ("Priya added a comment - 14/Mar/25 4:05 PM") or a status value read
as a word ("Status: Won't Do"). Such a line is said verbatim or not at all: the plan sweep drops it (plan_sweep.py)
and the item's own typed line, where there is one, stands instead.
"""

from __future__ import annotations

import re

# Two or more cells of a table row: "| a | b", "a | b | c" (a lone "|" in prose is rare; two are a row).
_PIPES = re.compile(r"\|[^|\n]*\|")
# A cell boundary with words on both sides: "TW wants it | JA to send".
_CELL = re.compile(r"\w\s+\|\s+\w|^\s*\|\s*\w|\w\s*\|\s*$")
_BRACES = re.compile(r"[{}]")
# A JSON or YAML list or map value: "'reactions': [", "owner: [", "tags: []".
_LIST_VALUE = re.compile(r"['\"]?\b[\w-]+['\"]?\s*:\s*[\[{]")
# YAML keys run together: "what: go-live, owner: ops, due: 3 May" (three lower-case keys, each with a colon and a value).
_PAIR = r"[a-z_]{2,15}:\s+[^,:;“”\"\s][^,:;“”\"]{0,40}"
_KEYS = re.compile(rf"(?<![\w’'])(?:{_PAIR},\s+){{2}}[a-z_]{{2,15}}:\s+\S")
# An issue tracker's comment or change header: "Tomas added a comment - 02/Feb/25 11:17 AM", "changed the status to".
_TRACKER = re.compile(r"\badded a comment\b|\bchanged the (?:status|assignee|priority|resolution)\b|\bupdated the (?:status|priority)\b"
                      r"|\b\d{1,2}/[A-Z][a-z]{2}/\d{2}\b", re.IGNORECASE)
# A tracker's status value: "Status: Won't Do", "Resolution: Done", "[In Progress]".
_STATUS = re.compile(r"\b(?:Status|Resolution|State|Priority)\s*:\s*\S|\[(?:To Do|In Progress|Done|Won['’]t Do|Closed|Resolved|Open|Backlog)\]")


def markup(sentence: str) -> str:
    """Why a plan line carries an export's markup ('' when it carries none)."""
    if _PIPES.search(sentence) or _CELL.search(sentence):
        return "a table row's pipes"
    if _BRACES.search(sentence) or _LIST_VALUE.search(sentence):
        return "braces or a list from a data dump"
    if _KEYS.search(sentence):
        return "key: value pairs from a data dump"
    if _TRACKER.search(sentence):
        return "an issue tracker's header"
    if _STATUS.search(sentence):
        return "a status field read as words"
    return ""


def table_cells(text: str) -> str:
    """A table row said as its first cell with the others after it: "| Costed option | CIO | 30 Jun |" -> "Costed option
    (CIO, 30 Jun)"; the text as it is when it holds no row."""
    if not (_PIPES.search(text) or _CELL.search(text)):
        return text
    cells = [c.strip(" *") for c in text.split("|") if c.strip(" *")]
    if not cells:
        return ""
    if len(cells) == 2:
        return f"{cells[0]}: {cells[1]}"  # "Payments outage | Card payments down 2 hours" -> a head and its line
    return cells[0] + (f" ({', '.join(cells[1:])})" if len(cells) > 1 else "")


_DUMP_START = re.compile(r"['\"]?,\s*['\"][\w-]+['\"]\s*:|[{}\[\]]")


def cut_dump(text: str) -> str:
    """An item's words cut where a data dump's syntax starts: "He asked what it cost:)', 'reactions': [,]}" -> "He
    asked what it cost"; '' when too little is left to name anything; the text as it is when it holds no dump."""
    at = _DUMP_START.search(text)
    if not at or not (_BRACES.search(text) or _LIST_VALUE.search(text)):
        return text
    head = re.sub(r"[\s:;,()'\"-]+$", "", text[:at.start()])
    opened = head.count("“") - head.count("”")
    if len(re.findall(r"[^\W\d_]{2,}", head.split("“")[-1] if opened else head)) < 3:
        return ""
    return head + ("…”" if opened > 0 else "")


# A tracker comment's lead-in inside a quotation: "SUP-3341 Branch report Dana Ruiz added a comment - 18/Nov/26 4:40 PM ".
_TRACKER_LEAD = re.compile(r"(?<=“)[^“”]{0,120}?\badded a comment\s*[-–—]\s*\d{1,2}/[A-Za-z]{3}/\d{2}(?:\s+\d{1,2}:\d{2}\s*(?:[AaPp][Mm])?)?\s*")


def strip_tracker(text: str) -> str:
    """A quotation with its issue tracker's lead-in cut: the words the partner wrote stay, the ticket line goes."""
    return _TRACKER_LEAD.sub("", text)


_FLOW_MAP = re.compile(r"\{\s*((?:[a-z_]{2,15}:\s*[^{}:,]+,\s*)*[a-z_]{2,15}:\s*[^{}:,]+?)\s*\}")


def map_words(text: str) -> str:
    """A YAML or JSON flow map said as words: "{what: pilot live, owner: lims lead, due: 2026-11-30}" -> "pilot live
    (owner lims lead, due 2026-11-30)"; any other text as it is."""
    def said(m: re.Match[str]) -> str:
        pairs = [p.split(":", 1) for p in re.split(r",\s*", m.group(1))]
        values = [(k.strip(), v.strip().strip("'\"")) for k, v in pairs]
        head, rest = values[0][1], ", ".join(f"{k} {v}" for k, v in values[1:])
        return head + (f" ({rest})" if rest else "")
    return _FLOW_MAP.sub(said, text)
