"""The value message's last pass (plan round 23): their goal whole or not at all, the statement never pasted.

- Goal slot: a "you want ..." sentence stays only when what follows is a whole goal pointing the way their numbers
  point (value_goal23.slot_fault); else their typed goal ("MEASURE down from A to B by WHEN", their numbers) takes
  its place, or the sentence is left out.
- Paste: a sentence sharing five content words in a row (stems, in order) with the statement is the statement
  said back; it is left out. Its place goes to the statement's theme re-voiced for them where
  that reads whole and does not paste (value_revoice22.rebuilt), else to the concrete thing on the table for this meeting (their open request
  or our open promise, typed), tied to their measure.
- A shorter message is better than a stitched one: nothing is added that the notes do not give.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher

from assistant.planning.fragments import sentence_fault
from assistant.planning.situation_types import Item, Situation
from assistant.planning.value_goal23 import Goal23, slot_fault, typed_goals, wanted
from assistant.planning.value_paste21 import gate, longest_run, stitched
from assistant.planning.value_revoice22 import rebuilt

RUN = 5  # content words in a row as the statement has them: pasted (a whole re-voiced clause may keep four)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_WANT = re.compile(r"^(?P<lead>(?:[A-Z][\w'’.-]*, )?(?:as you put it, )?)(?i:you) (?:want|need)\s+(?P<x>(?:[^.?!]|\.(?=\d))+)[.!]?$")
_MONTHS = "January February March April May June July August September October November December".split()
# The thing itself at the head of an item's words: "an estimate: cost, ..." -> "estimate"; "have the costed plan with
# dates to you by 13 January" -> "costed plan with dates".
_VERB_HEAD = re.compile(r"^(?:(?:I'll|I will|we'll|we will|to|for|that|us to|me to|him to|her to|you to)\s+)*"
                        r"(?:(?:have|send|bring|get|give|share|deliver|provide|prepare|draft|write|make|do|produce|put together|come back with|see)\s+(?:me|us|him|her|them)?\s*)?", re.IGNORECASE)
_NP = re.compile(r"(?:^|\b(?:want|wants|need|needs|for|me|us|asked for|give|send|see|get|bring)\s+)(?:an?|the|our|your|his|her|their|one)\s+(?P<np>[a-z].*)")
_CUT = set("against for by to on from that which so and once when if in with before at across into about as per this these "
           "those is are was were will would can should it its he she they we you i what which who how why where whether instead "
           "rather too also again please now first soon then".split())


_EMPTY = set("date yes answer reply update word call chat meeting look response decision time note confirmation name "
             "view sense idea thought steer nod okay sign-off signoff go-ahead quick".split())


def _sentences(message: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(message) if s.strip()]


def thing(item: Item) -> str:
    """The thing an item asks for or promises, as a short noun phrase ('' when its words give none)."""
    text = re.sub(r"\s+", " ", item.complement or "").strip(" “”\"'")
    text = _VERB_HEAD.sub("", text, count=1)
    m = _NP.search(text)
    if not m:
        return ""
    words: list[str] = []
    for w in m.group("np").split():
        bare = w.rstrip(",:;.(")
        if not re.fullmatch(r"[A-Za-z][\w'’-]*", bare) or bare in _CUT:
            break
        words.append(bare)
        if w != bare or len(words) == 5:
            break
    while words and words[-1].lower() in _CUT | {"of", "the", "a", "an"}:
        words.pop()
    if not words or not [w for w in words if len(w) > 3 and w.lower() not in _EMPTY]:
        return ""  # "the date", "a yes", "an update": no thing to name
    return "the " + " ".join(words)


def _day(item: Item) -> str:
    day = item.date
    return f" on {day.day} {_MONTHS[day.month - 1]}" if day else ""


def on_table(sit: Situation) -> str:
    """The concrete thing this meeting is for, typed: their open request, else our open promise ('' when none)."""
    for item in sit.open_theirs():
        if item.kind == "request" and thing(item) and item.date:
            return f"{thing(item)} you asked for{_day(item)}"
    for item in sorted(sit.open_ours(), key=lambda i: i.due or i.date or sit.meeting_day or i.order, reverse=False):
        if thing(item) and item.due:
            return f"{thing(item)} we promised for {item.due.day} {_MONTHS[item.due.month - 1]}"
    return ""


def _table_line(first: str, table: str, goal: Goal23 | None) -> str:
    if goal:
        lead = f"{first}, {table}" if first else table[:1].upper() + table[1:]
        return f"{lead} is our next step toward {goal.measure} {goal.at()}."
    return f"{first}, {table} is our part now." if first else f"{table[:1].upper()}{table[1:]} is our part now."  # name or date beside the thing: never shared


_FUNCTION = set("the a an and or but of to in on at for with by from so that as than into onto its it we you they us our your "
                "their them he she his her i me my this these those is are be been was were can will would shall should may "
                "might must do does did has have had not no every each all any both there here who which what when where how "
                "technology tech earns keep".split())
_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\u00C0-\u024F-]*")


def content_run(sentence: str, statement: str) -> int:
    """Content words (all but function words, compared by their first five letters) in a row as the statement has them."""
    def words(text: str) -> list[str]:
        return [w.lower()[:5] for w in _TOKEN.findall(text) if w.lower() not in _FUNCTION]
    a, b = words(sentence), words(statement)
    if not a or not b:
        return 0
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _pasted(sentence: str, statement: str, limit: int) -> bool:
    body = re.sub(r"“[^”]*”", "", sentence)  # their own quoted words are theirs
    return bool(statement.strip()) and max(content_run(body, statement), longest_run(body, statement)) >= limit


def voiced(message: str, statement: str, first: str, sit: Situation) -> str:
    """The message with the goal slot whole or left out and no sentence that pastes the statement."""
    goals = typed_goals(sit)
    out: list[str] = []
    goal_said: Goal23 | None = None
    dropped = False
    for s in _sentences(message):
        want = _WANT.match(s)
        if want:
            fault = slot_fault(want.group("x"), goals)
            if fault or _pasted(s, statement, RUN):
                if goals and goal_said is None:
                    goal_said = goals[0]
                    out.append(goals[0].said(first))
                continue
            goal_said = goal_said or next((g for g in goals if g.target in s), None) or wanted(want.group("x"))
            out.append(s)
            continue
        if not s.endswith("?") and (_pasted(s, statement, RUN) or stitched(s)):  # "earns its keep by say yes ...": no clause
            dropped = True
            continue
        out.append(s)
    if dropped and goals and goal_said is None:
        goal_said = goals[0]
        out.insert(0, goals[0].said(first))  # their own numbers, typed, where the statement's words were all we had
    if dropped and not [s for s in out if not s.endswith("?") and not _WANT.match(s)]:
        measure = goal_said.measure if goal_said else ""
        line = rebuilt(statement, "For you, technology earns its keep", measure, f"{' '.join(out)} {measure}", lambda x, st: _pasted(x, st, RUN))
        if line and not _pasted(line, statement, RUN) and not stitched(line) and not sentence_fault(line):
            out.append(line)
        else:
            table = on_table(sit)
            named = any(s.startswith(f"{first},") for s in out)
            out += [_table_line("" if named else first, table, goal_said)] if table else []
            goal = goal_said or (goals[0] if goals else None)
            out += [f"For you, technology earns its keep when you see {goal.measure} {goal.at()}."] if goal else []  # the meaning, in their numbers
    if not [s for s in out if not s.endswith("?")] and on_table(sit):
        out = [_table_line(first, on_table(sit), goal_said), *out]  # never a question alone where the notes give a thing
    if not out and message.strip():  # nothing true left to say: one short question for their goal, never a stock paragraph
        return f"{first}, what result would you call a good year?" if first else "What result would you call a good year?"
    return " ".join([*(s for s in out if not s.endswith("?")), *(s for s in out if s.endswith("?"))])


def gate23(message: str, statement: str, first: str, function: str, role: str, sit: Situation,
           metric_of: Callable[[str], str] = lambda _s: "") -> str:
    """Round 21-22's gate (re-voice what pastes), then this round's pass (value_voice23.voiced)."""
    lines = [(x.date, x.text) for x in sit.sentences]
    return voiced(gate(message, statement, first, function, role, lines, metric_of), statement, first, sit)
