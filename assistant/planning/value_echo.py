"""The partner's own line that echoes the value statement (plan round 14, issue #20).

Where the notes hold no typed target, the partner has often said what the statement means in their own words ("I need
people paid and clocked in" under a statement of keeping people safe, paid and connected; "we sell outcome contracts to
hospitals" under one of outcomes hospitals can measure). The line of theirs that shares most content words with the
statement carries the value message better than any stock question. Only their own spoken lines count: narration, the
CIO's notes and asks of us are never said back as their words.
"""

from __future__ import annotations

import re

from assistant.planning.fragments import phrase_fault
from assistant.planning.goal_slot import goal_fault
from assistant.planning.note_reading import Partner
from assistant.planning.partner_aims import Aim, their_lines
from assistant.planning.plan_guards import fragment
from assistant.planning.situation_types import Sentence, Situation

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = set(
    "the a an and or but of to in on at for with by from as is are was were be been being it its this that these those our your their "
    "we us you they he she i me my his her them what which who whom so than then there here not no yes can could will would should must "
    "have has had do does did just also very more most less every each all any some one own technology tech it's it’s way ways get got "
    "make makes made keep keeps need needs want wants like thing things time year years day days good better best right well per "
    "via into onto van der von den de la le del di da du".split()
)
_ASK = re.compile(r"^(?:please|pls|kindly|can you|could you|would you|will you|send|let me know|subject|re|fw|fwd)\b", re.IGNORECASE)  # an ask of us
MIN_SHARED = 2  # content words a line must share with the statement to echo it
MAX_WORDS = 30


def stem(word: str) -> str:
    w = word.lower().strip("'’-")
    w = re.sub(r"['’]s$", "", w)
    for end in ("ingly", "ing", "edly", "ed", "ies", "es", "s", "ly"):
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[: -len(end)] + ("y" if end == "ies" else "")
    return w


def content(text: str, names: set[str] | None = None) -> set[str]:
    """The text's content-word stems: no stop words, no capitalised names given (the organisation's own name)."""
    return {stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and w not in (names or set()) and len(w) > 2}


def shared(text: str, statement: str) -> int:
    return len(content(text, _names(statement)) & content(statement, _names(statement)))


def _names(statement: str) -> set[str]:
    """Capitalised words of the statement past its first: the organisation's name, which every line of theirs may say."""
    words = _WORD.findall(statement)
    return {w for w in words[1:] if w[:1].isupper()} | ({words[0]} if words and words[0].lower() not in _STOP else set())


def echo_aim(sit: Situation, partner_name: str | None, statement: str) -> Aim | None:
    """The partner's own spoken line that shares most content words with the statement (at least two), latest on a
    tie; None when no line of theirs echoes it, or when the best one is a question, an ask of us or a cut clause."""
    if not statement.strip():
        return None
    best: tuple[int, object, Aim] | None = None
    for s, text, spoken in their_lines(sit.sentences, partner_name) + _turn_rest(sit, partner_name):
        for line in _sentences(text):
            if not spoken or not line or line.endswith("?") or not 4 <= len(line.split()) <= MAX_WORDS:
                continue
            plain = line.rstrip(".!")
            if _ASK.match(line) or goal_fault(plain, said=True) or phrase_fault(plain) or fragment(line) or re.search(r"[\"“”]", line):
                continue
            score = shared(line, statement)
            if score < MIN_SHARED:
                continue
            key = (score, s.date.toordinal() if s.date else 0)
            if best is None or key > (best[0], best[1]):
                said = line if line.endswith((".", "!")) else line + "."
                best = (score, key[1], Aim(said, True, s.date, s.note.ref))
    return best[2] if best else None


_LEAD_IN = re.compile(r"^(?:(?:she|he|they|[A-Z][\w'’-]+)\s+(?:said|says|wrote|replied|added|told (?:me|us))\s*[:,]?\s*)", re.IGNORECASE)


def _sentences(text: str) -> list[str]:
    """The line's sentences, each without its narration lead ('She said:') or quotation marks."""
    body = _LEAD_IN.sub("", text.strip()).strip()
    parts = [p.strip().strip("\"“”'’").strip() for p in re.split(r"(?<=[.!?])[\"”]?\s+[\"“]?(?=[A-Z])", body) if p.strip()]
    # "I want X, and I want Y": two whole sentences, each with its own subject
    return [c.strip() for p in parts for c in re.split(r",\s+(?:and|but)\s+(?=(?:I|we)\s)", p) if c.strip()]


_LABEL = re.compile(r"^\s*(?:\[[^\]]{4,25}\]\s*)?(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?:\s*\([^)]*\))?:\s")
_FIRST = re.compile(r"\b(?:I|my|me)\b")


def _turn_rest(sit: Situation, partner_name: str | None) -> list[tuple[Sentence, str, bool]]:
    """The later sentences of a chat message on the partner's own line ('[09:02] Ana Lima: Morning. My job is ...'),
    which the reader gives no speaker: theirs only when that line opens with their label, and in the first person."""
    partner = Partner.from_name(partner_name)
    out: list[tuple[Sentence, str, bool]] = []
    for s in sit.sentences:
        at = s.note.text.find(s.text)
        if s.speaker != "narrator" or at <= 0 or not _FIRST.search(s.text):
            continue
        line = s.note.text[s.note.text.rfind("\n", 0, at) + 1: at]
        label = _LABEL.match(line)
        if label and line.strip() != label.group(0).strip() and partner.is_me(label.group("who")):
            out.append((s, s.text, True))
    return out
