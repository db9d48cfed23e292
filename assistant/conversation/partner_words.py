"""The partner's own words in the line to say: what the notes report the partner said about a pain or a result.

A template line ("tell me what your team needs from it now") answers the item; the partner's own words ("he cannot
see where the hours go", "she called the pilot promising") say why it matters to them. The newest such report is
put into the line in the form of its audience: said back to the partner ("You told me ..."), or passed on to the
CIO's own team ("Lars told me ..."). A committee, a peer or a board gets no partner quote. Nothing is added where
the notes report no such words, where the line already has them, or where the words touch a topic to keep out.
"""

from __future__ import annotations

import re
from typing import Protocol

from assistant.conversation.chat_slots import audience
from assistant.conversation.chat_subject import peer_or_committee
from assistant.conversation.partner_facts import to_partner
from assistant.conversation.partner_record import touches_avoid
from assistant.conversation.question_intents import BOARD, READ, RIVAL
from assistant.planning.situation import Situation


class _Answer(Protocol):  # the parts of a partner answer this module reads and sets
    direct: list[str]
    say_this: str
    keep_out: list[str]

# "Lars said (that) he ...", "she told me her ...", "Nadia called the pilot promising": a report of the partner's words.
_REPORT = r"(?P<verb>said|says|told (?:me|us)|mentioned|noted|explained|complained|admitted|warned|called|described)(?: that)?\s+(?P<rest>.+)$"
# What the words are about: a pain (time lost, work by hand, no view) or a result (a figure, a pilot judged well).
_PAIN = re.compile(r"\b(?:cannot|can't|can not|unable|lose|loses|losing|lost|waste\w*|still|by hand|manual\w*|paper|confus\w*|hard to|"
                   r"slow\w*|no (?:view|way|idea)|blind|spend|spends|chas\w+|re-?key\w*|reconcil\w+|errors?)\b", re.I)
_RESULT = re.compile(r"\d|\b(?:down|up) (?:by )?(?:half|a (?:third|quarter|fifth))\b|\b(?:promising|matched|saved|faster|better|best|cut|halved|works? well|helped|great|exactly)\b", re.I)
_ASKING = re.compile(r"\b(?:asked|asks|wants?|needs?|would like|requested)\b", re.I)
_FIRST_NOTE = re.compile(r"\bfirst (?:meeting|one-to-one|1:1|call)\b", re.I)
_RULE = re.compile(r"\b(?:must|should|has to|have to|needs? to)\b", re.I)  # a rule the partner sets is a measure, not their words on a pain
# The item line's generic tail, which the partner's own result replaces ("tell me what your team needs from it now ...").
_TEMPLATE = re.compile(r"^(?:Tell me what your team needs from it now|What date would make it useful to you\?)", re.I)
# "how does she see us": the reading is the answer, with its own evidence quoted; the line is not where her words go
_ASKS_READ = READ
_SECOND_CLAUSE = re.compile(r",?\s+and (?:thanked|praised|said|asked|added|wants?|offered|invited)\b.*$", re.I)
_OBJECT = re.compile(r"\b(?P<v>helped|helps|let|lets|made|makes|gave|gives|showed|shows|cost|costs|forced|forces|allowed|allows)\s+(?:her|him)\b", re.I)
_ITEM_LINE = re.compile(r"^On \d{1,2} [A-Z][a-z]+(?: \d{4})?,? ")


def _plain(text: str) -> str:
    """A note's sentence without a table cell mark, a leading date or outer quotes (a colon inside it stays: "called it promising: ...")."""
    text = re.sub(r"^\s*(?:[-*•|]\s*)?(?:\[?\d{4}-\d{2}-\d{2}\]?|\d{1,2} \w+ \d{4})?\s*[:—–|-]?\s*", "", re.sub(r"\s+", " ", text))
    return text.strip().strip("“”\"").rstrip(" |")


def own_words(sit: Situation, first: str, shown: str) -> tuple[str, str, bool] | None:
    """(the verb, what the partner said, whether it is a result) for the newest report of the partner's words; None where none fits."""
    who = rf"(?:{re.escape(first)}|[Ss]he|[Hh]e)"
    for s in reversed(sit.sentences):
        text = _plain(s.text)
        found = re.match(rf"^{who}\s+{_REPORT}", text)
        if found is None or len(text.split()) > 30 or touches_avoid(text, sit) or RIVAL.search(text) or _FIRST_NOTE.search(text):
            continue
        rest = _SECOND_CLAUSE.sub("", found.group("rest")).rstrip(" .")  # "... down a third and thanked the team": the words, not the thanks
        if _ASKING.match(rest) or rest.endswith("?") or rest[:40] in shown or not (_PAIN.search(rest) or _RESULT.search(rest)) or _RULE.search(rest):
            continue
        numbers = re.findall(r"\d+(?:[.,]\d+)?", rest)
        if numbers and all(n in shown for n in numbers):
            continue  # its figures are in the line already
        return found.group("verb"), rest, bool(_RESULT.search(rest)) and not _PAIN.search(rest)
    return None


def with_own_words(result: _Answer, question: str, sit: Situation, first: str, role: str = "") -> None:
    """The line to say carries the partner's own words, in the form of the audience the question names."""
    line = result.say_this
    who = audience(question)
    if not line or "Thank you: yes" in line or _ASKS_READ.search(question) or who not in ("partner", "team") or peer_or_committee(question, role)[0] or BOARD.search(question) or result.keep_out:  # an acceptance line keeps its one point
        return
    found = own_words(sit, first, line)
    if found is None:
        return
    verb, rest, good = found
    if who == "team":
        if not _ITEM_LINE.match(line) or ". " not in line:
            return
        told = f"{first} {verb} {rest}" if verb in ("called", "described") else f"{first} told me {rest}"
        why = "that is what we build on." if good else "that is what this has to fix."
        head, tail = line.split(". ", 1)
        result.say_this = f"{head}. {told}: {why} {tail}"
        return
    said = to_partner(_OBJECT.sub(r"\g<v> you", rest), first, rest)  # "helped her challenge two renewals": "her" is the one helped
    told = f"You {verb} {said}" if verb in ("called", "described") else f"You told me {said}"
    if line.endswith("?") and not _ITEM_LINE.match(line):  # a question line: the words come first, the question follows them
        result.say_this = f"{told}. {line}"
    elif _ITEM_LINE.match(line) and ". " in line:  # the item first, then their words, then the rest (a generic tail gives way to a result)
        head, tail = line.split(". ", 1)
        if good:
            tail = "What should come next?" if _TEMPLATE.match(tail) else tail
            result.say_this = f"{head}. {told}, and I want to build on that. {tail}"
        else:
            result.say_this = f"{head}. {told}, and I want what we do next to fix that. {tail}"
    else:
        result.say_this = f"{line} {told}; {'I want to build on that.' if good else 'I want what we do next to fix that.'}"
