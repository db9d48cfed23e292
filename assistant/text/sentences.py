"""Verbatim sentence spans from notes: every quote we cite is an exact substring of a note.

Hard-wrapped lines are joined into one sentence (the quote then keeps the line
break, so it stays an exact substring); blank lines, bullets and dated headings
always start a new sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A line that starts a speaker's turn ("Ruairi: ...", "Me: ...", "Dr Okafor: ...") or a table row ("| ... |").
# A chat export's line ("[08:44] Dana Reyes: ...") starts a turn too, its time stamp first.
_STAMP = r"(?:\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\][ \t]*)"
_TURN_OR_ROW = rf"[ \t]*(?:\||{_STAMP}|(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}}|me|cio):[ \t])"
_CJK_BULLET = r"[・■□●○◆◇※]"
# Letters of scripts written without spaces between words (kana, CJK ideographs); hangul is spaced.
_UNSPACED_LETTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# A sentence ends after . ! ? (plus closing quotes/brackets) and whitespace, or at a
# paragraph break, or before a line that starts a bullet, a number or a date.
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"”’)\]]*+[ \t]*+\n?[ \t]*+(?=\S)(?<=\s)"  # end of sentence (possessive: linear on long space runs)
    r"|\n[ \t]*\n\s*"  # blank line
    r"|\n(?=[ \t]*(?:[-*•>]|\d+[.)]|\d{4}-\d{2}-\d{2})\s)"  # bullet, numbered item or dated line
    rf"|\n(?={_TURN_OR_ROW})"  # a speaker's turn ("Ruairi: ...", "Me: ...") or a table row
    r"|\n(?=[ \t]*\[[^\]\n]*[A-Za-z])"  # a bracketed aside of the CIO's ("[Private: ...]") under a chat line
    r"|\n(?=\t)"  # an outliner's tab-indented item: a list line of its own, never a wrapped sentence's tail
    r"|(?<=[。！？])[」』）]*+[ \t]*+\n?[ \t]*+(?=\S)"  # a Japanese or Chinese full stop: no space follows it
    rf"|\n(?=[ \t]*{_CJK_BULLET})"  # a Japanese list mark ("・", "■") with no space after it
)


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


_HARD_BOUNDARY = re.compile(
    rf"[ \t]*\n[ \t]*\n|[ \t]*\n(?=[ \t]*(?:[-*•>]|\d+[.)]|\d{{4}}-\d{{2}}-\d{{2}})\s)|[ \t]*\n(?={_TURN_OR_ROW})|[ \t]*\n(?=[ \t]*\[[^\]\n]*[A-Za-z])|[ \t]*\n(?=\t)"
    rf"|[ \t]*\n(?=[ \t]*{_CJK_BULLET})"
)
MAX_QUOTE_WORDS = 60  # a quote longer than this is split anyway (an unclosed quote mark must not swallow a note)


def _inside_quote(piece: str) -> bool:
    """True while a double quote opened in this piece is still open."""
    open_quote = piece.count('"') % 2 == 1 or piece.count("“") > piece.count("”") or piece.count("「") > piece.count("」")
    return open_quote and word_count(piece) < MAX_QUOTE_WORDS


def word_count(text: str) -> int:
    """Words in `text`; in Japanese or Chinese, with no spaces, about one word for every two characters."""
    return len(text.split()) + len(_UNSPACED_LETTER.findall(text)) // 2


def sentence_spans(text: str, min_words: int = 3) -> list[Span]:
    """Sentences as exact substrings (leading bullets and surrounding spaces trimmed).

    A quotation of several sentences stays one span: the partner's words are one unit of meaning.
    """
    spans: list[Span] = []
    cursor = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        # keep closing quotes with the sentence they end
        grabbed = match.group(0)
        end += len(grabbed) - len(grabbed.lstrip("\"”’)]」』）"))
        hard = _HARD_BOUNDARY.match(text, match.start()) is not None
        if _inside_quote(text[cursor:end]) and not hard:
            continue
        if not hard and "\n\n" not in grabbed and _no_sentence_end(text, match.start(), match.end()):
            continue
        _add(spans, text, cursor, end, min_words)
        cursor = match.end()
    if cursor < len(text):
        _add(spans, text, cursor, len(text), min_words)
    return spans


# Words whose full stop does not end a sentence: titles before a name, and Latin abbreviations.
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "messrs", "rev", "gen", "capt", "col", "lt", "sgt", "hon", "ing", "mag", "dipl", "dra", "drs", "mgr"}
# Titles of other languages written short before a name ("Dott. Bianchi", "Avv. Neri", "Lic. Ortega", "Mme. Roy").
_TITLES |= {"dott", "avv", "geom", "sig", "sigra", "arq", "lic", "lcdo", "lcda", "licda", "sra", "srta", "profa", "mme", "mlle", "judr", "mudr",
            "phdr", "rndr", "univ", "dipl-ing"}
_NEVER_END = _TITLES | {"e.g", "i.e", "cf", "vs", "approx", "incl", "vol", "fig", "dept", "est", "ca", "viz"}
_MAYBE_END = {"etc", "inc", "ltd", "co", "corp", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.[\"”’)\]]*$")


_DAY_DOT = re.compile(r"(?<![\d.])\d{1,2}\.$")
_NAMED_MONTH = re.compile(r"(?:jan|feb|m[äa]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz])[a-zäé]*\.?\s+\d{4}\b", re.IGNORECASE)


def _no_sentence_end(text: str, stop: int, following: int) -> bool:
    """True when the full stop before `stop` belongs to an abbreviation or an initial, not a sentence end."""
    if _DAY_DOT.search(text, max(0, stop - 4), stop) and _NAMED_MONTH.match(text, following):
        return True  # "by 11. Dezember 2026": a day's own dot (German, Nordic), before its month
    word = _LAST_WORD.search(text, max(0, stop - 20), stop)
    if word is None or text[stop - 1] in "!?":
        return False
    token = word.group(1).lower()
    start = word.start(1)
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’"):
        return False  # part of a longer token
    nxt = text[following : following + 1]
    if token in _NEVER_END:
        return True
    if len(token) == 1 and word.group(1).isupper():  # an initial: "J. Smith", "Dana K. Whitfield"
        return nxt.isupper() and not re.search(r"[\"”’]", text[stop:following])  # 'Thanks, G."' closes a quotation
    if "." in token and all(len(part) == 1 for part in token.split(".")):  # U.S., U.K., a.m.
        return not nxt.isupper()
    return token in _MAYBE_END and not nxt.isupper()


def _add(spans: list[Span], text: str, start: int, end: int, min_words: int) -> None:
    piece = text[start:end]
    lead = re.match(rf"^\s*(?:[-*•>]+\s+|\d+[.)]\s+|{_CJK_BULLET}+\s*)?", piece)
    offset = lead.end() if lead else 0
    stripped = piece[offset:].rstrip()
    for a, b in _run_on_parts(stripped):
        part = stripped[a:b].rstrip(" ,;")
        if word_count(part) >= min_words:
            spans.append(Span(part, start + offset + a, start + offset + a + len(part)))


# A dictated note or voice-memo transcript runs on without stops: a long piece with no sentence mark is cut before
# each new clause (a pronoun and its verb, a filler word, a question to us), so one span never holds several turns.
RUN_ON_WORDS = 25
_CLAUSE_START = re.compile(
    r"\s(?=(?:(?:and|but|so|then)\s+)?(?:she|he|they|i|we)\s+(?:also\s+|just\s+|still\s+)?"
    r"(?:said|says|wants|wanted|asked|asks|thinks|thought|knows|rang|called|likes|liked|told|reckons|mentioned|promised|agreed|needs)\b"
    r"|(?:um|uh|erm|er|anyway|ok so|okay so|quick one)\b|(?:can|could|will)\s+(?:we|you)\b)",
    re.IGNORECASE,
)
MIN_CLAUSE_WORDS = 4
_SUBORDINATE = {"if", "that", "whether", "which", "who", "what", "when", "than", "because", "where", "how", "why", "as", "unless"}


def _run_on_parts(text: str) -> list[tuple[int, int]]:
    if len(text.split()) < RUN_ON_WORDS or re.search(r"[.!?;:,]", text[:-1]):  # any stop or comma: written, not dictated
        return [(0, len(text))]
    cuts = [0]
    for match in _CLAUSE_START.finditer(text):
        before = text[cuts[-1] : match.start()].split()
        if len(before) >= MIN_CLAUSE_WORDS and before[-1].lower() not in _SUBORDINATE:
            cuts.append(match.end())
    return list(zip(cuts, [*cuts[1:], len(text)], strict=True))


def one_line(text: str) -> str:
    """A quote for display: its line breaks shown as spaces.

    Each whitespace run is matched once (`\\s*\\n\\s*` would rescan a long run of spaces from every position).
    """
    return _SPACE_RUN.sub(lambda m: " " if "\n" in m.group() else m.group(), text)


_SPACE_RUN = re.compile(r"\s+")
