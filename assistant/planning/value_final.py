"""The value message's last check (plan round 15): what is left must be value, in the partner's terms.

- A dated answer to one of their requests ("Your request of 20 October: my answer comes by 11 December"), a yes to
  their offer, or our promise restated is the meeting's business (the script says it), never the value message by
  itself: it stays only as the dated step after their aim.
- A sentence that is the value statement said back (most of its content words, in any order or number) is the
  statement pasted, not its meaning for this partner: it goes.
What remains is said whole; with nothing of value left, one question for their goal.
"""

from __future__ import annotations

import re

from assistant.planning.contribution import ASK_GOAL

_I = re.IGNORECASE
_ANSWER = re.compile(
    r"^(?:Your (?:request|offer|ask|question)s? of\b|Our promise of\b|Yes[:,]|Yes to\b|Yes, I(?:'ll| will)\b|On \d{1,2} [A-Z][a-z]+ you asked\b"
    r"|You(?:'ll| will) have (?:the|our|my)\b[^.]*\bby \d{1,2} [A-Z][a-z]+)", _I)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")  # "£1.62" and "3.2%" stay whole
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = set(
    "the a an and or of to in on at for with by from so that our your their its it we you they us every each all any more less "
    "is are be can what who this these those as than into onto part technology earns keep keeps keeping there here will".split()
)
_THEIR_MEASURE = re.compile(r"^(?:What|Where) would .+ need to (?:show|be|deliver)\b")  # the hook question on a measure they named
PASTED = 0.7  # share of the statement's content words a sentence may carry before it is the statement said back


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?:ing|es|s|ed)$", "", w.lower())[:6] for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def sentences(message: str) -> list[str]:
    return [s.strip() for s in _SPLIT.split(message) if s.strip()]


def request_answer(sentence: str) -> bool:
    """A dated answer to their request, a yes to their offer, or our promise restated."""
    return bool(_ANSWER.match(sentence.strip()))


def statement_pasted(sentence: str, statement: str) -> bool:
    """The sentence carries most of the statement's content words (its main clause, before 'so'), and little of its own."""
    if re.search(r"\bis where you will see it\b", sentence):
        return False  # the meaning tied to their own measure: said for them, not pasted
    main = re.split(r",?\s+so\s+(?:that\s+)?", statement, maxsplit=1)[0]
    said, whole = _stems(sentence), _stems(main)
    if len(whole) < 3:
        return False
    return len(said & whole) >= PASTED * len(whole) and len(said - whole) <= 2


# "you want IT is 4% of revenue", "you want our job double-counted ...": a clause or a complaint in the want slot.
_WANT_CLAUSE = re.compile(
    r"\byou want\s+(?!to\b)(?:(?-i:IT|I)\b|(?:we|our|this|that|there)\b|[^.?!]*?\b(?:is|are|was|were|has|had|can't|cannot|won't|isn't|aren't)\b)", _I
)


# "you want to prove to the board that IT is lean", "you want to hear if we can start by March", "you want to know by
# Friday": what they want told or shown about us, or a date for an answer, is the meeting's business, never their goal.
_WANT_TOLD = re.compile(r"\byou want to (?:show|prove|tell|convince|know|hear|see|confirm)\b\s+(?:\w+\s+){0,3}?(?:(?:that\s+)?(?:we|I|I'm|our|IT|us)\b|by\b|if\b|whether\b|when\b)", _I)


def clause_as_want(sentence: str) -> bool:
    """A 'you want' whose object is a clause (a level, a complaint, our own work), never a thing they want: left out."""
    if _WANT_TOLD.search(sentence):
        return True
    return _WANT_CLAUSE.search(sentence) is not None and "“" not in sentence.split("you want", 1)[-1][:3]


def finish_value(message: str, statement: str) -> str:
    """The message without the statement said back; a dated answer to their request stays only as the step after
    something of theirs (their aim, their words), never as the message itself. With nothing of value left, the one
    question for their goal."""
    said = sentences(message)
    kept = [s for s in said if not (statement and statement_pasted(s, statement)) and not clause_as_want(s)]
    value = [s for s in kept if not request_answer(s)]
    if not [s for s in value if not s.endswith("?")]:  # no aim, no meaning: an answer to a request is no value message
        value = [s for s in value if _THEIR_MEASURE.search(s)]
        return " ".join(value) if value else ASK_GOAL if said else ""
    return " ".join(kept)
