"""Where IT stands in the partner's eyes, said in a label or shown in joint work (session 15).

`cues.cue_hits` calls `standing_cues` near its end:
- the partner's own label for IT as a cost ("the cost centre downstairs", "still thinks we are expensive",
  "just plumbing", "an overhead") is dependence T and a doubt of what we are worth (`label`);
- a miss the partner still carries ("not over it", "still the example she reaches for", "brings it up
  every time") is a standing doubt (`unhealed`), unless the sentence says it was put behind them;
- joint work at the top (co-presenting to a board, "changes a decision", wanting IT in the room, a joint
  result) is trust shown in deeds (`trust`);
- a cause shared between the partner and us ("half mine, half yours", "cause shared") or put on a vendor
  ("I know it's the vendor") is no doubt of us (`third_party`);
- our own admission in the CIO's notes ("this was us", "that one is on us") is a doubt (`own_side` stays,
  so the partner saying it about their own side is still read as theirs).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_US = r"(?:us|we|it|i\.t\.|you|you lot|your (?:team|people|lot|department|function)|the it (?:team|department|function)|my (?:team|department)|tech(?:nology)?)"
_VIEW = r"(?:thinks?|thought|sees?|saw|views?|viewed|treats?|treated|calls?|called|refers? to|referred to|describes?|described|regards?|regarded|labels?|labelled|labeled|dismissed)"
_ARTICLE = r"(?:the |a |an |just (?:a |an |the )?|only (?:a |an |the )?|pure |nothing but (?:a |an )?|[\w-]+'s )?(?:[\w-]+ ){0,2}?"
_COST_WORDS = rf"(?:{_ARTICLE}(?:cost[- ]cent(?:re|er)s?|overheads?|cost lines?|line to cut|necessary evil|money pit|black hole|sunk cost|cost of doing business))"
_BASIC_WORDS = rf"(?:{_ARTICLE}(?:plumbing|pipes|utility|utilities|back office|lights-on crew|people who fix (?:the )?(?:[\w-]+ ){{0,3}}?(?:printers|laptops|wi-?fi|doors|things)))"


def _label_rule(words: str) -> re.Pattern[str]:
    """A label for IT in the partner's view: "sees us as X", "calls IT X", "IT is just X", or X in their quoted words."""
    return re.compile(
        rf"\b{_VIEW} (?:of )?{_US} (?:as |like )?(?:being |is |are )?(?:still )?[\"“]?{words}\b"
        rf"|\b{_US} (?:is|are|'re) (?:just |only |still |nothing but )?{words}\b"
        rf"|[\"“]{words}\b[^\"”]{{0,30}}[\"”]",
        _I,
    )


_COST_LABEL = _label_rule(_COST_WORDS)
_BASIC_LABEL = _label_rule(_BASIC_WORDS)
_EXPENSIVE = re.compile(
    rf"\b{_VIEW} (?:that )?{_US} (?:is|are|were|was|'re|'s) (?:still |far |way |much )?(?:too |so |very |overly )?(?:expensive|overpriced|costly)\b"
    rf"|\b(?:still )?(?:thinks?|says?|feels?|reckons?) (?:that )?{_US} (?:cost|costs) (?:me |us |her |him |them |the business )?(?:too much|a fortune|the earth)\b",
    _I,
)
# Time given as a last chance ("one more quarter", "you're on notice"): a standing doubt.
_PROBATION = re.compile(
    r"\b(?:give|gave|given|giving) (?:you|us|it|the it team|your team) (?:one|a|another) (?:more |last |final )?(?:quarter|month|term|season|year|chance|go|shot)\b"
    r"|\b(?:last|final) (?:chance|warning)\b|\bon (?:notice|probation)\b|\brunning out of (?:patience|road)\b",
    _I,
)
# A miss the partner still carries: an unhealed grievance is a doubt, whatever the classifier reads.
_UNHEALED = re.compile(
    r"\b(?:is|are|was|were|isn't|'s) (?:still )?not over (?:it|that|this|the \w+)\b|\b(?:hasn't|has not|haven't|have not|never) (?:forgotten|forgiven|let (?:it|that) go)\b"
    r"|\bstill (?:the (?:\w+ )?(?:example|story|case|stick|thing) (?:she|he|they|everyone) (?:reaches? for|uses?|quotes?|cites?|brings? up|mentions?))"
    r"|\b(?:the (?:\w+ )?(?:example|story|stick|case)) (?:she|he|they) (?:still )?(?:reaches? for|beats? us with|always (?:uses?|quotes?|cites?))"
    r"|\b(?:brought|brings?|bringing) (?:it|that|this|the \w+(?: \w+)?) up (?:again|unprompted|every time|each time|at every|whenever|without being asked)\b"
    r"|\bstill (?:sore|smarting|bitter|raw|angry|cross|bruised|annoyed) (?:about|over|from)\b"
    r"|\bstill (?:raises?|mentions?|talks about|cites?|quotes?) (?:the |that |our |it\b)",
    _I,
)
# Joint work at the top: our work and the partner's presented together, or IT's work changing a decision.
_BOARDISH = r"(?:board|chair|exco|executive committee|exec(?:utive)? team|leadership team|committee|council|trustees|investors?|shareholders?)"
_JOINT = re.compile(
    rf"\bco-?present(?:s|ed|ing|ation)?\b[^.;]{{0,60}}?\b{_BOARDISH}"
    rf"|\b(?:present|presented|presenting|stand|stood|go|went|walk|walked) (?:it )?(?:in|into|to|before|at) (?:the |her |his |their |our )?(?:[\w-]+ ){{0,2}}?{_BOARDISH}\b[^.;]{{0,30}}?\b(?:with|alongside|together with) (?:me|us|you|the cio|it)\b"
    rf"|\b(?:walk|go|went|stand) (?:in|into|to|before) (?:the |her |his |their |our )?(?:[\w-]+ ){{0,2}}?{_BOARDISH} (?:with|alongside) (?:me|us|you|the cio)\b"
    r"|\b(?:changes?|changed|changing|shapes?|shaped|drives?|drove) (?:a |the |our |her |his |their |real |how we make )(?:\w+ )?decisions?\b"
    r"|\b(?:want|wants|wanted) (?:it|i\.t\.|you|us|me|the cio|(?:your|our|the it) (?:[\w-]+ )?(?:team|people|staff|lead|analysts?|engineers?)) in (?:the|that|this|our|my) (?:[\w-]+ )?room\b"
    # asking to keep what we built ("the first project the nurses asked to keep", "nobody wants to give it back")
    r"|\b(?:asked|ask|asks|asking|begged|beg|want|wants|wanted|fought|fight|fights) (?:us )?to keep (?:it|them|the (?:[\w-]+ ){0,2}?(?:app|tool|system|pilot|dashboard|screens?|service))\b(?! (?:quiet|secret|down|small|short|simple))"
    r"|\b(?:app|tool|system|project|pilot|dashboard|service)s? (?:that |which )?(?:the |her |his |their |my |our )?(?:[\w-]+ ){0,2}?(?:asked|begged|fought|wanted|want) to keep(?=[\"”'.,;!)]|$)"
    r"|\b(?:won't|will not|wouldn't|refused to|refuse to|don't want to) (?:give|hand) (?:it|them|the (?:[\w-]+ )?(?:app|tool|tablets?|devices?|system)) back\b"
    r"|\bas an? (?:joint|shared|[\w-]+-and-it|[\w-]+ and it) (?:result|win|success|story|piece of work)\b"
    r"|\bfirst time (?:it|i\.t\.|you|your team|the it team|technology) (?:has |have )?(?:given|built|brought|shown|delivered) (?:us|me|them|her|him) something\b",
    _I,
)
# Our department judged slow or weak, or gone round: "your department is slow", "went round us", "couldn't wait for another date".
_OURS = r"(?:you|you lot|(?-i:IT)|i\.t\.|your (?:team|people|lot|department|function|side)|the it (?:team|department|function))"
_VERDICT = re.compile(
    rf"\b{_OURS} (?:is|are|'re|was|were) (?:so |too |very |really |always |just |far too |painfully )?(?:slow|unreliable|hopeless|useless|a bottleneck)\b"
    rf"|\b(?:went|go|goes|going|gone) (?:round|around|past|over) (?:us|{_OURS})\b"
    r"|\b(?:couldn't|could not|can't|cannot|wasn't going to) wait (?:any longer|any more|anymore)\b"
    r"|\b(?:couldn't|could not|wasn't going to|won't|will not) wait (?:for|on) (?:another|a new|one more|more|yet another) (?:[\w-]+ )?(?:date|deadline|promise|estimate|plan|delay|slip|quarter|month)s?\b"
    rf"|\b(?:couldn't|could not) wait (?:for|on) {_OURS}\b",
    _I,
)
# A cause shared with the partner's side, or put plainly on a vendor: no doubt of us.
_SHARED = re.compile(
    r"\bhalf (?:mine|ours|hers|his|theirs|on us|on me),? half (?:yours|ours|theirs|on you|on us)\b|\b(?:cause|blame|fault|responsibility) (?:was )?shared\b"
    r"|\bshared (?:cause|blame|fault|responsibility)\b|\b(?:our|my) fault as much as (?:yours|your team's)\b"
    r"|\b(?:i know|we know|i understand|i get (?:it|that)) (?:it's|it is|it was|that's|that it's) (?:the|their|a) (?:[\w-]+ )?(?:vendor|supplier|provider|carrier|contractor)\b",
    _I,
)
# Our own admission in the CIO's words: "This was us:", "that one is on us".
_OURS_ADMITTED = re.compile(r"\b(?:this|that|it)(?: one)? (?:was|is) (?:all |entirely |squarely )?(?:on )?us\b(?!\s+(?:who|that|to|and))", _I)


def _negated_label(sentence: str, start: int) -> bool:
    """ "no longer sees us as a cost centre", "doesn't think we're expensive": the label is denied."""
    return re.search(r"\b(?:no longer|not|never|doesn't|does not|don't|didn't|stopped)\W+(?:\w+\W+){0,2}$", sentence[max(0, start - 40):start], _I) is not None


def standing_cues(sentence: str, found: dict[str, list[str]]) -> None:
    """Add the label, unhealed, joint-work, shared-cause and own-admission readings to `found` (in place)."""
    basic = _BASIC_LABEL.search(sentence)
    if basic:  # "sees us as the plumbing": dependence T, whatever they think of our delivery
        found.setdefault("T", []).append(basic.group(0).lower())
        found.pop("I", None)
        found.pop("BT", None)
    label = _COST_LABEL.search(sentence) or _EXPENSIVE.search(sentence)
    if label and not _negated_label(sentence, label.start()):
        found.setdefault("T", []).append(label.group(0).lower())
        found.setdefault("doubted", []).append(label.group(0).lower())
        found.pop("proven", None)
        found["label"] = ["IT named as a cost"]
    unhealed = _UNHEALED.search(sentence) or _PROBATION.search(sentence)
    if unhealed and not ("forgiven" in found and not re.search(r"\bnot over\b", sentence, _I)):
        found.pop("forgiven", None)
        found.pop("third_party", None)
        found.setdefault("doubted", []).append(unhealed.group(0).lower())
        found["unhealed"] = ["a miss still carried"]
    shared = _SHARED.search(sentence)
    if shared and "blames_us" not in found:
        found.pop("doubted", None)
        found["third_party"] = ["a cause shared or someone else's"]
    verdict = _VERDICT.search(sentence)
    if verdict and not _negated_label(sentence, verdict.start()):
        found.pop("proven", None)
        found.pop("trust", None)
        found.setdefault("doubted", []).append(verdict.group(0).lower())
    joint = _JOINT.search(sentence)
    if joint and "doubted" not in found:
        found.setdefault("proven", []).append(joint.group(0).lower())
        found["trust"] = ["trust shown in joint work"]
    if _OURS_ADMITTED.search(sentence) and "third_party" not in found:
        found.setdefault("doubted", []).append("ours, admitted")
        found["own_side"] = ["the speaker's own side"]
