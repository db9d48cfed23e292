"""Round-2 checks on the situation model: whose words a line is, stale offers, outcome goals
that are not requests, negated misses, misses we caused, and promises told in reported speech."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.note_reading import WORD, bare

_I = re.IGNORECASE

# A partner's outcome target ("pick rates up 8% by October") is a goal for the business, not
# something we were asked to hand over; only the CIO's own next step can be promised.
OUTCOME = re.compile(
    r"\b(?:up|down|cut|cuts|reduced?|increased?|raised?|lowered?|halved|doubled|below|above|under|over)\b[^.;!?\n]{0,40}?"
    r"(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s?(?:%|per ?cent|pts?|points|days?|hours?|minutes?)|[£$€]\s?\d)|\d[\d,.]*\s?%|"
    r"\b(?:halved|doubled)\b|\b(?:up|down|cut|reduced?|brought)\s+from\s+\d[\d,.]*\s+to\s+\d"  # "days to close down from 8 to 5"
    r"|\bfrom\s+\d[\d,.]*(?:\s?%|\s+[a-z]+)?\s+to\s+\d[\d,.]*(?!\s*(?:[/.-]\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",  # "the close from 8 days to 5"
    _I,
)
# A request that carries its own start ("from June", "starting Q3"): a "by <date>" on top reads wrong.
OWN_TIMING = re.compile(
    r"\b(?:from|starting|in|during)\s+(?:next\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|q[1-4]\b|the summer|the autumn|spring)", _I
)
# An e-mail header read as a sentence ("From: Hanna Lindqvist To: CIO"): never evidence.
HEADER_ONLY = re.compile(r"^\s*(?:From|To|Cc|Subject|Sent|Date):\s*[^.!?]{0,80}(?:\b(?:To|Cc|Subject):\s*[^.!?]{0,80})*$", _I)
ADDRESSED_TO_US = re.compile(r"^(?:us|me|IT|my team|our team)\s+to\b", _I)

# "none of the releases failed", "no outage this quarter", "zero incidents", "without a slip".
NEGATED_MISS = r"\b(?:not|never|no|none|zero|without|nothing|neither|nor)\b(?:\s+[\w'’-]+){0,4}?\s+"

# We caused it, said in our own voice (narration or our labelled lines).
US_CAUSED = re.compile(
    r"\b(?:we|I|my team|our team|our (?:release|update|change|patch|upgrade|migration|deploy(?:ment)?|rollout|project|side))\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:missed|slipped|broke|was late|were late|failed|delayed|crashed|took down|caused|overran|botched|pushed)\b"
    r"|\b(?:was|were|is|are) (?:our|my team's) (?:own )?(?:[\w-]+ )?(?:miss|mistake|oversight|fault)\b",  # "This was our scoping miss"
    _I,
)

# Reported promises: "I told Hanna we would send the costings by 30 April", "IT to send X by 4 May".
PROMISE_REPORTED = re.compile(
    r"\b(?P<verb>(?:I|[Ww]e)\s+(?:told|assured|promised|reassured)\s+(?:him|her|them|[A-Z][a-z]+)\s+(?:that\s+)?(?:we|I)\s*(?:'d|would|will|'ll)"
    r"|(?:Action|Next step|Agreed)s?:\s*(?:IT|we|I|CIO|my team|our team)\s+(?:to|will)"
    r"|^[-*•\s]*(?:IT|CIO)\s+to(?=\s+(?:send|share|deliver|confirm|draft|map|fix|run|book|set up|write|bring|present)\b))\s+(?P<comp>[^.;!?\n]{4,200})",
)

# A partner declining: "Thanks, but no", "no thanks", "we'll do it ourselves".
DECLINED = re.compile(
    r"\b(?:thanks,? but no|no,? thanks|not needed|we(?:'ll| will) (?:do|build|handle) it ourselves|ourselves this year|said no|turned (?:it|us) down)\b",
    _I,
)
# Our own no to their offer, told in the offer's sentence: "She offered two team leads; we said no thanks, ...".
WE_DECLINED = re.compile(r"[;,.]\s*(?:but\s+)?(?:we|I)\s+(?:said no|declined|turned (?:it|them|her|him) down|passed on it)\b", _I)
FIRST_PERSON_START = re.compile(r"^\s*(?:I|I'm|I'll|I'd|We|We'll|We'd|We're|Our|My|Let me|Let us)\b")


def is_outcome_goal(complement: str) -> bool:
    """True for an outcome target the partner owns, not a deliverable asked of us."""
    return not ADDRESSED_TO_US.match(complement.strip()) and OUTCOME.search(complement) is not None


def negated(text: str, cue_word: str) -> bool:
    return re.search(NEGATED_MISS + re.escape(cue_word), text, _I) is not None


def event_passed(due: dt.date | None, written: dt.date | None, today: dt.date, last_note: dt.date | None) -> bool:
    """An invitation or offer tied to a date that has gone by: it is history, not an open item."""
    if due is None or (written and due < written):
        return False
    return due < today or bool(last_note and due < last_note)


def own_line_not_theirs(speaker: str, text: str) -> bool:
    """A line the CIO said, or narration in the first person: never the partner's request or offer."""
    return speaker == "us" and FIRST_PERSON_START.match(text) is not None


_ADVERBS = {"really", "also", "now", "still", "just", "badly", "urgently", "clearly", "only", "already", "simply", "desperately"}
_ED_NOUNS = {"speed", "need", "feed", "bed", "seed", "red", "shed", "breed", "greed", "hundred", "bred"}


def subject_next_to_verb(before: str, partner_names: object) -> bool:
    """'Lena says the archive needs ...': the partner is not the subject of 'needs'. The name or pronoun must
    stand right before the verb (an adverb may sit between), or the line is a subjectless bullet."""
    words = re.findall(WORD, before)
    if not words:
        return True
    names: frozenset[str] = getattr(partner_names, "names", frozenset())
    for word in reversed(words):
        low = word.lower()
        if bare(low) in names or low in {"he", "she", "they"}:
            return True
        if low not in _ADVERBS:
            return False
    return False


def slot_fits(goal: str) -> bool:
    """A goal re-voiced as 'You want <goal>' must start with a noun phrase or 'to <verb>', never a bare participle."""
    first = (goal.split() or [""])[0].lower().strip("\"“”,")
    return not (first.endswith("ed") and first not in _ED_NOUNS)


_HEADER_LINE = re.compile(r"^\s*(?:Attendees|Present|From|To|Cc|Subject|Sent|Date)\s*:", _I)


def drop_header_lines(quote: str) -> str:
    """'Attendees: Priya, Sam, CIO' glued to the next sentence: keep only what someone said or did."""
    kept = [line for line in quote.splitlines() if not _HEADER_LINE.match(line)]
    return "\n".join(kept) if kept else quote


# A signature or an export's header or footer ("Chief Product Officer | Velo GmbH", "Report: Activity History ...", "Page 2 of
# 5"): a card's text, never the partner's words about technology (session 29).
_EXPORT_HEAD = re.compile(r"^\s*(?:report|export(?:ed)?|generated|printed|run date|page \d+(?: of \d+)?|confidential(?:ity)? notice|sent from my)\b", _I)


_TITLE_WORD = re.compile(r"^(?:[A-Z0-9+(@&-]\S*|of|and|for|the|de|du|la|le|und|für|y|e|\S*@\S*)$")  # "Chief Officer of Sales", "+47 ..."


def card_text(quote: str) -> bool:
    """A header line, a signature (short '|' or '·' parts with no sentence in them) or an export's header or footer."""
    parts = [p.strip() for p in re.split(r"\s+[|·]\s+", quote.strip()) if p.strip()]
    signature = len(parts) >= 2 and all(len(p.split()) <= 6 and all(_TITLE_WORD.match(w) for w in p.split()) for p in parts)
    return bool(HEADER_ONLY.match(quote) or _EXPORT_HEAD.match(quote) or signature)
