"""An item's status read across the whole notes timeline: what a later (or the same) line says of it.

- A back-reference ("the bed board she asked for in March", "the date and number he asked for") is no new ask: it names
  an earlier one. Said of a thing that now exists ("That's the screen he asked for", or next to a delivery line), it
  closes the earlier ask it names best (shared words, or the month it names).
- An ask whose own line goes on to say it was met ("asked for access to X; granted 27.5") is closed in that line.
- A terse later line whose subject is the item's own thing ("Mock-up sent.") closes it, whatever else it shares.
- A remark of trust or of needing nothing ("trusts IT to keep things running, that's all he needs from us") is no ask.
- Delivery is one vocabulary: situation_cues.DONE_REQUEST (its own words) and item_status.DELIVERED (other words) plus the
  words that grant or hand something over (GIVEN, added to both through `delivered_words`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.planning import situation_cues as cue
from assistant.planning.delivery_words import GIVEN, HEADER_LINE, delivered_words, delivers, linked  # noqa: F401  (GIVEN, delivered_words re-exported)
from assistant.planning.invitation_words import SEAT
from assistant.planning.partner_acts import promise_covers
from assistant.planning.situation_types import STOP, Item, Sentence, Situation
from assistant.schema import NoteText
from assistant.text.dates import iso_day

_I = re.IGNORECASE

# "the board he asked for in June", "the date and number she asked for and ...": the object stands before the verb.
_AFTER_REF = (r"(?=\s*(?:$|[.,;:!?()\"“”‘’'–-]|and\b|but\b|in\b|on\b|at\b|last\b|back\b|earlier\b|basically\b|originally\b|"
              r"months?\b|weeks?\b|years?\b|ages\b|when\b|during\b|before\b|from\b|all along\b|then\b|so\b|is\b|was\b|has\b))")
BACK_REF = re.compile(
    r"\b(?:the|that|this|his|her|their)\s+(?P<obj>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:that\s+|which\s+)?"
    r"(?:she|he|they|[A-Z][a-z]+)\s+(?:had\s+|has\s+|originally\s+|first\s+)?(?P<verb>asked (?:us |me |IT )?for|requested|wanted)" + _AFTER_REF,
    _I,
)
# "That's the ...", "this is exactly the ...": the thing just told IS the thing asked for.
_IDENTITY = re.compile(r"\b(?:that|this|it|which)(?:['’]s|\s+is|\s+was)\s+(?:\w+\s+)?$", _I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")
_NAMED_MONTH = re.compile(r"\b(?:in|back in|since|last)\s+(" + "|".join(m.title() for m in _MONTHS) + r")\b")

# A remark of trust or of needing nothing more: no ask, whatever its grammar.
NOT_AN_ASK = re.compile(
    r"\b(?:that['’]s|that is|which is|is) all (?:he|she|they|I|we) (?:needs?|wants?|asks?|expects?) (?:from|of)\b|"
    r"\btrusts? (?:IT|us|you|the team|my team|our team) (?:to|with)\b|\bnothing (?:else |more )?(?:from us|from IT|of us)\b|"
    # exasperation at chasing, with no thing of its own: the thing chased is the ask ("Please don't make me chase again.")
    r"^\W*(?:and\s+)?(?:please\s+)?(?:(?:don['’]t|do not) make (?:me|us) (?:chase|ask|remind|write|come back|wait|beg)|(?:I|we) "
    r"(?:shouldn['’]t|should not|don['’]t want to|do not want to) (?:have to )?(?:chase|ask|remind)|(?:I['’]m|I am) (?:tired|weary) of "
    r"(?:chasing|asking|reminding))(?: (?:you|again|twice|for (?:it|this|that)|about (?:it|this|that)|once more|every time))*\W*$",
    _I,
)


_ASKED_AGAIN = re.compile(r"\b(?:wants|wanted|needs|needed|asks|asked|chased|pressed)\b[^.;]*$", _I)


def back_reference(text: str, at: int) -> bool:
    """Whether the ask cue at `at` ("asked for") only points back at an earlier ask ("the thing he asked for in March"); one
    asked again ("she also wants the costing she asked for in October; still not done") stays an ask."""
    named = any(m.start("verb") <= at < m.end("verb") and not _ASKED_AGAIN.search(text[: m.start()]) for m in BACK_REF.finditer(text))
    bare = _BARE_REF.match(text, at) is not None and not _ASKED_AGAIN.search(text[:at])  # "he asked for in June basically.": asked for what?
    return (named or bare) and cue.NOT_DONE.search(text) is None


# ... an object-less one: never before a quotation ('asked for "a view of every late load"' names its object)
_BARE_REF = re.compile(r"(?:asked|requested|wanted) (?:us |me |IT )?for" + _AFTER_REF.replace("\"“”‘’'", ""), _I)


def review(sit: Situation) -> None:
    """Drop remarks read as asks; close asks met in their own line, by a terse later line, or named by a back-reference."""
    sit.items = [i for i in sit.items if not (i.kind == "request" and i.owner == "partner" and NOT_AN_ASK.search(i.quote))]
    for item in open_items(sit):
        _met_in_own_line(item)
    _asides(sit)
    _terse_lines(sit)
    _bare_done(sit)
    _completed_by_name(sit)
    _back_references(sit)
    _answered_later(sit)
    _on_its_day(sit)
    _offers_taken(sit)


def open_items(sit: Situation) -> list[Item]:
    """Their open requests and our open or overdue promises from the notes: what a later line may close."""
    return [i for i in sit.items if (i.kind == "request" and i.owner == "partner" and i.status == "open")
            or (i.kind == "promise" and i.owner == "us" and i.source == "note" and i.status in ("open", "overdue"))]


def _close(item: Item, s_text: str, day: dt.date | None) -> None:
    item.status, item.done_quote, item.done_on = "done", s_text, day


def _met_in_own_line(item: Item) -> None:
    """"Asked for access to the reporting views; we granted it within a day.": the clause after the ask reports it met."""
    if item.kind != "request" or not item.complement:
        return
    at = item.quote.find(item.complement)
    rest = item.quote[at + len(item.complement):] if at >= 0 else ""
    clause = re.match(r"\s*(?:;|\s[-–—]\s|,\s+(?:and\s+)?(?=we\b|I\b|it\b|granted|done|sent))\s*(?P<c>[^;]+)", rest)
    if clause and delivered_words(clause.group("c")) and not re.search(r"\b(?:will|'ll|’ll|to be|by\s+\d)\b", clause.group("c"), _I):
        _close(item, item.quote, item.date)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z][a-z'’-]{2,}", text.lower()) for w in [w] + w.split("-") if len(w) >= 4}


# The verb after a line's subject that reports the thing done: "The feed went live on 2 March", "Mock-up sent."
_SUBJECT_VERB = re.compile(r"\b(?:(?:was|were|is|are|has been|have been)\s+)?(?:sent|shared|delivered|granted|done|went live|is live|live|signed|approved|"
                           r"installed|issued|swapped|handed over|in place|went out|arrived|landed|rolled out|fixed)\b", _I)


@dataclass
class Line:
    """One line of a note's own text (lines too short to be sentences to the reader included), where it stands in time."""

    text: str
    note_ref: str
    date: dt.date | None
    at: int  # where it starts in its note


def note_lines(sit: Situation) -> list[Line]:
    out: list[Line] = []
    for note in _notes(sit):
        for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s)|$)", note.text, re.MULTILINE):
            head = re.match(r"^[\s>*•|-]*(?:\d{1,2}[.)]\s+)?(?:(\d{4}-\d\d-\d\d)|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?\s*[—–:-]?\s*", m.group(0))
            text = m.group(0)[head.end() if head else 0:].strip()
            day = (iso_day(head.group(1)) if head and head.group(1) else None) or note.date  # "- 2026-11-02 - Pricing tool live."
            if text and not HEADER_LINE.match(text):  # "Sent: Monday, 23 November": metadata, never a line of the notes
                out.append(Line(text, note.ref, day, m.start()))
    return out


def after(item: Item, line: Line, notes: dict[str, tuple[int, str]]) -> bool:
    """Whether a line was written after the item: later in its own note, else on a later date, else (a date missing) in a
    note the reader puts later."""
    if line.note_ref == item.note_ref:
        at = notes.get(item.note_ref, (0, ""))[1].find(item.quote.strip()[:40])
        return at >= 0 and line.at > at
    if item.date and line.date:
        return line.date > item.date
    return notes.get(line.note_ref, (-1, ""))[0] > notes.get(item.note_ref, (10**9, ""))[0]


def _notes(sit: Situation) -> list[NoteText]:
    return sit.notes or list({s.note.ref: s.note for s in sit.sentences}.values())


def _texts(sit: Situation) -> dict[str, tuple[int, str]]:
    """Each note's rank in the reader's order and its text."""
    out: dict[str, tuple[int, str]] = {}
    for note in _notes(sit):
        out.setdefault(note.ref, (len(out), note.text))
    return out


def _terse_lines(sit: Situation) -> None:
    """A later line whose subject, at its head, is the item's own thing and whose verb delivers it: "Mock-up sent.", "The feed
    went live on 2 March", "Payroll option delivered 14 July"."""
    texts = _texts(sit)
    for line in note_lines(sit):
        if not 1 < len(line.text.split()) <= 25 or not delivered_words(line.text):
            continue
        verb = _SUBJECT_VERB.search(line.text)
        subject = re.sub(r"\b(?:the|a|an|our|my|his|her|their|is|are|was|were|now|all)\b", " ", line.text[: verb.start()] if verb else "", flags=_I)
        subject = subject.strip(" ,:;-—–")
        if not subject or len(subject.split()) > 3 or not _stems(subject):
            continue
        named = [i for i in open_items(sit) if after(i, line, texts) and _stems(subject) <= _stems(f"{i.complement} {i.quote}")
                 and any(re.search(rf"\b{re.escape(w.lower())}\b", i.quote) for w in subject.split())]  # a thing, not a name
        if len({i.note_ref for i in named}) == 1:  # one thing, or an ask and our promise of it in one note ("needs a feed" / "build the feed")
            for item in named:
                _close(item, line.text, line.date)


# A line that reports something done with no subject of its own: "Done before the students arrived. Bravo.", "Delivered early."
_BARE_DONE = re.compile(r"^[\W_]*(?:[A-Z]:\s*)?[\"“]?(?:all |it['’]?s |it was )?(?:done|delivered|finished|completed|live|went live|installed|in place)\b", _I)
BARE_WINDOW = dt.timedelta(days=30)


def _bare_done(sit: Situation) -> None:
    """"Done before the students arrived.": a subject-less delivery line closes our one promise that fell due since the
    entry before it (or in the month before it, or is due within days of it); with two candidates it names neither."""
    texts = _texts(sit)
    days = sorted({n.date for n in _notes(sit) if n.date})
    for line in note_lines(sit):
        if line.date is None or not _BARE_DONE.match(line.text) or "?" in line.text or cue.NOT_DONE.search(line.text):
            continue
        day = line.date
        since = min(day - BARE_WINDOW, max((d for d in days if d < day), default=day))  # the entry before this one
        fits = [i for i in open_items(sit) if i.kind == "promise" and i.due and after(i, line, texts)
                and since <= i.due <= day + dt.timedelta(days=7)]
        if len(fits) == 1:
            _close(fits[0], line.text, day)


# The whole of it done: "Remaining form types live on 23 October", "the last two sites went live", "now fully live".
_COMPLETE = re.compile(r"\b(?:remaining|the rest of|last|final|all|fully|in full|completed?|every)\b", _I)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}s?\b")


def _completed_by_name(sit: Situation) -> None:
    """A later line that names our promise's own acronym or product name (OCR, CRM, an ERP's name) and says the whole of it
    is now delivered closes it; a partial one ("live for 60% of form types") does not."""
    texts = _texts(sit)
    for line in [x for x in note_lines(sit) if delivered_words(x.text) and _COMPLETE.search(x.text) and not re.search(r"\b\d{1,2}\s?%", x.text)]:
        names = set(_ACRONYM.findall(line.text)) - {"IT", "CIO", "OK", "AM", "PM", "EU", "UK", "US"}
        fits = [i for i in open_items(sit) if i.kind == "promise" and after(i, line, texts) and names & set(_ACRONYM.findall(i.quote))]
        if len(fits) == 1:
            _close(fits[0], line.text, line.date)


# A later line that still looks ahead to it ("we owe him that", "the analyst name is the next proof") leaves it open.
_AHEAD = re.compile(r"\b(?:will|'ll|’ll|owe|owed|promised|agreed|due|next|still|waiting|pending|yet|chas\w*)\b", _I)


_LONG_BEFORE = 14  # days: 'nothing sent yet' a week before the date is its status; months before, the promise itself


def unclear_promises(sit: Situation) -> None:
    """Our promise still open or overdue that a later line speaks of without saying it was done or not ("laptops: fixed in
    April, but 3 recurred in May"): its status is unknown, so no line may call it open, overdue or ask if it arrived."""
    texts, lines = _texts(sit), note_lines(sit)
    for item in [i for i in sit.items if i.broken_quote and i.broken_on and i.date and i.due and i.broken_on <= i.date
                 and (i.due - i.broken_on).days > _LONG_BEFORE]:
        item.broken_quote, item.broken_on = "", None  # the day it was promised, long before it fell due, is no word it was not kept
    for item in [i for i in open_items(sit) if i.kind == "promise" and i.status == "overdue" and not i.broken_quote and not i.progress_quote]:
        own = _stems(item.complement or item.quote) - _stems(" ".join(_MONTHS))
        others = {i.quote.strip(" |") for i in sit.items if i.kind == "promise"}  # a sibling action row is no mention
        later = [x for x in lines if x.note_ref != item.note_ref and after(item, x, texts)]  # a later entry, not the same note
        for line in [x for x in later if "|" not in x.text and x.text.strip(" |") not in others]:
            if len(own & _stems(line.text)) >= 2 and not _AHEAD.search(line.text):
                item.unclear_quote = line.text


def _told_before(item: Item, s: Sentence) -> bool:
    """An ask a back-reference may name: told before it, or, in one undated note written newest first, anywhere in it."""
    if item.date and s.date:
        return item.date <= s.date and item.order != s.order
    return item.order < s.order or (item.note_ref == s.note.ref and item.date is None and s.date is None)


def _back_references(sit: Situation) -> None:
    """A back-reference said of a thing that exists closes the earlier ask it names best."""
    for s in sit.sentences:
        match = BACK_REF.search(s.text)
        if match is None or "?" in s.text or cue.NOT_DONE.search(s.text):
            continue
        near = [x for x in sit.sentences if x.note.ref == s.note.ref and abs(x.order - s.order) <= 2 and x is not s]
        exists = _IDENTITY.search(s.text[: match.start()]) is not None or any(delivers(x) for x in near)
        if not exists:
            continue
        window = " ".join([s.text] + [x.text for x in near if x.order < s.order])
        month = _NAMED_MONTH.search(s.text[match.start():])
        scored = []
        for item in [i for i in open_items(sit) if i.kind == "request" and _told_before(i, s)]:
            score = len(linked(f"{item.complement} {item.quote}", window))
            if month and item.date and item.date.strftime("%B").lower() == month.group(1).lower():
                score += 2
            scored.append((score, item))
        scored.sort(key=lambda p: p[0], reverse=True)
        if scored and scored[0][0] >= 2 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            _close(scored[0][1], s.text, s.date)


_THEY_CHASED = re.compile(r"\b(?P<who>she|he|they|[A-Z][a-z]+)\s+(?:has |had |have |was |is |then )?(?:chased|chasing|asked again|reminded|still keen)", _I)


def partner_chased(line: str) -> bool:
    """A line that says someone other than us chased ("Pieter chased the estimate"): never our own "half done" or "chased
    Ellie's access again", which is no sentence the partner said or did."""
    return any(m.group("who").lower() not in {"i", "we", "cio", "it", "me"} for m in _THEY_CHASED.finditer(line))


def promised_answers(sit: Situation) -> None:
    """An ask answered in the next line (or the one after their own words) of its note by our promise ("She asked what a scorecard would look like. I told
    her I'd have a mock-up to her by 31.7.") is that promise: kept, it closes the ask too."""
    kept = {(i.note_ref, i.order): i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status == "done" and i.order >= 0}
    for item in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]:
        others = {i.order for i in sit.items if i is not item and i.note_ref == item.note_ref}
        promise = kept.get((item.note_ref, item.order + 1))
        if promise is None and item.order + 1 not in others:  # a line of their words between the ask and our promise
            promise = kept.get((item.note_ref, item.order + 2))
        if promise is not None and item.due and not promise_covers(promise, item):
            continue  # an ask with its own deadline is answered by a promise of that thing, never by the next entry on another
        if promise is not None:
            _close(item, promise.done_quote or promise.quote, promise.done_on)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’]{2,}", text.lower().replace("-", " ")) if w not in STOP and w not in _SMALL}


_SMALL = {"the", "and", "for", "you", "can", "could", "our", "his", "her", "him", "she", "was", "are", "not", "but", "any", "all", "how", "why", "who"}
_ANSWER = re.compile(r"\b(?:answer|answered|reply|replied|recommendation|verdict)\b", _I)


def _answered_later(sit: Situation) -> None:
    """A question asked of us ("Can you build it, or do I buy it?") that a later line reports answered ("Sent him the
    build-versus-buy answer on 10/5"), sharing two of its own words."""
    texts = _texts(sit)
    lines = [x for x in note_lines(sit) if _ANSWER.search(x.text) and delivered_words(x.text)]
    for item in [i for i in open_items(sit) if i.kind == "request" and ("?" in i.quote or re.match(r"(?:whether|if)\b", i.complement, _I))]:
        own = _content(item.complement or item.quote)
        hit = next((x for x in lines if after(item, x, texts) and len(own & _content(x.text)) >= 2), None)
        if hit is not None:
            _close(item, hit.text, hit.date)


# Early against a date ("five days early", "ahead of schedule"), never a running state ("has been on time for 14 weeks").
_TIMING = re.compile(r"\b(?:\w+ (?:days?|weeks?) (?:early|ahead of (?:time|schedule|plan))|ahead of (?:schedule|time|plan))\b", _I)


_NUMBER = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10, "a couple of": 2, "a few": 3}
_EARLY_BY = re.compile(r"\b(?P<n>\d{1,2}|a couple of|a few|a|one|two|three|four|five|six|seven|eight|ten)\s+(?P<unit>days?|weeks?)\s+"
                       r"(?:early|ahead of (?:time|schedule|plan|the date|its date)|before (?:its|the|our) (?:date|deadline))\b", _I)


def _early_by(text: str) -> int | None:
    """How many days early a delivery line says it was ("Delivered two weeks early": 14), None where it names no amount."""
    match = _EARLY_BY.search(text)
    if match is None:
        return None
    n = match.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBER[n]
    return count * (7 if match.group("unit").lower().startswith("week") else 1)


def _on_its_day(sit: Situation) -> None:
    """Our promise delivered on its own day ("We'll go live on the 2nd of November" / "2026-11-02 - Pricing tool live.") or
    said to be early or on time near it ("Exception board live in two terminals five days early"): the one promise due
    then is kept, though the line names it in other words."""
    texts = _texts(sit)
    ours = [i for i in open_items(sit) if i.kind == "promise" and i.due]
    for line in [x for x in note_lines(sit) if delivered_words(x.text)]:
        day, timed = line.date, _TIMING.search(line.text) is not None
        if day is None:
            continue
        early = _early_by(line.text)
        fits = [i for i in ours if i.due and after(i, line, texts) and (line.note_ref != i.note_ref or i.quote.strip() not in line.text)
                and (i.due == day and _stems(i.complement) & _stems(line.text) or timed and abs((i.due - day).days) <= 14
                     or early is not None and abs((i.due - day).days - early) <= 4)]
        if len(fits) == 1:
            _close(fits[0], line.text, line.date)


_TAKEN = re.compile(r"\b(?:has|have|had|got|took|taken|now (?:has|have))\s+(?:had\s+|got\s+)?(?:a|the|our|my|its)\s+(?:seat|place|slot)\b|"
                    r"\b(?:I|we) (?:joined|accepted|said yes|took (?:it|the seat|him up|her up))\b", _I)


_JOINS = re.compile(r"\b(?:joins|joined|sits on|sat on|has sat on|takes (?:up )?(?:the|a|his|her) seat)\b[^.;]*?\b(?:from|in|since|on)\s+(?P<month>"
                    + "|".join(m.title() for m in _MONTHS) + r")\b")


def _offers_taken(sit: Situation) -> None:
    """An offer of a seat or a place that its own line or the next one says we took ("First time corporate IT has had a
    seat there"), or a seat asked of us that a later line says someone of ours takes from a month now gone ("Yusuf joins
    the transformation board from May"): done, never accepted again."""
    by_order = {s.order: s for s in sit.sentences}
    texts, lines = _texts(sit), note_lines(sit)
    for item in [i for i in sit.items if i.kind in ("offer", "request") and i.owner == "partner" and i.status == "open"]:
        nxt = by_order.get(item.order + 1)
        said = [item.quote] + ([nxt.text] if nxt is not None and nxt.note.ref == item.note_ref else [])
        hit = next((t for t in said if _TAKEN.search(t) and not cue.NOT_DONE.search(t) and "?" not in t), None) if item.kind == "offer" else None
        if hit is None and SEAT.search(item.complement or item.quote):
            hit = next((x.text for x in lines if after(item, x, texts) and _joined_by(x, sit.meeting_day) and _stems(x.text) & _stems(item.complement) - _stems("member")), None)
        if hit is not None:
            _close(item, hit, item.date)


def _joined_by(line: Line, today: dt.date | None) -> bool:
    match = _JOINS.search(line.text)
    if match is None or line.date is None or today is None or cue.NOT_DONE.search(line.text):
        return False
    month = _MONTHS.index(match.group("month").lower()) + 1
    year = line.date.year if month >= line.date.month else line.date.year + 1
    return dt.date(year, month, 1) < today


_ASIDE = re.compile(r"\s*[(\[]\s*(?P<c>(?:sent|done|delivered|shared|live|kept|closed|granted|handed over|signed off)\b[^)\]\n]{0,60})[)\]]", _I)


def _asides(sit: Situation) -> None:
    """"Action: me - a written view of X, by 30 April. (Sent 29 April.)": the CIO's aside right after the item, on its line."""
    texts = _texts(sit)
    for item in open_items(sit):
        text = texts.get(item.note_ref, (0, ""))[1]
        quote = item.quote.strip()
        at = text.find(quote)
        aside = _ASIDE.match(text, at + len(quote)) if at >= 0 and quote else None
        if aside and not cue.NOT_DONE.search(aside.group("c")):
            _close(item, aside.group(0).strip(), item.date)
