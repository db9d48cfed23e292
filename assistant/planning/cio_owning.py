"""The CIO's own words that own a miss (session 19, rubric: 'Apologising for the wrong thing').

When the CIO's own lines on a miss, in its entry, take it on ("mine", "my office's", "I won't hide behind them", "my
fault"), the miss is ours whatever outside firm the same lines name; when they give it to both sides ("Both sides,
honestly", "Both true", "Both."), it is ours in part. Either way it is never "a third party's, not ours". Only our
voice counts, and never the words quoted from someone else inside our line.
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Item, Situation

_I = re.IGNORECASE

# Owned alone, in our voice.
OWN_ALONE = re.compile(
    r"(?:^|[\s(/,;:])(?:mine|my office['’]s|my (?:fault|mistake|miss|doing|bad|call|error|oversight))(?=\W|$)|"
    r"\b(?:won['’]t|will not|shan['’]t|(?:am|are) not going to|not going to|can['’]t|cannot|don['’]t) hide behind\b|"
    r"\b(?:that|this|it)(?: one)?(?:['’]s| is| was) (?:all |entirely |completely |squarely |totally |wholly )?(?:on (?:me|us)|ours|mine)\b|"
    r"\b(?:I|we) (?:take|took|carry) (?:the )?(?:blame|responsibility)\b|\bour (?:fault|mistake|error|oversight)\b|"
    r"\b(?:our|my) side,? (?:and )?(?:nobody|no one|no-one) else['’]?s\b|\bno (?:supplier|vendor|carrier|contractor|excuse)s? to (?:hide behind|blame)\b|"
    # the same, in the other languages the notes come in: "onze fout", "unser Fehler", "notre faute", "culpa nuestra", "こちらのミス"
    r"\b(?:onze|ons) (?:fout|schuld)\b|\bligt bij ons\b|\bgeen (?:leverancier|excuus|smoesjes) om achter te (?:schuilen|verschuilen)\b|"
    r"\bunser(?:e|en)? (?:Fehler|Schuld|Versäumnis|Patzer)\b|\b(?:liegt|lag) (?:ganz |allein )?bei uns\b|\bauf unsere Kappe\b|"
    r"\bnotre (?:faute|erreur)\b|\b(?:culpa|error|fallo|colpa|errore|erro) (?:nuestr[oa]|nostr[oa]|noss[oa])\b|"
    r"\b(?:nuestr[oa]|nostr[oa]|noss[oa]) (?:culpa|error|fallo|colpa|errore|erro)\b|\b(?:vår|vårt|vores) (?:feil|fel|fejl)\b|"
    r"(?:こちら|当方|弊社|私ども|IT|情シス)側?の(?:ミス|責任|落ち度)(?!では|じゃ)",
    _I,
)
# "Ours." said as a verdict ("Ours, plainly.", "The fault was ours."), never under a negation ("theirs, not a change of ours").
OURS_SAID = re.compile(r"\bours\b(?:,? (?:plainly|clearly|entirely|honestly|again|no discussion|no question|no excuses))?(?=\s*(?:[.!;:)]|$))", _I)
_NEGATED = re.compile(r"\b(?:not|never|no|nothing|theirs|niet|geen|nooit|nicht|kein\w*|pas|non|não|nunca|ikke|inte)\b|n['’]t\b[^,;.()]*$", _I)
# Given to both sides, in our voice.
BOTH = re.compile(
    r"\bboth (?:sides|true|of us|parties|at fault)\b|^\W*(?:both|shared|joint)\W*$|\b(?:partly|half|in part) (?:ours|us|mine)\b|\bours and (?:theirs|the vendor['’]s)\b",
    _I,
)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
WINDOW = 4  # the miss's own line and the few after it in its entry
# A line that answers or annotates the one before it: "> CIO: ...", ">> ...", "(margin: ...)", "[ours]".
_REPLY_LINE = re.compile(r"\s*(?:>+|\(|\[|CIO\b)")


def _rest_of_line(sit: Situation, item: Item) -> str:
    """The raw text after the miss in its line, and the reply lines right under it: short marks such as "mine." or
    "Both true." that the sentence reader drops as fragments."""
    own = next((s for s in sit.sentences if s.order == item.order), None)
    if own is None:
        return ""
    text = own.note.text
    at = text.find(own.text)
    if at < 0:
        return ""
    lines = text[at + len(own.text):].split("\n")
    kept = [lines[0]] + [line for line in _replies(lines[1:])]
    return "\n".join(kept)[:600]


def _replies(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if not _REPLY_LINE.match(line):
            break
        out.append(line)
    return out


def cio_owns(sit: Situation, item: Item) -> str:
    """'shared' where our lines on the miss give it to both sides, 'us' where they take it on, else ''."""
    lines = [s for s in sit.sentences if s.note.ref == item.note_ref and 0 <= s.order - item.order <= WINDOW and s.speaker in ("us", "narrator")]
    said = [_QUOTED.sub(" ", s.text) for s in lines] + [_QUOTED.sub(" ", part) for part in re.split(r"(?<=[.!?])\s+|\n", _rest_of_line(sit, item))]
    if any(BOTH.search(t) for t in said):
        return "shared"
    return "us" if any(owned_said(t) for t in said) else ""


def owned_said(text: str) -> bool:
    """Our words taking the miss on ("mine", "Ours.", "I won't hide behind them"), with no negation earlier in their
    clause ("not mine", "theirs, not a change of ours")."""
    for m in [*OWN_ALONE.finditer(text), *OURS_SAID.finditer(text)]:
        clause = re.split(r"[,;.()]", text[: m.start()])[-1]
        if "hide" in m.group(0).lower() or not _NEGATED.search(clause):
            return True
    return False
