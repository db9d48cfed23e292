"""The last check on every sentence a plan says about the partner: each slot's fill, found by the sentence's shape.

Runs inside the plan sweep on every section, the script, the one thing and the follow-ups. It finds the fills a
template left in the sentence and judges each one (slot_fill.py):
- an appositive after a measure word ("own number, X:") and a short noun phrase after a colon ("...: a written.");
- a quotation given as what they asked ("asked: “X”", "request (“X”)"): a cut one is trimmed off when the sentence
  stands without it ("Answer what N asked, before D"), else the sentence goes;
- reported speech re-voiced twice ("You asked for the date from you"): the asker is also the one asked;
- a count with nothing named ("The 6 things you asked recently are still open."), as a whole script line;
- a proposal for what they asked of us ("A proposal for “a firm yes and the slide”"): the ask turned into our offer;
- a question about the future of a pilot or project the notes record as stopped.
A sentence with a broken fill is dropped, never guessed at.
"""

from __future__ import annotations

import re

from assistant.planning.situation_types import Situation
from assistant.planning.slot_fill import marks_fault, noun_fault, quote_fill_fault

_I = re.IGNORECASE
# "own number, X:", "their measure, X:": an appositive naming a measure or an aim.
_APPOSITIVE = re.compile(r"\b(?:numbers?|measures?|metrics?|targets?|figures?|KPIs?|goals?|aims?), (?P<fill>[^,:;“”()]{1,60}):")
# "where X stands", "what X needs": a noun slot inside a fixed frame.
_FRAMED = re.compile(r"\bwhere (?P<fill>[^.;:“”]{3,120}?) stands\b")
# "help N know at 6 a.m.", "You need to know by 9 a.m: ...": a time where what they want to know belongs.
_KNOW_WHEN = re.compile(r'\bknow (?:at|by|on|before|after|from) (?:\d[\d:.]*|noon|midnight)(?: ?[ap]\.?m\.?)?(?=[”"]?\s*(?:[,:;]|\.?\s*$|\.?[”"]))', _I)
# A preposition whose object is a whole clause: "what it does for he has promised the board".
_PREP_CLAUSE = re.compile(r"\b(?:for|to|of|with|about|into|on)\s+(?:he|she|they|I)\s+(?:has|have|had|is|are|was|were|will|would|wants|needs|said|says|promised|thinks)\b")
# "...: a written." / "...: the new." - a short noun phrase (it starts with a determiner) that ends the sentence.
_COLON_TAIL = re.compile(r":\s+(?P<fill>(?:the|a|an|your|our|their|his|her|its|this|that)\s+[^:;“”()]{0,40}?)[.!]?$", _I)
# A quotation given as the partner's ask: after "asked", a colon or inside brackets.
_ASKED_QUOTE = re.compile(r"(?P<lead>(?::\s*|\(\s*|\basked\b[^“]{0,20}?))“(?P<q>[^”]*)”(?P<tail>\s*\)?)")
# The asker is also the one asked: "You asked for the date from you", "I need it from me".
_SELF_ASKED = re.compile(
    r"\b(?P<who>you|I|we)\b(?:\s+\w+)?\s+(?:asked|ask|want|wants|wanted|need|needs|needed|requested|expect|expects|expected)\b"
    r"(?:(?!\b(?:I|we|he|she|they|and|but|so|then)\b)[^.?!;:“”])*?\bfrom\s+(?P<whom>you|me|us)\b", _I)
_SAME = {"you": "you", "i": "me", "we": "us"}
# A script line that only counts: "The 6 things you asked recently are still open."
_COUNT_ONLY = re.compile(r"^\s*(?:\d+\.\s+)?The \d+ (?:things|items|requests|asks|questions|points|matters)\b[^.:“]*\bstill open\.?\s*$", _I)
# "A proposal for “X”": X must be their aim, never a thing they asked us to give.
_PROPOSAL = re.compile(r"\bproposal for “(?P<x>[^”]+)”", _I)
_GIVEN_THING = re.compile(r"\b(?:yes|answer|reply|slide|slides|deck|date|list|number|figures?|estimate|benchmark|quote|report|paper|"
                          r"summary|breakdown|update|decision|confirmation|sign-?off|call|meeting|visit|demo|one-pager)\b", _I)
_ASK_VERB = r"(?:wants?|wanted|asked(?: (?:us|me|IT))? for|asks? for|needs?|needed|expects?|expected|would like|requested)"
# A named pilot or project, and a question about what it will do next.
_PROGRAMME = re.compile(r"\bthe (?P<name>(?:[\w-]+ ){0,3}(?:pilot|project|programme|program|trial|rollout|roll-out|proof of concept|PoC|initiative))\b", _I)
_FUTURE = re.compile(r"\b(?:would|will|need to|needs to|next|call it a success|going forward)\b", _I)
_STOPPED = re.compile(r"\b(?:stopped|cancell?ed|killed|shelved|scrapped|abandoned|halted|pulled the plug|wound down|closed down|"
                      r"discontinued|terminated|pulled)\b", _I)
_RESTARTED = re.compile(r"\b(?:restart(?:ed)?|resum(?:e|ed)|relaunch(?:ed)?|back on|revived?|restarting)\b", _I)


def slot_fault(sentence: str, sit: Situation | None = None) -> str:
    """Why a sentence's fill does not read whole, or says an untrue thing about who asks ('' when it stands)."""
    for match in _APPOSITIVE.finditer(sentence):
        if fault := noun_fault(match["fill"]):
            return f"a measure slot holds {fault}: “{match['fill']}”"
    for match in _FRAMED.finditer(sentence):
        if fault := noun_fault(match["fill"]):
            return f"a framed slot holds {fault}: “{match['fill']}”"
    if _PREP_CLAUSE.search(re.sub(r"“[^”]*”", "Q", sentence)):
        return "a clause fills a preposition's noun slot"
    if _KNOW_WHEN.search(sentence):
        return "a time fills the slot for what they want to know"
    tail = _COLON_TAIL.search(sentence)
    if tail and len(tail["fill"].split()) <= 4 and (fault := noun_fault(tail["fill"])):
        return f"a slot after a colon holds {fault}: “{tail['fill']}”"
    bare = re.sub(r"“[^”]*”", "Q", sentence)
    if fault := marks_fault(bare.replace("“", "").replace("”", "") if bare.count("“") == bare.count("”") else bare):
        return fault
    self_asked = _SELF_ASKED.search(bare)
    if self_asked and _SAME[self_asked["who"].lower()] == self_asked["whom"].lower():
        return "reported speech re-voiced twice: the asker is also the one asked"
    for match in _ASKED_QUOTE.finditer(sentence):
        if fault := quote_fill_fault(match["q"]):
            return f"{fault}: “{match['q']}”"
    if sit is not None:
        return asked_as_offer(sentence, sit) or stopped_programme(sentence, sit)
    return ""


def trim_fills(sentence: str) -> str:
    """The sentence without a cut quotation it can do without: an aside in brackets ("request (“so he wants the date
    from me”)", "(your note: “...”)") goes whole wherever it stands; a quotation after a colon at the sentence's end goes
    ("Answer what N asked, by D: “from X or whoever”." -> "Answer what N asked, by D."). The object of "asked" stays."""
    for match in reversed(list(_ASKED_QUOTE.finditer(sentence))):
        if not quote_fill_fault(match["q"]):
            continue
        joined = re.match(r"(?:and|but|or)\s+(?P<rest>\S.*)$", match["q"], re.DOTALL)  # “and could we get X?”: the ask after its "and"
        if joined and not quote_fill_fault(joined["rest"]):
            return trim_fills(sentence[: match.start("q")] + joined["rest"] + sentence[match.end("q"):])
        head, rest = sentence[: match.start()], sentence[match.end():]
        if head.count("(") > head.count(")") or match["lead"].lstrip().startswith("("):
            if not (match["tail"].strip() or rest.lstrip().startswith(")")):
                continue
            head, rest = head[: head.rfind("(")].rstrip(), rest if match["tail"].strip() else rest.lstrip()[1:]
        elif rest.strip(" .?!") or match["lead"].strip()[:1] != ":":
            continue  # words follow it, or it is the object of "asked": no whole form without it
        else:
            head, rest = head.rstrip(" ,:;—–-"), "." if not rest.strip() else rest.strip()
        if len(head.split()) >= 4:
            return trim_fills(head + rest)
    return sentence


def count_only(line: str) -> bool:
    """A script line that counts their asks and names none: nothing to say aloud."""
    parts = [s for s in re.split(r"(?<=[.?!])\s+", line.strip()) if s]
    return bool(parts) and all(_COUNT_ONLY.match(s) for s in parts)


def asked_as_offer(sentence: str, sit: Situation) -> str:
    """A proposal 'for' a thing they asked us to give (a yes, a slide, an answer): their ask, turned into our offer."""
    match = _PROPOSAL.search(sentence)
    if not match:
        return ""
    thing = match["x"].strip().rstrip(".")
    head = re.match(r"(?:a|an|the|one|two|three|\d+|some)\s+((?:[\w-]+\s+){0,2}[\w-]+)", thing, _I)  # "a firm yes": a thing handed over
    if not head or not any(_GIVEN_THING.fullmatch(w) for w in head.group(1).split()):
        return ""  # "to rely on one register", "reps to see margin": an aim of theirs, which a proposal may serve
    asked = re.compile(rf"\b{_ASK_VERB}\s+(?:that\s+)?{re.escape(thing[:40])}", _I)
    if any(asked.search(s.text) for s in sit.sentences):
        return f"a proposal for what they asked us to give: “{thing}”"
    return ""


def stopped_programme(sentence: str, sit: Situation) -> str:
    """A forward question about a pilot or project the notes record as stopped, with no later restart."""
    if not _FUTURE.search(sentence):
        return ""
    for match in _PROGRAMME.finditer(sentence):
        name = match["name"].lower()
        about = [s for s in sit.sentences if name in s.text.lower()]
        stops = [s.order for s in about if _STOPPED.search(s.text)]
        if stops and not any(s.order > max(stops) and _RESTARTED.search(s.text) for s in about):
            return f"a question about the future of the {match['name']}, which the notes record as stopped"
    return ""
