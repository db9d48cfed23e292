"""When a coaching passage or prompt applies: each family of material has a precondition read from typed facts.

Material on owning a past miss fits only where a miss of ours still weighs; material on a budget objection only where
the partner (or the question) raised cost; material on an outside provider only where one is in play for the partner;
material answering "just keep the lights on" only where the partner asked for that. A line whose precondition does not
hold is dropped, whatever its closeness to the question: one filter for the lead, the line to say, the question back
and the passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.conversation.question_intents import MISS, RIVAL, without_time_anchor

if TYPE_CHECKING:
    from assistant.planning.situation_types import Situation

# What a piece of material presupposes, read from its own words.
_OWN_MISS = re.compile(r"\bown(?:s|ing)? the fix\b|\bown(?:ing)? (?:up to )?(?:the |a |your |this |that |any )?(?:past )?miss(?:es)?\b|\bname the miss\b|\bwas the miss\b|"
                       r"\bthe miss (?:really|yourself)\b|\bpast miss(?:es)?\b|\bnever make the (?:partner|them) raise (?:it|the miss)\b", re.I)
_COST_OBJECTION = re.compile(r"\bcosts? too much\b|\btoo expensive\b|\bbudget is too big\b|\bargue the total\b|\bIT(?:'s|’s) budget\b|"
                             r"\bthe (?:IT )?budget (?:objection|complaint)\b|\bwhat prompted the complaint\b|\bdefend (?:the|your) budget\b", re.I)
_OUTSIDE = re.compile(r"\boutside (?:provider|offer|firm|agency|vendor)s?\b|\boutsiders\b|\bshadow it\b|\bgo(?:es|ing)? around (?:you|us|IT)\b", re.I)
# Documents written for one situation: each applies only where that situation is true.
_DOCUMENTS = {"owning-past-misses": "miss", "objection-budget-too-big": "cost", "objection-we-will-use-a-vendor": "outside",
              "shadow-it": "outside", "objection-keep-the-lights-on": "lights_on"}
_LIGHTS_ON = re.compile(r"\b(?:keep|keeping) the lights on\b|\blights on\b|\breliable systems first\b", re.I)

# The same situations, as the question or the partner's notes raise them.
_Q_MISS = re.compile(r"\b(?:our|my team's|my team’s|IT's|IT’s) (?:fault|mistake|miss|error|slip)\b|\b(?:was|were) (?:on )?us\b|\bpart of it was us\b|"
                     r"\bapologi[sz]e\b|\bsay sorry\b|\bwent live [\w ]{0,20}\blate\b|\bwe (?:were|came in|delivered) [\w ]{0,20}\blate\b|"
                     r"\bwe (?:let (?:her|him|them) down|dropped the ball|got it wrong)\b", re.I)
_IT_COST = (r"(?:(?-i:IT)|technology|tech|us|we|our (?:team|department|function|budget|spend|costs?)|my (?:budget|department)|the IT (?:budget|spend|bill)|"
            r"licen[cs]es?|the (?:system|platform|project|cloud|tool)s?)")
_COST_WORDS = r"(?:costs?(?! per\b)|cheap\w*|budget|expensive|spend(?:ing)?|price[ds]?|overspen\w*|charges?|bill)"
_SAID = r"(?:says?|said|thinks?|complain\w*|asks?|asked|wants?|challeng\w*|question\w*|push\w* back|argues?|argued|told|feels?)"
_Q_COST = re.compile(rf"\b(?:he|she|they|(?-i:[A-Z][a-z]+)|the (?:cfo|board|ceo|coo|chair)) {_SAID}\b[^?.]{{0,60}}\b{_COST_WORDS}\b|"
                     rf"\b(?:cut|trim|defend|justify|reduce|freeze|question\w*|challeng\w*) (?:the |our |my |IT(?:'s|’s)? |its )?(?:IT |technology )?"
                     rf"(?:budget|spend|costs?)\b|\b{_IT_COST} (?:costs? too much|(?:is|are) too expensive)\b|\b(?-i:IT) (?:budget|spend|costs?)\b", re.I)
_YOUR_COST = r"(?:(?-i:IT)|technology|you|your (?:team|department|people|project|system|platform|budget|bill|invoice|quote|estimate)s?|licen[cs]es?)"
_N_COST = re.compile(rf"\b{_YOUR_COST}\b[^.]{{0,40}}\b{_COST_WORDS}\b|\b{_COST_WORDS}\b[^.]{{0,30}}\b{_YOUR_COST}\b", re.I)
_PROVIDER = r"(?:vendor|agency|consultan\w+|contractor|supplier|provider|firm|freelancer)s?"
_Q_OUTSIDE = re.compile(
    rf"\bbypass\w*\b|\boutsourc\w*|\bgo(?:es|ing)? around (?:us|IT|me)\b|\b(?:sign(?:s|ed|ing)?|go(?:es|ing)?|went) with (?-i:[A-Z])|\bonly wants us for\b|"
    rf"\b(?:use|using|hire|hiring|go(?:ing)? to|bring(?:ing)? in|switch(?:ing)? to|buy(?:ing)? from) (?:a |an |the |another |(?:their|his|her) own )?"
    rf"(?:outside |external |third[- ]party )?{_PROVIDER}\b|"
    rf"\b(?:he|she|they|(?-i:[A-Z][a-z]+)) (?:{_SAID}|hired|bought|brought in|chose|picked|signed)\b[^?.]{{0,60}}\b(?:outside )?{_PROVIDER}\b", re.I)
_N_OUTSIDE = re.compile(r"\b(?:agency|consultan\w+|freelanc\w+|outside (?:firm|provider|company))\b|\b(?:showed|offered|pitched|sold) (?:me|us|him|her|them) "
                        r"(?:their|its)\b|\bsign(?:s|ed|ing)? with\b|\bshadow\b|\bbuil[dt] (?:it|one|their own|his own|her own)\b", re.I)
_OURS = re.compile(r"\bour (?:own )?(?:vendor|supplier|contractor|provider|agency|consultan\w+)\b", re.I)
_N_LIGHTS_ON = re.compile(r"\blights on\b|\bkeep (?:things|it|everything|the \w+) (?:running|working|up)\b|\ball I need from (?:IT|you)\b|"
                          r"\bjust (?:keep|make sure)\b", re.I)


@dataclass(frozen=True)
class Case:
    """What is true of the case the answer is for: each family of material applies only where its fact holds."""

    miss: bool = False  # a miss of ours that still weighs (the question says so, or the notes' typed misses)
    cost: bool = False  # the partner or the question raised what IT costs
    outside: bool = False  # an outside provider is in play for the partner (a tool, an agency, a signed contract)
    lights_on: bool = False  # the partner asked us to just keep things running

    def holds_source(self, ref: str) -> bool:
        """Whether the situation the cited document was written for is true here (any other document: yes)."""
        fact = next((f for doc, f in _DOCUMENTS.items() if re.search(rf"(?:^|/){doc}\.md\b", ref)), "")
        return not fact or bool(getattr(self, fact))

    def holds(self, text: str) -> bool:
        """Whether every precondition the text presupposes is true here."""
        return not ((_OWN_MISS.search(text) and not self.miss) or (_COST_OBJECTION.search(text) and not self.cost)
                    or (_OUTSIDE.search(text) and not self.outside) or (_LIGHTS_ON.search(text) and not self.lights_on))

    def kept(self, text: str) -> str:
        """The text less its paragraphs whose precondition fails (a whole source chunk, or a model's finished answer)."""
        return "\n\n".join(p for p in re.split(r"\n\s*\n", text) if self.holds(p))


def question_case(question: str) -> Case:
    """The facts the question's own words establish (its time anchors are no topic)."""
    topic = without_time_anchor(question)
    outside = bool(RIVAL.search(topic) or _Q_OUTSIDE.search(topic)) and not _OURS.search(topic)
    return Case(miss=bool(MISS.search(topic) or _Q_MISS.search(topic)), cost=bool(_Q_COST.search(topic)), outside=outside,
                lights_on=bool(_LIGHTS_ON.search(topic) or _N_LIGHTS_ON.search(topic)))


def partner_case(question: str, sit: Situation, has_miss: bool) -> Case:
    """The question's facts, with what the partner's notes show: a miss of ours that weighs (typed by the plan engine),
    cost or keep-running asks in the partner's own voice, an outside provider anywhere in the notes."""
    asked = question_case(question)
    said = [s.text for s in sit.sentences if s.speaker == "partner"]
    told = [s.text for s in sit.sentences]
    return Case(miss=asked.miss or has_miss, cost=asked.cost or any(_N_COST.search(t) for t in said),
                outside=asked.outside or any(_N_OUTSIDE.search(t) and not _OURS.search(t) for t in told),
                lights_on=asked.lights_on or any(_N_LIGHTS_ON.search(t) for t in said))


ASKS_SORRY = re.compile(r"\bapologi[sz]\w*|\bsay sorry\b|\bown (?:it|the miss)\b", re.I)


def other_miss_asked(question: str, label: str, forgiven: str = "") -> bool:
    """Whether "that miss was a third party's, not ours" would answer a question nobody asked: the question is not about that
    miss (no word of its label in it) and owns a miss of ours, or the partner already forgave that one."""
    topic = set(re.findall(r"[a-z]{4,}", label.lower())) - {"raised", "that", "this", "with", "from", "miss"}
    if topic & set(re.findall(r"[a-z]{4,}", question.lower())):
        return False
    owned = question_case(re.sub(r"\bapologi[sz]\w*|\bsay sorry\b", " ", question, flags=re.I)).miss  # "should I apologise?" asks; it owns nothing
    return owned or (bool(forgiven) and not ASKS_SORRY.search(question))
