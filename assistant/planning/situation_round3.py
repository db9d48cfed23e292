"""Round-3 readers for the situation model: the CIO's own note read as our promise, a due date of
"the next meeting", a need stated as a gap ("it needs cancellations too"), and doubt lines."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.chat_labels import without_chat_label
from assistant.planning.situation_round6 import done_in
from assistant.planning.situation_types import terms_of

_I = re.IGNORECASE

# "My note: ask Sam for the theatre booking data, which I'll send to Fiona before the next meeting."
OWN_NOTE_PROMISE = re.compile(
    r"(?P<obj>\b(?:the|a|an|our|my|his|her|their)\s[^,.;:!?\n]{3,80}?),\s+which\s+(?:I|we)(?:'ll|’ll|\s+will)\s+"
    r"(?P<verb>send|share|bring|forward|circulate|pass)\s+(?:on\s+)?to\s+(?P<who>[A-Z][\w'’-]+)(?P<rest>[^.;!?\n]*)"
)
NEXT_MEETING = re.compile(r"\b(?:before|by|at|for)\s+(?:the|our)\s+next\s+(?:meeting|call|catch-?up|1:1|review)\b", _I)
# "it needs cancellations too", "the report should also show no-shows": a gap in what we gave them, asked for.
NEEDS_GAP = re.compile(
    r"\b(?P<verb>(?:it|this|that|the (?:report|dashboard|view|app|tool|list))\s+(?:still\s+|also\s+)?"
    r"(?:needs|should (?:also )?(?:show|have|include|cover)|is missing|lacks))\s+(?P<comp>[^.;!?\n\"”]{3,80})",
    _I,
)
# "Super-users named." / "Budget signed.": a short line that closes an action by its last word.
DONE_AT_END = re.compile(r"\b(?:named|nominated|signed|approved|agreed)\s*[.!]?\s*$", _I)
# "Nothing sent yet." right after our promise: that promise, not kept.
NEXT_LINE_NOT_DONE = re.compile(r"^\s*(?:nothing|not|none|no)\b[\w\s'’-]{0,25}?\b(?:sent|delivered|received|done|shared)?\s*yet\b", _I)
# "she would like a second pair of eyes on the bank file checks": a request in narration.
WOULD_LIKE = re.compile(r"\b(?P<verb>would like|would welcome|could use)\s+(?P<comp>(?:a|an|the|more|some|someone)\s[^.;!?\n]{3,100})", _I)
# A partner's line introduced by their label inside narration: 'Fiona: "Good start, but ..."'.
# 'Fiona: "..."', 'Fiona, an hour later: "..."', 'Her reply, by mail: "..."': the quotation is the partner's
LABELLED_QUOTE = (r"(?:^[-*•\s]*|[.!?]\s+)(?:{name}|(?:her|his) (?:reply|answer|response|message|e-?mail|words))"
                  r"(?:,[^:.!?\"“”]{{1,30}})?\s*:\s*$")

# Doubt or criticism of us: the only kind of line where a CIO may get defensive.
DOUBT = re.compile(
    r"\b(?:too (?:big|much|expensive|slow|late|costly)|for what we get|nobody (?:from IT )?(?:came|answered|called)|no one (?:came|answered)|"
    r"(?:does not|doesn't|did not|didn't|never) (?:work|deliver|listen|answer|help|call back|turn up)|"
    r"waste|useless|unreliable|can't trust|cannot trust|don't trust|do not trust|let (?:us|me|them) down|again and again|"
    r"complain(?:ed|s)?|frustrat\w*|fed up|disappoint\w*|not good enough|slow(?:er)? than|why (?:does|do|is|did) (?:it|IT|your)|"
    r"still (?:waiting|not|no)|(?:keeps|kept) (?:dropping|failing|breaking|crashing)|(?:cannot|can't|could not|couldn't) wait for|"
    r"without (?:IT|us)\b|(?:weeks|months|too) long|would take (?:\w+ )?(?:weeks|months)|because (?:IT|we|our)\b)",
    _I,
)
DEMAND = re.compile(r"\b(?:I|we) (?:want|need|expect)\b|\b(?:asked|asks) (?:for|us|me|IT)\b|\bplease\b|\bcan you\b|\bcould you\b", _I)


def own_note_promise(text: str) -> tuple[str, str, str] | None:
    """(verb, complement, object) for the CIO's own note of something to send the partner, else None."""
    match = OWN_NOTE_PROMISE.search(text)
    if not match:
        return None
    comp = f"{match.group('verb')} {match.group('obj').strip()}{match.group('rest').rstrip()}"  # no "to Fiona": said to her
    return match.group("verb"), comp, match.group("obj")


def next_meeting_after(written: dt.date | None, dates: list[dt.date]) -> dt.date | None:
    """The date of the first note after `written`: when 'before the next meeting' fell due."""
    later = sorted(d for d in dates if written and d > written)
    return later[0] if later else None


def needs_gap(quoted: str) -> re.Match[str] | None:
    return NEEDS_GAP.search(quoted)


def labelled_quote(before: str, names: object) -> bool:
    """'Fiona: "..."' inside narration: the quotation is the partner's."""
    found = [n for n in getattr(names, "names", frozenset()) if n]
    return any(re.search(LABELLED_QUOTE.format(name=re.escape(n)), before, _I) for n in found)


def is_doubt(line: str) -> bool:
    """Doubt or criticism of us, not a demand on us ('I want a weekly status e-mail')."""
    return DOUBT.search(line) is not None and not (DEMAND.search(line) and not re.search(r"too |for what we get", line, _I))


RESOLVED = re.compile(r"\b(?:have stopped|has stopped|stopped|fixed|resolved|sorted|went in|went live|is live|working again|back to normal)\b", _I)


def resolved_later(quote: str, date: dt.date | None, later: list[tuple[str, dt.date | None]]) -> bool:
    """A complaint a later note shows was put right ('the call-outs have stopped'): not where to get defensive."""
    words = {w for w in terms_of(quote) if len(w) >= 6}
    return any(bool(d and date and d > date and RESOLVED.search(t) and words & terms_of(t)) for t, d in later)


def closed_in_later_notes(terms: frozenset[str], written: dt.date | None, later: list[tuple[dt.date | None, str]], done: re.Pattern[str]) -> bool:
    """An action-table row closed by a terse line of later minutes ('Super-users named.'), however short."""
    for date, text in later:
        if not (date and written and date > written):
            continue
        for fragment in re.split(r"(?<=[.!?])\s+|\n", text):
            closes = done_in(DONE_AT_END, fragment) or done_in(done, fragment)  # "the estimate is half done" closes nothing
            if closes and {w for w in terms_of(fragment) & terms if len(w) >= 6}:
                return True
    return False


_HEADER = re.compile(
    r"(?:[ \t>]*(?:From|Sent|To|Cc|Subject|Date|Attendees|Present|When|Where|Location|Required|Optional)\s*:[^\n]*\n|[ \t]*-{3,}[^\n]*-{3,}[ \t]*\n"
    r"|[ \t>]*On [^\n]{3,90}?\bwrote:[ \t]*\n"
    r"|[ \t]*(?:Quick recap|Recap|Summary|Next steps|Action items|Key points|Highlights|Agenda)[ \t]*:?[ \t]*\n)+",  # a summary's label  # "On 12 October 2026, Hanna Ostrowski wrote:" heads a quoted reply
    _I,
)
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]*")


def without_header_lines(text: str) -> tuple[str, int]:
    """A sentence with e-mail header lines or a chat label ("Imogen Hart   10:02") glued on its front: the sentence
    alone, and how far it moved. Reply marks (">>") at the head of its lines are blanked, keeping every offset."""
    text = re.sub(r"\n[ \t]*>+", lambda m: "\n" + " " * (len(m.group(0)) - 1), text)
    match = _HEADER.match(text)
    if not match:
        marks = _QUOTE_MARKS.match(text)  # ">> Tom, the insurers have asked ...": the reply's marks are no words
        if marks and marks.end():
            words, more = without_chat_label(text[marks.end() :])
            return words, marks.end() + more
        return without_chat_label(text)
    rest = text[match.end() :]
    marks = _QUOTE_MARKS.match(rest)
    skip = marks.end() if marks else len(rest) - len(rest.lstrip())
    words, more = without_chat_label(rest[skip:].strip())
    return words, match.end() + skip + more


def answered_next(item_order: int, note_ref: str, after: list[tuple[int, str, str]], done: re.Pattern[str]) -> bool:
    """The very next sentence of the same note answers it ("Lena offered ... . I said yes on 14 October.")."""
    return any(order == item_order + 1 and ref == note_ref and done_in(done, text) and not THEIR_NEXT.match(text) and not _OUR_PROMISE.match(text)
               for order, ref, text in after)


# Our own promise told as a label ("Our promise: Priya sends the map by 10/02"): a thing still to do, no answer given.
_OUR_PROMISE = re.compile(r"^[\W_]*(?:our |my |we )?(?:promise[sd]?|commitment|committed)\W*:", re.IGNORECASE)


# The next line is the partner's own next point ("And she raised the payslips: since X went in, ..."): no answer of ours,
# whatever done word its story holds.
THEIR_NEXT = re.compile(r"^\W*(?:and |then |also )?(?:she|he|they)\s+(?:also\s+|then\s+)?(?:raised|asked|mentioned|added|said|told|wants|"
                         r"needs|brought up|complained|moved on|went on|turned)\b", re.IGNORECASE)
