"""A matter told in confidence, named for the keep-out list by its kind alone (session 18).

A confidence ("between us: the two depots merge in March", "Not announced.") must be on the keep-out list, or the CIO
may raise it; yet its details never enter a plan a coach may read. So the line names only what kind of matter it is
(a merger, a restructuring, a person's move, an election ...) and the day of its note: "the merger in the note of
8 October (told in confidence)". Where no kind is read, the note's day alone names it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.text.dates import month_only

if TYPE_CHECKING:
    from assistant.planning.situation_types import Sentence

_I = re.IGNORECASE
# The kind of matter, first match wins: the business event before the place or the person it touches.
_KINDS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, _I), k) for p, k in (
    (r"\bwhistle-?blow\w*|\binvestigat\w+|\bdisciplinar\w+|\bgrievance", "the investigation"),
    (r"\bmerg(?:e|es|ed|ing|er)\b|\bamalgamat\w+", "the merger"),
    (r"\bballot\b|\bstrike (?:action|ballot|vote)\b|\bon strike\b|\bindustrial action\b|\bwalk-?out\b", "the union ballot"),
    (r"\brestruc-?\s*tur\w*|\breorgani[sz]\w*|\breorg\b|\binto (?:two|three|four|one) (?:hubs?|divisions?|units?|regions?)", "the restructuring"),
    (r"\bshared services?\b|\bconsolidat\w*|\boutsourc\w*|\bcentrali[sz]\w*", "the consolidation"),
    (r"\b(?:sell|selling|sold|sale of|divest\w*)\b", "the sale"),
    (r"\bacqui(?:re|res|red|ring|sition)\b|\btake-?over\b|\bbuying (?:them|the|a|an)\b", "the acquisition"),
    (r"\bdeal\b|\btarget's name\b|\bunder NDA\b", "the deal"),
    (r"\bsearch committee\b|\bshortlist\w*|\bcandidates? (?:for|under)\b", "the appointment"),
    (r"\blos(?:e|es|ing) [^.]{0,40}\b(?:positions|posts|roles|jobs)\b|\b(?:shift|jobs?|posts?|roles?)\b[^.]{0,25}\bwill be cut\b", "the job cuts"),
    (r"\bredundan\w+|\blay-?offs?\b|\bjob (?:cuts?|losses)\b|\b(?:shift|jobs?|posts?|roles?) (?:will be |is |are )?(?:cut|go(?:ing)?)\b|\bheadcount\b", "the job cuts"),
    (r"\bclos(?:e|es|ing|ure)\b", "the closure"),
    (r"\belect(?:ion|ed)\b|\bpresiden(?:cy|t)\b|\bstand(?:ing)? for\b|\bcandidacy\b", "the election"),
    (r"\bretir(?:e|es|ing|ement)\b|\bsuccess(?:or|ion)\b", "the succession"),
    (r"\binterview\w* for\b|\bresign\w*|\bnew job\b|\bpost elsewhere\b|\bleaving\b|\b(?:is|are) (?:going|moving) to (?:the )?[A-Z]|\bsecondment\b", "the move of a colleague"),
    (r"\bpersonnel matter|\bHR (?:matter|confidential)", "the HR matter"),
    (r"\b(?:notified body|regulator\w*|inspector\w*|accreditation|certification)\b|\bfinding\b", "the regulator's finding"),
    (r"\b(?:incident|serious|case|safety) review\b", "the incident review"),
    (r"\btribunal\b|\blitigation\b|\blawsuit\b|\blegal (?:action|claim|matter|case)\b|\bsettlement\b", "the legal matter"),
    (r"\b(?:new |candidate )?(?:sites?|plants?|locations?)\b|\brelocat\w+|\bmov(?:e|es|ing) (?:the )?(?:plant|site|office|hq|head office|operation)", "the site decision"),
    (r"\brenewal\b|\bcontract terms\b", "the contract renewal"),
    (r"\bnegotiat\w+", "the negotiation"),
    (r"\bbid\b|\btender\b|\bcontract (?:lost|won)\b", "the bid"),
    (r"\bbudget (?:cut|freeze)|\bhiring freeze\b|\bspending freeze\b", "the budget freeze"),
)]
# A confidence the kind-naming applies to: told privately, not yet public, or kept from others.
CONFIDED = re.compile(
    r"\b(?:confidential\w*|in confidence|between us|off the record|under wraps|not (?:yet )?(?:announced|public)|privately|"
    r"until (?:it(?:'s| is)|they are) announced|under embargo|not for repeating|not (?:to be )?(?:repeated|discussed|shared|mentioned)|"
    r"not even (?:to|with)|keep it to (?:myself|yourself)|only between)\b", _I,
)


def confided_topic(s: Sentence, sentences: list[Sentence]) -> str:
    """'the merger in the note of 8 October (told in confidence)' for a confidence; 'the incident review in the note of
    30 November' for another keep-out line whose matter is of a known kind; else ''."""
    told = _told(s, sentences)
    confided = bool(CONFIDED.search(told))  # "It is not public. Do not bring it up.": one confidence, one line
    kind = next((k for p, k in _KINDS if p.search(told)), "the matter" if confided else "")
    if not kind:
        return ""  # a keep-out line that names no kind of matter: no line (the topic still guards the plan)
    day = s.date
    where = f"the note of {f'{day:%B %Y}' if month_only(day) else f'{day.day} {day:%B %Y}'}" if day else "an undated note"
    return f"{kind} in {where}" + (" (told in confidence)" if confided else "")


def _told(s: Sentence, sentences: list[Sentence]) -> str:
    """The words that tell the matter: the cue's sentence, and where it is short or points back ("Not announced."), the
    one or two sentences before it in the same entry."""
    text = s.text
    if len(re.findall(r"[A-Za-z]{3,}", text)) < 9 or re.match(r"^\W*(?:it|this|that|not|no|keep|don't|do not|please)\b", text, _I):
        before = [t.text for t in sentences if t.note is s.note and s.order - 2 <= t.order < s.order]
        text = " ".join([*before, text])
    return text
