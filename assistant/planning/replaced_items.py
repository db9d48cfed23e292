"""An ask, offer or promise that the notes themselves mark closed, replaced or withdrawn (session 33, dimensions b and d).

- Its own line (or the status cell right after it) carries a status: a bracketed status word after it ("(Superseded, see 3 Nov.)", "(Closed, see 08/25.)",
  "(see Oct: superseded)"), or the item is struck through ("~~...~~", "<del>", "\\sout{...}").
- A later line replaces, narrows, cancels or withdraws it: "This replaces the 80-seat request from May", "the March
  request ... is off the table", "forget the portal", "the day-shift ask is replaced by ...". The later line must name
  the same thing (two shared words, or one and the month the item was made in), in the clause that names the thing
  replaced. "X is replaced by Y" leaves the ask open as Y, in that later line's words.
Each test reads the item's own line or a later, dated line about the same thing; never a topic.
"""

from __future__ import annotations

import calendar
import re

from assistant.planning.situation_types import Item, Sentence, Situation

_I = re.IGNORECASE
_STATUS = r"supersed\w*|replaced|withdrawn|cancell?ed|dropped|obsolete|closed|void"
# A bracketed status cell after the item on its own line; "not closed" or "to be closed" is no status.
_BRACKET_STATUS = re.compile(rf"[(\[](?:[^()\[\]\n]{{0,40}}?[^()\[\]\n\w])?(?<!not )(?<!be )\b(?:{_STATUS})\b[^()\[\]\n]{{0,40}}[)\]]", _I)
_STRUCK = re.compile(r"~~[^~\n]+~~|<(?:del|s|strike)>.*?</(?:del|s|strike)>|\\sout\{[^}\n]*\}", _I)
# A later line that replaces, narrows, cancels or withdraws an earlier ask.
_REPLACING = re.compile(
    r"\breplac(?:es|ed by|ing)\b|\bsupersed(?:es|ed|ing)\b|\boff the table\b|\bwithdr(?:ew|awn|aws)\b|"
    r"(?<!n't )(?<!not )(?<!never )\bforget (?:about )?(?:the|that|this|my|our)\b|\b(?:dropp?(?:ed|s)?|scrapp?(?:ed|s)?|cancell?(?:ed|s)?) (?:the|that|this|her|his|their|my) \w+"
    r"|\bno longer (?:needs?|wants?|asks?|asking)\b|\bnarrow(?:ed|s)? (?:the|her|his|their) (?:ask|request)\b", _I)
_GENERIC = frozenset({"request", "asked", "asking", "wants", "wanted", "would", "could", "should", "about", "their", "there",
                      "these", "those", "this", "that", "with", "from", "have", "which", "what", "will", "need", "needs",
                      "full", "also", "said", "replaces", "replaced", "table", "forget", "instead", "them", "they", "into"})
_MONTHS = [m.lower() for m in calendar.month_name if m]


def closed_or_replaced(item: Item, sit: Situation) -> bool:
    """The item's own line marks it closed, or a later line replaces or withdraws it (the module's list)."""
    if item.kind not in ("request", "offer", "promise") or item.status == "done":
        return False
    later = next((s for s in sit.sentences if _later(s, item) and _replaces(s, item)), None)
    if later is not None and item.owner == "partner" and (by := re.search(r"\breplaced by\s+(?P<new>[^.;!?\n]{3,})", later.text, _I)):
        item.quote, item.complement, item.date, item.order = later.text, by.group("new"), later.date, later.order  # the new ask stands
        return False
    return later is not None or _closed_on_its_line(item, sit)


def _closed_on_its_line(item: Item, sit: Situation) -> bool:
    note = next((n for n in sit.notes if n.ref == item.note_ref), None)
    text = note.text if note is not None else ""
    head = item.quote[:40]
    at = text.find(head) if head else -1
    if at < 0:
        after = item.quote[max(item.quote.find(item.verb), 0) if item.verb else 0 :]
        return _BRACKET_STATUS.search(after) is not None
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if any(m.start() <= at - start < m.end() for m in _STRUCK.finditer(line)):
        return True
    rest = text[end:].lstrip() if end >= 0 else ""
    cell = rest.split("\n", 1)[0] if rest else ""  # a table's status cell, exported as the next short line
    return _BRACKET_STATUS.search(line, at - start) is not None or (len(cell.split()) <= 8 and _BRACKET_STATUS.match(cell) is not None)


def _later(s: Sentence, item: Item) -> bool:
    if s.date is not None and item.date is not None:
        return s.date > item.date
    return s.order > item.order


def _words(text: str) -> set[str]:
    return {w if w.isdigit() else w[:5] for w in re.findall(r"[a-z]+|\d+", text.lower()) if (w.isdigit() or len(w) >= 4) and w not in _GENERIC}


def _replaces(s: Sentence, item: Item) -> bool:
    cue = _REPLACING.search(s.text) if s.speaker in ("partner", "narrator", "us") and "?" not in s.text else None
    if cue is None:
        return False
    shared = _words(f"{item.complement} {item.quote}") & _words(_replaced_side(s.text, cue))
    month = item.date is not None and re.search(rf"\b{_MONTHS[item.date.month - 1]}\b", s.text, _I) is not None
    return len(shared) >= 2 or (len(shared) == 1 and month)


_BEFORE = re.compile(r"replaced by|off the table|withdr|no longer", _I)  # the thing replaced is named before these


def _replaced_side(text: str, cue: re.Match[str]) -> str:
    """The clause naming the thing replaced: before "X is replaced by Y" / "X is off the table", after "this replaces X" /
    "forget the X"; never the new thing that replaces it."""
    if _BEFORE.search(cue.group(0)):
        return re.split(r"[.;:!\n]", text[: cue.start()])[-1]
    return re.split(r"[.;:!\n]", text[cue.start() :])[0]

