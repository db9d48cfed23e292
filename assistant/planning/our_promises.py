"""Our own dated promises in the shapes the first-person cues miss (round 11 of issue #20).

Our side is the CIO ("I", "we", "me") and the people the notes show as ours: "Dami (our architect)", "Ade (IT)",
"our analyst Priya", "my team's Sam", an IT-owned action row. A promise needs a deliverable and a date (or "this week"):

- a person of ours: "Dami will send the real-time link estimate by 16 October", "Ade is on the hook for the test report";
- the CIO reporting it: "Told her we would have ...", "Promised the sizing note by ...", "I said I'd come back on ...",
  "We owe her the shortlist by ...", "I've undertaken to send ...";
- a label for our side: "IT: new PCs on Line 3 by 5 December", "Our side: ...", "Next step for us: ...", "... by 20 November (us)",
  or a bullet under a heading "Our promises:";
- in our own mail: "Pilot plan to you by 30 November", "You'll have the costing by 23 October".
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.note_reading import Partner, due_date
from assistant.planning.situation_types import Item, Sentence, terms_of
from assistant.schema import NoteText
from assistant.text.sentences import one_line

_I = re.IGNORECASE
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# "Dami (our architect)", "Ade (IT)", "Mette (IT delivery)", "IT (Mette)".
_BRACKETED = re.compile(rf"\b({_NAME})\s*\((?:our|my|IT|ICT|CIO's|from IT)\b[^)]*\)|\b(?:IT|ICT)\s*\(({_NAME})\)")
# "our architect Dami", "my analyst, Priya", "my team's Sam", "Dami, our architect", "Dami from my team".
_ROLE = r"(?:architect|engineer|analyst|lead|manager|developer|PM|project manager|BA|delivery lead|service manager|deputy|head of \w+)"
_NAMED_OURS = re.compile(
    rf"\b(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}(?:\s+(?:for|of|on)\s+[a-z][\w-]*)?,?\s+({_NAME})\b|\b(?:[Mm]y|[Oo]ur) team's\s+({_NAME})\b"
    rf"|\b({_NAME}),\s+(?:our|my)\s+(?:\w+\s+)?{_ROLE}\b|\b({_NAME})\s+(?:from|in|on) (?:my|our) team\b"
)
_DELIVER = (r"(?:send|share|deliver|have|get|bring|give|run|finish|write|draft|install|fix|set up|book|confirm|name|present|"
            r"come back|ship|put|roll out|go live|hand over|provide|map|cost|scope|price|build|load|issue|sort)")
# After a person of ours: "will send ...", "is to deliver ...", "is on the hook for ...", "owns ...", "promised ...".
_PERSON_PROMISE = re.compile(
    rf"(?P<verb>(?:will|'ll|is going to|is to|is due to|has promised to|promised to|promised|has committed to|committed to|agreed to)\s+{_DELIVER}\b"
    r"|(?:has )?promised(?= (?:the|a|an|all|our|her|him|them)\b)|is on the hook for|owns)\s*(?P<comp>[^.;!?\n]{4,200})",
    _I,
)
# The CIO reporting a promise without the "we will" shape.
_REPORTED = re.compile(
    r"(?:^|[;:]\s*|\b(?:I|[Ww]e)(?:\s+have|'ve)?\s+|(?=\bCIO\b))(?P<verb>(?:[Tt]old|[Aa]ssured|[Pp]romised) (?:him|her|them|[A-Z][a-z]+) (?:that )?(?:we|I)\s*(?:'d|would|will|'ll)"
    r"|[Pp]romised(?: (?:him|her|them|[A-Z][a-z]+))?(?= (?:the|a|an|our|my|all|to)\b)(?: to)?"
    r"|said (?:I|we)(?:'d| would| will|'ll)|owe (?:him|her|them|[A-Z][a-z]+)|undertaken to|undertook to|[Pp]ledged(?: to)?"
    r"|(?:am|are) on the hook for|(?:have|'ve) committed to|(?:have|'ve) promised(?: to)?"
    # "We agreed I'd get her the draft by ...", a diary in the third person: "The CIO promised Aisling an options paper by ..."
    r"|agreed (?:that )?(?:I|we)(?:'d| would| will|'ll)|\bCIO (?:has )?(?:promised|committed to|undertook to|agreed to|will|said (?:he|she|they) would)"
    r"(?: (?:him|her|them|[A-Z][a-z]+)(?= (?:the|a|an|our|his|her|their|all)\b))?)\s+(?P<comp>[^.;!?\n]{4,200})",
)
# A label for our side at the head of a line or clause, or "(us)" after it.
_OUR_LABEL = re.compile(
    r"^[-*•\s]*(?:IT|ICT|CIO|Us|Ours|We|Our side|For us|Our (?:action|actions|commitment|commitments|promise|promises|part|next step)"
    r"|Next steps? (?:for|from) (?:us|IT|me)|Action(?:s)? (?:for|on) (?:us|IT|me)|On us|Me|Committed|Commitment|We promised|Promised"
    r"|Action(?:s)?\s*\((?:IT|ICT|us|me|CIO)\b[^)]*\))\s*[:\-–—]\s*(?P<comp>[^\n]{4,200})",
    _I,
)
_US_TAG = re.compile(r"\((?:us|ours|IT|CIO|our side|me|our (?:commitment|promise|action|date))\)", _I)
_LIST_HEAD = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:our|my) (?:promises|commitments|actions|open actions|side|next steps|deliverables)"
    r"|(?:what )?we (?:promised|committed to|owe(?: \w+)?)|actions? (?:for|on) (?:us|IT|me)|next steps? (?:for|from) (?:us|IT|me))\s*:?\s*$",
    _I | re.M,
)
# In our own mail: the thing "to you by <date>", "with you by <date>", "you'll have ... by <date>".
_TO_YOU = re.compile(
    r"(?P<comp>(?:(?:the|a|an|our|my|your)\s+)?[\w -]{3,80}?\s+(?:to|with) you\s+(?:by|before|on|no later than)\s+[^.;!?\n]{3,60})"
    r"|(?P<verb>[Yy]ou(?:'ll| will) (?:have|get|see|receive))\s+(?P<comp2>[^.;!?\n]{4,160})"
)
_THIS_WEEK = re.compile(r"\b(?:this|by the end of the|by end of) week\b|\bthis week\b", _I)
_WISH = re.compile(r"\?|\b(?:could|can|would) (?:you|we)\b|\bif (?:we|you|I)\b|\b(?:asked|wants?|would like|needs?)\b", _I)


def our_people(notes: list[NoteText], partner: Partner) -> frozenset[str]:
    """First names the notes show on our side."""
    found: set[str] = set()
    for note in notes:
        for pattern in (_BRACKETED, _NAMED_OURS):
            for match in pattern.finditer(note.text):
                found |= {g for g in match.groups() if g}
    return frozenset(n for n in found if not partner.is_me(n) and n not in {"IT", "CIO", "ICT"})


def more_promises(s: Sentence, partner: Partner, ours: frozenset[str]) -> list[Item]:
    """Our dated promises in the sentence that situation._promises did not read."""
    if s.speaker not in ("narrator", "us"):
        return []
    return [item for clause in _clauses(one_line(s.text)) for item in _shape(clause, s, ours)]


def _clauses(text: str) -> list[str]:
    """The sentence, or its clauses when it lists several ("architect named by 31 October; feed live by 20 November (us)")."""
    parts = [p.strip() for p in re.split(r";\s+", text) if p.strip()]
    if len(parts) > 1 and _US_TAG.search(parts[-1]):
        return [f"{p} (us)" if not _US_TAG.search(p) else p for p in parts]
    return parts if len(parts) > 1 else [text]


def _shape(clause: str, s: Sentence, ours: frozenset[str]) -> list[Item]:
    if re.match(r"\s*(?:if|when|whether|unless)\b", clause, _I):
        return []
    names = "|".join(sorted(ours)) or "x^"
    person = re.search(rf"(?:^|[-*•:;,]\s*|\band\s+)(?:(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){{0,2}})?(?P<who>{names})(?:\s*\([^)]*\)|,[^,]{{1,40}},|\s+(?:from|in|on) (?:my|our) team)?\s+", clause)
    if person:
        match = _PERSON_PROMISE.match(clause, person.end())
        if match:
            return _dated(s, clause, f"{person.group('who')} {match.group('verb')}", match.group("comp"), person.group("who"))
    label = _OUR_LABEL.match(clause)
    if label and not _WISH.search(label.group("comp")):
        return _dated(s, clause, "agreed", label.group("comp"))
    if _US_TAG.search(clause) and not _WISH.search(clause):
        return _dated(s, clause, "agreed", _US_TAG.sub("", clause).strip(" -*•"))
    reported = _REPORTED.search(clause)
    if reported and not re.search(r"\b(?:she|he|they|(?!We\b)[A-Z][a-z]+) (?:promised|told|said|owe)", clause[: reported.end("verb")]):
        return _dated(s, clause, reported.group("verb"), reported.group("comp"))
    if s.speaker == "us" or _under_our_list(s):
        return _in_our_mail(s, clause)
    return []


def _in_our_mail(s: Sentence, clause: str) -> list[Item]:
    if _under_our_list(s) and not _WISH.search(clause):
        return _dated(s, clause, "agreed", clause.strip(" -*•"))
    match = _TO_YOU.search(clause)
    if match and not _WISH.search(clause):
        return _dated(s, clause, match.group("verb") or "promised", match.group("comp") or match.group("comp2"))
    return []


def _under_our_list(s: Sentence) -> bool:
    """A bullet under a heading such as "Our promises:" (no blank line between)."""
    text = s.note.text
    at = text.find(s.text)
    if at < 0 or not re.match(r"\s*[-*•]", text[text.rfind("\n", 0, at) + 1 : at + 1] or "-"):
        return False
    block = text[: at].rsplit("\n\n", 1)[-1]
    heads = list(_LIST_HEAD.finditer(block))
    if not heads:
        return False
    between = block[heads[-1].end() :]
    return all(re.match(r"\s*(?:[-*•]|$)", line) for line in between.split("\n")[1:-1])


def _dated(s: Sentence, clause: str, verb: str, comp: str, who: str = "") -> list[Item]:
    comp = comp.strip(" ,:;\"“”")
    due, _ = due_date(comp, s.date)
    if due is None and (bare := re.search(r"\b(?:remains|stays|is|set for|planned for|now)\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)", comp)):
        due, _ = due_date(f"on {comp[bare.end():]}", s.date)  # "go-live remains 7 December (our commitment)"
    if due is None and s.date and _THIS_WEEK.search(comp):
        due = s.date + dt.timedelta(days=(4 - s.date.weekday()) % 7)  # "this week": by its Friday
    if due is None or len(comp.split()) < 2:
        return []
    return [Item("promise", "us", "open", s.text, s.date, s.note.ref, verb, comp, s.speaker == "us", due,
                 owner_name=who, order=s.order, terms=terms_of(comp))]
