"""Going around IT, a miss healed, and whose a miss was (session 23).

`stance.stance_adjust` and `stance.mark_pardons` call these on every sentence:
- the partner turns to someone else for what IT should deliver: compares an outside firm's speed with ours
  (asks why we cannot deliver the same), keeps a fallback provider ("she has a plan B"), or builds the thing
  themselves because ours was late (made it in a spreadsheet herself): a doubt of our delivery, whatever the tone;
- the CIO's narration of our own miss ("the pilot stopped", "71% against the 95% we said") is no praise,
  whatever the classifier guesses from its calm words;
- a miss the partner calls closed ("it happens once", "considers it closed", "hasn't mentioned it since") is healed;
- "the students don't care whose it was" reports someone else's view: it does not undo the partner's own
  "the vendor's, not yours" in the same breath (only "I don't care whose" holds us to account).
"""

from __future__ import annotations

import re

from assistant.perception.cues import cue_hits

_I = re.IGNORECASE
_US = r"(?:we|you|it|i\.t\.|your (?:team|people|lot|department)|the it team)"
# The partner compares an outside firm's delivery with ours, keeps a fallback, or works around our lateness.
_WENT_AROUND = re.compile(
    rf"\bwhy (?:(?:can't|couldn't|cannot|can not|don't|won't|didn't) {_US}|{_US} (?:can't|couldn't|cannot|can not|don't|won't|didn't)) "
    r"(?:just )?(?:do|deliver|build|get|turn|move|run)\b"
    r"|\b(?:has|have|had|keeps?|kept|got|holds?) (?:already |now )?(?:got )?(?:a |her |his |their )?(?:plan b|fallback|back-?up (?:plan|option|supplier))\b"
    r"|\b(?:her|his|their) plan b\b|\bplan b (?:is|was)\b"  # a fallback held, not a wish for one ("we want a plan B")
    rf"|\b(?:went|go|goes|going|gone) (?:around|round|past) (?:us|you|it|i\.t\.|the it team|my team|our team)\b"
    r"|\b(?:had to|ended up|went and|have had to) (?:build|built|do|did|make|made|run|ran|buy|bought|put together)\b[^.;]{0,40}?"
    r"\b(?:myself|ourselves|herself|himself|themselves|in excel|in a spreadsheet|on (?:my|our|her|his|their) own|by hand)\b",
    _I,
)
_NEGATED = re.compile(r"\b(?:not|never|no need to|without|didn't|did not|won't|don't)\b[^.;]{0,25}$", _I)
# The CIO's narration of a miss of ours: stopped, late, short of what we said.
_OUR_MISS_TOLD = re.compile(
    r"\b(?:stopped|cancelled|canceled|abandoned|shelved|failed|missed|slipped|overran|late(?:r)? than|under-?estimat\w*|fell short|short of)\b"
    r"|\bagainst the [\w%.,\s-]{1,20}? (?:we|I) (?:said|promised|committed to|told \w+)\b",
    _I,
)
# A miss the partner treats as closed.
_HEALED = re.compile(
    r"^\W*(?:[A-Z][\w-]+:\s*\W*)?(?:(?:it|that|these things|things like that|stuff) )?(?:happens?|can happen)(?: once| once in a while| sometimes| now and then| to (?:everyone|anyone|the best of us))?\s*[.!]"
    r"|\b(?:considers?|considered|treats?|treated|calls?|called|regards?|regarded) (?:it|that|the (?:matter|incident|outage|miss)) "
    r"(?:as )?(?:closed|settled|done|dealt with|resolved|finished)\b"
    r"|\b(?:has|have|had)(?: not|n't) (?:mentioned|raised|brought up|referred to|come back to) (?:it|that|the (?:\w+ )?(?:outage|incident|miss|failure)) (?:since|again)\b"
    r"|\bnever (?:mentioned|raised|brought up) (?:it|that) (?:again|since)\b"
    r"|\b(?:the|that) (?:matter|incident|outage|episode) is (?:closed|settled)\b",
    _I,
)
_BUT = re.compile(r"\b(?:but|however|though|yet)\b", _I)
# "...don't care whose it is" said of someone other than the speaker: their view, reported, not the speaker's.
_OTHERS_DONT_CARE = re.compile(r"\b(?!(?:I|we)\b)(\w+) (?:don't|do not|doesn't|does not) care whose\b", _I)


def went_around(sentence: str) -> bool:
    """The partner turns to someone else, or to themselves, for what we should have delivered."""
    text = " ".join(sentence.split())
    found = _WENT_AROUND.search(text)
    return found is not None and not _NEGATED.search(text[: found.start()])


def our_miss_told(sentence: str) -> bool:
    return bool(_OUR_MISS_TOLD.search(" ".join(sentence.split())))


def healed(sentence: str) -> bool:
    """The partner calls a miss closed, with no 'but' after it."""
    text = " ".join(sentence.split())
    found = _HEALED.search(text)
    return found is not None and not _BUT.search(text, found.end())


def reread_others_view(sentence: str, cues: dict[str, list[str]]) -> dict[str, list[str]]:
    """Cues without a 'nobody cares whose' that reports others' view: the speaker's own words about the cause stand."""
    text = " ".join(sentence.split())
    found = _OTHERS_DONT_CARE.search(text)
    if "ours" not in cues or not found or found.group(1).lower() in ("i", "we"):
        return cues
    return cue_hits(text[: found.start()] + text[found.end() :].replace("whose", "", 1))
