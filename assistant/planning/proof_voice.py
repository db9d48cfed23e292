"""Whose delivery a proof line tells, and how the partner took it: proof to build on is ours and was not turned down.

A line offered as competence proof must show something WE delivered, and the partner's stance toward it must not be
negative. Never proof:
- another party's delivery or scope ("The vendor's phase 2 is live stock in the app": their work, not ours);
- the partner's own words that name no delivery of ours ("you", "your team", "IT"): their plan, their request or
  their news is no proof of our competence;
- a line that turns the thing down ("Nice idea, but my team does it in a spreadsheet", "I'd rather you spent ...");
- a delivery the partner judged poorly in the same reply ("Received your summary. ... Not helpful."): delivered, but
  not valued, so no proof and never "kept" as if it had landed (`poor_verdict`);
- an ask ("Her one request: ...") or anything the notes keep out of the room (the line, or the lines around it,
  say so; or it shares the words of a keep-out topic).
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.note_reading import US_LABELS
from assistant.planning.situation_types import Sentence, Situation, terms_of

_I = re.IGNORECASE
# A line's grammatical owner, when it is a named party's possession or a named party doing it: "Acme's phase 2 is ...",
# "Acme delivered the ...", "Acme: phase 2 went live".
_NAMED_OWNER = re.compile(r"^\W*(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:(?P<own>['’]s?)\s+|\s+(?:has |have |had )?"
                          r"(?:delivered|built|shipped|rolled|went|launched|released|finished|completed|installed|implemented|presented|proposed|wrote|signed)\b)")
# The partner's words naming us as the ones who did it.
_NAMES_US = re.compile(r"\b(?:you|your|IT|ICT|us|we|our)\b")
# Turned down, or kept at a distance: a polite no is no proof to build on.
_TURNED_DOWN = re.compile(
    r"\b(?:nice idea,? but|good idea,? but|not (?:for us|now|needed|interested|convinced)|no,? thanks|rather you|I['’]d rather|"
    r"we (?:don['’]t|do not) need|(?:does|do) it (?:in|on|with) (?:Excel|a spreadsheet|paper)|declined|turned (?:it |that |us )?down|"
    r"(?:was|is) polite|didn['’]t (?:take|want|buy)|did not (?:take|want|buy)|pushed back|said no|not what (?:I|we) (?:asked|wanted)|"
    r"got (?:the same |a |another |our )?no|the same no|refused|rejected)",
    _I,
)
# An ask told, not a thing delivered.
_ASK = re.compile(r"\b(?:(?:one|only|main|first|second|big) request|asks? (?:for|me|us|that)|asked (?:for|me|us|that)|wants (?:us|me|a|an|the)|"
                  r"would like|needs? (?:us|me) to)\b", _I)


# Another party's offer to the partner: "Acme sent her a proposal for ...", "Acme's proposal: ...". A rival's bid is no
# delivery of ours, whatever its verb.
_THEIR_OFFER = re.compile(r"^\W*(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})(?:['’]s?\s+|\s+(?:has |had )?(?:sent|made|gave|submitted|"
                          r"pitched|presented|tabled|put forward|brought)\b[^.;]{0,40}?\b)(?:\w+\s+){0,3}?(?:proposal|offer|bid|pitch|tender)s?\b")


def voiced_as_ours(sit: Situation, line: Sentence) -> bool:
    """Whether a delivery line may stand as proof of OUR competence (see the module's docstring)."""
    text = re.sub(r"^\W*(?:\[[^\]]*\]\s*)?[A-Z][\w.'’-]*(?: [\w.'’-]+){0,2}:\s+", "", line.text)  # a chat or transcript label
    if _TURNED_DOWN.search(line.text) or _ASK.search(line.text):
        return False
    offer = _THEIR_OFFER.match(text)
    if offer and offer.group("who").split()[0].lower() not in US_LABELS and offer.group("who").lower() not in {"i", "we", "our"}:
        return False  # a rival's proposal, however it was sent
    owner = _NAMED_OWNER.match(text)
    if owner and _partner(sit, owner.group("who")) and not owner.group("own"):
        return False  # "JM presented his case": the partner's own work
    if owner and owner.group("own") and _proper(sit, owner.group("who")) and not _ours_or_theirs(sit, owner.group("who")):
        return False  # "Acme's phase 2 is live": another party's work
    if line.speaker == "partner" and not _NAMES_US.search(text):
        return False
    return not _kept_out(sit, line) and poor_verdict(sit, line) is None


# The partner's poor verdict on a thing handed to them: "Not helpful.", "useless", "It doesn't answer my question".
_POOR = re.compile(
    r"(?<!\bnot )\b(?:not|n['’]t|wasn['’]t|isn['’]t|was not|is not) (?:very |at all |really )?(?:helpful|useful|of (?:any |much )?use|what (?:I|we) (?:needed|meant)|"
    r"good enough|fit for purpose)\b|(?<!\bnot )\b(?:unhelpful|useless|pointless|of no use|waste of (?:time|paper|effort)|missed the point)\b|"
    r"\b(?:doesn['’]t|does not|didn['’]t|did not) (?:help|answer (?:my|the|our) question)\b",
    _I,
)


_RECEIVED = re.compile(r"\b(?:received|got|read|thanks? for|thank you for|saw)\s+your\b", _I)


def poor_verdict(sit: Situation, line: Sentence) -> str | None:
    """The partner's poor verdict on the delivery the line tells, in the next sentence or two of the same reply or paragraph, or None.
    Only the receiver's voice counts: the line is theirs, the paragraph's label before it names them, or the line thanks
    or answers the sender ("Received your summary")."""
    para = next((p for p in re.split(r"\n\s*\n|\n(?=\S)", line.note.text) if line.text in p), line.text)
    head, _, rest = para.partition(line.text)
    rest = rest[:160]  # the same reply, its next sentence or two: a verdict further on may be on another thing
    theirs = line.speaker == "partner" or any(re.search(rf"\b{re.escape(n)}\b", head) for n in sit.partner_names if len(n) > 2)
    theirs = theirs or (line.speaker != "us" and _RECEIVED.search(line.text) is not None)
    found = _POOR.search(rest) if theirs else None
    if found is None:
        return None
    start = max(rest.rfind(".", 0, found.start()), rest.rfind("!", 0, found.start()), rest.rfind("?", 0, found.start())) + 1
    end = next((i + 1 for i in range(found.end(), len(rest)) if rest[i] in ".!?\n"), len(rest))
    return " ".join(rest[start:end].split())


def _ours_or_theirs(sit: Situation, who: str) -> bool:
    """A name that is us (our labels) or the partner (their own delivery, told by them, is not barred here)."""
    low = who.lower()
    names = {n.lower() for n in sit.partner_names}
    first = low.split()[0]
    return low in US_LABELS or first in US_LABELS or first in names or low in names or first in {
        "phase", "the", "our", "we", "go-live", "release", "version", "v1", "v2", "pilot", "rollout", "wave", "stage", "sprint"}


def _partner(sit: Situation, who: str) -> bool:
    names = {n.lower() for n in sit.partner_names}
    return who.lower() in names or who.split()[0].lower() in names


def _proper(sit: Situation, who: str) -> bool:
    """A proper name: the notes write it capitalised inside a sentence too ("between you and Acme")."""
    pattern = re.compile(rf"[\w,;)] {re.escape(who)}\b")
    return any(pattern.search(n.text) for n in sit.notes) or any(pattern.search(s.text) for s in sit.sentences)


_POINTS_BACK = re.compile(r"^\W*(?:please\s+)?(?:keep (?:it|this|that|them)|it|this|that|not|don['’]t|do not|never)\b", _I)


def _kept_out(sit: Situation, line: Sentence) -> bool:
    """The line, or the next line of its entry pointing back at it, says to keep the matter out; or it shares a keep-out
    topic's words."""
    after = [s for s in sit.sentences if s.note.ref == line.note.ref and s.order == line.order + 1 and _POINTS_BACK.match(s.text)]
    if any(cue.DO_NOT_RAISE.search(s.text) for s in [line, *after]):
        return True  # "... That inquiry is his." then a next line asking us never to bring it up
    words = terms_of(line.text)
    return any(a.kind in ("asked_not_to", "audit") and a.terms and len(words & a.terms) >= 3 for a in sit.avoid)
