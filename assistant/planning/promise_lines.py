"""Our open promise, said in the script when it falls due soon (round 11 of issue #20).

A promise of ours due on or after the meeting day and within about three weeks belongs in the script, named by what
it delivers: "You'll have the estimate by 11 December, as promised." The CIO checks with its owner first (a follow-up).
The thing is said only when a short, safe name for it exists (no pronoun whose person is unclear, no run of the notes'
words); else "What I promised you on 4 November comes by 11 December.".
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.due_dates import due_date
from assistant.planning.situation_types import NEAR, Item, Situation
from assistant.planning.voice import on_day, when

_I = re.IGNORECASE
_VERB = re.compile(r"^(?:(?:will|'ll|to)\s+)?(?:have|send|get|deliver|give|share|bring|provide|put|finish|write|draft|install|set up|run)\s+", _I)
_TAIL = re.compile(r"\s*(?:,|;|(?<![\w-])by\b(?!-)|\bbefore\b|\bno later than\b|\bin time\b|\bahead of\b|\bon \d|\bas (?:promised|agreed)\b|\bwith \w+ from\b|\(\w+\)).*$", _I)
_TO_YOU = re.compile(r"\s+(?:to|with|for) (?:you|her|him|them|[A-Z][a-z]+)$")
_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|it|its|this|that)\b", _I)
_NAMING = re.compile(r"\bnamed?\b", _I)
_IMPERATIVE = re.compile(
    r"(?:confirm|show|join|send|provide|review|check|agree|share|book|set up|arrange|deliver|prepare|draft|build|scope|present|"
    r"explain|update|run|fix|install|get|give|write|schedule|organi[sz]e|complete|finish|test|find|move|replace|order|raise|"
    r"chase|call|meet|brief|attend|submit|sign|visit|walk|demo|train|migrate|decide|assess|investigate|publish|issue|"
    r"circulate|follow up|look into|set)\b(?!\s+(?:by|before|to you|to her|to him))", _I)
# A subject then a finite verb with its object: "Fatima finishes moving ...", "Ops sends the list" (a sentence, no noun phrase).
_SENTENCE = re.compile(r"^(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[a-z]+)(?<!s)s|will|has|is|was|can)\s+(?:the|a|an|our|their|his|her|its|this|that|\w+ing)\b")
_COUNT = re.compile(r"\b(\d{1,4})\s+(?:of|out of)\s+(?:the\s+|our\s+)?(\d{1,4})\b")
# The notes put the delay on us: "stuck in my own team's queue", "that part was ours", "our order went in late".
_OUR_CAUSE = re.compile(r"\b(?:my|our) own\b|\b(?:was|is|were) ours\b|\bon us\b|\bour fault\b|\bour (?:order|approval|side|team)\b[^.;]{0,40}\blate\b", _I)
_PART = re.compile(r"\b\d{1,4}\s+(?:of|out of)\s+(?:the\s+|our\s+)?\d{1,4}\b|\b(?:the rest|the remaining|the other \d+)\b", _I)


def upcoming(sit: Situation, today: dt.date) -> list[Item]:
    """Our open promises due after the meeting day and within three weeks of it, soonest first."""
    ours = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status == "open" and i.due and today < i.due <= today + NEAR]
    return sorted(ours, key=lambda i: i.due or today)


def thing_of(item: Item) -> str:
    """'the estimate' for "have the estimate to you by 11 December, in time for the committee" ('' when none is safe)."""
    words = _TAIL.sub("", _VERB.sub("", item.complement.strip()))
    words = _TO_YOU.sub("", words).strip(" ,.;:")
    if re.match(r"(?:her|him|them|it)\s+[a-z]+(?:ed|en)\b", words):
        return ""  # "get them patched and signed off": the thing is a pronoun, its state no name
    words = re.sub(r"^(?:for|you|her|him|them)\s+", "", words)  # "send you a draft", the ask's "for a cost estimate"
    words = re.split(r"\s+[-–—(]\s*", words)[0].strip(" ,.;:")  # "the estimate for the twin - phase 1, berths - ..."
    words = re.sub(r"^[A-Z][a-z]+\s+(?=(?:a|an|the)\s)", "", words)  # "Joana a sample extract": the person it goes to is no part of the thing
    words = re.sub(r"^(?:a|an)\s+", "the ", words, flags=_I)  # what we promised is a known thing: "the draft"
    if len(words.split()) > 8 or _IMPERATIVE.match(words):
        return ""  # an action-table line ("Confirm 2027 recharge for HR") is a task, not a thing she will have
    owner = getattr(item, "owner_name", "")
    if _SENTENCE.match(words) or (owner and words.split(" ", 1)[0] == owner.split(" ", 1)[0]):
        return ""  # "Fatima finishes moving the drive": a person and a verb make a sentence, never a thing to bring
    if re.match(r"(?:The|Your|Our|My|All|Both)\s", words):
        words = f"{words[0].lower()}{words[1:]}"
    elif re.match(r"[A-Z][a-z]+(?:\s+[a-z]|$)", words):
        words = f"the {words[0].lower()}{words[1:]}"  # a label in sentence case: "Rota model" -> "the rota model"
    elif re.match(r"[a-z]", words) and not re.match(r"(?:the|a|an|this|that|these|those|your|our|my|his|her|their|all|both|each|every|some|any|\d)\b", words):
        words = f"the {words}"  # a bare noun phrase ("one-page rollback plan") is a known thing: "the one-page rollback plan"
    elif re.match(r"[A-Z]{2,}[\w-]*\s+[a-z]", words):
        words = f"the {words}"  # "AP survey report": "the AP survey report"
    if not words or _PERSON.search(words) or _NAMING.search(words) or len(words.split()) > 9 or re.search(r"[\"“”?]", words):
        return ""
    if _foreign(words):
        return ""  # "respuesta sobre plan B": the note's language, never stitched into an English line
    if re.search(r"\b(?:live|ready|done|installed|working|in place|swapped|replaced|upgraded|migrated|fixed|delivered|completed|finished|"
                 r"deployed|connected|moved|fitted|switched on|rolled out)$", words, _I):
        return ""  # "MES feed live": a state, said another way below
    return words


_ENGLISH_GLUE = frozenset("the of for to and with an on in by at from our your".split())
_FOREIGN_GLUE = frozenset("para sobre con del la el los las em com do da dos das na het een van aan voor met und der die das mit für "
                          "il di per della le les des pour avec du".split())


def _foreign(words: str) -> bool:
    """A phrase in another language: more of its small words are that language's than English's."""
    tokens = re.findall(r"[^\W\d_]+", words.lower())
    return sum(t in _FOREIGN_GLUE for t in tokens) > sum(t in _ENGLISH_GLUE for t in tokens)


# "see if we can bring it forward and tell you by Tuesday": the answer itself is what we promised.
_ANSWER = re.compile(r"^(?:see|check|find out|look at)\s+(?:if|whether)\s+(?P<q>[^,;]{4,80}?)\s+and\s+(?:tell|let)\s+you(?:\s+know)?\s+by\b", _I)


def on_first_date(item: Item) -> bool:
    """Our promise still due on the date it was made with (its progress line set no later one)."""
    first = due_date(item.complement, item.date, item.date_order)[0] if item.date else None
    return first is not None and item.due is not None and first >= item.due


def upcoming_line(item: Item) -> str:
    if (answer := _ANSWER.match(item.complement.strip())) and item.due and not item.progress_quote:
        return f"As I said, I'll tell you by {when(item.due)} whether {answer.group('q')}."
    if item.progress_quote and item.date:  # a new date since: "the new date", never "as promised"; on its own date: on track
        moved = not on_first_date(item)
        count = _COUNT.search(item.progress_quote)
        part = f"{count.group(1)} of {count.group(2)}" if count else "Part of it"
        if moved and count:
            ours = " The delay is ours." if _OUR_CAUSE.search(item.progress_quote) else ""
            return f"We are late on what I promised you {on_day(item.date)}: {part} are in, and the rest comes by {when(item.due)}, the new date.{ours}"
        if _PART.search(item.progress_quote):
            head = f"Of what I promised you {on_day(item.date)}, {part} are in" if count else f"Part of what I promised you {on_day(item.date)} is in"
            return f"{head}; the rest comes by {when(item.due)}, " + ("the new date." if moved else "as promised.")
        return f"What I promised you {on_day(item.date)} now comes by {when(item.due)}, the new date."
    thing = thing_of(item)
    if thing:
        return f"You'll have {thing} by {when(item.due)}, as promised."
    return f"What I promised you {on_day(item.date)} comes by {when(item.due)}, as promised." if item.date else ""
