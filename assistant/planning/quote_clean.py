"""Quoted evidence as a sentence, never as the row it was lifted from.

Notes arrive as spreadsheets (CSV rows with their quotes and commas), tables (cells between pipes), chat exports
(timestamps, handles) and markdown (bold labels, headings, check boxes). A plan quotes the words a person wrote or
said: the prose cell of a row, the text of a line without its marks. `clean_quote` does this for one quotation,
`clean_quotes` for every “…” in a line; a quotation left with no words is dropped with its marks.
"""

from __future__ import annotations

import re

_CSV_FIELD = re.compile(r'"((?:[^"]|"")*)(?:"|$)')
_CSV_ROW = re.compile(r'^\s*"[^"]*"\s*[,;\t]\s*"')  # a quotation that opens with two quoted fields
_DATE_CELL = re.compile(r"^[\d\s./:\-–TZ+]+$|^(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?$")
_TIMESTAMP = re.compile(r"^\s*(?:\[\s*)?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*\])?\s*[-–—:]?\s*")
_HANDLE = re.compile(r"^\s*(?:<@?[\w.\-]+>|@[\w.\-]+)\s*[:,\-–—]?\s*")
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+•]\s+\[[ xX✓]\]\s*|\[[ xX✓]\]\s*|[-*+•]\s+)")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|`")
_LINK = re.compile(r"\[([^\]]+)\]\((?:https?://|mailto:)[^)]*\)")


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_][\w'’-]*", text))


def _prose_cells(cells: list[str]) -> list[str]:
    """The cells of a row that carry words: never a date, a time or a one-word label; the longest when none is long."""
    cells = [c.strip().strip('"').strip() for c in cells]
    cells = [c for c in cells if c and not _DATE_CELL.match(c)]
    long = [c for c in cells if _words(c) >= 4]
    if long:
        return long
    best = max(cells, key=_words, default="")
    return [best] if _words(best) >= 2 else []


def _csv_rows(text: str) -> list[list[str]]:
    """Rows of quoted fields: fields joined by a comma (or ; or tab) are one row, fields apart by a space start a new one."""
    rows: list[list[str]] = [[]]
    at = 0
    for match in _CSV_FIELD.finditer(text):
        gap = text[at:match.start()]
        if rows[-1] and not re.search(r"[,;\t]", gap):
            rows.append([])
        rows[-1].append(match.group(1).replace('""', '"'))
        at = match.end()
    return [r for r in rows if r]


def _join(parts: list[str]) -> str:
    parts = [p.strip() for p in parts if p.strip()]
    return " ".join(p if re.search(r"[.!?…]$", p) else f"{p}." for p in parts[:-1]) + (" " if len(parts) > 1 else "") + (parts[-1] if parts else "")


def clean_quote(quote: str) -> str:
    """The words of one quotation without the marks of the format it was lifted from ('' when no words are left)."""
    text = quote.strip()
    if _CSV_ROW.match(text):
        rows = _csv_rows(text)
        prose = [cell for row in rows if len(row) >= 2 for cell in _prose_cells(row) if _words(cell) >= 2]
        text = re.sub(r"(?<![\w'])'([^']+?)'(?![\w'])", r"‘\1’", _join(prose)) if prose else ""  # inner speech: 'x' -> ‘x’
    elif text.count("|") >= 2:
        text = _join(_prose_cells(re.split(r"\s*\|\s*", text)))
    text = cut_asides(_LINK.sub(r"\1", text))
    for _ in range(3):  # marks stack: "[10:02] @ana: - [x] **Done**"
        before = text
        text = _LINE_MARK.sub("", _HANDLE.sub("", _TIMESTAMP.sub("", text)))
        if text == before:
            break
    text = re.sub(r"\s+", " ", _EMPHASIS.sub("", text)).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    if len(text) > 1 and text[0] == text[-1] == '"' and text.count('"') == 2:  # straight quotes inside the plan's own
        text = text[1:-1].strip()
    return _paired(text) if _words(text) else ""


# The writer's own comment inside a quoted line: "{...}" always (an unclosed one runs to the end), "[...]" when it
# holds a sentence (four words or more, or a "Name:" label), never a short editorial "[the tool]" or a "[10:02]" stamp.
_BRACE = re.compile(r"\s*\{[^{}]*(?:\}|$)")
_BRACKET = re.compile(r"\s*\[(?P<body>[^\[\]]*)(?:\]|$)")


def cut_asides(text: str) -> str:
    """The quoted words without the CIO's braced or bracketed comments fused into them."""
    cut = _BRACKET.sub(lambda m: "" if _words(m.group("body")) >= 4 or re.match(r"\s*[A-Z][\w'’-]+:\s", m.group("body")) else m.group(0), _BRACE.sub("", text))
    return cut.strip() if _words(cut) else text  # a quote that is the CIO's note alone is shown as it is, never emptied


# A straight single quote used as a quotation mark: not between two letters ("don't" and "Iván's" are words).
_SINGLE = re.compile(r"(?<![^\W\d_])'|'(?![^\W\d_])")


def _paired(text: str) -> str:
    """The text without a straight single quotation mark whose pair a cut left outside the quotation."""
    marks = [m.start() for m in _SINGLE.finditer(text) if not (0 < m.start() < len(text) - 1 and text[m.start() - 1].isalpha() and text[m.start() + 1].isalpha())]
    opened: list[int] = []
    unmatched: list[int] = []
    for at in marks:
        if _opens(text, at):
            opened.append(at)
        elif opened:
            opened.pop()
        elif text[at - 1] in ".!?,…":  # a closer after a stop whose opener was cut off ("from IT.' Asked"); never "customers'"
            unmatched.append(at)
    unmatched += [at for at in opened if text[at + 1: at + 2].isupper()]  # an opener of speech cut from its close
    for at in sorted(unmatched, reverse=True):
        text = text[:at] + text[at + 1:]
    return re.sub(r"\s{2,}", " ", text).strip()


def _opens(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in " ([{:—–-\"“"


def clean_marks(line: str) -> str:
    """A plan line (outside its quotations too) without emphasis marks: a slot filled from markdown ("you want ** Cut")."""
    return re.sub(r"\s{2,}", " ", re.sub(r"\*\*|(?<!\w)__|__(?!\w)", "", line)) if ("**" in line or "__" in line) else line


def clean_quotes(line: str) -> str:
    """The line with every “…” quotation cleaned; an emptied quotation goes with its parenthesis or colon."""

    def one(match: re.Match[str]) -> str:
        inner = match.group(1)
        cleaned = clean_quote(inner)
        if cleaned == inner.strip():
            return match.group(0)
        return f"“{cleaned}”" if cleaned else "“”"

    fixed = re.sub(r"“([^”]*)”", one, line)
    if "“”" in fixed:
        fixed = re.sub(r"\s*\(\s*“”\s*\)|:?\s*“”(?:\s*\([^)]*\))?", "", fixed)
    return fixed
