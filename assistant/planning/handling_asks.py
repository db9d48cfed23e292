"""Asks about how to handle a matter, not for something to deliver: "asked me to keep it between us", "asked me to
copy her personal address", "asked us not to mention it to the board", "asked me to call her first". They guide the
CIO's conduct (some are topics to keep out of the room); none is an open item to answer with a date."""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.situation_types import Item, Sentence

# The complement of the ask ("asked me to <verb> ..."): a verb of discretion or of how to reach the partner.
HANDLING = re.compile(
    r"^(?:(?:me|us|IT|the team|my team|our team)\s+)?(?:to\s+)?(?:"
    r"keep (?:it|this|that|them|the \w+)\s+(?:between us|quiet|confidential|private|under wraps|to (?:myself|ourselves))|"
    r"keep (?:it|this|that) (?:out of|off)\b|"
    r"that (?:it|this|that|the \w+)(?: is| be| was| gets?|['’]s) (?:handled|kept|dealt with|discussed)\b|"
    r"that (?:it|this|that|the \w+) (?:stays?|remains?|is kept|be kept) (?:between|confidential|private|quiet|with (?:us|me|you))\b|"
    r"(?:not|never|don't|do not) (?:to )?(?:mention|raise|share|tell|discuss|bring up|forward|circulate|pass on)\b|"
    r"(?:not|never) (?:to )?(?:have|hold|book|schedule|put in) (?:any )?(?:meetings|calls)\b|"  # a diary preference
    r"(?:say|said) yes\s*$|"  # "Please say yes.": a plea to take up their own offer, which carries it
    r"copy (?:her|his|their|in)\b|cc (?:her|him|them)\b|"
    r"(?:call|ring|phone|text|message|email|e-mail) (?:her|him|them)\b(?! (?:with|about) (?:the|a|an) (?:estimate|figures|numbers|plan|proposal|date))|"
    r"(?:wait|hold off) (?:until|till|before)\b|"
    r"(?:use|send (?:it|them|things) to) (?:her|his|their) (?:personal|private|home)\b)",
    re.IGNORECASE,
)


def courtesy_ask(item: Item) -> bool:
    """A partner's question after someone's family or health ("asked about my daughter's exams"): a courtesy, never an
    open item. Only the asked thing's first clause counts, so a business ask with a family clause after it stays."""
    head = re.split(r"[,;:]|\s+(?:and|but|then)\s", item.complement.strip(), maxsplit=1)[0]
    return item.kind == "request" and item.owner == "partner" and bool(re.match(r"(?:about|after|how)\b", head, re.I)) and cue.personal_matter(head)


def handling_only(item: Item) -> bool:
    """A partner's ask whose complement tells the CIO how to handle something, with nothing to deliver."""
    return item.kind == "request" and item.owner == "partner" and HANDLING.search(item.complement.strip()) is not None


# A favour about the partner's own absence or diary ("cover the Thursday call for me", "move the steering group to the
# 10th"): when a personal matter is its reason, in its sentence or the one next to it, the ask is that private matter.
_MEETING = r"(?:meeting|call|review|steering|session|workshop|board|stand-?up|one-to-one|1:1|date|slot|diary|shift|rota|week|\w+day)"
_FAVOUR = re.compile(
    r"\b(?:(?:cover(?:ing)?|stand(?:ing)? in|sit(?:ting)? in|step(?:ping)? in|fill(?:ing)? in) for (?:me|her|him|them|us)\b|hold the fort|"
    rf"(?:cover|take|chair|run|move|swap|reschedul\w*|postpone|push (?:back|out))\b[^.?!]{{0,40}}?\b{_MEETING}\b|"
    r"keep (?:it|this|that) (?:quiet|to yourself))",
    re.IGNORECASE,
)


def private_favour(item: Item, sentences: list[Sentence]) -> bool:
    """A partner's ask or offer about their absence whose reason is a personal matter: never an open item."""
    if item.kind not in ("request", "offer") or item.owner != "partner" or not item.quote:
        return False
    at = [k for k, s in enumerate(sentences) if s.note.ref == item.note_ref and (item.quote in s.text or s.text in item.quote)]
    if not at:
        return bool(cue.personal_matter(item.quote) and _FAVOUR.search(item.quote))
    k = at[0]
    near = [s.text for s in sentences[max(k - 1, 0) : k + 2] if s.note.ref == item.note_ref]
    return bool(_FAVOUR.search(sentences[k].text)) and any(cue.personal_matter(t) for t in near)


def private_sentences(sentences: list[Sentence]) -> list[str]:
    """Note sentences a plan may quote no part of: wholly personal or a contact detail, an audit finding, what to keep
    out, and a favour asked or offered because of a personal matter. (A sentence with a business ask beside a private
    clause may be quoted without that clause.)"""
    from assistant.planning.situation_round8 import without_private

    out = []
    for k, s in enumerate(sentences):
        near = [t.text for t in sentences[max(k - 1, 0) : k + 2] if t.note.ref == s.note.ref]
        if not without_private(s.text) or cue.AUDIT.search(s.text) or cue.DO_NOT_RAISE.search(s.text) or (
            _FAVOUR.search(s.text) and any(cue.personal_matter(t) for t in near)
        ):
            out.append(s.text)
    return out
