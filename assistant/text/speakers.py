"""Who said it: the partner, the CIO or our team, someone else (a vendor, another department), or unknown.

Names come from e-mail headers and transcript labels; in the CIO's own notes a sentence is read by its
subject and its verb: "She said ...", "Dana told my deputy ..." are the partner's; "I think ...",
"deep down he rates us" are the CIO's reading; "The vendor blamed ..." is someone else's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Speaker = Literal["partner", "cio", "other", "unknown"]
SPEAKERS: tuple[Speaker, ...] = ("partner", "cio", "other", "unknown")

_TITLES = {"mr", "mrs", "ms", "dr", "prof", "mx", "sir", "dame"}
_OUR_ROLES = re.compile(
    r"\b(?:cio|cto|it|technology|tech|infrastructure|service desk|helpdesk|digital|chief information officer|"
    r"chief technology officer|information technology)\b",
    re.IGNORECASE,
)
_FIRM = re.compile(r"\b(?:ltd|limited|inc|llc|gmbh|plc|solutions|systems|consulting|account manager|sales)\b", re.IGNORECASE)
_SPEECH = (
    r"(?:said|says|say|told|tells|asked|asks|wrote|writes|replied|added|complained|complains|noted|mentioned|insisted|"
    r"warned|admitted|agreed|agrees|argued|explained|praised|praises|called|calls|wants|wanted|demanded|thanked|"
    r"confirmed|promised|objected|blamed|blames|pushed|approved|renewed|signed|rejected|escalated|hired|"
    r"cancelled|emailed|rang|phoned|raised|opened|described|sees|saw|thinks|thought|believes|feels)"
)
_HEDGES = re.compile(
    r"\b(?:deep down|i think|i suspect|i feel|i believe|i guess|i sense|my sense|my guess|my read|my impression|"
    r"probably|seems to|seemed to|i doubt|i wonder|in my view|my view is)\b",
    re.IGNORECASE,
)
_OWN = re.compile(r"^(?:i|i'm|i've|i'd|i'll|we|we're|we've|my|our|me|us)\b", re.IGNORECASE)
_THIRD = re.compile(
    r"^(?:the |their |our |a |an )?(?:[a-z][\w-]* ){0,2}?(?:vendors?|suppliers?|carriers?|contractors?|consultants?|account manager|"
    r"integrators?|procurement|legal|auditors?|regulator|agency|partner firm|resellers?|sales rep|hr|board|courier|landlord|builders?)\b",
    re.IGNORECASE,
)
# A template's field label before the sentence (meeting templates, AI meeting summaries).
_FORM_LABEL = re.compile(
    r"^(?:summary|discussion|notes?|key points?|highlights?|recap|overview|details|comments?|remarks|outcome|update|context|"
    r"background|description|result|takeaways?)\s*:\s*", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
_WROTE_LINE = re.compile(r"^On\s[^\n]{3,80}?,?\s(?P<who>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?|[Ss]he|[Hh]e)(?:\s<[^>]*>)?\s(?:wrote|said):")
_QUOTED = re.compile(r"[\"“][^\"”]{3,}[\"”]")
_AFTER_QUOTE = re.compile(r"[\"”],?\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|she|he|they)\s+" + _SPEECH)
_BEFORE_QUOTE = re.compile(
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|[Ss]he|[Hh]e|[Tt]hey)\s+(?:\w+\s+){0,2}?" + _SPEECH + r"\b[^\"“]{0,40}?(?:^|[\s:,(])[\"“](?=\S)"
)
_LABEL = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*:\s*[\"“]")
_SUBJECT = re.compile(r"^(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?P<mid>(?:\w+\s+){0,3}?)" + _SPEECH + r"\b")


@dataclass
class People:
    """The names the parser knows: the partner, and the CIO's own team (optional)."""

    partner: str | None = None
    us: list[str] = field(default_factory=list)

    def classify(self, name: str | None) -> Speaker:
        """A sender or speaker label -> partner / cio / other / unknown."""
        if not name or not name.strip():
            return "unknown"
        if self.partner and _same_person(name, self.partner):
            return "partner"
        if any(_same_person(name, us) for us in self.us) or name.strip().lower() in {"me", "i", "cio"} or _OUR_ROLES.search(name):
            return "cio"
        return "other" if self.partner else "unknown"

    def classify_sender(self, sender: str | None, signature: str = "") -> Speaker:
        """A message's sender, helped by its signature: a technology role there (not a firm's) means our team."""
        speaker = self.classify(sender)
        if speaker in ("other", "unknown") and sender and _OUR_ROLES.search(signature) and not _FIRM.search(signature):
            return "cio"
        return speaker


def _tokens(name: str) -> set[str]:
    name = re.sub(r"<[^>]*>|\([^)]*\)", " ", name)  # drop an address or a role in brackets
    words = re.findall(r"[a-z][a-z'’-]+", name.lower())
    return {w for w in words if w not in _TITLES and len(w) > 1}


def _same_person(label: str, known: str) -> bool:
    """'Whitfield, Dana', 'dana.whitfield@acme.com', 'Dana' all match 'Dana Whitfield'."""
    known_tokens = _tokens(known)
    label_tokens = _tokens(label.replace(".", " ").replace("@", " "))
    return bool(known_tokens) and (bool(known_tokens & label_tokens) or _initials_of(label, known))


def _initials_of(label: str, known: str) -> bool:
    """'PR' or 'P.R.' for 'Priya Raman': minutes that name people by their initials."""
    letters = label.strip().replace(".", "")
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", re.sub(r"<[^>]*>|\([^)]*\)", " ", known)) if w.lower() not in _TITLES]
    if letters in _ACRONYMS:  # "IT said" is our side, whoever's initials they also are
        return False
    return 2 <= len(letters) <= 3 and letters.isupper() and len(words) >= 2 and letters == "".join(w[0].upper() for w in words)


_ACRONYMS = {"IT", "HR", "QA", "BI", "AI", "OK", "UK", "US", "EU", "PM", "AM", "VP", "MD", "GM", "ERP", "CRM", "CEO", "CFO",
             "COO", "CIO", "CTO", "CMO", "CSO", "CHRO", "SLA", "KPI", "ROI", "API", "SAP", "IBM", "AWS", "ETA", "TBD", "FYI"}


def prose_speaker(sentence: str, people: People) -> tuple[Speaker, str | None]:
    """Who a sentence of the CIO's own notes reports: by quotation, reported speech or its subject."""
    text = _FORM_LABEL.sub("", sentence.strip().lstrip("-*•> ").strip())  # "Summary: Dana said ..." reads as "Dana said ..."
    text = _TIMESTAMP.sub("", text)  # "[01:10] She told me ..." (a voice memo's timing) reads as "She told me ..."
    if (wrote := _WROTE_LINE.match(text)) is not None:  # "On 14/09/2026 he wrote:" above a quoted reply
        return _who(wrote.group("who"), people)
    if _QUOTED.search(text):
        for pattern in (_LABEL, _SUBJECT, _AFTER_QUOTE, _BEFORE_QUOTE):
            match = pattern.search(text)  # _LABEL is anchored at the start
            if match:
                return _who(match.group("who"), people, match.groupdict().get("mid") or "")
    if _HEDGES.search(text) or _OWN.match(text):
        return "cio", None
    if _THIRD.match(text):
        return "other", None
    match = _SUBJECT.match(text)
    if match:
        return _who(match.group("who"), people, match.group("mid"))
    return "unknown", None


def is_opinion(sentence: str) -> bool:
    """The CIO's own reading of the partner ("I think", "deep down", "my sense"), not a report of what was said."""
    return bool(_HEDGES.search(sentence))


_PARTNER_WORDS = {"she", "he", "they", "she's", "he's", "they've", "they're", "she'd", "he'd", "they'd", "his", "her", "their"}
_OWN_WORDS = {"i", "we", "my", "our", "me", "us", "i've", "we've", "i'd", "we'd", "i'm", "we're"}
_DEPARTMENT = re.compile(r"^(?:hr|finance|legal|procurement|audit|the board|board|ceo|cfo|coo|cmo|chro|sales|marketing)$", re.IGNORECASE)


def _who(who: str, people: People, between: str = "") -> tuple[Speaker, str | None]:
    """The subject found before a verb of speech -> a speaker; a lone capitalised word may just open the sentence."""
    first = who.lower().replace("’", "'").split()[0]
    if first in _PARTNER_WORDS:  # in notes about one partner, the pronoun (and "his deputy") is the partner's side
        return "partner", people.partner
    if first in _OWN_WORDS:
        return "cio", None
    if _THIRD.match(who):
        return "other", who
    speaker = people.classify(who)
    if speaker in ("partner", "cio"):
        return speaker, who
    if len(who.split()) >= 2 or _DEPARTMENT.match(who) or re.match(r"(?:from|at|of)\b", between):  # "Mark from procurement"
        return "other", who
    return "unknown", None  # "At", "Heard", "Has": not a name we can place
