"""Session 14 scorers for d (says true things naturally), from the tune split's d reasons (v9 folded in as round i1):
raw export text in a line ("[09:12] Sam Okoro: ...", "Sent: Tuesday, 4 March 2025 08:15", CSV cells), a
quote with its pronouns turned round ("whatever me want them to hear", "me team is quick"), delivered work asked
after ("Did it reach you?" about a plan the partner thanked us for), and a date for our step that falls before the
meeting it is planned for (or a year before the notes). Read from the plan, the notes and the purpose; no key."""

from __future__ import annotations

import re
from datetime import date

from evals.coach_scorers.facts import Context
from evals.coach_scorers.history import _dated
from evals.coach_scorers.status_lines import MONTH, newest_note
from evals.coach_scorers.view import PlanView, sentences, words
from evals.scorers import Score, lower

# Chat and mail export artefacts: a clock stamp in brackets, a speaker label after a stamp, mail headers, CSV cells,
# an ISO timestamp.
EXPORT = re.compile(
    r"\[\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\]?\s+[A-Z][\w'.-]+(?: [A-Z][\w'-]+)?:\s"
    r"|(?:^|[\s“\"'(])(?:Sent|From|Subject|Cc|Date):\s+(?:[A-Z]|\d)"
    r"|'[^'\n]{1,40}',\s?'[^'\n]{0,40}'"
    r"|\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d")
EXPORT_FULL = 2  # this many lines with export text = the feature at 1.0

# A first-person object pronoun used as a subject or determiner: what is left when a quote's "I"/"my"/"you" is
# turned round for the other speaker.
SWAPPED = re.compile(
    r"\b(?:whatever|what|when|if|that|because|as|and|so) me (?!to\b|too\b|a\b|the\b|an\b|know\b|see\b)[a-z']+"
    r"|\bme (?:guys|team|people|folks|staff|boss|think|thinks|want|wants|need|needs|are|am|was|were|have|has|"
    r"will|would|can|could|do|don't|did|said|asked|told|feel|felt)\b"
    r"|\byou (?:asked|told|want(?:ed)?|need(?:ed)?) you\b"
    r"|\b(?:he|she|they) offered: [^.]*\b(?:your|you)\b", re.I)

# Delivered work asked after, or called overdue.
ASKED_AFTER = re.compile(r"\bdid (?:it|they|that|this) (?:reach|get to|arrive|land with) you\b|\boverdue\b|"
                         r"\bnot seen closed\b|\bstill owed\b", re.I)
SHIPPED = re.compile(r"\b(?:sent|delivered|went live|is live|live since|live on|has run|runs every|shipped|"
                     r"handed over|rolled out|now done)\b", re.I)
DELIVERED = re.compile(r"\b(?:sent|delivered|went live|is live|live since|live on|has run|runs every|shipped|"
                       r"handed over|installed|rolled out|thank(?:s| you)|clear\b|done\b|received|got it|"
                       r"works?(?: fine| well)|brilliant|great)\b", re.I)
STOP = set("that this with from what when your have will which their there about would could them they then than "
           "been were into only also more most over some such just like said asked noted promised promise open "
           "overdue reach owed still closed since before after meeting today note notes ours theirs".split())
STOP |= {m for m in "january february march april june july august september october november december".split()}

# The meeting day the notes or the purpose give ("Next meeting: 9 December", "meeting on 15.12", "we meet on ...").
MEETING = re.compile(r"(?:next meeting|meeting (?:is |on |date:?)?(?=(?:on )?(?:mon|tue|wed|thu|fri|\d))|"
                     r"we meet(?: on)?|meet (?:him|her|them) on|see (?:him|her|them) on|prep(?:aration)? for)[:*\s,-]*(?:with \w+(?: \w+)? )?(?:is |on )?(?:the )?"
                     r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?([^\n;()]{0,30})", re.I)
NAMED_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                       r"(?:,? (20\d\d))?\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
                       r"(\d{1,2})(?:st|nd|rd|th)?(?:,? (20\d\d))?\b", re.I)
DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})(?:\.(20\d\d))?\b(?!\.?\d|%)")
ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
# Our step with its day: "by 11 December", "comes by 2026-12-05", "confirm ... by 30 December".
STEP_BY = re.compile(r"\b(?:by|no later than|on or before)\s+(?:the\s+)?((?:\d{1,2}(?:st|nd|rd|th)? "
                     r"[A-Za-z]{3,9}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?|20\d\d-\d\d-\d\d)\b)", re.I)


# A line that records a past promise or a note ("Promised on 13 January: ..., due 2026-02-13 (kept)"): not a step.
RECORD_LINE = re.compile(r"^\W*(?:promised on|noted|promise, ours|request, theirs|offer, theirs|miss, )", re.I)


def _own_lines(view: PlanView) -> list[str]:
    """The plan's lines as the CIO reads them (quotes included: a quote is said aloud too)."""
    return [line.strip() for line in view.spoken_text().splitlines() if line.strip()]


def score_raw_export(view: PlanView) -> Score:
    """Count of plan lines holding chat or mail export text: a clock stamp, a speaker label, a mail header, CSV cells
    (d's reasons: "raw chat text stitched into a sentence", "an email header as competence proof")."""
    evidence = set(view.section("where the partner stands").splitlines())
    lines = [line for line in _own_lines(view) if line not in evidence]
    bad = [line for line in lines if EXPORT.search(line)]
    reason = f"export text in a line: '{bad[0][:100]}'" if bad else "no export text"
    return lower("raw_export", float(len(bad)), 0.0, reason, n=1)


def score_pronoun_swap(view: PlanView) -> Score:
    """Count of the plan's sentences whose pronouns were turned round ("whatever me want", "me team is quick",
    "you asked you"), or an offer of hers voiced back to her in her own "you" ("she offered: come and talk to your
    leadership")."""
    bad = [s for s in sentences(view.spoken_text()) if SWAPPED.search(s)]
    reason = f"pronouns turned round: '{bad[0][:100]}'" if bad else "no pronoun turned round"
    return lower("pronoun_swap", float(len(bad)), 0.0, reason, n=1)


def _content(text: str) -> set[str]:
    return {w.lower() for w in words(text) if len(w) >= 4 and w.lower() not in STOP and not w.isdigit()}


def delivered_asked(view: PlanView, ctx: Context) -> list[str]:
    """Plan lines asking after (or calling overdue) something a dated note shows delivered or thanked for: the note
    holds a delivery word and two of the line's content words."""
    note_sentences = [s for _, text in (_dated(ctx.notes) or [(None, ctx.notes)]) for s in sentences(text)]
    out = []
    for line in _own_lines(view):
        if not ASKED_AFTER.search(line):
            continue
        mine = _content(re.sub(r"\b(?:did it reach you|not seen closed|overdue)\b", " ", line, flags=re.I))
        if len(mine) < 2:
            continue
        # The thing in the notes' words: note sentences that tell the same promise (two words in common).
        thing = set(mine)
        for s in note_sentences:
            if len(mine & _content(s)) >= 2:
                thing |= _content(s)
        for s in note_sentences:
            said = _content(s)
            if (SHIPPED.search(s) and said & thing) or \
                    (DELIVERED.search(s) and len(said & mine) >= 2):
                out.append(line)
                break
    return out


def score_delivered_asked(view: PlanView, ctx: Context) -> Score:
    """Fails when the plan asks "did it reach you?" or calls overdue / still open what a note shows sent, live or
    thanked for (d's reasons: "asks whether the acuity board reached her, though it went live to her praise")."""
    bad = delivered_asked(view, ctx)
    reason = f"delivered work asked after: '{bad[0][:100]}'" if bad else "nothing delivered is asked after"
    return lower("delivered_asked", 1.0 if bad else 0.0, 0.0, reason, n=1)


def _day(text: str, year: int) -> date | None:
    m = ISO.search(text)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = NAMED_DAY.search(text)
        if m:
            if m.group(1):
                return date(int(m.group(3) or year), MONTH.index(m.group(2).lower()[:3]) + 1, int(m.group(1)))
            return date(int(m.group(6) or year), MONTH.index(m.group(4).lower()[:3]) + 1, int(m.group(5)))
        m = DOTTED.search(text)
        if m and int(m.group(2)) <= 12:
            return date(int(m.group(3) or year), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None


def meeting_day(ctx: Context) -> date | None:
    """The day of the meeting the plan is for, when the purpose or the notes give it ("Next meeting: 9 December"),
    on or after the newest dated note; the nearest such day."""
    newest = newest_note(ctx)
    if newest is None:
        return None
    days = []
    for text in (ctx.purpose, ctx.notes):
        for m in MEETING.finditer(text or ""):
            day = _day(m.group(1), newest.year)
            if day is not None and day < newest and (newest - day).days > 180:
                day = day.replace(year=day.year + 1)
            if day is not None and 0 <= (day - newest).days <= 120:
                days.append(day)
    return min(days) if days else None


def steps_before_meeting(view: PlanView, ctx: Context) -> list[str]:
    """Our steps dated before the meeting they are planned for (from the newest note on; past_due reads earlier
    ones), or with an explicit year that puts them half a year before the newest note (a year in the past)."""
    newest = newest_note(ctx)
    if newest is None:
        return []
    meeting = meeting_day(ctx)
    out = []
    for s in sentences(view.answer_text()):
        if RECORD_LINE.match(s):
            continue
        for m in STEP_BY.finditer(s):
            raw = m.group(1)
            day = _day(raw, newest.year)
            if day is None:
                continue
            if ISO.fullmatch(raw) and (newest - day).days > 180:
                out.append(f"'{m.group(0)}' a year before the notes: {s[:80]}")
                continue
            if not ISO.fullmatch(raw) and day < newest and (newest - day).days > 180:
                day = day.replace(year=day.year + 1)
            if meeting is not None and newest <= day < meeting:
                out.append(f"'{m.group(0)}' before the meeting on {meeting.isoformat()}: {s[:80]}")
    return out


def score_step_before_meeting(view: PlanView, ctx: Context) -> Score:
    """Fails when a step of ours is dated before the meeting the plan is for ("You'll have the estimate by 11
    December" for a 14 December meeting) or carries a year-old date ("by 2026-01-11" in December 2026's notes)."""
    bad = steps_before_meeting(view, ctx)
    return lower("step_before_meeting", 1.0 if bad else 0.0, 0.0, bad[0] if bad else "no step dated before the meeting",
                 n=1)
