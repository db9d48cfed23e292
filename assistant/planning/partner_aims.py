"""The partner's aim in their own words when no "I want / my goal is" line states it (plan round 11, issue #20).

Partners state what they are trying to achieve in many ways: "The number I am judged on is cost per passenger: £21 now,
£19 by next March", "what matters most to me is more time with residents", "The job, for me, is that it keeps the shops
trading", "aim is buildings that cost less to run per square metre", "her win rate has to go from 40% to 46%", "we are
running 24% of our miles empty. I'd like that at 18% by the summer". An aim is read only from the partner's own words
(their line, a line under their label, or narration that names them as the one who said or wants it), never from the
CIO's own note ("My aim this quarter: ...", "me: I want to get through the budget review"), and never from an ask of us.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.planning.fragments import phrase_fault
from assistant.planning.goal_reading import labelled_by, not_a_goal, turns
from assistant.planning.goal_slot import goal_fault, in_aside
from assistant.planning.note_reading import Partner
from assistant.planning.objection_reading import OFFER_OF_MONEY
from assistant.planning.partner_facts import body_of, theirs
from assistant.planning.situation_cues import personal_matter
from assistant.planning.situation_types import Sentence, Situation
from assistant.planning.slot_fit import slot_fault
from assistant.planning.whose_ask import another_persons_words

_I = re.IGNORECASE
# "the number I am judged on is", "what matters most to me is", "the job, for me, is that", "success looks like", "aim is"
_CUE = re.compile(
    r"(?:^|\b)(?:(?:the )?(?:number|measure|figure|thing|one thing|result)s? (?:I am|I'm|we are|we're) (?:judged|measured|held to account|paid) on,? (?:is|are)"
    r"|what (?:really )?matters (?:most )?(?:to me|to us|for us|for me|here)? ?is"
    r"|(?:the |my |our )?(?:job|point|whole point|aim|goal|target|ambition|priority|mission),? (?:for (?:me|us|20\d\d|next year|this year),? )?(?:is|are)(?: that)?"
    r"|^aim:|success(?: for (?:me|us))? (?:is|looks like|means)|a good year (?:is|looks like|means)"
    r"|what I(?:'m| am) after is|what I(?:'m| am) trying to do is|we(?:'re| are) trying to|I(?:'m| am) trying to)\s+(?P<aim>.{6,200})$",
    _I,
)
# "her win rate has to go from 40% to 46%", "cost per pallet must come down to £4": a measure with its direction.
_MOVE = re.compile(r"\b(?:has to|have to|must|needs? to|should|is to|are to) (?:go|come|get|move|rise|fall|drop)\b.*?\b(?:from|to|under|below|above)\s+[£$€]?\d", _I)
# "we are running 24% of our miles empty" then "I'd like that at 18% by the summer": the number, then its target.
_THAT_AT = re.compile(r"(?:^|[;,]\s*)(?:and |so )?(?:I'd like|I would like|I want|we want|we need|I need) (?:that|it|this) (?:at|under|below|down to|up to|to|back to|above)\s+[£$€]?\d", _I)
_NUMBER = re.compile(r"[£$€]?\d")
_FIRST_PERSON = re.compile(r"\b(?:I|my|we|our|me|us)\b")
_STAMP = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?):\s*")
_SAID = re.compile(r"^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|she|he|they) (?:said|says|told me|told us|explained)(?: that)?,?\s+", _I)


@dataclass(frozen=True)
class Aim:
    text: str  # the partner's whole sentence (or two, a number and its target), verbatim
    spoken: bool  # their own line, not narration about them
    date: dt.date | None
    note_ref: str


def read_aims(sit: Situation, partner_name: str | None) -> list[Aim]:
    """The partner's stated aims, latest first; a clause that does not read whole, or that asks something of us, is none."""
    partner = Partner.from_name(partner_name)
    out: list[Aim] = []
    lines = _their_lines(sit.sentences, partner)
    for i, (s, text, spoken) in enumerate(lines):
        aim = _aim_in(text)
        if not aim and _NUMBER.search(text) and i + 1 < len(lines) and _THAT_AT.match(lines[i + 1][1].strip()) and lines[i + 1][0].date == s.date:
            aim = f"{text.rstrip('.')}. {lines[i + 1][1]}"  # the level, then the target that points back at it
        if aim and (OFFER_OF_MONEY.search(aim) or another_persons_words(aim, partner)):
            continue  # their offer of money is no aim; "Kagiso explained ..." is his words, never theirs
        if aim and not any(a.text == aim for a in out):
            out.append(Aim(aim, spoken, s.date, s.note.ref))
    return sorted(out, key=lambda a: a.date or dt.date.min, reverse=True)


_CIO_LABEL = re.compile(r"^[-*•>\s]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:CIO|me)\b\s*(?::|\s{2,}\d)", _I)
_ANY_LABEL = re.compile(r"^[-*•>\s]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}\s*(?::|\s{2,}\d)")


def cio_lines(sentences: list[Sentence]) -> set[str]:
    """The CIO's own lines: ours, under a CIO or "me:" label or stamp, "My note: ..." / "My aim ...", and the unlabelled
    sentences that follow a CIO turn in the same note (the rest of that turn)."""
    out: set[str] = set()
    turn_is_ours, last_ref = False, ""
    for s in sentences:
        if s.note.ref != last_ref:
            turn_is_ours, last_ref = False, s.note.ref
        text = s.text.strip()
        if _CIO_LABEL.match(text) or _cio_note(text):
            turn_is_ours = True
        elif _ANY_LABEL.match(text) or "\n" in text:
            turn_is_ours = False  # another speaker's turn, or a new heading
        if s.speaker == "us" or turn_is_ours:
            out.add(s.text)
    return out


def _their_lines(sentences: list[Sentence], partner: Partner) -> list[tuple[Sentence, str, bool]]:
    """(sentence, text, spoken) for each of the partner's own lines; narration keeps only what it says they said."""
    out: list[tuple[Sentence, str, bool]] = []
    ours = cio_lines(sentences)
    for s in sentences:
        if s.speaker == "us" or s.text in ours or personal_matter(s.text) or in_aside(s.text, s.note.text, partner.is_me):
            continue  # "[tom: ... My job is to keep the next release small.]": the CIO's aside
        body = body_of(s)
        stamp = _STAMP.match(body)  # "00:01:20 Declan Moyo: ...", a transcript's turn
        if stamp:
            if partner.is_me(stamp.group("who")):
                out.append((s, body[stamp.end():].strip(), True))
            continue
        for who, text in turns(body):
            if who and not partner.is_me(who):
                continue  # a chat turn of the CIO's
            said = _SAID.match(text)
            if said and (s.speaker != "narrator" or _names(said.group(0), partner)):
                out.append((s, text[said.end():].strip(), False))
            elif who or theirs(s, partner) and not _cio_note(s.text):
                own = s.speaker == "partner" or bool(who) or partner.is_me(labelled_by(s.text) or "-") or bool(_FIRST_PERSON.search(text))
                out.append((s, text, own))
    return out


def _names(head: str, partner: Partner) -> bool:
    first = head.split()[0].lower()
    return first in partner.names or first in {"she", "he", "they"}


def _cio_note(raw: str) -> bool:
    """The CIO's own line in a journal or bullets: "me: ...", "My note: ...", "My aim this quarter: ..."."""
    return bool(re.match(r"^[-*•\s]*(?:me|CIO|my note|note to self|my aim|my goal)\b", raw.strip(), _I))


def _level_then_target(text: str) -> re.Match[str] | None:
    """'12p in every pound goes on overhead; I want it under 10p': a number, then its target pointing back at it."""
    target = _THAT_AT.search(text)
    return target if target and target.start() > 0 and _NUMBER.search(text[: target.start()]) else None


def _aim_in(text: str) -> str:
    """The sentence, whole, when it states an aim; '' when it is an ask of us, a cut phrase or no aim."""
    text = text.strip().strip("\"“”").rstrip()
    cue = _CUE.search(text)
    move = _MOVE.search(text) or _level_then_target(text)
    if not cue and not move:
        return ""
    aim = cue.group("aim") if cue else text
    if not_a_goal(aim.strip(" ,:;.")) or goal_fault(aim, said=True) or re.match(r"(?:to )?(?:get through|keep the promise|talk|meet)\b", aim.strip(), _I):
        return ""
    if phrase_fault(text.rstrip(".!?")) or len(text.split()) > 40 or slot_fault(text, "said"):  # the whole line is quoted: no label
        return ""
    return text if text.endswith((".", "!", "?")) else text + "."


def their_lines(sentences: list[Sentence], partner_name: str | None) -> list[tuple[Sentence, str, bool]]:
    """(sentence, text, spoken) for each of the partner's own lines (see _their_lines)."""
    return _their_lines(sentences, Partner.from_name(partner_name))
