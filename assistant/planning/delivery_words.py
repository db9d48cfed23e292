"""The delivery vocabulary: the words that say a thing was handed over or is in use, and how strongly a delivery names an
ask (shared stems, kinds of thing, ranges). One home, read by item_status, item_timeline, miss_status and promise_delivery.
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.due_dates import due_date
from assistant.planning.situation_round6 import done_in
from assistant.planning.situation_types import STOP, Sentence

_I = re.IGNORECASE

# Delivery said in other words than the cue list of situation_cues.DONE_REQUEST.
DELIVERED = re.compile(
    r"\b(?:(?:has|have) been live|live since|now live|now (?:get|gets|have|has|use|uses|receive|receives)|handover (?:is |was )?done|"
    r"went out|is up|are up|came (?:in|through) (?:on )?(?=\d|last|yesterday|this|the \d)|now goes? (?:to|out)|now go (?:to|out)|"
    r"switched on|turned on|(?:is|are) (?:now )?(?:working|running)(?! (?:on|from|with|through|towards|to|off|at|out of)\b)|landed|arrived|(?:was|were) delivered|"
    r"delivered (?:on|in|last|it|them)|(?:is|are) (?:now )?in use|rolled out|(?:is|are) in since|"
    # the change itself, said as what the partner now has: "went paperless", "switched over to", "cut over on"
    r"went (?:paperless|digital|electronic|wireless|cashless)|switched over|cut over|"
    # running or in daily use: "ran for the first time this morning", "is being used every morning", "runs every night"
    r"ran for the first time|(?:is|are|was|were) (?:being )?used (?:every|each|daily)|runs (?:every|each) (?:morning|day|night|week)|"
    # shipped or signed: "the onboarding flow shipped on 21 April", "clause signed by purchasing 29.10", "contract was signed"
    r"shipped|(?:was|were|been|got|is|are) signed|signed (?:by|on|off|and|in)|"
    # made at once, said of the thing just asked: "Ignacio added it the same week", "we fixed them that afternoon"
    r"(?:added|built|made|fixed|changed|updated|created|adjusted|moved|granted|opened|enabled) (?:it|them|that|this|the \w+) "
    r"(?:the same|that same|on the same|the next|the following|within|in under|that) ?(?:day|week|afternoon|morning|evening|night|hour|\w+ (?:days?|hours?)))\b",
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
HEADER_LINE = re.compile(r"^[\s>*|-]*(?:From|Sent|To|Cc|Bcc|Subject|Date|Attendees|Present|Importance|Re|Fw|Fwd|When|Where|Location|Required|Optional)\s*:", re.IGNORECASE)
# Our side named as not having delivered, or the delivery called partial: "IT didn't", "we haven't", "Partial: ...".
OUR_SIDE_NOT = re.compile(
    r"\b(?:IT|we|I|us|our (?:team|side|part))\s+(?:still\s+)?(?:didn['’]t|did not|hasn['’]t|has not|haven['’]t|have not|never|"
    r"failed|missed|slipped)\b|\bpartial(?:ly)?\b\s*[:;,(-]|^\W*partial\b|\bonly partly\b",
    re.IGNORECASE,
)


# A to-do or a check still to make: "Confirm the laptops were delivered on the 5th", "Check the feed went live".
TO_DO = re.compile(r"^[\W_]*(?:(?:to do|todo|next|me|cio)\s*:\s*)?(?:confirm|check|verify|make sure|ensure|find out|ask (?:him|her|them|whether|if)|"
                   r"remember to|need to|must|should|chase|double-check)\b", re.IGNORECASE)


# A promise still to keep, told as a label: "Our promise: done by 30 September", "Promised: first cut by May" (no "(done 29/7)").
PROMISE_LINE = re.compile(r"^[\W_]*(?:our |my |we )?(?:promise[sd]?|commitment|committed)\W*:(?![^(]*\((?:done|delivered|sent|closed)\b)", re.IGNORECASE)


def not_evidence(text: str) -> bool:
    """A line that can never show a delivery: a header, our side named as not delivering, a partial report, a promise."""
    return (HEADER_LINE.match(text) is not None or OUR_SIDE_NOT.search(text) is not None or TO_DO.match(text) is not None
            or PROMISE_LINE.match(text) is not None)


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


# The ask's own action, reported in the past tense ("migrate the flags" ... "flags migrated on the 22nd"): irregular pasts
# of the verbs asks open with; regular ones are built ("migrate" -> "migrated", "copy" -> "copied", "plan" -> "planned").
_IRREGULAR = {"send": "sent", "build": "built", "make": "made", "write": "wr(?:ote|itten)", "get": "got", "give": "g(?:ave|iven)",
              "set": "set", "put": "put", "run": "ran", "bring": "brought", "buy": "bought", "find": "found", "do": "done",
              "take": "t(?:ook|aken)", "move": "moved", "shut": "shut", "cut": "cut", "hold": "held", "lend": "lent", "pay": "paid"}
_NOT_A_VERB = {"the", "a", "an", "all", "our", "your", "their", "her", "his", "some", "any", "more", "one", "two", "if", "whether",
               "what", "how", "when", "for", "about", "on", "in", "to", "from", "with", "that", "this", "it", "be", "have", "me", "us", "you"}
_SCHEDULED = re.compile(r"\b(?:will|to be|be|would|should|could|can|must|not|never|once|when|if|until|unless)\s+(?:\w+\s+)?$", _I)


def past_of(verb: str) -> str:
    """A regex for a verb's past tense and participle ('' for words that are no verb of doing)."""
    verb = verb.lower()
    if verb in _NOT_A_VERB or len(verb) < 3 or not verb.isalpha():
        return ""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb.endswith("e"):
        return re.escape(verb) + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return re.escape(verb[:-1]) + "ied"
    return re.escape(verb) + f"(?:{re.escape(verb[-1])})?ed"


def _gerund(verb: str) -> str:
    """"tune" -> "tuning", "fix" -> "fixing", "plan" -> "plann?ing": the action named as a thing ("alarm tuning done")."""
    verb = verb.lower()
    stem = verb[:-1] if verb.endswith("e") and not verb.endswith("ee") else verb
    return re.escape(stem) + f"(?:{re.escape(stem[-1])})?ing"


_ASK_VERB = re.compile(r"^\W*(?:(?:\*\*)?[A-Za-z ]{2,20}:\**\s*)?(?:(?:whether|if)\s+(?:we|IT|you|they|I)\s+(?:could|can|would|will|might)\s+)?"
                       r"(?:(?:us|me|IT|you|we|to|please|could you|can you|can we)\s+)*"
                       r"(?:to\s+)?(?P<verb>[a-z]+)\b\s+(?P<rest>.+)$", _I)


def own_verb_done(ask: str, line: str) -> bool:
    """Whether a line reports the ask's own action done on its own thing: the verb the ask opens with, in the past tense,
    not scheduled or negated, and a content word of the ask's object (by stem) in the same line."""
    m = _ASK_VERB.match(ask)
    if m is None or "?" in line or not_evidence(line) or cue.NOT_DONE.search(line):
        return False
    past = past_of(m.group("verb"))
    said = re.search(rf"\b{past}\b", line, _I) if past else None
    said = said or (re.search(rf"\b{_gerund(m.group('verb'))}\b[^.;]{{0,30}}?\b(?:done|complete|completed|finished)\b", line, _I) if past else None)
    if said is None or _SCHEDULED.search(line[: said.start()]):
        return False
    thing = {stem5(w) for w in words_of(m.group("rest")) if len(w) >= 4} - {"octob", "septe", "novem", "decem", "janua", "febru", "march", "april", "june", "july", "augus"}
    return bool(thing & {stem5(w) for w in words_of(line)})
