"""The partner's aims as typed facts, read over the whole timeline (plan round 13).

When no "I want / my goal is" line gives the value message its goal, partners still state what they are after in
other shapes: a label in a plan or minutes ("Target: X from 31 to 20 by 2026", "Priority: ..."), a result someone
above them set ("the board wants my X down by a third"), a consequence they are after ("if I can see X, I can run
Y on facts"), or a want whose object is spelled out after a colon ("wants the same for A: B and C"). Each is read
as a typed fact (kind, who set it, day), ranked by overlap with the value statement and by recency; never an ask,
a deadline, a task of ours or our promise. With no aim at all, one question built on a measure the notes name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.planning.aim_kinds import fallback_hook, not_an_aim
from assistant.planning.aim_moves import moves_in
from assistant.planning.goal_done import reported_done
from assistant.planning.goal_reading import not_a_goal
from assistant.planning.note_reading import Partner
from assistant.planning.partner_aims import _their_lines, cio_lines
from assistant.planning.situation_types import Sentence, Situation
from assistant.planning.slot_fit import leans_back, slot_fault
from assistant.planning.target_status import current_level
from assistant.planning.value_echo import shared

_I = re.IGNORECASE
_AIM_WORD = r"(?:target|goal|aim|objective|ambition|priority|KPI|north star)"
# "Target: average claim cycle time from 31 days to 20 by the end of 2026", "Joint goal - 12% of bookings online"
_LABEL = re.compile(r"^(?P<lead>(?:(?:our|my|his|her|their|the|joint|agreed|shared|new|main|one|\d{4}|FY\s?\d{2,4})\s+)*)" + _AIM_WORD
                    + r"(?:\s+for\s+[\w\s]{2,20}?)?\s*(?::|–|—| - )\s*(?P<x>.{8,160}?)[.;]?$", _I)
# "the board wants my agency spend down by a third", "the CEO needs our cost per case under £40"
_SET_BY = re.compile(r"\b(?P<who>the (?:board|CEO|CFO|chief executive|managing director|executive(?: team)?|exec|trust|group|council|regulator|owners?|minister|ministry|shareholders?|parent company))"
                     r"\s+(?:wants?|needs?|expects?|asked for|has asked for)\s+(?P<x>(?:my|our|the|his|her|their)\s+[\w -]{2,40}?\s+"
                     r"(?:down|up|cut|reduced|halved|doubled|under|below|above|over|back)\b(?:(?!\s+(?:and|but)\s+(?:I|we)\b)[^.;!?\"”,]){0,40})", _I)
# "If I can see all three plants on Monday, I can run S&OP on facts instead of opinions": the consequence is the aim
_THEN = re.compile(r"^(?:if|once|when)\b[^,]{4,120},\s*(?:then\s+)?(?:I|we)\s+(?:can|could|will be able to)\s+(?:finally\s+|really\s+)?(?P<x>[a-z][^.;!?\"”]{6,90})", _I)
_SO_THAT = re.compile(r"\bso (?:that )?(?:I|we)\s+can\s+(?:finally\s+)?(?P<x>[a-z][^.;!?\"”,]{6,90})", _I)
# "She wants the same for operating theatres: OT utilisation and lab turnaround, across all eleven hospitals"
_SPELLED = re.compile(r"\b(?:wants?|needs?|is after|asked for)\s+(?:the same|that|this|it|more of (?:the same|that|this))\b[^:]{0,40}:\s*(?P<x>[^.;!?]{8,140})", _I)
_NUMBER = re.compile(r"\d")
_ASK = re.compile(r"\b(?:quote|proposal|costed|estimate|invoice|answer|reply|on (?:my|her|his) desk|from us|of us|send|sign[- ]off|meeting|call)\b", _I)
_MONTH_DAY = re.compile(r"\bby\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|(?:mon|tues|wednes|thurs|fri)day|tomorrow|next week)", _I)
_OUR_SIDE = re.compile(r"^(?:we|our|I)\s+(?:committed|promised|will|owe|agreed to)\b", _I)


@dataclass(frozen=True)
class AimFact:
    kind: str  # target (a label in their plan), set (a result someone above them set), then (what they want to be able to do), spelled
    text: str  # the aim in their words, whole, ready to follow its lead
    set_by: str  # "the board" where a body above them set it; "" where it is theirs
    date: dt.date | None
    note_ref: str
    spoken: bool

    @property
    def metric(self) -> str:
        """'cycle time' of 'average claim cycle time from 31 days to 20', 'agency spend' of 'my agency spend down'."""
        m = re.match(r"^(?:(?:my|our|your|his|her|their|the|average|mean|total)\s+)*(?P<m>[a-z][\w -]{2,40}?)\s+(?:from|down|up|under|below|above|cut|reduced|halved)\b", self.text, _I)
        return m.group("m") if m and len(m.group("m").split()) <= 4 else ""

    def sentence(self, first: str) -> str:
        """The aim said back to them in one sentence."""
        text = _to_you(self.text, self.spoken)
        if self.kind == "target" and self.set_by == "joint":
            return f"{first}, our joint target is {_lower(text)}."
        if self.kind == "target":
            return f"{first}, your target is {_lower(text)}."
        if self.kind == "set":
            return f"{first}, {self.set_by} wants {_lower(text)}."
        if self.kind == "then":
            return f"{first}, you want to {_lower(text)}."
        return f"{first}, you want {_lower(text)}."


def read_aim_facts(sit: Situation, partner_name: str | None) -> list[AimFact]:
    """Every aim the timeline gives the partner, oldest first; asks of us, deliverables and met wants are none."""
    partner = Partner.from_name(partner_name)
    seen: set[str] = set()
    out: list[AimFact] = []
    lines = [(s, text, spoken) for s, text, spoken in _their_lines(sit.sentences, partner)]
    lines += [(s, s.text, False) for s in _about_them(sit.sentences, partner)]
    for s, text, spoken in sorted(lines, key=lambda x: x[0].order):
        for fact in _facts_in(text.strip().strip("\"“”"), s, spoken):
            if fact.text.lower() in seen or not _sayable(fact) or reported_done(fact.text, fact.date, sit):
                continue
            seen.add(fact.text.lower())
            out.append(fact)
    # a level with the want that follows it ("from 61% to 50%"): a measured outcome, never met by a delivery
    out += [AimFact("move", m.text, "", s.date, s.note.ref, m.spoken) for s, m in moves_in(sit.sentences, cio_lines(sit.sentences))
            if not slot_fault(m.text, "said")]  # "re from 58% to 75%": a cut word never fills "you want ..."
    return out


def best_aim(sit: Situation, partner_name: str | None, statement: str) -> AimFact | None:
    """The aim to build the value message on: the one that shares most with the statement, then the latest."""
    facts = read_aim_facts(sit, partner_name)
    if not facts:
        return None
    ranked = sorted(enumerate(facts), key=lambda p: (p[1].kind == "move", min(shared(p[1].text, statement), 3) + bool(_NUMBER.search(p[1].text)), p[0]), reverse=True)
    return ranked[0][1]


def _about_them(sentences: list[Sentence], partner: Partner) -> list[Sentence]:
    """Narration and bare quotes in an entry that names the partner: a labelled aim ("Target: ...") or a first-person
    consequence ("If I can see ..., I can run ...") there is theirs unless a CIO label marks it ours."""
    ours = cio_lines(sentences)
    named = {s.note.ref for s in sentences if any(re.search(rf"\b{re.escape(n)}\b", s.text, _I) for n in partner.names if len(n) > 2)}
    return [s for s in sentences if s.note.ref in named and s.speaker != "us" and s.text not in ours
            and (_LABEL.match(_bare(s.text)) or _THEN.match(_quoted(s.text)))]


def _facts_in(text: str, s: Sentence, spoken: bool) -> list[AimFact]:
    out: list[AimFact] = []
    text = text.split("\n")[0].strip()  # a chat turn or a table row ends at its line
    label = _LABEL.match(_bare(text))
    if label and _NUMBER.search(label.group("x")):
        joint = "joint" if re.search(r"\b(?:joint|agreed|shared)\b", label.group("lead"), _I) else ""  # theirs and ours both
        out.append(AimFact("target", _tidy(label.group("x")), joint, s.date, s.note.ref, spoken))
    for m in _SET_BY.finditer(text):
        out.append(AimFact("set", _tidy(m.group("x")), m.group("who").lower(), s.date, s.note.ref, spoken))
    then = _THEN.match(_quoted(text)) or _SO_THAT.search(text)
    if then and re.search(r"\b(?:I|we)\b", text):
        out.append(AimFact("then", _tidy(then.group("x")), "", s.date, s.note.ref, spoken))
    spelled = _SPELLED.search(text)
    if spelled:  # "..., including the three sites we took over": a trailing qualifier, not the aim
        out.append(AimFact("spelled", _tidy(re.sub(r",\s*(?:including|incl\.|such as|e\.g\.|especially)\b.*$", "", spelled.group("x"))), "", s.date, s.note.ref, spoken))
    return out


def _sayable(fact: AimFact) -> bool:
    """Never a request, a deadline, a task or our promise as the aim; short enough to say whole."""
    text = fact.text
    if slot_fault(text, "said") or leans_back(text):
        return False  # a heading, a chase, a cut word or an "it" never fills "you want ..." (slot_fit.py)
    if _ASK.search(text) or _MONTH_DAY.search(text) or not_an_aim(text) or current_level(text) or _OUR_SIDE.match(text) or len(text.split()) > 22 or len(text.split()) < 3:
        return False
    return not (fact.kind in {"then", "spelled"} and not_a_goal(text))


def _bare(text: str) -> str:
    """A bullet or heading mark off the front: '- Target: ...' -> 'Target: ...'."""
    return re.sub(r"^[\s\-*•>#]+", "", text.strip())


def _quoted(text: str) -> str:
    """The first quotation in a line, else the line: the partner's words without the narration around them."""
    m = re.search(r"[\"“]([^\"”]{10,})[\"”]?", text)
    return m.group(1).strip() if m else _bare(text)


def _tidy(text: str) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", text).strip(" ,;:.\"“”")
    return re.sub(r"\s{2,}", " ", text)


def _to_you(text: str, spoken: bool) -> str:
    """Their words, said to them: 'my agency spend' -> 'your agency spend'; 'I' -> 'you'. In the CIO's narration
    'our' is the CIO's side ('in both our scorecards') and stays."""
    mine = r"my|our|his|her|their" if spoken else r"his|her|their"
    text = re.sub(rf"\b(?<!both )(?:{mine})\b", "your", text)  # "both our scorecards": theirs and ours
    text = re.sub(rf"\b(?:{mine.title()})\b", "Your", text)
    return re.sub(r"\bI\b(?!')", "you", text) if spoken else text


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


_WHOSE = r"(?:his|her|their|my|our|your)"
# "cost per tonne is his measure now", "agency spend is her number", "his main number is OEE", "we are measured on X"
_IS_THEIR = re.compile(rf"\b(?P<m>[a-z][\w&/-]*(?:\s+(?:per\s+)?[\w&/-]+){{0,3}}?)\s+(?:is|are)\s+{_WHOSE}\s+(?:main\s+|real\s+|own\s+|one\s+)?(?:number|measure|metric|KPI)\b", _I)
_THEIR_IS = re.compile(rf"\b{_WHOSE}\s+(?:main\s+|real\s+|own\s+|one\s+)?(?:number|measure|metric|KPI)\s+(?:is|are)\s+(?P<m>[A-Za-z][\w&/-]*(?:\s+(?:per\s+)?[\w&/-]+){{0,2}}?)(?=\s+(?:he|she|they|and|but|now|so|which|at|of)\b|[,.;:!?]|$)", _I)
_ON = re.compile(r"\b(?:measured|judged|paid|held to account)\s+on\s+(?P<m>[a-z][\w&/-]*(?:\s+(?:per\s+)?[\w&/-]+){0,2}?)(?=[,.;:!?]|\s+(?:and|but|now|this|next|every)\b|$)", _I)
# "store-level losses up 0.4 points on last year": a measure of theirs that moved
_MOVED = re.compile(r"\b(?P<m>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:up|down|rose|fell|rising|falling)\s+(?:by\s+)?\d[\d.,]*\s?(?:%|points?|pts|percent|days|hours|minutes|weeks)", _I)
_NOT_MEASURE = re.compile(r"\b(?:I|we|he|she|they|it|this|that|which|who|was|were|is|are|has|had|went|came|said|the|a|an|number|measure)$|^(?:and|but|so|then|now|was|is|it|he|she|they|we|I|with|of|on|in|per|at|by|to)\b", _I)


_NOT_IN_MEASURE = {"has", "have", "had", "gone", "is", "are", "was", "were", "reports", "said", "says", "from", "for", "this", "next",
                   "last", "year", "month", "week", "quarter", "today", "it", "them", "us", "you", "online", "yet", "still", "already", "anything"}


def hook_question(sit: Situation, partner_name: str | None) -> str:
    """With no aim on record, ONE question built on a measure the notes name for them ('cost per tonne is his
    measure', 'losses up 0.4 points'): the latest; '' when the notes name none."""
    partner = Partner.from_name(partner_name)
    ours = cio_lines(sit.sentences)
    found = ""
    for s in sorted(sit.sentences, key=lambda x: x.order):
        if s.text in ours and not _IS_THEIR.search(s.text):
            continue
        for pattern in (_IS_THEIR, _THEIR_IS, _ON, _MOVED):
            m = pattern.search(s.text)
            m = None if m and re.search(r"\b(?:not|never|no)\b|n't\b", s.text[:m.start()], _I) else m  # "has not named a number he is measured on"
            measure = _measure(m.group("m")) if m else ""
            if measure and not any(n in measure.lower().split() for n in partner.names):
                found = measure
                break
    return f"What would {found} need to show a year from now for you to call it a good year?" if found else fallback_hook(sit)


def _measure(text: str) -> str:
    words = re.sub(r"^(?:(?:the|our|their|his|her|my|your|a|an|and|so|that|now|on)\s+)+", "", text.strip(), flags=_I)
    if not words or _NOT_MEASURE.search(words) or len(words.split()) > 4 or not re.search(r"[a-z]{3}", words, _I):
        return ""
    first = words.split()[0]
    if first[:1].isupper() and sum(c.isupper() for c in first) < 2:
        return ""  # "Farid reports yield", "Easter trading": a name or a season leads, no measure
    if any(w.lower() in _NOT_IN_MEASURE or re.fullmatch(r"[HQ]\d|FY\d*|\d+", w) for w in words.split()):
        return ""
    return words
