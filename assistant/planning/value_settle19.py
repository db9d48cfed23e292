"""The value message's guarantee (plan round 19): every plan carries the statement's meaning for this partner.

The message built upstream is audited sentence by sentence against the parsed statement (value_clauses19):
- a meaning sentence that cuts a clause ("making saving" of "making saving and borrowing simple"), says the
  whole statement back with nothing of the partner's, or carries a clause that touches their goals and function
  less than another clause of the same statement, is replaced by the best clause said whole;
- a sentence of theirs that is a raw quotation, starts on a pronoun with nothing to refer to, or names no measure,
  number, statement word or function word of theirs is left out (a line we cannot be sure is their aim);
- a deferral ("our part reaches you by ...") is no value; a question never stands alone.
With nothing left, the safe minimum: the best clause, tied to the partner's function.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.planning.value_clauses19 import (
    Clause,
    best_clause,
    clause_score,
    function_label,
    function_stems,
    statement_clauses19,
    stems,
)
from assistant.planning.value_outcome import run
from assistant.planning.value_whole20 import dangling as _dangling
from assistant.planning.value_whole20 import one_meaning, org_names

_I = re.IGNORECASE
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
MEANING = re.compile(r"earns its keep|^(?:[A-Z][\w'’.-]*, )?(?:[Hh]old (?:us|technology) to|[Oo]ur part is)\b|is where you (?:will|should) see it")
_DEFERRAL = re.compile(r"^(?:Our part reaches you\b|(?:I|We)(?:'ll| will) come back\b|First step: (?:what|how|why|when|where)\b)", _I)
_PRONOUN_SUBJECT = re.compile(r"(?:they|it|them|he|she|this|that)\b", _I)
_ADDRESSED = re.compile(r"^(?:[A-Z][\w'’.-]*, |(?:as you put it, |you\b|your\b))")  # said to them, by name or as "you"
_QUOTE = re.compile(r"[“”\"]")
_PRONOUN_START = re.compile(r"\bas you put it, (?:that|this|it|those|these|they|wants|needs|has|is|was)\b", _I)
_SHORT_OK = set("a an to of in on at by up is or as we it be do my me us so no if am go vs".split())
_CLAUSE_AT = re.compile(r"(?:earns its keep (?:by|when)|[Hh]old (?:us|technology) to(?: this:)?|[Oo]ur part is)\s+(?P<c>[^:.;]+)")
RUN = 4  # words in a row shared with the statement: said back, not meant (a mend never trades a cut clause for one)
CUT = 0.5  # a meaning clause carrying less than this share of its statement clause's words is a cut clause


def sentences(message: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(message) if s.strip()]


def _org_stems(statement: str) -> set[str]:
    """The organisation's name ('Technology at Nordlys'): no word of meaning."""
    m = re.match(r"\s*(?:[Oo]ur\s+)?[Tt]echnology\s+(?:at|in|for)\s+((?:[A-Z][\w'’.-]*\s*(?:&\s*)?)+)", statement)
    return stems(m.group(1)) if m else set()


def _matched(said: str, clauses: list[Clause]) -> Clause | None:
    """The statement clause a meaning sentence carries: the one sharing most words with it."""
    words = stems(said)
    scored = [(len(words & stems(c.text)), c) for c in clauses]
    top = max(scored, key=lambda x: x[0], default=(0, None))
    return top[1] if top[0] else None


def meaning_faults(sentence: str, statement: str, goals: str, function: str, role: str = "") -> list[str]:
    """What is wrong with one meaning sentence: 'fragment', 'pasted', 'wrong clause' ([] when it is sound)."""
    clauses = statement_clauses19(statement)
    m = _CLAUSE_AT.search(sentence)
    said = m.group("c") if m else sentence
    faults = []
    clause = _matched(said, clauses)
    finite = re.search(r"\b(?:are|is|get|gets|stay|stays)\b", said)  # "shifts are staffed": a whole clause of its own
    if clause and not finite and len(stems(said) & stems(clause.text)) < CUT * len(stems(clause.text)):
        faults.append("fragment")
    if _dangling(said, statement):
        faults.append("fragment")
    whole = stems(statement) - _org_stems(statement)
    tied = re.search(r"\d|where you (?:will|should) see it|\bthe [\w-]+ team\b", sentence)
    if len(whole) >= 4 and len(stems(said) & whole) >= 0.6 * len(whole) and not tied:
        faults.append("pasted")
    best = best_clause(clauses, goals, function, role)
    if clause and best and clause_score(best, goals, function, role) > clause_score(clause, goals, function, role):
        faults.append("wrong clause")
    return sorted(set(faults))


def theirs_unsure(sentence: str, statement: str, function: str, role: str = "") -> bool:
    """A line of theirs we cannot be sure is their aim: a raw quote, a cut line, a pronoun with nothing to refer to,
    a token that is no word, or a want that names no number, statement word or word of their function."""
    if _PRONOUN_START.search(sentence):
        return True
    need = re.search(r"\bwhat you (?:need|want|ask of us) is [“\"]([^”\"]+)[”\"]", sentence)
    if need and len(need.group(1).split()) >= 4:
        return False  # their own words for what they need, said whole
    if _QUOTE.search(sentence):  # other words of theirs stay where they touch the statement or their work
        return not stems(" ".join(re.findall(r"[“\"]([^”\"]+)[”\"]", sentence))) & (_touch(statement, function, role))
    if any(len(w) <= 2 and w.islower() and w not in _SHORT_OK for w in re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", sentence)):
        return True  # "you want re from 58% ...": a word cut from its start
    return False  # a want in their own words stays, whatever its words (the upstream aim checks have read it)


def _touch(statement: str, function: str, role: str) -> set[str]:
    """The words a line of theirs must share with the statement or their function's vocabulary to be about it."""
    return (stems(statement) - _org_stems(statement)) | function_stems(function, role)


def audit(message: str, statement: str, goals: str, function: str, role: str = "") -> list[str]:
    """The value message's faults: 'missing' (no meaning, only a question or a deferral), 'pasted', 'fragment',
    'wrong clause', 'raw quote'."""
    said = sentences(message)
    meant = [s for s in said if MEANING.search(s)]
    out: list[str] = [] if meant else ["missing"]
    for s in meant:
        out += meaning_faults(s, statement, goals, function, role)
    if any((_QUOTE.search(s) or _PRONOUN_START.search(s)) and theirs_unsure(s, statement, function, role) for s in said):
        out.append("raw quote")
    return sorted(set(out))


def _tied(sentence: str, function: str, role: str) -> str:
    """'Our part is keeping X' -> 'For you and the HR team, technology earns its keep by keeping X': the upstream
    re-voicing kept, tied to the partner's function (unchanged where no gerund or no function)."""
    label = function_label(function, role)
    m = re.match(r"^(?:[A-Z][\w'’.-]*, )?(?:[Oo]ur part is|[Hh]old (?:us|technology) to(?: this:)?)\s+(?P<g>[a-z]+ing\b[^.]*)\.?$", sentence)
    return f"For you and the {label} team, technology earns its keep by {m.group('g')}." if m and label else sentence


def said_anew(clause: str) -> str:
    """The clause in the partner's terms: 'your' for 'our', 'you' for 'us', 'each' for 'every' (a list is never turned
    round: 'collected, tested and turned into dairy' keeps its order)."""
    out = re.sub(r"\bour\b", "your", clause)
    out = re.sub(r"\b(?:us|we)\b", "you", out)
    return re.sub(r"\b(every|each)\b", lambda m: "each" if m.group(1) == "every" else "every", out)


def built_meaning(statement: str, goals: str, function: str, role: str = "", metric: str = "", first: str = "",
                  refused: Callable[[str], bool] = lambda _s: False) -> str:
    """The best clause of the statement that the plan's checks let stand, said whole, tied to their measure or else to
    their function ('' when every clause is refused)."""
    clauses = [c for c in statement_clauses19(statement) if not (c.part == "outcome" and _PRONOUN_SUBJECT.match(c.text))]
    label = function_label(function, role)
    who = f"you and the {label} team" if label and not metric else "you"
    tail = f": {metric} is where you will see it" if metric else ""
    while clauses:
        clause = best_clause(clauses, goals, function, role)
        if clause is None:
            break
        how = f"by {said_anew(clause.gerund())}" if clause.part == "means" else f"when {said_anew(clause.text)}"
        for name in org_names(statement):  # "keeping Volta's lines running" -> "keeping your lines running"
            how = re.sub(rf"\b{re.escape(name)}['’]s\b", "your", how)
        how = re.sub(r"\bthe (?:university|port|council|trust|firm|company|group|bank|hospital|city|college|airline|business|society)['’]s\b",
                     "your", how)  # "the port's ships": the organisation the partner is part of
        said = f"For {who}, technology earns its keep {how}{tail}."
        said = f"{first}, {said[0].lower()}{said[1:]}" if first else said
        if not refused(said):
            return said
        clauses.remove(clause)
    return ""


def goals_text(goals: Sequence[object], extra: list[str]) -> str:
    """Their goals, measures and targets as one text: the words a clause must share to touch them."""
    return " ".join([*(f"{g.text} {' '.join(g.measures)}" for g in goals), *extra])  # type: ignore[attr-defined]


def settle(message: str, statement: str, goals: str, function: str, role: str = "", first: str = "", metric: str = "",
           refused: Callable[[str], bool] = lambda _s: False, voiced: Callable[[str], bool] = lambda _s: False,
           metric_of: Callable[[str], str] = lambda _s: "") -> str:
    """The message mended (`_settle`), then the one final check: each meaning sentence carries a whole clause."""
    mended = _settle(message, statement, goals, function, role, first, metric, refused, voiced, metric_of)

    def build(named: bool) -> str:
        theirs = [s for s in sentences(mended) if re.match(r"(?:[A-Z][\w'’.-]*, )?(?:as you put it, )?you\b", s, _I) and not s.endswith("?")]
        m = re.search(r"\b[Yy]ou (?:want|need)\s+(.*)$", theirs[0]) if theirs else None  # "overtime spend cut by a fifth"
        unit = metric or (metric_of(m.group(1).rstrip(".")) if m else "")
        return built_meaning(statement, goals + " " + " ".join(theirs), function, role, unit, "" if named else first, refused)

    return one_meaning(mended, statement, build, lambda s: bool(MEANING.search(s)), sentences)


def _settle(message: str, statement: str, goals: str, function: str, role: str = "", first: str = "", metric: str = "",
            refused: Callable[[str], bool] = lambda _s: False, voiced: Callable[[str], bool] = lambda _s: False,
            metric_of: Callable[[str], str] = lambda _s: "") -> str:
    """The message mended in place (see the module's note): a cut, refused or wrong-half meaning sentence is replaced by
    the best clause said whole, one that only says the statement back is tied to their function, a raw quote or a
    deferral goes; every other sentence (their aim, our dated step, the question) stays as it was."""
    if not any(c.part == "means" for c in statement_clauses19(statement)):
        return message  # a statement the grammar cannot read: nothing here can vouch for a better line
    out: list[str] = []
    placed = -1
    for s in sentences(message):
        if MEANING.search(s):
            faults = set(meaning_faults(s, statement, goals, function, role))
            if faults - {"pasted"} or refused(s) or placed >= 0:
                continue  # mended below, once
            placed = len(out)
            out.append(_tied(s, function, role) if faults else s)
        elif _DEFERRAL.match(s):
            continue
        elif _ADDRESSED.match(s) and not s.endswith("?") and (theirs_unsure(s, statement, function, role) or voiced(s)):
            continue
        else:
            out.append(s)
    dropped = next((s for s in sentences(message) if MEANING.search(s)), "")
    if placed < 0:
        theirs = [s for s in out if _ADDRESSED.match(s) and not s.endswith("?")]
        named = bool(first) and any(s.startswith(f"{first}, ") for s in out)
        m = re.search(r"\byou (?:want|need)\s+(.*)$", theirs[0]) if theirs and re.search(r"\d", theirs[0]) else None
        line = built_meaning(statement, goals + " " + " ".join(theirs), function, role, metric or (metric_of(m.group(1).rstrip(".")) if m else ""),
                             "" if named else first, refused)
        cut = bool(dropped) and "fragment" in meaning_faults(dropped, statement, goals, function, role)
        if not line or dropped and not cut and run(line, statement) >= RUN:
            line = dropped  # every clause refused, or the mend would say a run of the statement's words: the line as it
            # was (a cut line is never kept: a whole clause of the statement, said back, beats a fragment of it)
        if not line:
            return message
        at = out.index(theirs[0]) + 1 if theirs else 0
        out.insert(at, line)
    return " ".join(out)


def refuser(sit: object) -> Callable[[str], bool]:
    """The plan's own checks on a sentence (an avoid-topic, a private note, the CIO's note given as theirs): a line
    they would strike later is never built here. (The CIO's voice alone: `voice_check`.)"""
    from assistant.planning.partner_aims import cio_lines
    from assistant.planning.plan_checks import PlanChecker
    from assistant.planning.plan_guards import cio_voice

    checker, ours = PlanChecker(sit), cio_lines(sit.sentences)  # type: ignore[arg-type, attr-defined]
    return lambda s: bool(checker.fault(s) or cio_voice(s, sit, ours))  # type: ignore[arg-type]


def voice_check(sit: object) -> Callable[[str], bool]:
    """The CIO's own note given as the partner's words: the sweep would strike the whole message for it."""
    from assistant.planning.partner_aims import cio_lines
    from assistant.planning.plan_guards import cio_voice

    ours = cio_lines(sit.sentences)  # type: ignore[attr-defined]
    return lambda s: bool(cio_voice(s, sit, ours))  # type: ignore[arg-type]
