"""The partner's pronoun where the plan has no name for them: the notes never name the partner, so templates filled
"your partner" in the name's place ("What your partner asked", "Aim: move your partner from T to I").

Said with the pronoun the notes use for them ('he' or 'she'): "your partner's team" -> "her team", "your partner asked"
-> "she asked", "move your partner" -> "move her", and at a sentence's start "She reads as ...". Where the notes show no
pronoun the stand-in stays, and the last pass drops the line (leftovers.py): a line without a name is left out.
"""

from __future__ import annotations

import re

from assistant.schema import Plan

_FORMS = {"she": ("she", "her", "her"), "he": ("he", "him", "his")}  # subject, object, possessive
# A verb after the stand-in makes it the subject: "what your partner asked", "your partner reads as ...".
_VERB = r"(?:asked|asks|wants|wanted|reads|read|may|uses|used|brings|sees|saw|places|has|had|is|was|set|said|says|offered|" \
        r"needs|needed|will|would|can|could|should|must|gets|got|goes|went|named|chased|agreed|raised|told|wrote|thanked|does|did)\b"
_STAND_IN = re.compile(r"\byour partner(?P<own>['’]s\b)?", re.IGNORECASE)
_SUBJECT = re.compile(rf"\s+{_VERB}")
_START = re.compile(r"(?:^|[.!?]\s+|\n)$")  # the stand-in opens a sentence: said with a capital


def said_with_pronoun(text: str, pronoun: str) -> str:
    """`text` with each "your partner" said as the partner's pronoun; unchanged without one."""
    if pronoun not in _FORMS or "your partner" not in text.lower():
        return text
    subject, obj, own = _FORMS[pronoun]

    def one(m: re.Match[str]) -> str:
        start = _START.search(text[: m.start()]) is not None
        word = own if m["own"] else subject if start or _SUBJECT.match(text, m.end()) else obj
        return word[:1].upper() + word[1:] if start else word

    return _STAND_IN.sub(one, text)


def plan_with_pronoun(plan: Plan, pronoun: str) -> Plan:
    """The plan with the stand-in said as the pronoun in every line the CIO reads (a named plan is left as it is)."""
    if plan.partner or pronoun not in _FORMS:
        return plan

    def say(text: str) -> str:
        return said_with_pronoun(text, pronoun)

    return plan.model_copy(update={
        "one_thing": say(plan.one_thing), "script": [say(s) for s in plan.script], "value_message": say(plan.value_message),
        "sections": [s.model_copy(update={"text": say(s.text)}) for s in plan.sections],
        "open_items": [i.model_copy(update={"text": say(i.text)}) for i in plan.open_items],
        "followups": [f.model_copy(update={"what": say(f.what)}) for f in plan.followups],
    })
