"""'A proposal for “X”, with its cost and date' is said only when X is a thing we could still deliver.

A fill that is a demand to take something away ("the recharge taken off the depot"), a contrast or a negation ("an alert,
not a spreadsheet", "the tool not to drop my edits"), a measure ("87% of calls resolved on first contact"), a clause with its
own subject and verb ("the supplier to warn us ahead of releases", "a new portal, your people were right"), a preposition or a person at its head ("out of the
tool", "Tomás at the board"), or a thing a later note reports as delivered or praised is no deliverable: the follow-up
is left out rather than filled with it.
"""

from __future__ import annotations

import re

from assistant.planning.delivery_words import PRAISE_OF_USE, delivers, words_of
from assistant.planning.goal_reading import personal_name
from assistant.planning.situation_types import Sentence, Situation

_I = re.IGNORECASE
_HEAD = re.compile(r"^(?:to|out|down|up|by|at|of|in|on|off|from|with|without|into|away|back|less|more|fewer|no|not|never)\b", _I)
_NEGATED = re.compile(r"\b(?:not|no longer|n't|never)\b|,\s*not\b", _I)
_REMOVAL = re.compile(r"\b(?:taken|took|take|cut|struck|written|paid)\s+(?:off|out|back|away)\b|\b(?:removed|dropped|scrapped|stopped|"
                      r"cancelled|canceled|waived|refunded|reversed|withdrawn|abolished|gone)\b", _I)
_MEASURE = re.compile(r"\d\s*%|\bper ?cent\b|\b(?:down|up|cut|reduced|raised)\s+(?:by|to)\b|\bat\s+\d", _I)
_CLAUSE = re.compile(r"\bto\s+[a-z]+\s+(?:us|me|them|him|her|it|you|the|a|an|my|our|their|his|its)\b")  # "the vendor to tell us"
# "a real interface, your auditors had a point": a quote with a finite verb of its own is a sentence, not a thing.
_FINITE = re.compile(r"\b(?:is|are|was|were|am|has|have|had|does|did|will|would|can|could|should|must|shall)\b|\w[’']s\s+(?:been|not|right|wrong|fine)\b|\w[’'](?:re|ve|ll|d)\b", _I)
_ASK_TO_STOP = re.compile(r"\b(?:stop|remove|take\s+(?:it\s+)?off|drop|scrap|cancel|no more|get rid of|don'?t want|do not want)\b", _I)


def proposal_fits(fill: str, sit: Situation) -> bool:
    """True when `fill` is a thing still to deliver that a proposal can be made for; False for a demand, a measure,
    a clause, or a thing the notes show delivered since or asked to be stopped."""
    text = fill.strip().strip("“”\"'…").strip()
    first = text.split()[0] if text.split() else ""
    if not text or _HEAD.match(text) or _NEGATED.search(text) or _REMOVAL.search(text) or _MEASURE.search(text) or _CLAUSE.search(text) or _sentence(text):
        return False
    if first[:1].isupper() and not first.isupper() and personal_name(first.strip(",.")):
        return False  # "Tomás at the board": a person, not a deliverable
    source = [s for s in sit.sentences if text[:40].lower() in s.text.lower()]
    if any(_ASK_TO_STOP.search(s.text) for s in source):
        return False  # what they asked us to stop or take away
    return not (source and _done_since(source[0], text, sit.sentences))


def _sentence(text: str) -> bool:
    """A finite verb of the fill's own, not one in a relative clause ("a CRM that my team can run" is a thing)."""
    verb = _FINITE.search(text)
    return verb is not None and not re.search(r"\b(?:that|which|who|whom|where|when)\b", text[: verb.start()], _I)


def _done_since(source: Sentence, fill: str, sentences: list[Sentence]) -> bool:
    """A later sentence that praises the thing in use or reports it delivered (naming two of its words) or measures it as done (three words of it
    or of the sentence it was asked in); a third party's plan that names it ("their phase 2 is live stock") is neither."""
    want = words_of(fill) | words_of(source.text)
    for k, s in enumerate(sentences):
        if s.order <= source.order or (s.date and source.date and s.date <= source.date):
            continue
        after = sentences[k + 1] if k + 1 < len(sentences) and sentences[k + 1].note is s.note else None
        praised = PRAISE_OF_USE.search(s.text) or (after and PRAISE_OF_USE.search(after.text))
        named = len(words_of(fill) & words_of(s.text)) >= 2
        if ((praised or delivers(s)) and named) or _measured(s.text, want):  # "Badge readers went live 4 Sept": delivered
            return True  # "96% had the badge and locker on day one.": done, in a result that names the thing
    return False


def _measured(text: str, want: set[str]) -> bool:
    """A result measured as (nearly) all done that names three of the thing's words: "96% had account, badge and locker"."""
    rate = re.search(r"\b(\d{2,3})\s*%", text)
    return rate is not None and 80 <= int(rate.group(1)) <= 100 and len(want & words_of(text)) >= 3
