"""Template leftovers: words a template put where a fact belongs, and quotes left open, in any line of a finished plan.

"your partner" is the stand-in for a name the notes did not give ("What your partner wants", "have it ready for your
partner"); said to the partner or read by the CIO it is no one's name. A quotation mark or bracket left open means a
quote was cut or two lines were stitched; so does a chat handle's label inside a line. A promise said without what was
promised ("we agreed for 11 December") lost its object in a slot; so did a thing that ends before its noun ("On the
written, which ...") and an act put where a thing belongs ("Yes to the co-presenting the results"). The last pass drops such a line (plan_sweep.py); it never rewrites it.
"""

from __future__ import annotations

import re

from assistant.planning.sayable import unbalanced

_LABEL = re.compile(r"\byour partner\b")  # the fallback for a missing name
# A chat handle's label inside a line ("... of course:) ana.r: Let's meet on 7 Jan"): two speakers' lines run together.
_HANDLE = re.compile(r"(?<![\w.@/])[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*:\s")
# A promise said with its object gone: "we agreed for 11 December", "I promised by Friday" (not "what we promised on
# 6 October": there the object leads the clause).
_NO_OBJECT = re.compile(r"(?<!\bwhat )(?<!\bwhich )(?<!\bthat )\b(?:we|I) (?:agreed|promised|committed)\s+(?:for|by|on|before)\s+(?:\d|[A-Z][a-z]+\b)")

# A slot filled with a phrase cut before its noun: "On the written, which we noted", "for the signed." (never a list of
# its adjectives: "the written, dated estimate")
_CUT = re.compile(r"\b(?:the|a|an|your|our)\s+(?:written|given|taken|broken|chosen|spoken|hidden|proven|shown|signed|dated|costed|"
                  r"revised|updated|proposed|requested|promised|agreed|approved)(?=\s*[.:;]|,?\s+(?:which|that)\b|,\s*$)")
# An act in a thing's slot: "Yes to the co-presenting the results", "for the re-running the report".
_ACT = re.compile(r"\b(?:to|for|on)\s+the\s+(?:co|re|pre)-[a-z]+ing\s+(?:the|a|an|your|our|their)\b", re.IGNORECASE)


def leftover(text: str) -> str:
    """Why a plan line carries a template leftover ('' when it carries none)."""
    body = re.sub(r"“[^”]*”", "“…”", text)  # the partner's own words may say anything
    if _LABEL.search(body.lower()):
        return "a template label in place of the partner's name"
    if unbalanced(text):
        return "a quotation mark or bracket left open"
    if _HANDLE.search(text):
        return "a chat speaker's label inside the line"
    if _NO_OBJECT.search(body):
        return "a promise with its object left out"
    if _CUT.search(body):
        return "a slot filled with a phrase cut before its noun"
    if _ACT.search(body):
        return "an act in the slot of a thing"
    return ""
