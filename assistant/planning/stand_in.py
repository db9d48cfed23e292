"""The partner's pronoun where the plan has no name for them: the notes never name the partner, so templates filled
"your partner" in the name's place ("What your partner asked", "Aim: move your partner from T to I").

Said with the pronoun the notes use for them ('he' or 'she', else 'they'): "your partner's team" -> "her team", "your
partner asked" -> "she asked", "move your partner" -> "move her", and at a sentence's start "She reads as ..." ("They
read as ..."). Any stand-in left after this is dropped by the last pass (leftovers.py).
"""

from __future__ import annotations

import re

from assistant.schema import Plan

_FORMS = {"she": ("she", "her", "her"), "he": ("he", "him", "his"), "they": ("they", "them", "their")}  # subject, object, possessive
# "they" takes the plural verb: "they read as ...", "they have".
_PLURAL = {"reads": "read", "wants": "want", "uses": "use", "brings": "bring", "sees": "see", "places": "place", "has": "have",
           "is": "are", "was": "were", "says": "say", "needs": "need", "gets": "get", "goes": "go", "does": "do", "asks": "ask"}
# A verb after the stand-in makes it the subject: "what your partner asked", "your partner reads as ...".
_VERB = r"(?:asked|asks|wants|wanted|reads|read|may|uses|used|brings|sees|saw|places|has|had|is|was|set|said|says|offered|" \
        r"needs|needed|will|would|can|could|should|must|gets|got|goes|went|named|chased|agreed|raised|told|wrote|thanked|does|did)\b"
_STAND_IN = re.compile(r"\byour partner(?P<own>['’]s\b)?", re.IGNORECASE)
_SUBJECT = re.compile(rf"(\s+)({_VERB})")
_START = re.compile(r"(?:^|[.!?]\s+|\n)$")  # the stand-in opens a sentence: said with a capital


def said_with_pronoun(text: str, pronoun: str) -> str:
    """`text` with each "your partner" said as the partner's pronoun; unchanged without one."""
    if pronoun not in _FORMS or "your partner" not in text.lower():
        return text
    subject, obj, own = _FORMS[pronoun]

    def one(m: re.Match[str]) -> str:
        start = _START.search(text[: m.start()]) is not None
        verb = _SUBJECT.match(text, m.end())
        word = own if m["own"] else subject if start or verb else obj
        word = word[:1].upper() + word[1:] if start else word
        if word.lower() == "they" and verb and verb.group(2) in _PLURAL:
            return f"{word}{verb.group(1)}{_PLURAL[verb.group(2)]}\0"  # the verb is said again below; \0 marks its old place
        return word

    said = re.sub(r"\0\s+\w+", "", _STAND_IN.sub(one, text))
    if pronoun != "they":
        return said
    joined = re.compile(rf"(\b[Tt]hey\b[^.;:?!]*?\b(?:or|and)\s+)({'|'.join(_PLURAL)})\b")  # "they use it, or ask for more"
    return joined.sub(lambda m: m.group(1) + _PLURAL[m.group(2)], said)


def plan_with_pronoun(plan: Plan, pronoun: str) -> Plan:
    """The plan with the stand-in said as the pronoun in every line the CIO reads (a named plan is left as it is)."""
    if plan.partner:
        return plan
    pronoun = pronoun if pronoun in _FORMS else "they"  # the notes show neither: "they asked", "move them"

    def say(text: str) -> str:
        return said_with_pronoun(text, pronoun)

    return plan.model_copy(update={
        "one_thing": say(plan.one_thing), "script": [say(s) for s in plan.script], "value_message": say(plan.value_message),
        "sections": [s.model_copy(update={"text": say(s.text)}) for s in plan.sections],
        "open_items": [i.model_copy(update={"text": say(i.text)}) for i in plan.open_items],
        "followups": [f.model_copy(update={"what": say(f.what)}) for f in plan.followups],
    })
