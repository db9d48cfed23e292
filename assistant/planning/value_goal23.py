"""A typed goal read from the partner's words (plan round 23): measure, direction, today's level and the target.

"cut first-year drop-out from 31% to 25% by 2028" -> Goal23(measure="first-year drop-out", direction="down",
today="31%", target="25%", by="by 2028"). The goal slot ("X, you want ...") is only filled with a goal that is whole
and points the way the partner's numbers point: a level of today said as a want, a cut phrase or a complaint is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.planning.situation_types import Situation

_I = re.IGNORECASE
_UNIT = r"(?:\s?(?:%|pp\b|[MKk]\b|bn\b|m\b|mil\b|million\b|billion\b|days?\b|hours?\b|hrs?\b|minutes?\b|mins?\b|weeks?\b|months?\b|points?\b|seconds?\b))?"
NUM = r"(?:[A-Z]{3}\s?|R\$\s?)?[£$€]?\d[\d,]*(?:\.\d+)?" + _UNIT
_FROM_TO = re.compile(
    rf"(?P<m>(?:[\w'’&/-]+\s+){{1,7}}?)(?:(?:down|up|back)\s+)?from\s+(?:about\s+|around\s+|roughly\s+)?(?P<a>{NUM})\s+"
    rf"(?:(?:down|up|back)\s+)?to\s+(?:under\s+|below\s+|above\s+|over\s+|at least\s+|at most\s+)?(?P<b>{NUM})(?P<per>\s+per\s+(?:[\d,]+\s+)?[a-z-]+(?:\s+(?!by\b|in\b|before\b)[a-z-]+)?)?"
    r"(?P<by>\s+(?:by|in|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:FY\s?\d{2,4}|Q[1-4](?:\s+\d{4})?|(?:[A-Z][a-z]+\s+)?\d{4}|next year|[A-Z][a-z]+))?")
_LEVEL_TARGET = re.compile(
    rf"(?P<m>(?:[\w'’&/-]+\s+){{1,7}}?)(?:is\s+|at\s+|sits\s+at\s+|stands\s+at\s+|runs\s+at\s+)?(?:about\s+|around\s+)?(?P<a>{NUM})"
    r"(?:\s+(?:today|now|currently|this year|last month|last year))?\s*[,;]\s+(?:and\s+|with\s+|but\s+)?"
    r"(?:(?:a\s+|the\s+|her\s+|his\s+|our\s+|their\s+)?(?:target|goal|aim)(?:\s+is|\s+of|:)?|(?:the\s+)?(?:[A-Z][\w ]{0,30}?\s+)?(?:board|she|he|we|they|I)\s+wants?)\s+"
    rf"(?:under\s+|below\s+|above\s+|over\s+|at least\s+)?(?P<b>{NUM})(?P<per>)"
    r"(?P<by>\s+(?:by|in|before)\s+(?:the\s+)?(?:end\s+of\s+)?(?:FY\s?\d{2,4}|Q[1-4](?:\s+\d{4})?|(?:[A-Z][a-z]+\s+)?\d{4}|next year))?")
# Words before the measure: a verb of change, a cue of wanting, a determiner ("cut our ...", "she wants the ...").
_LEAD = set(
    "currently today now at present about around roughly some only still already to cut reduce lower raise increase grow get bring take move improve lift push drive want wants wanted need needs "
    "is are was were be our their the a an her his my its your target targets aim aims goal goals plan plans and "
    "halve double shrink boost trim slash reach hit we i she he they you would like hope must should will".split())
_NOT_MEASURE = {"it", "this", "that", "them", "these", "those", "which", "what", "there", "here", "up", "down"}


@dataclass(frozen=True)
class Goal23:
    measure: str
    direction: str  # down | up
    today: str
    target: str
    by: str = ""

    def at(self) -> str:
        """'at 94%', 'below 1.8%': the target as a level to reach."""
        return self.target if self.target[:1].isalpha() else f"at {self.target}"

    def said(self, first: str) -> str:
        """'Amara, you want first-year drop-out down from 31% to 25% by 2028.'"""
        lead = f"{first}, you want" if first else "You want"
        return f"{lead} {self.measure} {self.direction} from {self.today} to {self.target}{self.by}."


def _value(num: str) -> float | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", num)
    if not m:
        return None
    try:
        return float(m.group(0).replace(",", ""))
    except ValueError:
        return None


def _unit(num: str) -> str:
    return re.sub(r"[\d.,\s]", "", num).lower()


def _measure(words: str) -> str:
    parts = re.split(r"[:;,.()]\s", words + " ")[-1].split()  # "Her numbers: line availability" -> "line availability"
    while parts and (parts[0].lower().strip("“”\"'(,:;") in _LEAD or not re.search(r"[A-Za-z]", parts[0])):
        parts = parts[1:]
    cut = [i for i, w in enumerate(parts) if w.lower() in _LEAD - {"and"}]
    parts = parts[cut[-1] + 1:] if cut else parts  # "we want to cut agency spend" -> "agency spend"
    text = " ".join(parts).strip(" ,;:“”\"'()")
    if not text or text.lower() in _NOT_MEASURE or re.search(r"[.:;!?()]", text) or len(text.split()) > 5:
        return ""
    text = text[:1].lower() + text[1:] if text[1:2].islower() else text  # "On-time dispatch" -> "on-time dispatch"
    return text if re.search(r"[A-Za-z]{3}", text) else ""


def goals_in(text: str) -> list[Goal23]:
    """Every 'MEASURE from A to B [by WHEN]' in one sentence, typed; none where the measure or the move is unclear."""
    out = []
    for m in [*_FROM_TO.finditer(text), *_LEVEL_TARGET.finditer(text)]:
        a, b = _value(m.group("a")), _value(m.group("b"))
        ua, ub = _unit(m.group("a")), _unit(m.group("b"))
        if a is None or b is None or a == b or ("%" in ua) != ("%" in ub) and bool(ua) and bool(ub):
            continue
        measure = _measure(m.group("m"))
        if not measure:
            continue
        by = (m.group("by") or "").rstrip()
        by = by if by and re.search(r"\d|next year", by) else ""
        today, target = m.group("a").strip(), m.group("b").strip() + (m.group("per") or "")
        if ub and not ua and not re.match(r"[A-Z£$€]", target):
            today = today + ("" if ub in {"%"} and today.endswith("%") else (ub if ub == "%" else ""))
        out.append(Goal23(measure, "down" if b < a else "up", today, target, by))
    return out


def typed_goals(sit: Situation) -> list[Goal23]:
    """The partner's goals with numbers, from their own lines and the lines noted about them, latest first."""
    seen: set[str] = set()
    out: list[Goal23] = []
    for s in reversed(sit.sentences):
        if s.speaker not in ("partner", "narrator"):
            continue
        for g in goals_in(s.text):
            if g.measure.lower() not in seen:
                seen.add(g.measure.lower())
                out.append(g)
    return out


_NOW = re.compile(r"\b(?:today|currently|right now|at present|now|this year|so far|sits? at|stands? at|is at|runs? at)\b", _I)
_COMPARE = re.compile(rf"\b(?:targets?(?: of)?|from\b[^.?!]*\bto|under|below|above|over|at least|at most|to|down to|up to|beyond|within|less than|more than|fewer than|no more than|by)\s+(?:about\s+)?{NUM}", _I)
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:end\s+of\s+)?(?:FY\s?\d{2,4}|Q[1-4]|(?:[A-Z][a-z]+\s+)?\d{4}|next year)", _I)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# Numbers that are no quantity: dates, years, quarters, "24-bed", "(Ward 9)".
_DATES = re.compile(rf"\(.*?\)|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|\b{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\b(?:19|20)\d\d\b"
                    r"|\b(?:Q[1-4]|FY\s?\d{2,4}|H[12])\b|\b\d+-(?=[a-z])", _I)
_TELL = re.compile(r"^(?:to\s+)?(?:hear|show|tell|check|say)\b", _I)  # "to show a first draft then": a step, not a goal
_HALF = re.compile(r"^(?:down|up|out|back|more|less|off|over|away|rid)\b", _I)
_CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
_SMALL = set("the and for with our your their this that from into onto what who how when where than then".split())


def slot_fault(want: str, goals: list[Goal23]) -> str:
    """Why 'you want WANT' is no whole goal of theirs ('' when it is): a level of today, a cut, a complaint."""
    core = re.split(r",\s+(?:and|so|but)\s+", want.strip().rstrip(".!"), maxsplit=1)[0].strip()
    if core.count("(") != core.count(")") or core.count("“") != core.count("”") or core.count('"') % 2:
        return "a cut bracket or quotation"
    if ":" in core or core.endswith(("-", "–", "—")):
        return "a cut phrase"
    bare = _DATES.sub("", core)  # "38 (31 now)": the aside is today's level beside the target
    if re.search(r"\d", bare):
        head = re.split(r"\s(?:and|but|while|whereas)\s|;", core)[0]
        if re.match(rf"\s*(?:about |around |roughly |some )?{NUM}", core) and not _BY.search(head) or _NOW.search(bare):
            return "a level of today in the want slot"
        for g in goals:
            today = re.escape(g.today)
            if re.search(rf"(?<!from ){today}(?![\d.,])", core) and g.target not in core:
                return "today's level said as the target"
        return ""
    if re.search(r"\bnot\b|n't\b", core, _I):
        return "a complaint, not a goal"
    if _TELL.match(core) or _HALF.match(core):
        return "a half phrase, not a goal"
    words = [w for w in _CONTENT.findall(core) if w.lower() not in _SMALL]
    if len(words) < 3:
        return "too short to be a goal"
    return ""


_WANTED = re.compile(rf"^(?P<m>[a-z][\w'’ /-]{{2,40}}?)\s+(?P<c>(?:under|below|above|over|at least|at most)\s+)?(?:(?:up to|down to|to|of)\s+)?(?P<n>{NUM})(?=\s+by\b|\s*$|\s+(?:a|per|each)\s)")


def wanted(want: str) -> Goal23 | None:
    """'e-loans per member 3.5 by the end of next year' -> its measure and target (no level of today said)."""
    m = _WANTED.match(want.strip())
    measure = _measure(m.group("m")) if m else ""
    return Goal23(measure, "", "", f"{m.group('c') or ''}{m.group('n').strip()}") if m and measure and measure == m.group("m").strip() else None
