"""Who caused a miss, read from its sentence (the words themselves: perception/attribution.cause_said), its neighbours and the same event told elsewhere (issue #20, round 11).

- In our voice (narration, the CIO's lines) "we/our/my team", "was ours", "on our side" and a named person of ours
  ("Jonah owned the Brightcurve delay", Jonah being "on my integration team") are us.
- In the partner's voice "our own doing", "my matrons", "my team" are the partner's side; "your change" is us.
- "(theirs)", "not ours", "their processor", a company's possessive ("Medivance's HL7 delay") are a third party's;
  a possessive of the partner's own people ("Margaret's own Ward 12 delay") is the partner's side.
- "" when the sentence says nothing about the cause: only then may the plan say "cause not recorded".

Also which lines are no miss at all (praise, a measure, the CIO's own worry, a lost sale, a constraint), which later
lines close a miss ("You told me before I found out. Done."), and which record a complaint ("not defending this again").
"""

from __future__ import annotations

import re

from assistant.perception.attribution import OUR_AGENT, OUTSIDE_AGENT, cause_said, lost_sale_not_it
from assistant.planning.cio_owning import cio_owns
from assistant.planning.miss_events import not_an_event
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE
_NAME = r"[A-Z][a-z]+"

# Ours, in our own voice.
_US = re.compile(
    r"\b(?:(?:was|were|is|are) (?:our|my team's) (?:miss|fault|mistake|doing|slip|failure)|(?:was|were|is|are) (?:all |entirely |wholly |completely |fully |squarely |clearly )?ours\b|\(ours\b|"
    r"on our (?:side|end)|our (?:own |\w+ )?(?:change|release|update|upgrade|patch|queue|miss|mistake|fault|doing|slip|side)\b|"
    r"(?:my|our) (?:\w+ )?team (?:was|were) (?:late|slow|behind)|(?:we|I) (?:were|was) late|(?:we|I) (?:missed|dropped|broke|slipped)|"
    r"(?:that|this|it)(?: one)? (?:is|was) on us|we own (?:it|that)|we let \w+ down|"
    r"our (?:\w+ ){1,2}(?:missed|dropped|broke|slipped|forgot|was late|were late|failed)|"
    r"(?:^|[(\[]\s*)ours\s*[-–—:,)]|"  # "Ours - the pick-path changes failed ..."
    r"\bour (?:own )?(?:[\w-]+ ){0,2}?(?:contractor|supplier|vendor|subcontractor|engineers?|developers?|team|people|staff|analysts?)(?:'s|’s)? "
    r"(?:[\w-]+ )?(?:was|were|got|had been) (?:wrong|late|pulled|moved|diverted|slow|behind)\b|"
    r"\bwe (?:didn't|did not|never) (?:say|tell|flag|warn|test|check|spot)\b|\bwe found out late\b|"
    r"^(?:sorry|apologies)\b|^(?:sent|delivered|shipped|handed over)\b[^.]{0,60}\blate\b|"  # "Sorry Javier, the extract failed", "Sent it, a day late"
    r"(?:^|[,|])\s*(?:IT|ICT)(?: [A-Z][a-z]+)?(?:\s*-\s*[A-Z][\w ]{1,30}?)?\s*[,|])",  # an action row whose owner is IT
    _I,
)
_POSSESSIVE = re.compile(rf"\b(?P<name>{_NAME}(?: [A-Z][\w-]+)?)(?:'s|’s) (?P<own>own )?")
_OUR_PERSON = re.compile(
    rf"\b(?P<name>{_NAME})\s*(?:\((?:IT|our|my)\b|, (?:our|my) \w+|(?:'s|’s)? (?:is|was) (?:on|in|from) (?:my|our) (?:\w+ )?team|(?:, )?he is on my|, she is on my)",
)
_PERSON_VERB = re.compile(rf"(?:^|[.;:!?]\s+|\b(?:and|but|that)\s+)(?P<name>{_NAME})\s+(?:said|says|asked|wants|wanted|knows|sent|told|thinks|needs|would|escalated)\b")
# What failed after a firm's possessive ("Relaytel's data centre lost power"); "Clarion's pilot was extended" is no failure.
_FAILED = re.compile(
    r"\b(?:lost|(?:went|was|were|is|are) (?:down|offline|dark|late)|failed|failure|outage|crash\w*|broke|broken|delay\w*|late|slipp?\w*|"
    r"error|fault|bug|shortage|fell over|held up|stopped)\b",
    _I,
)
_TEAM = re.compile(r"(?:team|people|staff|side|department|managers|planners)\b", _I)
_OWNED_BY = re.compile(rf"\b(?P<name>{_NAME}) (?:owned|caused|missed|dropped|held up|was late with|slipped|failed|let \w+ down)\b")


def people(sit: Situation) -> tuple[set[str], set[str]]:
    """Names of our people and of the partner's people (anyone named as a speaker or with 'said/asked/wants')."""
    ours: set[str] = set()
    theirs: set[str] = set()
    for s in sit.sentences:
        ours |= {m.group("name") for m in _OUR_PERSON.finditer(s.text)}
        theirs |= {m.group("name") for m in _PERSON_VERB.finditer(s.text)}
        label = re.match(rf"\s*[-*•]?\s*(?P<name>{_NAME})(?: [A-Z][a-z]+)?(?::|\s{{2,}}\d)", s.text)
        if label and s.speaker == "partner":
            theirs.add(label.group("name"))
    ours.discard("CIO")
    return ours, theirs - ours - {"CIO", "IT", "We", "Our", "The"}


_NOT_NAMES = {"CIO", "IT", "Today", "Yesterday", "Last", "This", "Next", "Easter", "Christmas", "Monday", "Tuesday", "Wednesday", "Thursday",
              "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December", "Everyone", "Nobody", "Our", "The",
              "It", "That", "There", "Here", "What", "He", "She", "They", "We", "Who", "Let"}  # "It's also late": no firm


def cause_in(text: str, speaker: str, ours: set[str] | None = None, theirs: set[str] | None = None) -> str:
    """'us', 'third_party', 'partner' or '' (the sentence does not say) for a miss told in this sentence."""
    ours, theirs = ours or set(), theirs or set()
    spoken = speaker == "partner"
    explicit = cause_said(text, speaker)
    if explicit:
        return explicit
    if OUTSIDE_AGENT.search(text) and (spoken or not (_US.search(text) or OUR_AGENT.search(text))):
        return "third_party"
    if spoken and re.search(r"\byour (?:\w+ )?(?:change|release|update|upgrade|team|people|system|side|engineers?)\b|\byou (?:broke|missed|were late)\b|\b(?:was|is) on you\b", text, _I):
        return "us"
    if not spoken and (_US.search(text) or OUR_AGENT.search(text)):
        return "us"
    owner = _OWNED_BY.search(text)
    if owner and owner.group("name") in ours:
        return "us"
    if owner and owner.group("name") in theirs:
        return "partner"  # "Priya missed the sign-off"
    if owner and owner.group("name") not in theirs | _NOT_NAMES and owner.start() > 0:
        return "third_party"  # "Kelso Freight dropped the ball": a firm, not a person of ours or theirs
    for m in _POSSESSIVE.finditer(text):
        name = m.group("name").split()[0]
        if name in ours:
            return "us"
        if (m.group("own") or (name in theirs or " " not in m.group("name")) and _TEAM.match(text, m.end())) and name not in _NOT_NAMES:
            return "partner"  # "Margaret's own Ward 12 delay", "Carol's team has not issued the passes"
        if name not in theirs and name not in _NOT_NAMES and _FAILED.search(text, m.end()):
            return "third_party"  # a company's feed, interface or outage that failed: no person of ours or theirs
    return ""


# -- lines that are no miss ------------------------------------------------------------------------------------------
_NOT_A_MISS = re.compile(
    r"\b(?:she|he|they|I)\s+(?:was|were|arrived|came|turned up)\s+(?:\w+\s+){0,2}minutes\s+late\b|"  # a person late to a meeting
    r"\b(?:nobody|no one|nothing was|not a single|never) (?:lost|noticed|missed|broke|went down)|\bwithout (?:losing|a single)\b|"
    r"\bthank(?:s| you)\b[^.]{0,80}\b(?:lost|missed)\b|"  # a thank-you that says what did NOT happen
    r"\b(?:my|her|his|their) (?:measures?|targets?|goals?|KPIs?)\b[^.]{0,60}\b(?:are|is|:)|\b(?:down|up) from \d|\bfrom \d[\d.,]*% to \d|"
    r"\bI (?:worry|fear|am worried|am afraid|want to get through)\b|"
    r"\blost (?:the|a|our) (?:\w+ )?(?:pitch|sale|deal|bid|tender|contract|client|customer)\b|nothing to do with (?:systems|technology|tech|IT)\b|"
    r"\bwhen it(?:'s| is) too late\b|^(?:he|she|they|[A-Z][a-z]+) (?:asked|asks) (?:for|if|whether)\b|"  # a worry or a request, no event
    r"\bevery (?:slipped|missed|late|broken) (?:date|deadline|promise|delivery)\b|"  # a general view, no event
    r"\b(?:can't|cannot|can not|won't|is not able to) (?:release|spare|free up|lend|give) (?:anyone|anybody|people|staff|any)\b|"
    # how the partner sees or tells an event, not the event: "he still counts it as 'an IT outage' in his board note"
    r"\b(?:still )?(?:calls|counts|describes|labels|refers to|remembers|heard|hears|sees) (?:it|that|this|the [\w -]{1,30}?) (?:as )?[\"“']|"
    r"\b(?:didn't|did not|doesn't|does not|can't|cannot) (?:distinguish|tell) (?:it|that|this)\b|"
    r"\b(?:has|have)(?:n't| not) (?:yet )?(?:asked|mentioned|raised) (?:anything|us|about|for)\b|"  # the CIO's observation
    r"\bwe(?:'ve| have) been too \w+ about\b|"  # the CIO's reflection on our manner, no event
    r"\b(?:has|have)(?:n't| not) (?:failed|broken|crashed|gone down|slipped)(?: again| once)? since\b|"  # healed, in their words
    r"\blate,? but (?:it )?(?:useful|did the job|worth it|fine|helpful|good|what (?:I|we) needed)\b",  # a late delivery accepted
    _I,
)
# An overspend of our own budget or bill: an internal slip, never a miss the partner feels, unless something failed too.
_OVERSPEND = re.compile(r"\b(?:over (?:the )?budget|overspen[dt]|over-?run|above (?:the )?budget)\b", _I)
_FAILURE = re.compile(r"\b(?:down|outage|failed|broke|crash\w*|late|slipp?\w*|missed|delayed|lost)\b", _I)


def no_miss(s: Sentence) -> bool:
    """Praise, a measure or target, the CIO's own worry, a lost sale that was not IT's, a constraint: nothing failed."""
    overspend = s.speaker != "partner" and _OVERSPEND.search(s.text) is not None and not _FAILURE.search(_OVERSPEND.sub("", s.text))  # our note of our bill
    return _NOT_A_MISS.search(s.text) is not None or lost_sale_not_it(s.text) or overspend or not_an_event(s)  # a memory, a time word


# "It's back up.": the outage is over; nothing was forgiven, so nothing is kept out of the room.
BACK_UP = re.compile(r"(?:^|[.!]\s+)(?:it's |all )?back (?:up|online|to normal)[.!]", _I)

# -- lines that close a miss, in the partner's words ------------------------------------------------------------------
CLOSED = re.compile(
    r"\b(?:before I found out|thanks for the (?:heads[- ]up|warning)|you told (?:me|us) (?:first|early|straight away|before)|"
    r"(?:that's|that is|it's|it is) (?:done|closed|fine|sorted|forgotten)\s*[.!]|consider it (?:closed|done)|we're (?:square|good)|"
    r"no (?:harm|damage) done|all forgiven|I'm not (?:holding|going to hold) it against|"
    r"thanks? (?:you )?for (?:telling|warning|ringing|calling|letting) (?:me|us)(?: know)? (?:first|early|straight away|yourself|before)|"
    r"no more (?:was )?said (?:about|on|of) it|(?:she|he|they) shrugged|ancient history|laughed (?:it off|about it)|exactly what (?:I|we) (?:need|needed|wanted)|"
    r"late,? but (?:it )?(?:useful|did the job|worth it|fine|helpful|good)|"
    # "Consider that one closed", "it's settled", "a line under it"
    r"(?:that|this|it)(?: one| matter| issue| episode| incident)? (?:is|was) (?:now )?(?:closed|settled|over and done)\b|"
    r"(?:that's|that is|it's|it is|all) settled\b|\bline under (?:it|that|this)\b)|"
    r"(?:^|[.!]\s+)Done[.!]|" + BACK_UP.pattern,
    _I,
)
# The partner's calm reply to a miss we told them of: "Fine. The renewal is what matters.", "ok."
CALM = re.compile(r"(?:^|[\"“:]\s*)(?:fine|ok|okay|no problem|no worries|fair enough)[.!]", _I)

# -- lines that record a complaint: a rebuke, an escalation, frustration ----------------------------------------------
COMPLAINT = re.compile(
    r"\b(?:(?:not|never) (?:defending|explaining|justifying|taking)\b|(?:copying|copied|cc\'?ing|cc\'d|looping) (?:in )?(?:the )?(?:CEO|COO|CFO|board|chief executive)|the worst \w+|not good enough|unacceptable|(?:still|keeps?) (?:leaks?|leaking|breaking|failing)|"
    r"sharp (?:e-?mail|note|message|letter)|fed up|had enough|(?:not|no) (?:another|more) (?:apolog|excuse)|why (?:nobody|no one) told|"
    r"escalat\w+|complain\w*|angry|furious|frustrat\w+|annoyed|upset|livid|fuming|rebuk\w+|again\b[^.]{0,30}\bboard|to the board again|"
    r"how many (?:more )?times|I want a name)\b",
    _I,
)


def complaint_in(s: Sentence) -> bool:
    return COMPLAINT.search(s.text) is not None


# -- applied to a situation -------------------------------------------------------------------------------------------
def _sentence(sit: Situation, order: int) -> Sentence | None:
    return next((s for s in sit.sentences if s.order == order), None)


def _same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = a & b
    return len(shared) >= 2 and any(len(w) >= 5 for w in shared)


def review_causes(sit: Situation) -> None:
    """Drop lines that are no miss, read each miss's cause from the notes, close misses the partner closed."""
    sit.items = [i for i in sit.items if not (i.kind in ("miss", "noted_miss") and (s := _sentence(sit, i.order)) is not None and no_miss(s))]
    ours, theirs = people(sit)
    for item in [i for i in sit.items if i.kind in ("miss", "noted_miss")]:
        own = _sentence(sit, item.order)
        if own is None:
            continue
        if item.owner == "third_party" and own.speaker != "partner" and (OUR_AGENT.search(own.text) or _OUR_WORK_LATE.search(own.text)):
            item.owner = "us"  # "our contractor's survey was wrong", "our integration testing ran late": ours to own
        if item.owner in ("us", "unclear"):
            explicit = cause_said(own.text, own.speaker)
            ours_said = own.speaker != "partner" and (_US.search(own.text) and explicit == "partner" or _OUR_WORK_LATE.search(own.text))
            if explicit and not (item.owner == "us" and ours_said):
                item.owner = explicit
        if item.owner in ("us", "unclear") and outside_agent(own):
            item.owner = "third_party"  # "It's the mobile network - Farwave have a mast outage": a named outside party did it
        if item.owner in ("us", "unclear") and outside_in_entry(sit, item):
            item.owner = "third_party"  # "X's status page confirmed a regional outage; our side was not involved"
        share = item.owner != "partner" and our_share(sit, item)
        if share:
            item.owner = "us"  # our part of the cause, told in the next lines: owned, whatever firm the line names
        elif item.owner == "unclear":
            item.owner = told_cause(sit, item.order, item.note_ref, item.terms, ours, theirs) or "unclear"
        elif item.owner == "us" and not _FAULT_OURS.search(own.text):
            item.owner = cleared_nearby(sit, item.order, item.note_ref, item.terms, partner_only=_said_ours(own)) or "us"
    for item in [i for i in sit.items if i.kind == "miss" and i.owner in ("us", "unclear") and not cio_owns(sit, i)]:
        if (own := _sentence(sit, item.order)) is not None and _retold_outside(sit, item, own):
            item.owner = "third_party"  # "I don't care whose mast it was" a line after a carrier's outage, or the firm named again
    for item in [i for i in sit.items if i.kind in ("miss", "noted_miss") and i.owner in ("third_party", "unclear") and cio_owns(sit, i)]:
        item.owner = "us"  # "mine/my office's", "I won't hide behind them", "Both sides, honestly": ours, whole or in part
    for s in [s for s in sit.sentences if (CLOSED.search(s.text) and s.speaker != "us") or (CALM.search(s.text) and s.speaker != "us" and _replied(s))]:
        _close(sit, s)
    for item in [i for i in sit.items if i.kind == "miss" and i.status == "open" and i.owner == "us"]:
        sent = review_sent(sit, item)
        if sent is not None and not _raised_again(sit, item, sent):  # the root cause is in their hands: answered, never promised again
            item.status, item.done_quote, item.done_on = "done", sent.text, sent.date


# Our own work named as what slipped, in our voice: "the portal did not go live; our integration testing ran late".
_OUR_WORK_LATE = re.compile(r"\bour (?:[\w-]+ ){0,2}(?:testing|build|team|work|migration|integration|engineers|developers|release|change|"
                            r"config\w*)\b[^.;]{0,20}?\b(?:ran (?:late|over)|overran|(?:was|were|came in) late|slipped|failed|broke|missed)\b", _I)


def _retold_outside(sit: Situation, item: Item, own: Sentence) -> bool:
    """A miss line naming no cause of its own that retells an outside party's miss: the partner's complaint right after it
    (no other miss between, within three days), or a later line naming the same firm. Its cause is the outside party's."""
    if cause_said(own.text, own.speaker) or _US.search(own.text) or OUR_AGENT.search(own.text) or item.date is None:
        return False
    outside = [m for m in sit.items if m.kind == "miss" and m.owner == "third_party" and m.order < item.order and m.date is not None]
    last = max((m for m in sit.items if m.kind in ("miss", "noted_miss") and m.order < item.order), key=lambda m: m.order, default=None)
    if own.speaker == "partner" and last in outside and last is not None and abs((item.date - (last.date or item.date)).days) <= 3:
        return not re.search(r"\b(?:is|are|went|now) live\b", own.text, _I)  # that event, unless the line tells another thing live
    ours, theirs = people(sit)
    persons = ours | theirs | {w for p in sit.people for w in re.findall(r"[A-Z][a-z]+", p.name)}
    return any((_firms(m.quote) & _firms(own.text)) - persons for m in outside)  # "The Corvina outage?", months on: the same firm's


def _firms(text: str) -> set[str]:
    """Capitalised names inside a sentence (never its first word): the firm a miss names."""
    return {w for w in re.findall(r"(?<=[\w,;:)] )([A-Z][a-z]{3,}[\w-]*)", text) if w not in _NOT_NAMES}


def outside_agent(s: Sentence) -> bool:
    """The line names an outside party as the one that failed, and in our voice claims no part of it."""
    return OUTSIDE_AGENT.search(s.text) is not None and not (s.speaker != "partner" and (_US.search(s.text) or OUR_AGENT.search(s.text)))


# The cause put outside us, in anyone's voice: a firm that confirmed it or whose side failed, our side cleared, the partner's
# "I know it was X" / "not your fault".
_OUTSIDE = re.compile(
    r"\b(?:(?:our|my) (?:side|team|end) (?:was|were) not (?:involved|at fault|the cause)|nothing (?:on|from) our (?:side|end)|not (?:on )?(?:us|our side)\b|"
    r"not (?:your|our|IT's) (?:fault|doing)|nicht eure schuld|I know it was (?!(?:us|you|IT|ours|yours|our|your)\b)\w+|"
    r"(?:status page|incident report|post-?mortem|RFO)\b[^.;]{0,40}\bconfirm\w*|\bconfirm\w* (?:a |an |the )?[\w -]{0,30}?(?:outage|failure|fault) (?:in|at|on) their\b|"
    r"\b(?:in|on|at) their (?:side|end|data cent(?:re|er)|hosting|network|platform)\b)",
    _I,
)


def outside_in_entry(sit: Situation, item: Item) -> bool:
    """The miss's own entry, near it, puts the cause outside us and no line there, in our voice, claims a part of it."""
    near = [s for s in sit.sentences if s.note.ref == item.note_ref and -1 <= s.order - item.order <= 3]
    if not any(_OUTSIDE.search(s.text) for s in near):
        return False
    return not any(s.speaker != "partner" and (_FAULT_OURS.search(s.text) or _OUR_SHARE.search(s.text) or OUR_AGENT.search(s.text)) for s in near)


def _context(sit: Situation, order: int, note_ref: str, terms: frozenset[str]) -> list[Sentence]:
    """The miss's own line and its neighbours in the same note (nearest first), then the same event told elsewhere."""
    near = sorted((s for s in sit.sentences if s.note.ref == note_ref and -1 <= s.order - order <= 2), key=lambda s: abs(s.order - order))
    return near + [s for s in sit.sentences if s.order != order and s not in near and _same_event(terms, terms_of(s.text))]


def _said_ours(s: Sentence) -> bool:
    """The miss's own line says it was ours, in our voice or in the partner's ("your change")."""
    return cause_in(s.text, s.speaker) == "us"


# Our fault in so many words: no neighbour clears it.
_FAULT_OURS = re.compile(r"\b(?:our (?:miss|fault|mistake|doing)|(?:was|were|is) (?:all )?ours\b|\(ours\b|on us\b(?!\s*[,:]?\s*(?:not|no)\b))", _I)


# Our part of a cause told right after the miss, in our voice: "Cause: our batch job failing silently. Ours.",
# "Root cause split: the provider changed the format, and our interface had no check to catch it."
_OUR_SHARE = re.compile(
    r"\b(?:(?:root )?cause:? our\b|our (?:[\w-]+ ){0,2}(?:had no|lacked|didn't|did not|failed to|was missing)\b|half (?:was|were) ours\b)|"
    r"(?:^|[.;]\s*)(?<!not )ours\s*[.!]",
    _I,
)


def our_share(sit: Situation, item: Item) -> bool:
    """The next lines of the miss's note, in our voice, give us our part of the cause."""
    return any(s.note.ref == item.note_ref and 0 < s.order - item.order <= 2 and s.speaker != "partner" and _OUR_SHARE.search(s.text)
               for s in sit.sentences)


# The root cause already in the partner's hands: "asked for the incident review and got it on 4 March", "RFO sent".
REVIEW_SENT = re.compile(
    r"\b(?:(?:post-)?incident (?:review|report|write-?up)|post-mortem|root[- ]cause (?:analysis|report|note|review|write-?up)|RCA|RFO|lessons[- ]learned (?:note|review))\b[^.;]{0,30}?"
    r"\b(?:sent|went (?:to|out)|got it|received|delivered|shared|handed)\b",
    _I,
)


def review_sent(sit: Situation, item: Item) -> Sentence | None:
    """Our review of this miss went to the partner: its own line or a later line of its note says so."""
    return next((s for s in sit.sentences if s.note.ref == item.note_ref and 0 <= s.order - item.order <= 3 and REVIEW_SENT.search(s.text)), None)


# The cause is told in the notes ("because our network team was pulled onto ...", "Root cause was ..."): no root cause to promise.
_CAUSE_TOLD = re.compile(r"\b(?:because|caused by|due to|(?:root )?cause(?: split)?\s*(?:was\b|is\b|:)|after (?:a|an|the|our) [\w -]{0,30}?(?:change|patch|upgrade|release|update)|"
                         # our own act told as the why: "we did not order it", "we never tested the night run"
                         r"(?:we|I) (?:did not|didn't|never|forgot to|failed to) (?:order|test|check|book|renew|send|tell|flag|include|plan|scope|budget))\b", _I)


def cause_known(sit: Situation, item: Item) -> bool:
    """The miss's own line or the next one in its note says why it happened."""
    return our_share(sit, item) or any(s.note.ref == item.note_ref and 0 <= s.order - item.order <= 1 and (_CAUSE_TOLD.search(s.text) or _OUR_SHARE.search(s.text))
                                       for s in sit.sentences)  # "Half was ours (imaging queue) ...": the cause is named


def cleared_nearby(sit: Situation, order: int, note_ref: str, terms: frozenset[str], partner_only: bool = False) -> str:
    """A neighbour or a retelling that gives a miss read as ours to someone else ("That one's not on you, it was the
    carrier's label change"): 'third_party' or 'partner', else ''. Where our line says our change did it, only the
    partner's own clearing counts."""
    for s in _context(sit, order, note_ref, terms):
        if s.order != order and (not partner_only or s.speaker == "partner") and (cause := cause_said(s.text, s.speaker)):
            return cause
    return ""


def told_cause(sit: Situation, order: int, note_ref: str, terms: frozenset[str], ours: set[str], theirs: set[str]) -> str:
    """The cause from the miss's own line, its neighbours in the same note, then the same event told elsewhere."""
    for s in _context(sit, order, note_ref, terms):
        cause = cause_in(s.text, s.speaker, ours, theirs)
        if not cause and s.speaker != "partner" and _WE_PROMISED.match(s.text) and _same_thing(terms, terms_of(s.text)):
            cause = "us"  # "Promised ... a weekly note until then." then "Two of the weekly notes went late": our promise slipped
        if cause:
            return cause
    return ""


_WE_PROMISED = re.compile(r"\s*(?:(?:I|we) )?(?:promised|committed to|agreed to send)\b", _I)


def _same_thing(a: frozenset[str], b: frozenset[str]) -> bool:
    """One shared word of five letters or more, singular or plural ("weekly note" ... "weekly notes")."""
    stem = {w.rstrip("s") for w in a if len(w) >= 5}
    return bool(stem & {w.rstrip("s") for w in b if len(w) >= 5})


def _replied(s: Sentence) -> bool:
    """Their words: a partner's line, or our note of their reply ('Hilary replied: "Fine. ..."')."""
    return s.speaker == "partner" or re.search(r"\b(?:replied|answered|said|wrote)\b", s.text, _I) is not None


def cause_told(sit: Situation, item: Item) -> str:
    """The cause of a miss as the notes tell it (its line, its neighbours, the same event elsewhere), '' where none does."""
    ours, theirs = people(sit)
    return told_cause(sit, item.order, item.note_ref, item.terms, ours, theirs)


def _raised_again(sit: Situation, item: Item, since: Sentence) -> bool:
    """A complaint about the same event in a later note than the one that answered it."""
    return any(s.note.ref != since.note.ref and s.order > since.order and complaint_in(s) and _same_event(item.terms, terms_of(s.text))
               for s in sit.sentences)


def _close(sit: Situation, s: Sentence) -> None:
    """"You told me before I found out. Done.": the open misses up to four lines before it in the same note are closed."""
    before = [m for m in sit.items if m.kind in ("miss", "noted_miss") and m.status == "open" and m.note_ref == s.note.ref
              and 0 <= s.order - m.order <= 4]  # a closer ("thanks for the heads-up, no damage done") closes a vendor's miss too
    if not before and s.date:  # a reply in its own e-mail a few days on ("Thanks. Late, but it did the job") closes the miss just told
        told = [m for m in sit.items if m.kind in ("miss", "noted_miss") and m.status == "open" and m.order < s.order and m.date
                and 0 <= (s.date - m.date).days <= 7]
        before = told[-1:]
    for target in before:  # every miss just told (their complaint and our "sorry" reply) is closed by it
        if BACK_UP.search(s.text):
            target.status, target.done_quote, target.done_on = "done", s.text, s.date
        else:
            target.status, target.forgiven_quote, target.forgiven_on = "done", s.text, s.date
