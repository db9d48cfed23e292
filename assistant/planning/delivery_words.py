"""The delivery vocabulary: the words that say a thing was handed over or is in use, and how strongly a delivery names an
ask (shared stems, kinds of thing, ranges). One home, read by item_status, item_timeline, miss_status and promise_delivery.
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.note_reading import due_date
from assistant.planning.situation_round6 import done_in
from assistant.planning.situation_types import STOP, Sentence

_I = re.IGNORECASE

# Delivery said in other words than the cue list of situation_cues.DONE_REQUEST.
DELIVERED = re.compile(
    r"\b(?:(?:has|have) been live|live since|now live|now (?:get|gets|have|has|use|uses|receive|receives)|handover (?:is |was )?done|"
    r"went out|is up|are up|came (?:in|through) (?:on )?(?=\d|last|yesterday|this)|now goes? (?:to|out)|now go (?:to|out)|"
    r"switched on|turned on|(?:is|are) (?:now )?(?:working|running)|landed|arrived|(?:was|were) delivered|"
    r"delivered (?:on|in|last|it|them)|(?:is|are) (?:now )?in use|rolled out|(?:is|are) in since|"
    # the change itself, said as what the partner now has: "went paperless", "switched over to", "cut over on"
    r"went (?:paperless|digital|electronic|wireless|cashless)|switched over|cut over|"
    # running or in daily use: "ran for the first time this morning", "is being used every morning", "runs every night"
    r"ran for the first time|(?:is|are|was|were) (?:being )?used (?:every|each|daily)|runs (?:every|each) (?:morning|day|night|week))\b",
    re.IGNORECASE,
)
# Praise that only a delivered thing can earn: "the churn sizing was exactly what we needed", "her planners love it".
PRAISE_OF_USE = re.compile(
    r"\b(?:exactly what (?:I|we|he|she|they) (?:needed|wanted|asked for)|lov(?:e|es|ed) (?:it|them)|works? (?:well|great)|"
    r"saves? (?:us|me|them|her|him)|(?:very |really )?happy with|uses? (?:it|them) every|"
    # daily use ("her managers open it every morning") and thanks for a thing ("thanked us for the view")
    r"(?:open|opens|opened|check|checks|read|reads|look at|looks at|live in|lives in) (?:it|them) (?:every|each) (?:morning|day|week|shift)|"
    r"thank(?:s|ed)? (?:us|me|you|the team|my team|IT) for (?:the|our|that|this) (?!update|call|meeting|heads|note|time|chat))\b",
    re.IGNORECASE,
)
# Words of one kind: the ask and its delivery may use either.
KINDS = (
    {"view", "dashboard", "report", "screen", "board", "tracker", "register", "figures", "numbers", "data", "pack", "list", "forecast", "overview",
     "chart", "charts", "graph"},
    {"late", "backlog", "overdue", "delayed", "arrears", "outstanding"},
    {"alert", "alerts", "text", "texts", "notification", "notifications", "message", "messages", "warning", "warnings", "page", "pages"},
    {"handover", "hand", "handed", "owns", "ownership"},
    {"access", "login", "logins", "account", "accounts", "permissions", "password", "passwords", "sign-in", "log-in"},
    {"estimate", "quote", "costing", "cost", "costs", "price"},
    {"laptop", "laptops", "device", "devices", "set-up", "setup"},
)


# Handing something over, in words neither delivery list holds: "granted 27.5", "we set it up the same day".
GIVEN = re.compile(
    r"\b(?:granted|approved it|gave (?:it|them|access)|given (?:access|it|them)|set (?:it|them) up|"
    r"issued|swapped|replaced|enabled|switched on|turned on|sorted(?! out\b)|sorted it|done (?:during|over|within|in \d)|"
    r"mock-?up sent|(?:it|they) (?:was|were) ready)\b|"
    # "Exception board live in two terminals", a status line "Pricing tool live.": live, not going live
    r"(?<!\bgo )(?<!\bgoes )(?<!\bgoing )(?<!\bbe )(?<!\bnot )\blive (?:in|at|across|for) (?:all |both |the )?(?:\d+|[A-Z])|"
    r"(?<!\bgo )(?<!\bgoes )(?<!\bgoing )(?<!\bbe )(?<!\bnot )\blive\s*[.;!]?\s*$",
    _I,
)

def words_of(text: str) -> set[str]:
    """Content words, hyphenated ones split too ("click-and-collect" gives "click", "collect")."""
    found = re.findall(r"[a-z][a-z'’-]{2,}", text.lower())
    out = {w for w in found if w not in STOP} | {p for w in found for p in w.split("-") if len(p) >= 3 and p not in STOP}
    return {w for w in out if len(w) >= 4 or w in {"hr", "it"}}


def stem5(word: str) -> str:
    """A word's first five letters: the stem two wordings of one thing share ("estimate", "estimated")."""
    return word[:5] if len(word) >= 5 else word


def link(ask_text: str, delivery: str) -> int:
    """How strongly a delivery names an ask: shared stems of words of five letters or more, plus kinds both use, plus a
    definite reference to the ask's own kind of thing ("the view" after "a daily view of stock at risk")."""
    return len(linked(ask_text, delivery))


def linked(ask_text: str, delivery: str) -> set[str]:
    """What links a delivery to an ask: the shared stems, the kinds both use ("kind:3"), a definite reference ("the:view"),
    and a range of numbers both name ("wards 7-12" ~ "wards 7 to 12")."""
    ask, got = words_of(ask_text), words_of(delivery)
    found = {stem5(w) for w in ask if len(w) >= 5} & {stem5(w) for w in got if len(w) >= 5}
    found |= {f"kind:{k}" for k, kind in enumerate(KINDS) if ask & kind and got & kind}
    named = {w for kind in KINDS for w in ask & got & kind}
    if any(re.search(rf"\b(?:the|that|this|our|your) (?:new )?{re.escape(w)}\b", delivery, re.IGNORECASE) for w in named):
        found.add("the:" + "/".join(sorted(named)))
    found |= {f"range:{a}-{b}" for a, b in _ranges(ask_text) & _ranges(delivery)}
    return found


_RANGE = re.compile(r"\b(\d{1,4})\s*(?:-|–|to)\s*(\d{1,4})\b")


def _ranges(text: str) -> set[tuple[str, str]]:
    return {(m.group(1), m.group(2)) for m in _RANGE.finditer(text)}


# Header and metadata lines of e-mails and exports: never a sentence anyone said.
HEADER_LINE = re.compile(r"^[\s>*|-]*(?:From|Sent|To|Cc|Bcc|Subject|Date|Attendees|Present|Importance|Re|Fw|Fwd)\s*:", re.IGNORECASE)
# Our side named as not having delivered, or the delivery called partial: "IT didn't", "we haven't", "Partial: ...".
OUR_SIDE_NOT = re.compile(
    r"\b(?:IT|we|I|us|our (?:team|side|part))\s+(?:still\s+)?(?:didn['’]t|did not|hasn['’]t|has not|haven['’]t|have not|never|"
    r"failed|missed|slipped)\b|\bpartial(?:ly)?\b\s*[:;,(-]|^\W*partial\b|\bonly partly\b",
    re.IGNORECASE,
)


# A to-do or a check still to make: "Confirm the laptops were delivered on the 5th", "Check the feed went live".
TO_DO = re.compile(r"^[\W_]*(?:(?:to do|todo|next|me|cio)\s*:\s*)?(?:confirm|check|verify|make sure|ensure|find out|ask (?:him|her|them|whether|if)|"
                   r"remember to|need to|must|should|chase|double-check)\b", re.IGNORECASE)


def not_evidence(text: str) -> bool:
    """A line that can never show a delivery: a header, our side named as not delivering, or a partial report."""
    return HEADER_LINE.match(text) is not None or OUR_SIDE_NOT.search(text) is not None or TO_DO.match(text) is not None


def delivers(s: Sentence) -> bool:
    text = s.text
    if "?" in text or cue.NOT_DONE.search(text) or _WAITING.search(text) or not_evidence(text):
        return False
    return delivered_words(text) or PRAISE_OF_USE.search(text) is not None or live_on_a_past_day(s)


_WAITING = re.compile(r"\b(?:waiting|waits|held up) (?:on|for)\b", re.IGNORECASE)  # "Kiran has the forms, waiting on HR"
# "Pilot booking fix live 23 June" in a note of 14 July: live on a day already gone when the note was written.
_LIVE_ON = re.compile(r"(?<!\bgo )(?<!\bgoes )(?<!\bgoing )(?<!\bbe )\blive (?:on |from |since )?(?=\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|\d{1,2}[/.]\d)")


def live_on_a_past_day(s: Sentence) -> bool:
    match = _LIVE_ON.search(s.text)
    if match is None or s.date is None:
        return False
    day, _ = due_date(f"by {s.text[match.end():]}", s.date, s.date_order)
    return day is not None and day <= s.date


def delivered_words(text: str) -> bool:
    """A delivery said in any of the words we know (own words, other words, handed over), not negated or scheduled."""
    if "?" in text or cue.NOT_DONE.search(text) or not_evidence(text):
        return False
    return done_in(cue.DONE_REQUEST, text) or done_in(DELIVERED, text) or done_in(GIVEN, text)
