"""Session 15 scorers that read what a line means against the notes, not the engine's own template words (a new
engine wording must not fool them). From the tune split's b, d, e and f reasons; none needs a key:

- `request_unnamed` (b): the partner's newest open request (a sentence of the recent notes with an ask and a deadline
  of theirs, or a question to us) shares fewer than two words with the plan's main view, wherever the plan puts it;
- `unsound_lines` (d): a quote given as the partner's ("you said ...", "you asked: ...") that the notes do not give in
  the partner's voice, and lines that do not end cleanly (a dangling dash or colon, "the on", an unopened bracket, a
  date cut at its dot);
- `unactionable` (e): the share of four checks failed: a first sentence, at most three questions in the main view,
  one dated promise of ours, and that promise neither after the partner's deadline nor before the meeting;
- `value_off_terms` (f): the share of three checks failed: the value message shares a word with the partner's own goal
  sentences in the notes (beyond the value statement's words), pastes no four words in a row of the statement, and
  holds no broken line.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from evals.coach_scorers.deadlines import DEADLINE, all_dates
from evals.coach_scorers.facts import Context, content_words
from evals.coach_scorers.history import _dated
from evals.coach_scorers.spoken import DOTTED, meeting_day
from evals.coach_scorers.view import QUOTE, PlanView, sentences
from evals.coach_scorers.voice import _norm, _partner_said
from evals.scorers import Score, lower

# An ask to us: a question to "you", a polite request, a need or a reported ask.
ASK = re.compile(r"\b(?:can|could|would|will) (?:you|IT|your team)\b|\bplease\b|"
                 r"\b(?:I|we) (?:still |really |just |also )?(?:need|want|'d like|would like|expect)\b|"
                 r"\b(?:asked|asks|asking|wants|requested|requests|needs|expects|wanted|needed|invited|offered)\b|"
                 r"\bsend (?:me|us)\b|\blet (?:me|us) know\b|\bconfirm\b|\bneed (?:your|a|an|the|it|this|that)\b|"
                 r"\bquestion\b", re.I)
# A direct question (the sentence opens with its verb or question word).
DIRECT = re.compile(r"^\W*(?:can|could|will|would|is|are|when|what|how|where|why|do|does|did|have|has)\b", re.I)
# A deadline by part of a month ("by mid-December", "by the end of March", "early June").
PART_MONTH = re.compile(r"\b(early|mid|end of|the end of|late)?[\s-]*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s*\d)",
                        re.I)
NTH_OF = re.compile(r"\b([12]?\d|3[01])(?:st|nd|rd|th)? of (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.I)
PART_DAY = {"early": 5, "mid": 15, "late": 25, "end of": 28, "the end of": 28}
# Our own promise or step, not an ask of theirs.
OURS = re.compile(r"^(?:I|we)(?:'ll| will| promised| committed| owe)\b|\b(?:I|we) (?:promised|committed to)\b", re.I)
# Words that say nothing of what was asked.
SKIP = set("""asked asks asking wants wanted needs needed request requested requests please could would should
confirm confirmed know about before after until their there which where while whether really still today tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december meeting""".split())
MAIN_OVERLAP = 2  # content words a main view must share with the request
# A quote given as the partner's words.
SAID_QUOTE = re.compile(r"\byou(?:'ve)? (?:said|asked|wrote|told (?:me|us)|put it|mentioned|called it|offered)\b[^“\"'‘]{0,30}"
                        r"(?:[“\"]([^”\"]{3,300})[”\"]|[‘']([^’']{3,300})[’'](?!\w))", re.I)
# Who speaks before a quote on a notes line, when it is the CIO (normalised text: no punctuation).
OUR_VOICE = re.compile(r"(?:^|\b)(?:i|we) (?:told|said|wrote|offered|promised|replied|answered)\b|^(?:me|cio) |"
                       r"\b(?:cio|i) wrote\b")
# A line that does not end cleanly.
RAGGED = (
    re.compile(r"[—–-]\s*[.:;]?\s*$"),                      # a dangling dash
    re.compile(r":\s*$"),                                   # a dangling colon
    re.compile(r"\b(?:the|a|an|to|of|by|and|or|your|our|their|with|for|from|than|at|in)\s*[.!?]\s*$", re.I),
    re.compile(r"\b(?:the|a|to) (?:on|of|to|by|for|at|in|from)\b(?! (?:now|then|far|top|whole|date|same))", re.I),
    re.compile(r"\bme to the\b", re.I),
    re.compile(r"\byou (?:want|need)(?: \w+){1,5} (?:is|are|was|were|stands? at|sits? at) ", re.I),  # a level as a wish
    re.compile(r"\b(?:by|on|before|until) \d{1,2}[.:]?\s*$"),  # a date cut at its dot ("by 11.")
)
# A goal of theirs in the notes.
GOAL = re.compile(r"\b(?:want|wants|wanted|need|needs|goal|target|aim|aims|priority|priorities|so that|matters?|"
                  r"care about|cares about|worried|worry|success|measure[ds]?|judged|bonus|objective|plan to|trying to|"
                  r"hoping|hope)\b|\d+\s?%", re.I)
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
PASTE_RUN = 4
QUESTIONS_MAX = 3
PROMISE = re.compile(r"\b(?:I(?:'ll| will)|we(?:'ll| will)|you(?:'ll| will) have|comes? by|owner\b|owned by|"
                     r"(?:will|to) (?:send|bring|confirm|deliver|share|give|come back))", re.I)


def _stems(text: str, drop: set[str] | None = None) -> set[str]:
    return {w[:6] for w in content_words(text, 5) if w not in SKIP and not w.isdigit() and w not in (drop or set())}


def _names(ctx: Context) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", ctx.partner)}


def _due_dates(text: str, year: int) -> list[date]:
    """Dates in a deadline's words: day-month, month-day, ISO and dotted (4.3, 4.3.2027) forms."""
    found = all_dates(text, year)
    for m in NTH_OF.finditer(text):
        try:
            found.append(date(year, MONTHS.index(m.group(2).lower()[:3]) + 1, int(m.group(1))))
        except ValueError:
            pass
    for m in PART_MONTH.finditer(text):
        if not found:
            found.append(date(year, MONTHS.index(m.group(2).lower()[:3]) + 1, PART_DAY.get((m.group(1) or "").lower(), 28)))
    for m in DOTTED.finditer(text):
        try:
            found.append(date(int(m.group(3) or year), int(m.group(2)), int(m.group(1))))
        except ValueError:
            pass
    return found


RECENT_DAYS, RECENT_MIN = 45, 3  # the notes of the newest 45 days, and at least the three newest
DUE_REACH = 40  # characters after "by" / "before" where the date may stand ("before the works council on 4.3")


@lru_cache(maxsize=2048)
def _requests(notes: str, names: frozenset[str]) -> tuple[tuple[str, date | None], ...]:
    """Asks of the partner's in the recent notes (the whole notes when none is dated): a sentence with an ask and a
    deadline on or after its own note's day, or a question to us; the newest note's first."""
    dated = _dated(notes)
    blocks: list[tuple[date | None, str]]
    if dated:
        newest = dated[-1][0]
        recent = [(d, t) for i, (d, t) in enumerate(dated)
                  if (newest - d).days <= RECENT_DAYS or i >= len(dated) - RECENT_MIN]
        blocks = list(reversed(recent))
    else:
        blocks = [(None, notes)]
    out: list[tuple[str, date | None]] = []
    for day, block in blocks:
        year = day.year if day else date.today().year
        said = sentences(block)
        for i, s in enumerate(said):
            bare = re.sub(r"^\s*\[?[\d:]+\]?\s*", "", s)
            question = "?" in s and bool(ASK.search(s) or re.search(r"[“\"]", s) or DIRECT.match(bare))
            if OURS.search(bare) or re.match(r"^(?:me|cio|i)\s*:", bare, re.I) or not (ASK.search(s) or question):
                continue
            # The deadline may sit in the ask's sentence or the next one ("I need the costs. In writing, by 3 May.").
            text = s if i + 1 == len(said) else f"{s} {said[i + 1]}"
            due = None
            for m in DEADLINE.finditer(text):
                found = _due_dates(text[m.end():m.end() + DUE_REACH], year)
                if found and (day is None or found[0] >= day):
                    due = found[0]
                    break
            if due is not None or question:
                out.append((s if due is None else text, due))
    return tuple(out)


def partner_requests(ctx: Context) -> list[tuple[str, date | None]]:
    return list(_requests(ctx.notes, frozenset(_names(ctx))))


def main_view(view: PlanView) -> str:
    if view.one_thing or view.script or view.open_items:
        return view.main_text()
    return view.section("goal", "opening", "open", "one thing") or view.spoken_text()


def score_request_unnamed(view: PlanView, ctx: Context) -> Score:
    """The newest ask of the partner's (deadline or question) is not named in the main view (two words in common)."""
    asks = partner_requests(ctx)
    if not asks:
        return lower("request_unnamed", 0.0, 0.0, "no dated ask or question of the partner's in the recent notes", n=0)
    main = _stems(main_view(view), _names(ctx))
    dated = [a for a in asks if a[1] is not None]
    first = next((a for a, _ in dated or asks if _stems(a, _names(ctx))), "")
    if not first:
        return lower("request_unnamed", 0.0, 0.0, "no ask of the partner's with words to match", n=0)
    shared = main & _stems(first, _names(ctx))
    if len(shared) >= min(MAIN_OVERLAP, len(_stems(first, _names(ctx)))):
        return lower("request_unnamed", 0.0, 0.0, f"the main view names the ask: {', '.join(sorted(shared))[:80]}", n=1)
    return lower("request_unnamed", 1.0, 0.0, f"the main view leaves out the ask: {first[:100]}", n=1)


def _ours_in_notes(quote: str, notes: str) -> bool:
    """The notes line holding the quote gives it as ours: "I told her: ...", "we said ...", "Me: ...", "CIO: ..."."""
    q = _norm(quote)
    for line in notes.splitlines():
        norm = _norm(line)
        at = norm.find(q) if q else -1
        if at >= 0 and OUR_VOICE.search(norm[:at]):
            return True
    return False


def _ragged(sentence: str) -> bool:
    bare = QUOTE.sub("“”", sentence)
    return any(p.search(bare) for p in RAGGED) or bare.count(")") > bare.count("(")


def unsound_lines(view: PlanView, ctx: Context) -> list[str]:
    out = []
    notes_norm = _norm(ctx.notes)
    for line in view.spoken_text().splitlines():  # lines, not sentences: a quote may hold a full stop
        for m in SAID_QUOTE.finditer(line):
            q = m.group(1) or m.group(2)
            if _norm(q) not in notes_norm or not _partner_said(q, ctx.notes, ctx) or _ours_in_notes(q, ctx.notes):
                out.append(f"not the partner's words: {q[:80]}")
    evidence = set(sentences(view.section("where the partner stands")))
    for s in sentences(view.spoken_text()):
        if s in evidence:
            continue
        if _ragged(s):
            out.append(f"does not end cleanly: {s[-80:]}")
    return out


def score_unsound_lines(view: PlanView, ctx: Context) -> Score:
    bad = unsound_lines(view, ctx)
    return lower("unsound_lines", float(len(bad)), 0.0, bad[0] if bad else "quotes heard, lines whole", n=1)


def _questions(view: PlanView) -> int:
    text = main_view(view) + "\n" + view.section("question")
    return sum(1 for s in sentences(text) if s.rstrip("”\"' ").endswith("?"))


def unactionable(view: PlanView, ctx: Context) -> list[str]:
    failed = []
    if not (view.one_thing.strip() or view.script or view.opening().strip()):
        failed.append("no first sentence")
    if _questions(view) > QUESTIONS_MAX:
        failed.append(f"{_questions(view)} questions")
    dated = _dated(ctx.notes)
    year = dated[-1][0].year if dated else date.today().year
    promised = []
    for s in sentences("\n".join([main_view(view), *view.followups])):
        said = QUOTE.sub(" ", s)
        if PROMISE.search(said):
            promised += all_dates(said, year)
    if not promised:
        failed.append("no dated promise of ours")
        return failed
    deadline = next((d for _, d in partner_requests(ctx) if d is not None), None)  # the newest ask's
    meeting = meeting_day(ctx)
    if deadline is not None and min(promised) > deadline:
        failed.append(f"promise after their deadline {deadline:%d %b}")
    elif meeting is not None and max(promised) < meeting:
        failed.append(f"promise before the meeting on {meeting:%d %b}")
    return failed


def score_unactionable(view: PlanView, ctx: Context) -> Score:
    failed = unactionable(view, ctx)
    return lower("unactionable", len(failed) / 4, 0.0, "; ".join(failed) or "one first line, a dated promise", n=1)


def goal_words(ctx: Context) -> set[str]:
    """Words of the partner's goal sentences in the notes, less the value statement's and the partner's name."""
    drop = _names(ctx) | set(content_words(ctx.value_statement, 5))
    return {w for s in sentences(ctx.notes) if GOAL.search(s) for w in _stems(s, drop)}


def _pasted(message: str, statement: str) -> bool:
    tokens = re.findall(r"[a-z0-9']+", statement.lower())
    runs = {" ".join(tokens[i:i + PASTE_RUN]) for i in range(len(tokens) - PASTE_RUN + 1)}
    said = " ".join(re.findall(r"[a-z0-9']+", message.lower()))
    return any(run in said for run in runs)


def score_value_off_terms(view: PlanView, ctx: Context) -> Score:
    message = view.value_message or view.section("value message")
    if not message.strip():
        return lower("value_off_terms", 1.0, 0.0, "no value message", n=1)
    goals = goal_words(ctx)
    failed = []
    if goals and not (_stems(message) & goals):
        failed.append("no word of the partner's own goals")
    if ctx.value_statement and _pasted(message, ctx.value_statement):
        failed.append("the statement pasted")
    broken = [s for s in sentences(message) if _ragged(s)]
    if broken:
        failed.append(f"a broken line: {broken[0][:60]}")
    return lower("value_off_terms", len(failed) / 3, 0.0, "; ".join(failed) or "in the partner's terms", n=1)
