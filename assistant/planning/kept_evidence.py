"""Positive evidence that our promise was kept, and the lines that may never count as such (round 14, status).

- A promise with no object of its own ("Promised: first cut by end of May, owner Dev"), told right after the
  thing it is for ("A bed board for the night managers."), takes its object from that line: a later delivery of the
  thing ("Night board went live on 29 June") keeps it.
- A delivery said of the promise's own head noun with a definite article ("Sent the plan (3 phases ...)" after "I
  promised a plan with a timeline by end of March") keeps the one open promise of ours with that head noun.
- A status check on an ask ("asked me to check on the installation list") is about that ask: once the ask it names is
  delivered, the check is answered too.
- No header or metadata line ("Sent: Monday, 23 November"), no line that says our side did not deliver ("X delivered;
  IT didn't"), and no partial report ("Partial: ...") is evidence of a delivery.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning import situation_cues as cue
from assistant.planning.delivery_words import (
    HEADER_LINE,
    delivered_words,
    delivers,
    linked,
    not_evidence,
    own_verb_done,
    words_of,
)
from assistant.planning.due_dates import due_date
from assistant.planning.proof_voice import poor_verdict, voiced_as_ours
from assistant.planning.situation_types import STOP, Item, Sentence, Situation

_I = re.IGNORECASE

# An object-less promise: what is left once the date, the owner and generic words of a release are taken out.
_TAIL = re.compile(r"(?:,|\s)\s*(?:owner|owned by|lead|led by)\b.*$|\b(?:by|before|on|due|in|for)\s+(?:the\s+)?(?:end|start|middle|mid|early|late|close)\b.*$"
                   r"|\b(?:by|before|due)\s+.*$", _I)
_GENERIC = {"first", "version", "draft", "initial", "cut", "release", "beta", "working", "it", "them", "that", "this", "one", "something",
            "proposal", "go-live", "live", "delivery", "done", "complete", "completed", "finished", "ready", "delivered", "update", "next", "step", "steps", "full", "final", "v1", "mvp", "prototype", "demo"}
# "Sent the plan (3 phases ...)", "Shared our roadmap with her", "Delivered the dashboard on 3/4": verb, definite object.
_SENT_THE = re.compile(r"^\W*(?:(?:I|we|[A-Z][a-z]+)\s+)?(?:sent|shared|delivered|handed over|e-?mailed|circulated|submitted|presented|published)\s+"
                       r"(?:(?:her|him|them|it|to \w+)\s+)?(?:the|our|my)\s+(?P<obj>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\b", _I)
# A status check on an ask, not a new ask: "check on the list", "chase the estimate", "how is my plan", "any news on".
_CHECK = re.compile(r"\b(?:check(?:ing)? (?:on|in on|up on|about)|chas(?:e|ed|ing)|follow(?:ing)? up on|any news (?:on|of|about)|"
                    r"how (?:is|are) (?:my|our|the|her|his)|where (?:is|are) (?:my|our|the|her|his)|status of|update on)\b", _I)


def _content(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z0-9'’-]*", text.lower()) if w not in STOP and len(w) > 1
            and w not in {"a", "an", "the", "our", "my", "your", "with", "and", "of", "to", "for"}]


def _object(item: Item) -> list[str]:
    return [w for w in _content(_TAIL.sub("", item.complement or "")) if w not in _GENERIC]


def _head(item: Item) -> str | None:
    words = _object(item)
    return words[0] if words else None


def _ours(sit: Situation) -> list[Item]:
    return [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note"]


def _later(sit: Situation, item: Item) -> list[Sentence]:
    return [s for s in sit.sentences if s.order > item.order >= 0 and "?" not in s.text and not not_evidence(s.text)]


def _keep(item: Item, s: Sentence) -> None:
    item.status, item.done_quote, item.done_on = "done", s.text, s.date


def objectless_kept(sit: Situation) -> None:
    """Our promise with no object of its own, kept by a later delivery of the thing told in the line before it."""
    ours = _ours(sit)
    for item in [i for i in ours if i.status in ("open", "overdue") and not i.broken_quote and i.order > 0 and not _object(i)]:
        before = sit.sentences[item.order - 1]
        if before.note.ref != item.note_ref or not _content(before.text):
            continue
        thing = before.text
        for s in _later(sit, item):
            if not (delivers(s) or own_verb_done(thing, s.text)) or len(linked(thing, s.text)) < 2:  # "flags migrated" after "migrate the flags"
                continue
            rivals = [o for o in ours if o is not item and o.status in ("open", "overdue") and len(linked(o.complement, s.text)) >= 2]
            if not rivals:
                _keep(item, s)
            break


def definite_delivery(sit: Situation) -> None:
    """"Sent the plan (...)": the one open promise of ours, made before it, whose head noun is the object sent."""
    ours = _ours(sit)
    for s in sit.sentences:
        match = _SENT_THE.match(s.text)
        if match is None or "?" in s.text or not_evidence(s.text):
            continue
        said = set(_content(match.group("obj")))
        fits = [i for i in ours if i.status in ("open", "overdue") and not i.broken_quote and 0 <= i.order < s.order
                and _head(i) in said]
        if len(fits) == 1 and sum(1 for i in ours if 0 <= i.order < s.order and _head(i) in said) == 1:
            _keep(fits[0], s)


def checks_answered(sit: Situation) -> None:
    """A status check on an ask and the ask it names are one thing: once either was delivered on or after the check, both are."""
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner"]
    for check in [i for i in asks if i.date and _CHECK.search(i.complement or i.quote)]:
        day = check.date
        for ask in [a for a in asks if a is not check and a.date and day and a.date <= day and not _CHECK.search(a.complement or a.quote)]:
            if len(linked(f"{ask.complement} {ask.quote}", check.complement or check.quote)) < 2:
                continue
            done = next((i for i in (ask, check) if i.status == "done" and i.done_on and check.date and i.done_on >= check.date), None)
            if done is not None:
                for other in [i for i in (ask, check) if i.status == "open"]:
                    other.status, other.done_quote, other.done_on = "done", done.done_quote, done.done_on
            break


def undo_false_kept(sit: Situation) -> None:
    """A promise read as kept on a line that can never show a delivery opens again (its date decides open or overdue)."""
    for item in [i for i in _ours(sit) if i.status == "done" and i.done_quote and not_evidence(i.done_quote)]:
        item.done_quote, item.done_on = "", None
        item.status = "overdue" if item.due and sit.meeting_day and item.due < sit.meeting_day else "open"


# A line that reports the thing missed or only partly there: "Missed.", "Partial: two feeds live, the third not."
_MISSED = re.compile(r"^\W*(?:missed|partial(?:ly)?|slipped|not (?:live|done|delivered))\b", _I)


def reported_missed(sit: Situation) -> None:
    """Our open promise that a later line, on or after its date, reports missed or partial (and names it): not kept, with that
    line as its proof, so no line asks whether it arrived."""
    for item in [i for i in _ours(sit) if i.status in ("open", "overdue") and not i.broken_quote and i.order >= 0]:
        said = [s for s in sit.sentences if s.order > item.order and s.date and (item.due is None or s.date >= item.due)
                and (_MISSED.match(s.text) or not_evidence(s.text) and not HEADER_LINE.match(s.text))
                and len(linked(item.complement, s.text)) >= 2]
        if said:
            item.broken_quote, item.broken_on = said[-1].text, said[-1].date
            if item.due is None or (sit.meeting_day and item.due < sit.meeting_day):
                item.status = "overdue"


# A delivery that moved, slipped, came late, was shared-delayed or sent back: never proof to build on.
_MOVED = re.compile(
    r"\b(?:(?:days?|weeks?|months?|was|were|came|went|arrived|delivered|sent|is|are|ran|landed|it|them) late|late (?:by|again)|later than|slipped|slips?|moved|delayed|postponed|pushed (?:back|out)|revised (?:date|plan|deadline)|re-?planned|"
    r"rescheduled|overran|rejected|turned (?:it |them )?down|sent (?:it |them )?back|not what (?:I|we|he|she|they) (?:asked|wanted)|"
    r"shared(?:,? really)?\s*[.;]|half of (?:that|it)(?:'s| is) (?:mine|ours|theirs))",
    _I,
)


# An ask they dropped closes the item, but nothing was delivered: "treat as withdrawn", "no longer needed".
_DROPPED = re.compile(r"\b(?:withdr[ae]wn?|withdrew|no longer needed|dropped the request)\b", re.IGNORECASE)


def proof(sit: Situation, item: Item) -> bool:
    """A delivery the plan may offer as proof: its line reads as a delivery, it came on or before its date, and no line
    around it or about it says it moved, slipped, came late, was shared-delayed or was sent back."""
    line = next((s for s in sit.sentences if s.text == item.done_quote or item.done_quote in s.text), None)
    if line is None or not (delivers(line) or delivered_words(item.done_quote)) or not_a_delivery(line) or _DROPPED.search(item.done_quote):
        return False  # "X wants to use ...", "the new plan: ... by 31 January": a wish or a plan, not a thing delivered
    if not voiced_as_ours(sit, line):
        return False  # another party's work, the partner's no, an ask, or a matter kept out of the room (proof_voice.py)
    day = delivered_on(item)  # the day the line names, else its note's
    if item.due and day and day > item.due:
        return False
    told = f"{item.complement} {item.quote}"
    for s in sit.sentences:
        near = s.note.ref == line.note.ref and abs(s.order - line.order) <= 1
        about = item.order <= s.order <= line.order + 3 and len(linked(told, s.text)) >= 2
        if (near or about) and _MOVED.search(s.text):
            return False
    return True


def judged_poor(sit: Situation, item: Item) -> str | None:
    """The partner's poor verdict on our delivery ("Not helpful."): delivered, never "kept" as valued (proof_voice)."""
    line = next((s for s in sit.sentences if item.done_quote and (s.text == item.done_quote or item.done_quote in s.text)), None)
    return poor_verdict(sit, line) if line is not None else None


# A wish, a plan, a condition or a keep-out aside is no delivery, whatever delivery word it holds.
_WISH = re.compile(r"\b(?:wants?|wanted|would like|hopes?|hoping|plans?|planning|intends?|aims?) to\b|\b(?:the |a |our )?(?:new |revised )?plan\s*:", _I)
_BY = re.compile(r"\b(?:by|before|due(?: on)?|until|till|no later than)\s+(?:the\s+)?(?:end of\s+|mid-?)?[\w./-]+(?:\s+[\w.]+){0,2}", _I)
_CONDITION = re.compile(r"\b(?:when|once|if|until|unless|as soon as|after)\b[^.;:!?]*$", _I)


def not_a_delivery(s: Sentence) -> bool:
    """A line that names a thing without showing it handed over: a wish ("would like to use the fleet history"), a plan
    with a date still ahead of the line ("unified by 31 January"), a condition ("When the telemetry's sorted, come back")
    or an aside the notes keep out of the room."""
    from assistant.planning import situation_cues as cue
    from assistant.planning.due_dates import dates_in

    if _WISH.search(s.text) or cue.DO_NOT_RAISE.search(s.text) or cue.private(s.text):
        return True
    for due in _BY.finditer(s.text) if s.date else ():  # "unified by 31 January" in a note of November: still ahead
        if s.date and any(d > s.date for d in dates_in(due.group(0), s.date, s.date_order)):
            return True
    word = next((m for m in re.finditer(r"\b(?:sorted|done|live|delivered|sent|fixed|ready|installed)\b", s.text, _I)), None)
    return word is not None and _CONDITION.search(s.text[: word.start()]) is not None


def delivered_on(item: Item) -> dt.date | None:
    """The day the delivery names ("live since 28/10/2026", "went live on 24 November"), else the day of its note."""
    found, words = due_date(re.sub(r"\b(?:since|from)\b", "on", item.done_quote), item.done_on, item.date_order)
    if found and item.done_on and found > item.done_on and not re.search(r"\d{4}", words):
        found = _year_before(found)  # a day in the past, told months later ("in since 18 February", noted in May)
    if found and item.done_on and found <= item.done_on and (item.date is None or found >= item.date):
        return found
    return item.done_on


def _year_before(day: dt.date) -> dt.date:
    return day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else day.replace(year=day.year - 1, day=28)


# A delivery whose object is a pronoun or left out ("Sent it on 29 Sept: ...", "Done.", "Delivered on the 4th", "went out
# Friday", "she has it"): it can only mean the item just before it.
_ELLIPTIC = re.compile(
    r"^\W*(?:(?:I|we|[A-Z][a-z]+)\s+)?(?:(?:sent|delivered|shipped|e-?mailed|handed (?:it |them )?over|shared|submitted|done|finished|completed)"
    r"(?:\s+(?:it|them|that|this|one|over))?(?=\s*(?:$|[.,:;!)\]—–-]|(?:on|at|last|yesterday|today|this (?:morning|afternoon|week)|to (?:her|him|them)\s*(?:$|[.,;:]|on\b))\b|\d))|"
    r"(?:it|that|this|they)\s+(?:went out|is live|are live|went live|arrived|landed|now works?)\b|(?:she|he|they) (?:has|have|got) (?:it|them)\b)",
    _I,
)


def _open_of_entry(sit: Situation, ref: str, before: int) -> list[Item]:
    return [i for i in sit.items if i.note_ref == ref and 0 <= i.order < before and not i.broken_quote
            and ((i.kind == "promise" and i.owner == "us" and i.status in ("open", "overdue"))
                 or (i.kind == "request" and i.owner == "partner" and i.status == "open"))]


def elliptic_delivery(sit: Situation) -> None:
    """A delivery line with no object of its own closes the one open promise of ours or ask of theirs before it in its
    entry (or, where its entry holds none, in the entry just before); where two are open there, it closes neither."""
    refs = list(dict.fromkeys(s.note.ref for s in sit.sentences))
    for s in sit.sentences:
        if not _ELLIPTIC.match(s.text) or "?" in s.text or not_evidence(s.text) or _MOVED.search(s.text):
            continue
        if re.search(r"\b(?:not|never|partly|partial|half|the rest|still)\b", s.text, _I):
            continue
        fits = _open_of_entry(sit, s.note.ref, s.order)
        at = refs.index(s.note.ref)
        if not fits and at > 0 and s.order == min(x.order for x in sit.sentences if x.note.ref == s.note.ref):
            fits = _open_of_entry(sit, refs[at - 1], s.order)  # the entry's first line answers the entry just before
        if len(fits) == 1 and not _other_line_between(sit, fits[0], s):
            _keep(fits[0], s)


def _other_line_between(sit: Situation, item: Item, s: Sentence) -> bool:
    """A line of its own between the item and the delivery ("- A list of cuts. Sent 11 September."): that line is what
    was sent, not the item."""
    for x in sit.sentences:
        if item.order < x.order < s.order and x.note.ref == item.note_ref and x.text[:1] != "[":
            at = x.note.text.find(x.text)
            if at >= 0 and re.fullmatch(r"[ \t]*(?:[-*•+]|\d+[.)])?[ \t]*", x.note.text[:at].rsplit("\n", 1)[-1]):
                return True
    return False


# Said since to be not there, only partly there, or later than promised: "the patch is still with QA, maybe March",
# "31 of 40 live; 9 waiting on their providers", "Nadia says late February" (cue.NOT_DONE holds "Not sent yet" and the like).
_NOT_THERE = re.compile(
    r"\b(?:in (?:testing|test|review|rework)|being (?:tested|rewritten|reworked)|needs? (?:rewriting|reworking|another pass)|"
    r"(?:might|may|could|will|should) (?:only )?(?:now )?be (?:in )?(?:mid|late|early|end)[ -]?[A-Za-z]+|says (?:mid|late|early|end)[ -][A-Za-z]+|"
    r"\d+ (?:of|out of) (?:the )?\d+\b[^.;]{0,40}?(?:;|,|\band\b)[^.]{0,40}?\b(?:waiting|remaining|left|to go|still|not|outstanding)|"
    r"waiting (?:on|for)|slipped|slips|delayed|pushed (?:back|out))\b",
    _I,
)
_MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"}
_PRONOUN_OBJECT = re.compile(r"^\W*(?:it|them|that|this|those)\b", _I)


def _topic(sit: Situation, item: Item) -> set[str]:
    """The promise's own words (no months, no generic words); a pronoun object ("I promised it fixed") takes the words of
    the line before it in the same entry, the thing it points to."""
    words = {w for w in words_of(re.sub(r"\b(?:by|before|due)\b.*$", "", item.complement)) if w not in _MONTHS and w not in _GENERIC}
    if _PRONOUN_OBJECT.match(item.complement):
        at = next((s.order for s in sit.sentences if s.note.ref == item.note_ref and item.quote.strip() in s.text), None)
        for before in sit.sentences[max(0, (at or 0) - 2): at or 0]:  # the two lines before: the thing and what went wrong
            words |= {w for w in words_of(before.text) if w not in _MONTHS} if before.note.ref == item.note_ref else set()
    return words


def _meets(topic: set[str], text: str) -> set[str]:
    """The topic words a text names: the same word, or one a compound part starts with ("page" ~ "one-pager")."""
    got = {p for w in re.findall(r"[a-z][a-z'’-]{2,}", text.lower()) for p in (w, *w.split("-")) if len(p) >= 3 and p not in STOP}
    return {t for t in topic if any(g == t or (len(t) >= 4 and g.startswith(t)) or t.startswith(g) for g in got)}


def _paragraph(s: Sentence) -> str:
    """The note's line or paragraph that holds the sentence ('Task | Subject: Cyber one-pager | ... Not sent yet.')."""
    return next((p for p in re.split(r"\n\s*\n|\n(?=\S)", s.note.text) if s.text in p), s.text)


def _entry(sit: Situation, s: Sentence) -> str:
    """The line with its neighbours in the same entry, and the paragraph that holds it."""
    near = " ".join(x.text for x in sit.sentences[max(0, s.order - 2): s.order + 2] if x.note.ref == s.note.ref)
    return f"{s.note.title} {_paragraph(s)} {near}"  # the entry's subject line names its thing ("Cyber one-pager")


def told_not_there(sit: Situation) -> None:
    """Our promise, due before the meeting, whose last later line on its topic says it is not there, only partly there or
    coming later ("Not sent yet", "in testing, might be mid-February"), with no delivery said after: not kept, owned with
    that line as its proof, never asked whether it arrived. The line's entry must name the promise and no other of ours."""
    ours = [i for i in _ours(sit) if i.kind == "promise" and i.status in ("open", "overdue") and not i.broken_quote and not i.unclear_quote]
    day = sit.meeting_day
    topics = {id(i): _topic(sit, i) for i in _ours(sit)}
    for item in [i for i in ours if i.due and day and i.due < day and i.date and topics[id(i)]]:
        own = next((s for s in sit.sentences if s.note.ref == item.note_ref and item.quote.strip() in s.text), None)
        home = _paragraph(own) if own else item.quote
        later = [s for s in sit.sentences if s.order > item.order and (s.note.ref != item.note_ref or _paragraph(s) != home)]  # another entry
        about = [s for s in later if (_meets(topics[id(item)], s.text) or not s.text.lstrip().startswith("|") and _meets(topics[id(item)], _entry(sit, s)))
                 and not any(o is not item and len(_meets(topics[id(o)], _entry(sit, s))) >= len(_meets(topics[id(item)], _entry(sit, s))) for o in _ours(sit))]
        said = [s for s in about if "?" not in s.text and (cue.NOT_DONE.search(s.text) or _NOT_THERE.search(s.text)) and not (_progress(s, item) and not cue.NOT_DONE.search(s.text))]
        if said and not any(delivers(s) and s.order > said[-1].order for s in about):
            item.broken_quote, item.broken_on, item.status = said[-1].text, said[-1].date, "overdue"


_SLIP = re.compile(r"\b(?:slipped|slips|slipping|delayed|pushed (?:back|out)|(?:might|may|could|will) (?:only )?(?:now )?be (?:in )?(?:mid|late|early|end)|won't make|will not make|at risk|late)\b", _I)


def _progress(line: Sentence, item: Item) -> bool:
    """A line written before the promise fell due that says work goes on ("still drafting, waiting for prices"): progress,
    not a broken promise; a slip it announces ("delayed", "might be mid-February") still counts, as does "not sent yet"."""
    return bool(line.date and item.due and line.date < item.due and not _SLIP.search(line.text))


# Every part reported there: "all 14 day-one items green", "all of it working on the day", "all five sites done".
_ALL_THERE = re.compile(r"\ball\b[^.;?]{0,40}?\b(?:green|working|done|complete|completed|delivered|live|in place)\b", _I)


def all_there(sit: Situation) -> None:
    """Our promise whose later line, on or before its date and naming it, reports every part there: kept."""
    for item in [i for i in _ours(sit) if i.status in ("open", "overdue") and not i.broken_quote and i.due]:
        topic = _topic(sit, item)
        hit = next((s for s in sit.sentences if s.order > item.order and s.date and item.due and s.date <= item.due and _ALL_THERE.search(s.text)
                    and not cue.NOT_DONE.search(s.text) and not not_evidence(s.text) and "?" not in s.text and _meets(topic, s.text)), None)
        if hit is not None:
            item.status, item.done_quote, item.done_on = "done", hit.text, hit.date
