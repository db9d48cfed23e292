"""People the notes keep out of the conversation: never named in a plan, never asked about.

"Mere stands in while he is on leave. Private." names a person inside a private matter; "His number two backs the trial
and finds him slow. Never play her off against him." names one the CIO must not play against the partner; going round
the partner through someone can be called the end of the relationship; a person can be told of in confidence ("in
confidence: she leaves in May, not announced"). Either way a plan that asks "What does Mere need from us?" or "Mere
wants ...: is that first for you too?" runs that person through the partner. The caution is read from the sentence
naming them or the one right after it.
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Sentence

_I = re.IGNORECASE
# A person the notes say to keep out of the conversation: private ("Mere stands in. Private."), or not to be played
# against the partner or routed through them ("never play her off against him", "don't run Mere's asks through Rua").
_KEEP_PERSON_OUT = re.compile(r"\b(?:private|confidential)\s*(?:[.;!]|$)|\bnot for any(?:one| meeting)\b|"
                              r"\bin confidence\b|\bnot (?:yet )?announced\b|\b(?:do not|don't|never) (?:mention|tell|share)\b|"
                              r"\bgo(?:ing|es)? (?:a)?round \w+[^.;]{0,30}\b(?:through|via)\b|\b(?:do not|don't|never|must not|mustn't|should not|shouldn't|careful not to|not to) "
                              r"(?:use|run|play|pit|push)\b[^.;]{0,60}\b(?:against|through|past|over)\b", _I)


def kept_out_names(sentences: list[Sentence]) -> set[str]:
    """Capitalised words of the sentences that carry a keep-out caution about a person, or stand just before one."""
    out: set[str] = set()
    for k, s in enumerate(sentences):
        if not _KEEP_PERSON_OUT.search(s.text):
            continue
        before = sentences[k - 1].text if k and sentences[k - 1].note is s.note else ""
        for text in (s.text, before):
            out |= {re.sub(r"['’]s$", "", w) for w in re.findall(r"(?<![\w-])[A-ZÀ-Þ][\w'’-]+", text)}
    return out - {"Do", "Don't", "Not", "Never", "Need", "Private", "The", "He", "She", "They", "I", "We"}
