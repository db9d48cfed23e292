"""What technology IS to the partner, what they bought around IT, and pardons in few words (session 21).

`weigh` (assessment.py) calls `stance_adjust` on every sentence after the classifier and cue votes:
- a statement of what technology is to the business ("technology is our product now", "pricing is a
  technology problem", "all I want from you is kit that runs") sets dependence for that sentence,
  stronger than the classifier's guess;
- buying around IT (an agency hired, a SaaS tool bought from the partner's own budget, an outside firm
  engaged) is a doubt of our delivery AND shows dependence at the level of what was bought (an
  analytics module: I; a customer app or platform: BT; laptops or a help desk: T);
- a pardon in few words ("happens", "don't lose sleep over it", "you did everything right") is read as
  `forgiven` by `mark_pardons`, so the miss before it no longer counts as doubt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from assistant.perception.bypass import healed, our_miss_told, reread_others_view, went_around
from assistant.perception.cues import cue_hits

_I = re.IGNORECASE
_TECH = r"(?:technology|tech|it|i\.t\.|digital|software|data|the (?:app|platform|systems?|site|data))"
_CORE = (r"(?:product|business|edge|future|core|strategy|differentiator|advantage|competitive advantage|growth|"
         r"shop ?window|front door|brand|offer|proposition|store)")
# Technology named as the business itself, or a business question named as a technology one.
_IS_BT = re.compile(
    rf"\b{_TECH} (?:is|are|'s|has become|became|will be) (?:now |really |simply |basically |increasingly )?(?:our|the|my) (?:(?:whole|real|main|only|new|next) )?{_CORE}\b"
    r"|\b(?:is|are|'s) (?:now |really |basically |increasingly )?an? (?:technology|tech|software|data|digital) (?:problem|question|business|company|game|race|play)\b"
    r"|\b(?:we are|we're|we have become|we've become) (?:now |really |basically )?an? (?:technology|tech|software|data|digital) (?:company|business|firm|retailer|bank|group)\b"
    r"|\b(?:technology|tech|digital|software|data) is how (?:we|the business|the company) (?:win|wins|compete|competes|grow|grows|sell|sells|make money)\b",
    _I,
)
# Technology named as something that must simply run, and nothing more.
_IS_T = re.compile(
    r"\b(?:i|we) (?:just |only |simply )?(?:need|want) (?:the |my |our )?(?:systems|tech|technology|things|everything|the kit|the basics) to "
    r"(?:just |simply )?(?:work|run|be up|keep working|keep running)\b(?! (?:with|for|on) (?:data|information))"
    r"|\b(?:i|we) (?:don't|do not) (?:need|want) (?:it|i\.t\.|you|technology|tech) to be (?:innovative|clever|creative|strategic|exciting)\b"
    r"|\b(?:i|we) (?:don't|do not) want to (?:hear|think) about (?:it|i\.t\.|technology|tech|systems)\b"
    r"|\b(?:it|i\.t\.|technology) (?:is|should be) (?:just |only |simply )?(?:a |the )?(?:tool|utility|service|basics|overhead)\b(?! (?:for|to) (?:growth|strategy))",
    _I,
)
# Buying around IT: the partner's own purchase or hire of something IT would build or run.
_BUY = (r"(?:hired|bought|buys|buying|engaged|contracted|commissioned|procured|licensed|subscribed to|signed (?:up )?(?:with|for)|"
        r"brought in|had in|signed|went (?:to|with)|gone (?:to|with)|going (?:to|with))")
_OUTSIDE = (r"(?:agency|agencies|consultanc(?:y|ies)|consultants?|vendor|studio|start-?up|software house|outside firm|external firm|"
            r"freelancers?|contractors?|saas|module|package|off[- ]the[- ]shelf|subscription|licen[cs]es? for|sow|statement of work|contract)")
_AROUND = re.compile(
    rf"\b(?:she|he|they|we|I|(?:her|his|their|my|our) (?:team|people|department|unit|director|deputy|controllers|managers)|[A-Z][a-z]+)\b"
    rf"[^.;]{{0,40}}?\b{_BUY}\b(?P<object>[^.;]{{3,160}})",
)
_AROUND_BARE = re.compile(rf"^\W*(?:[\w-]+ )?{_BUY}\b(?P<object>[^.;]{{3,160}})", _I)  # "Signed the agency's SOW today." in the partner's words
_AROUND_MARK = re.compile(
    rf"\b{_OUTSIDE}\b|\b(?:outside|without|around|instead of|bypass(?:ing|ed)?) (?:us|it|i\.t\.|the it (?:team|department)|my team|our team)\b"
    r"|\b(?:didn't|did not|never) (?:come|go|went) (?:through|via|to) (?:us|it|i\.t\.|my team|our team)\b"
    r"|\b(?:out of|from|on) (?:the |her |his |their )?(?:own )?(?:[\w-]+ )?(?:budget|p&l|credit card|card)\b",
    _I,
)
_WITH_US = re.compile(r"\b(?:with|to|from|for|by|through|via|around) (?:us|you|your team|your people|it|i\.t\.|the it (?:team|department)|our team|my team)\b(?! to)", _I)
_LEVELS = ("T", "I", "BT")
# The classifier's dependence guess on a sentence with no word of what technology does for the partner ("A yes or a
# no, and the cost.") counts for less than one with such a word.
_MODEL_ALONE = 0.75
# What was bought, when the general cues name no level: an information tool (I) or something customers use (BT).
_OBJECT_I = re.compile(r"\b(?:analytics?|dashboards?|reports?|reporting|forecast\w*|insights?|bi|data (?:tool|platform|warehouse)|planning tool)\b", _I)
_OBJECT_BT = re.compile(r"\b(?:apps?|website|web ?shop|online|mobile|loyalty|personali[sz]ation|storefront|checkout|customer[- ]facing|e-?commerce)\b", _I)
# A pardon in few words: the partner waves a miss away.
_PARDON = re.compile(
    r"^[\"“]?(?:it |these things |stuff |shit )?happens[.!]"
    r"|\b(?:don't|do not) lose (?:any )?sleep (?:over|about) it\b|\bnobody died\b|\bno one died\b|\bnot the end of the world\b"
    r"|\b(?:you|your team|your people|you lot) did (?:everything|all the right things|exactly the right thing|it all) right\b"
    r"|\b(?:don't|do not) worry about it\b|\bno big deal\b|\bforget it\b|\bit could have been (?:much |far )?worse\b"
    r"|\bhandled (?:it |that )?(?:perfectly|brilliantly|really well|well)\b",
    _I,
)
_BUT = re.compile(r"\b(?:but|however|though|again|yet)\b", _I)


class _Cued(Protocol):
    quote: str
    cues: dict[str, list[str]]
    speaker: str


class _Felt(_Cued, Protocol):
    own_voice: bool
    narrated: bool


def dependence_stance(sentence: str) -> str | None:
    """The level a sentence gives technology outright (BT or T), or None."""
    text = " ".join(sentence.split())
    if _IS_BT.search(text):
        return "BT"
    if _IS_T.search(text):
        return "T"
    return None


def bought_around(sentence: str, partner_voice: bool = False) -> str | None:
    """The level of what the partner bought or hired around IT ("T", "I" or "BT"; "" when the level is not named), or None.
    "We" or "my team" buying is the partner's purchase only in the partner's own words."""
    text = " ".join(sentence.split())
    match = _AROUND.search(text) or (_AROUND_BARE.search(text) if partner_voice else None)
    if not match or (not partner_voice and re.match(r"(?:I|we|We|my|My|our|Our)\b", match.group(0))) or not _AROUND_MARK.search(match.group(0)):
        return None
    bought = match.group("object")
    if _WITH_US.search(bought) and not re.search(r"\b(?:outside|around|without|instead of)\b", bought, _I):
        return None  # "signed the contract with us": bought from IT, not around it
    if _OBJECT_I.search(bought):
        return "I"  # "a customer analytics platform" is bought for the information
    if _OBJECT_BT.search(bought):
        return "BT"
    hits = cue_hits(bought)
    found = [level for level in _LEVELS if hits.get(level)]
    return found[-1] if found else ""


def mark_pardons(features: Sequence[_Cued]) -> None:
    """Read a few-word pardon from someone other than the CIO as `forgiven` (in place; idempotent)."""
    for f in features:
        f.cues = reread_others_view(f.quote, f.cues)
        if f.speaker != "cio" and "doubted" not in f.cues and _PARDON.search(f.quote) and not _BUT.search(f.quote):
            f.cues["forgiven"] = ["a pardon in few words"]
        elif f.speaker != "cio" and healed(f.quote) and "ours" not in f.cues:  # "it happens once", "considers it closed"
            f.cues.pop("doubted", None)
            f.cues["forgiven"] = ["a miss called closed"]


def stance_adjust(f: _Felt, dependence: np.ndarray, competence: np.ndarray, cue_weight: float, narration_weight: float) -> tuple[np.ndarray, np.ndarray]:
    """Dependence and competence for one sentence after what-technology-is and bought-around readings. The CIO's plain
    narration of our own work ("Wi-Fi update.") says little of how the partner sees technology: its dependence vote is
    scaled like its competence vote; so is a dependence vote from the classifier alone."""
    if f.narrated:
        dependence = dependence * narration_weight
    if not any(f.cues.get(k) for k in _LEVELS):
        dependence = dependence * _MODEL_ALONE
    level = dependence_stance(f.quote)
    if level:
        dependence = np.eye(3)[_LEVELS.index(level)] * (1.0 + cue_weight)
    own = f.own_voice or f.speaker == "cio" or "trust" in f.cues
    bought = None if own else bought_around(f.quote, f.speaker == "partner")
    if bought is None and not own and went_around(f.quote):  # asks why we can't deliver it, "she has a plan B"
        bought = ""
    if f.narrated and not f.cues.get("proven") and our_miss_told(f.quote):  # "the pilot stopped": calm words, no praise
        competence = competence * np.array([1.0, 0.0])
    if bought is not None:
        competence = np.array([max(float(competence[0]), 1.0) + cue_weight, 0.0])
        if bought:
            dependence = np.eye(3)[_LEVELS.index(bought)] * (1.0 + cue_weight)
    return dependence, competence
