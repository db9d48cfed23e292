"""The value message when no goal of theirs was read (the older layers in value_translation spoke): what of theirs
those layers said stays, what only re-voices the statement goes, and the statement's meaning is carried as a kind.

- Kept: a sentence that says something of theirs back (their want, their numbers, their own words), unless the notes
  give that want to someone else (a deputy's or a colleague's wish is never credited to the partner).
- Dropped: a sentence that re-voices the statement ("Our part is ...", "technology earns its keep by ..."), three of
  its content words in a row outside a quotation, a question, a dated step or a line of method (the script's
  business).
- With nothing of theirs kept: the partner's own line that meets the statement's meaning (a shared word or theme),
  latest first, quoted whole (never a line of a miss, a request or offer, an avoid-topic or something done since);
  else one short sentence of the meaning as a kind. Every fixed sentence stays under twelve words (boilerplate gate).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.planning import situation_cues as cue
from assistant.planning.goal_done import reported_done
from assistant.planning.situation import Situation
from assistant.planning.spoken_lines import aside
from assistant.planning.value_clauses19 import stem
from assistant.planning.value_facts import fact_line
from assistant.planning.value_final import sentences
from assistant.planning.value_own import (
    _ABOUT_US,
    _OWN_LINE,
    _THEMES,
    _WANT_TOLD,
    _own_words,
    _quoted,
    _safe,
    kind_phrase,
    kind_sentence,
    statement_kind,
    tie_sentence,
)
from assistant.planning.value_settle19 import MEANING

_I = re.IGNORECASE
RUN = 3  # content words in a row as the statement has them, outside a quotation: the statement re-voiced
MIN_WORDS, MAX_WORDS = 4, 25  # a line of theirs said back whole: long enough to mean something, short enough for one breath
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*")
_STOP = set(
    "the a an and or of to in on at for with by from so that our your their its it we you they us every each all any more "
    "less is are be can what who this these those as than into onto there here will would not no only just also make makes "
    "helps help lets gives give keep keeps technology tech earns part".split()
)
_QUOTE = re.compile(r"[“\"][^”\"]*[”\"]")
_THEIRS = re.compile(r"[“]|\bas you put it\b|\byou(?:'ve said you)? (?:want|need|said)\b|\byour (?:own |joint )?target\b|\bholds you to\b"
                     r"|\bthe target\b|\byou (?:set|are held)\b", _I)
_WANTS = re.compile(r"\byou (?:want|need)\s+(?P<x>[^.!?]+)", _I)
_LOOSE = re.compile(r"(?:still|even|more|less|much|just|only|also|already|too|it|that|this)\b", _I)  # a want cut loose from its object
_ELSEWHERE = re.compile(r"^(?:If|Unless|When)\b|\b(?:she|he|her|his)\b|\b(?:it|that|this|them)\b[^.]{0,12}[.!]?$|\b(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b", _I)
_MEASURED = re.compile(r"\d\s?%|[£$€]\s?\d|\bfrom\s+[£$€]?\d[^.]*\bto\s+[£$€]?\d|\b(?:down|up|under|below|above)\s+(?:by\s+|to\s+)?[£$€]?\d", _I)
_STEP = re.compile(r"^(?:First step|Our part\b|Our promise|Your (?:request|offer)|Yes\b|Before the meeting)", _I)


def _content(text: str) -> list[str]:
    return [stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2]


def _org(statement: str) -> set[str]:
    """The organisation's name in the statement ('Technology helps Van Rijn win ...'): capitalised words after the first."""
    words = _WORD.findall(statement)[1:]
    return {stem(w) for w in words if w[:1].isupper()}


def _run(sentence: str, statement: str) -> int:
    """Content words in a row that the sentence (outside its quotations) shares with the statement."""
    a, b = _content(_QUOTE.sub(" ", sentence)), _content(statement)
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


def _credited_to_other(sit: Situation, sentence: str) -> bool:
    """The want the sentence says back is a goal the notes give to someone other than the partner: said by another
    speaker, or led in by another person the notes name ('the CEO told me he wants ...')."""
    others = [p.name.split()[0] for p in sit.people if p.name and not any(n in p.name for n in sit.partner_names)]
    for g in sit.goals:
        if len(g.text) < 12 or g.text[:40].lower() not in sentence.lower():
            continue
        lines = [s for s in sit.sentences if s.note.ref == g.note_ref and (g.text in s.text or g.quote in s.text)]
        if lines and all(s.speaker in ("other", "us") for s in lines):
            return True
        lead = " ".join(s.text.split(g.text)[0] for s in lines)
        if any(re.search(rf"\b{re.escape(o)}\b", lead) for o in others if len(o) > 1):
            return True
    return False


def kept_theirs(sit: Situation, message: str, statement: str) -> list[str]:
    """The sentences of the older layers' message that say something of theirs and re-voice nothing of the statement."""
    out = []
    for s in sentences(message):
        if s.endswith("?") or _STEP.match(s) or MEANING.search(s) or _run(s, statement) >= RUN or _credited_to_other(sit, s):
            continue
        want = _WANTS.search(s)
        if want and (_WANT_TOLD.search(f"want {want.group('x')}") or len(want.group("x").split()) < 4 or "#" in s or _LOOSE.match(want.group("x"))):
            continue  # "you want to know next time", "you want the HR systems": a demand on us or a cut want, never their aim
        quoted = re.findall(r"“([^”]+)”", s)
        if quoted and not all(_quote_stands(sit, q) for q in quoted):
            continue  # their words from the story of a miss, or leaning on another line
        out.append(s)
    return out if any(_THEIRS.search(s) for s in out) else []


def _excluded(sit: Situation, text: str, note_text: str) -> bool:
    """A line the value message may not lean on: one on the same note line as a miss, their request or offer, an
    avoid-topic or a forgiven quote (the story of a miss is never the value test)."""
    quotes = [q.strip() for q in [i.quote for i in sit.items] + [i.forgiven_quote for i in sit.items] + [a.quote for a in sit.avoid] if q.strip()]
    lines = [ln for ln in note_text.splitlines() if text in ln or ln.strip() and ln.strip() in text] or [text]
    return any(q in ln or ln in q for q in quotes for ln in lines)


def _settles_a_miss(line: str) -> bool:
    """A line that tells a miss or puts one behind them (the engine's own miss and forgiveness cues)."""
    return bool(cue.MISS.search(line) or cue._FORGIVEN_WORDS.search(line) or re.search(r"\bmove on\b|\bfixed\b", line, _I))


def _told_notes(sit: Situation) -> set[str]:
    """The notes that tell a miss or an avoid-topic: the partner's lines there answer it, never state a value."""
    return {i.note_ref for i in sit.items if i.kind == "miss"} | {a.note_ref for a in sit.avoid}


def _quote_stands(sit: Situation, quote: str) -> bool:
    body = quote.strip(" .")
    lines = [x for x in sit.sentences if body in x.text]
    return not _ELSEWHERE.search(body) and not _settles_a_miss(body) and not any(x.note.ref in _told_notes(sit) or _excluded(sit, x.text, x.note.text) for x in lines)


def _meets(line: str, statement: str, kind: str) -> bool:
    """The line shares a content word (not the organisation's name) or the kind's theme with the statement."""
    shared = (set(_content(line)) & set(_content(statement))) - _org(statement)
    return bool(shared) or bool(re.search(_THEMES[kind], line, _I))


def their_line(sit: Situation, first: str, statement: str, level: str, stands: Callable[[str], bool]) -> str:
    """'Declan, in your words: “I need the boiler to work.”': their latest own line that meets the statement's meaning."""
    kind = statement_kind(statement, level)
    found: list[tuple[bool, dt.date, int, str]] = []
    told = _told_notes(sit)
    for s in sit.sentences:
        if s.speaker not in ("partner", "narrator") or s.note.ref in told or _excluded(sit, s.text, s.note.text):
            continue
        words = _own_words(sit, s.text, s.note.text, s.speaker)
        for part in re.split(r"(?<=[.!])\s+", words.strip()):
            part = part.strip().strip("\"“”„").strip()
            if not MIN_WORDS <= len(part.split()) <= MAX_WORDS or part.endswith("?") or "…" in part or "..." in part or aside(part):
                continue
            if _ABOUT_US.search(part) or _WANT_TOLD.search(part) or _ELSEWHERE.search(part) or _settles_a_miss(part) or not _meets(part, statement, kind) or reported_done(part, s.date, sit):
                continue  # a line about someone else, one leaning on another ('keep it like that'), a dated arrangement
            found.append((bool(_OWN_LINE.search(part)), s.date or dt.date.min, s.order, part))
    for _, _, _, part in sorted(found, reverse=True):
        said = _quoted(first, part)
        if said and _safe(said) and stands(said):
            return said
    return ""


def no_goal_message(sit: Situation, first: str, statement: str, level: str, message: str, stands: Callable[[str], bool]) -> str:
    """The value message with no goal of theirs read: what of theirs the older layers said, else their own line, tied
    to the statement's meaning as a kind; else that meaning in one short sentence ('' with no statement)."""
    if not statement.strip():
        return message
    kept = kept_theirs(sit, message, statement)
    if kept:
        said = " ".join(kept)
        tie = tie_sentence(statement_kind(statement, level, said), "", bool(_MEASURED.search(said)), statement, "“" in said)
        return f"{said} {tie}"
    line = their_line(sit, first, statement, level, stands)
    if line:
        return f"{line} {tie_sentence(statement_kind(statement, level, line), '', False, statement, True)}"
    kind = statement_kind(statement, level)
    meaning = kind_sentence(kind, statement)
    meaning = meaning if _run(meaning, statement) < RUN else f"Technology's job for you: {kind_phrase(kind, statement)}."
    named = f"{first}, {meaning[:1].lower()}{meaning[1:]}"
    short = named if first[:1].isupper() and len(named.split()) < BOILERPLATE_WORDS else meaning
    asked = _on_their_request(sit, message, statement)
    if asked.endswith("?"):  # the older layers' question on their own item: what they will judge us by
        return f"{short} {asked}"
    if asked:
        return f"{asked} {tie_sentence(statement_kind(statement, level, asked), '', bool(_MEASURED.search(asked)), statement, '“' in asked)}"
    ours = [i.complement for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status in {"open", "overdue"} and i.due]
    part = fact_line(sit, " ".join(ours)) if ours else ""  # our latest open promise, dated: what we do while their goal is unknown
    return f"{short} {part}" if part.startswith("Our part:") else short  # never a stock question: round 25's rule


def _on_their_request(sit: Situation, message: str, statement: str) -> str:
    """A sentence of the older layers' message on something of the partner's own (two content words the notes use,
    besides stock ones), re-voicing nothing of the statement: their item named, as what they will judge us by."""
    noted = {w for x in sit.sentences for w in _content(x.text)} - _STOCK
    for s in sentences(message):
        if _run(s, statement) >= RUN or _STEP.match(s) or MEANING.search(s) or _credited_to_other(sit, s):
            continue
        if len(set(_content(s)) & noted) >= 2 and (not s.endswith("?") or slot_stands(sit, s)):
            return s
    return ""


_SLOT = re.compile(r"^(?:What|Where) would (?:the\s+)?(?P<x>.+?) need to\b")
_CUT_AFTER = re.compile(r"^\s+(?!(?:and|or|but|to|in|on|at|for|of|by|from|with|is|are|was|were|has|had|will|would|should|can|could|down|up|as|than|this|that|next|last)\b)[a-z][\w-]*")


def slot_stands(sit: Situation, question: str) -> bool:
    """The question's slot ('What would X need to ...') is a whole noun phrase of theirs: a note line of the partner or
    of the CIO about them holds it, it starts on no verb of the note's own sentence ('Asked re cost per lab') and no
    word of the noun phrase follows it there ('cost per lab' of 'cost per lab seat'); a colleague's or our own item
    ('total spend down 20%' from their boss, 'the pilot' in our team's turn) is not what they will judge us by."""
    m = _SLOT.match(question)
    if not m:
        return True
    slot = m.group("x")
    first = slot.split()[0]
    if re.fullmatch(r"[A-Z][a-z]+(?:ed|s)?", first) and not any(p.name and first in p.name for p in sit.people) or re.search(r"\bre\b", slot):
        return False  # "Asked re cost per lab": the note's shorthand, a verb and an abbreviation before the noun
    for x in sit.sentences:
        at = x.text.find(slot)
        told = re.search(r"\b(?:he|she)\b", x.text[:at], _I) or any(n.title() in x.text[:at] for n in sit.partner_names if len(n) > 2)
        if at < 0 or x.speaker not in ("partner", "narrator") and not told:
            continue  # a line of ours or a colleague's holds it only where it tells of the partner ("He asked for ...")
        if not _CUT_AFTER.match(x.text[at + len(slot):]):
            return True
    return False


_STOCK = {stem(w) for w in "result next year success call good deliver need want know team would".split()}


BOILERPLATE_WORDS = 12  # a sentence this long, shared by two partners' plans, is boilerplate (evals/README.md)
