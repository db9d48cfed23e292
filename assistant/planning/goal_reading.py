"""Round 10 of issue #20: what is no goal, and what is no person.

A goal is an outcome for the partner's business (a measure, a result, a change in their operation). An ask of
us, an invitation, a wish to meet or talk, or a deliverable wanted by a weekday is never a goal, however it is
phrased ("I want you and Ines there", "we need to talk", "I want the architect named by Friday").
A person who matters has a personal name, never a weekday, month, season or capitalised common noun.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_SOON = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|(?:the )?end of (?:the )?(?:day|week)|this week|next week)"
NOT_A_GOAL = re.compile(
    r"^(?:you|me|us|(?-i:IT)|your (?:team|people|architect|lead))\b"  # "you and Ines there", "you to name the project lead"
    r"|^(?:to )?(?:talk|meet (?:you|me|us|with|up)|catch up|sit down|speak|chat|discuss|have a (?:call|chat|word|meeting))\b"  # "to talk about the portal"
    r"|^(?:a |an |the )?(?:call|chat|meeting|word|catch-up|session|slot|invite)(?:\s+(?:with|about|on|next|this|before|at|to|in)\b|$)"
    r"|\b(?:named|dated|booked|scheduled|confirmed|signed off)(?:\s+by\s+\S+)?$"  # "the architect named by Friday", "the rollout dated"
    rf"|\bby {_SOON}$",  # "the load test results by Monday": a deliverable asked of us, not an outcome
    _I,
)
# A thing we deliver to them (a number, a date, an export), wanted for a deadline or early: their request, never their
# outcome ("the number for the capital bid deadline", "the 2027 recharge number early", "the breakdown you asked for").
_THING = (r"(?:number|figure|date|breakdown|estimate|export|list|report|answer|quote|costing|split|sample|copy|note|paper|"
          r"proposal|summary|slides|deck|business case|plan|name|numbers|figures|dates|options)")
DELIVERABLE = re.compile(
    rf"^(?:(?:the|a|an|my|our|your|some|one)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_THING}(?=\s*$|,|\s+(?:for|from|by|before|early|you|we)\b)"
    r"(?=.*(?:\bdeadline\b|\bearly\b|\byou (?:asked|promised|said)\b|\bfrom (?:the )?(?:vendor|supplier|finance|you|IT)\b))",
    _I,
)
# "our estimate for the dunning tool by Friday, because ...", "the sandbox access by 20 November": a thing of ours wanted
# by a day is their request of us, never their outcome
DUE_THING = re.compile(
    rf"^(?:(?:the|a|an|our|your|one)\s+)(?:[\w'’-]+\s+){{0,3}}?(?:{_THING[3:-1]}|access|model|tool|pilot|demo|view)\b.*?\b(?:(?:with)?in\s+(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?)\b|before\s+(?:the\s+|our\s+|next\s+)?(?:(?-i:[A-Z])[\w-]*|\d)|by\s+"
    rf"(?:{_SOON}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+|(?-i:[A-Z])[a-z]+\s+\d{{1,2}}\b|\d{{4}}-\d{{2}}-\d{{2}}))", _I)
_TARGETED = re.compile(r"%|\bfrom\s+[£$€]?\d.*\bto\b|\b(?:under|below|above|at least|at most|within)\s+[£$€]?\d", _I)
_MEASURED = re.compile(r"\d|\b(?:no|zero|every|all)\b [a-z]+ (?:waiting|late|lost|missed|down)\b", _I)


def not_a_goal(comp: str) -> bool:
    """An ask of us, an invitation, a wish to talk or meet, or a deliverable by a near day: never the partner's goal.
    A deliverable with a measure in it ("queue under 5 minutes by Friday") stays a goal."""
    text = comp.strip(" ,;:\"“”")
    if re.match(r"^(?:to )?(?:talk|speak|chat|discuss)\b|^(?:you|me|us)\b(?! to\b)", text, _I):
        return True
    if (DELIVERABLE.search(text) or DUE_THING.search(text)) and not _TARGETED.search(text):
        return True  # "the number for the capital bid deadline": a thing asked of us, however many digits it carries
    return NOT_A_GOAL.search(text) is not None and not _MEASURED.search(text)


_TIME_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september "
    "october november december spring summer autumn winter christmas easter today tomorrow yesterday weekend morning evening"
)
_COMMON = (
    "board team finance sales marketing operations legal procurement estates harbour hospital ward plant warehouse site "
    "office store depot group committee council senate project programme service desk network claims collections peak "
    "night day week month quarter year north south east west central head chief director manager lead deputy boss "
    "counsel senior junior officer president secretary executive associate assistant "  # "Senior Associate": a job title
    "wi-fi wifi internet broadband cloud email e-mail teams zoom excel outlook windows tablet tablets laptop portal app"
)
NOT_NAMES = frozenset((_TIME_WORDS + " " + _COMMON).split())


def personal_name(name: str) -> bool:
    """'Ines Moreau', 'Karin': a personal name; 'Tuesday', 'March', 'Finance Team' are not."""
    words = re.sub(r"^(?:Dr\.?|Sister|Prof\.?)\s+", "", name.strip()).split()
    return bool(words) and not any(re.sub(r"(?:'s|’s)$", "", w.lower().strip(".,")) in NOT_NAMES for w in words)


_NAMED_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+\s*\(\s*$")


def named_before(before: str) -> bool:
    """A capitalised word and an open bracket just before a role-first match ("Ana Ruiz (his team lead, Tromsø)"): the person
    stands before the bracket, and the word after the role's comma is a place or a team, never a person."""
    return _NAMED_BEFORE.search(before) is not None


_SLACK_TURN = re.compile(r"\[\d{1,2}:\d{2}\]\s*(?P<who>[\w.'’-]+):\s*")
_LEADING_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s+")


def turns(text: str) -> list[tuple[str, str]]:
    """A sentence cut into the turns it carries: ('maya', 'we need ...'), ('cio', 'understood ...'); ('', text) when it
    carries no chat stamp. A leading ISO date (a chat copy's stamp) is dropped."""
    text = _LEADING_DATE.sub("", text)
    marks = list(_SLACK_TURN.finditer(text))
    if not marks:
        return [("", text)]
    out = [("", text[: marks[0].start()])] if text[: marks[0].start()].strip() else []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((m.group("who"), text[m.end():end].strip()))
    return out


_LABEL = re.compile(r"^[-*•\s]*(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?):\s")


def labelled_by(raw: str) -> str:
    """The name on a bullet's speaker label ('- Rosa: we have to ...'), or ''."""
    m = _LABEL.match(raw)
    return m.group("who") if m else ""
