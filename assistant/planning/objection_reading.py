"""Offers and praise that read like objections: an objection needs the partner pushing back on us.

"I'd be glad to co-fund the storage upgrade from my lab budget" is an offer (thanks and yes), never "why technology
costs what it does"; "I'd rather it was you than the consultants" prefers us, never "going to an outside provider".
"""

from __future__ import annotations

import re

# The partner offers money or shares a cost: budget words in an offer are no budget objection, "my own budget" no vendor.
OFFER_OF_MONEY = re.compile(
    r"\b(?:co-?fund\w*|(?:glad|happy|willing|keen|pleased|prepared|able|offer(?:ed|s)?) to (?:co-?fund|fund|pay|share|split|cover|chip in|put)"
    r"|(?:we|I) (?:can|could|will|'ll) (?:fund|pay for|cover|split|share the cost)|from (?:my|our|his|her|their) (?:own |\w+ )?budget if)\b",
    re.IGNORECASE,
)
# The partner prefers us to an outside provider: "I'd rather it was you than the consultants", "rather you ran this than".
PREFERS_US = re.compile(
    r"\b(?:rather|prefer)\s+(?:it (?:was|were|be)\s+)?(?:you|your (?:team|people|folks)|IT|us)\b[^.;]{0,60}\bthan\b"
    r"|\b(?:prefer|rather have|rather use)\s+(?:you|your team|IT)\b[^.;]{0,40}\b(?:to|over|than)\b",
    re.IGNORECASE,
)


def pushed_back(text: str, kinds: list[str]) -> list[str]:
    """The objection kinds a sentence really raises: an offer of money raises no budget or vendor objection, a
    preference for us no vendor objection."""
    if OFFER_OF_MONEY.search(text):
        kinds = [k for k in kinds if k not in ("budget", "vendor")]
    if PREFERS_US.search(text):
        kinds = [k for k in kinds if k != "vendor"]
    return kinds
