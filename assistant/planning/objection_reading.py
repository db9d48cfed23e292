"""Offers and praise that read like objections: an objection needs the partner pushing back on us.

"I'd be glad to co-fund the storage upgrade from my lab budget" is an offer (thanks and yes), never "why technology
costs what it does"; "I'd rather it was you than the consultants" prefers us, never "going to an outside provider".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.perception.cues import cue_hits

if TYPE_CHECKING:
    from assistant.planning.situation_types import Sentence, Situation

# The partner offers money or shares a cost: budget words in an offer are no budget objection, "my own budget" no vendor.
OFFER_OF_MONEY = re.compile(
    r"\b(?:co-?fund\w*|(?:glad|happy|willing|keen|pleased|prepared|able|offer(?:ed|s)?) to (?:co-?fund|fund|pay|share|split|cover|chip in|put)"
    r"|(?:we|I) (?:can|could|will|'ll) (?:fund|pay for|cover|split|share the cost)|from (?:my|our|his|her|their) (?:own |\w+ )?budget if"
    # "I fund a third of the trial out of my own budget, 90 of the 270, if you bring a plan with dates": their money on our condition
    r"|from (?:my|our) (?:own )?(?:\w+ )?budget\b[^.;!?]{0,80}?\bif (?:you|IT|your team)\b)\b",
    re.IGNORECASE,
)
# The partner prefers us to an outside provider: "I'd rather it was you than the consultants", "rather you ran this than".
PREFERS_US = re.compile(
    r"\b(?:rather|prefer)\s+(?:it (?:was|were|be)\s+)?(?:you|your (?:team|people|folks)|IT|us)\b[^.;]{0,60}\bthan\b"
    r"|\b(?:prefer|rather have|rather use)\s+(?:you|your team|IT)\b[^.;]{0,40}\b(?:to|over|than)\b",
    re.IGNORECASE,
)


# A vendor named as a source or a witness ("if the number comes out of a vendor's deck I will know", "heard it from the
# vendor too") is no threat to go elsewhere: the vendor objection needs a move towards an outside provider.
GOES_ELSEWHERE = re.compile(
    r"\b(?:instead|switch\w*|mov(?:e|ing) to|go(?:ing)? (?:to|with)|hir(?:e|ed|ing)|bring(?:ing)? in|brought in|buy(?:ing)?|bought|use|using|"
    r"sign(?:ed|ing)? (?:up )?with|outsourc\w*|replac\w*|cheaper|tender\w*|quot(?:e|es|ed) from|rather|talk(?:ing|ed)? to|"
    r"look(?:ing|ed)? at|engag\w*|appoint\w*|SaaS|shared[- ]services|hub|(?:on|from) (?:his|her|my|their) own budget|agency platform)\b",
    re.IGNORECASE,
)
# The CIO's reading of how the partner sees us ("She thinks of IT as the firm's plumbing", "He sees us as the helpdesk"):
# a view to work with, never an objection the partner raised.
CIO_READING = re.compile(r"^\s*(?:[-*•]\s*)?(?:she|he|they|[A-Z][a-z]+)\s+(?:still\s+)?(?:thinks? of|sees?|views?|regards?|treats?|considers?)\s+"
                         r"(?:us|IT|technology|the (?:IT )?(?:team|department|function))\b", re.IGNORECASE)


# Time spent is no money spent: "let's not spend any more time on it" raises no budget objection.
TIME_SPENT = re.compile(r"\bspend\w*\s+(?:(?:any|much|more|less|no|some|the|a|so|too|extra)\s+)*(?:time|hours?|minutes?|days?|weeks?|evenings?|mornings?|energy)\b",
                        re.IGNORECASE)
_MONEY = re.compile(r"[£$€]|\b(?:budget|costs?|price|recharge|cheaper|savings?|money|fund\w*|\d+\s?%|\d+k)\b", re.IGNORECASE)
OWN_SIDE_SLOW = re.compile(r"(?:^|[(“\"‘'])\s*(?:we|I|my (?:team|people|side)|our (?:team|people|side))\s+(?:\w+\s+){0,2}?(?:slow|late)\b(?:\s+too)?",
                           re.IGNORECASE)
KEEP_POSTED = re.compile(r"\bkeep (?:me|us|her|him|them) (?:posted|informed|updated|in the loop)\b", re.IGNORECASE)
_BUT = re.compile(r"\?|\b(?:but|however|though|although|yet|except|why)\b", re.IGNORECASE)


# A cost objection is about what technology costs them: a tech or budget word, or a complaint about the cost as such.
_OUR_COST = re.compile(r"\b(?:(?-i:IT)|ICT|technology|tech|licen[cs]\w*|recharg\w*|allocation|budgets?|spend\w*|bills?|invoices?|charg\w*|"
                       r"you|your|systems?|stack|contracts?|laptops?|opex|overheads?|cloud|software|hosting|per (?:seat|user|head)|run cost|project)\b", re.IGNORECASE)
_COMPLAINT = re.compile(r"\b(?:why|cut|reduce|lower|save|trim|less|too (?:much|expensive|high|dear)|expensive|afford|overspen\w*|so much|cheaper|for less)\b", re.IGNORECASE)


def ours_to_pay(text: str) -> bool:
    """A money sentence that is about what we cost them (a budget, a recharge, a licence, "your" price) or complains of a
    cost as such ("why does it cost so much"); a price their customers pay or a cost of their own operation is neither."""
    return bool(_OUR_COST.search(text) or _COMPLAINT.search(text))


def vote_of_trust(text: str) -> bool:
    """Praise or trust in our delivery, with no doubt and no "but": "just keep me posted, I know you'll do it" asks
    for nothing but news, so it is no objection ("keeping things running is all they need") to answer."""
    hits = cue_hits(text)
    return "proven" in hits and "doubted" not in hits and "courtesy" not in hits and not _BUT.search(text)


def pushed_back(text: str, kinds: list[str]) -> list[str]:
    """The objection kinds a sentence really raises: an offer of money raises no budget or vendor objection, a
    preference for us no vendor objection, a vendor named only as a source none; the CIO's reading of the partner none."""
    if CIO_READING.search(text):
        return []
    if TIME_SPENT.search(text) and not _MONEY.search(text):
        kinds = [k for k in kinds if k != "budget"]
    if "budget" in kinds and not ours_to_pay(text):  # "the bars buy on price", "an hour of a stopped line costs 1,800": their business
        kinds = [k for k in kinds if k != "budget"]
    if OWN_SIDE_SLOW.search(text):  # "we were slow too": their own side's delay admitted, no complaint about ours
        kinds = [k for k in kinds if k != "slow"]
    if KEEP_POSTED.search(text):  # "just keep me posted" asks for news, not for the lights kept on
        kinds = [k for k in kinds if k != "lights_on"]
    if vote_of_trust(text):  # praise that ends "now just keep it running" still states where they stand
        kinds = [k for k in kinds if k == "lights_on"]
    if OFFER_OF_MONEY.search(text):
        kinds = [k for k in kinds if k not in ("budget", "vendor")]
    if PREFERS_US.search(text) or not GOES_ELSEWHERE.search(text):
        kinds = [k for k in kinds if k != "vendor"]
    return kinds


def not_pushback(sentence: Sentence, sit: Situation) -> bool:
    """A sentence that carries the partner's offer, or a matter told in confidence: never an objection they raised.
    "I fund a third of the trial out of my own budget if you bring a plan with dates" is an offer to say yes to, and "she mentioned
    the shared-services plan; it stays between us" is to keep out, never "going to an outside provider" to answer."""
    offered = any(i.kind == "offer" and i.owner == "partner" and (i.quote == sentence.text or sentence.text in i.quote) for i in sit.items)
    return offered or any(m.tells(sentence.text) for m in sit.confidences)
