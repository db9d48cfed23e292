"""The sentences at the top of a plan, in two shapes only.

Either a verbatim, attributed quote with its date ("On 6 November you asked: “…”") followed
by a fixed reply that is true whatever the quote says, or a fixed sentence over typed facts
(a date, a status, who owns it). No phrase cut from the notes is dropped into a template.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.perception.cio_lines import in_cio_voice
from assistant.planning.ask_taken_up import taken_up, unanswered_deadline
from assistant.planning.cio_owning import cio_owns
from assistant.planning.lead_replies import asked_name, asked_want, asked_whether, offer_reply, said_to_partner
from assistant.planning.miss_cause import cause_known, cause_told
from assistant.planning.miss_closure import held_shared, why_on_record
from assistant.planning.miss_events import event_day
from assistant.planning.note_reading import strip_label
from assistant.planning.ownership import neighbours, ours_on_record, ownable, settled_later
from assistant.planning.plan_guards import fragment
from assistant.planning.praise import is_praise
from assistant.planning.second_person import to_partner
from assistant.planning.situation_round2 import OUTCOME
from assistant.planning.situation_round3 import OWN_NOTE_PROMISE
from assistant.planning.situation_round6 import close_line, deadline_is_close
from assistant.planning.situation_types import Item, Situation, terms_of
from assistant.planning.slot_fit import offered_seat
from assistant.planning.vague_dates import vague_deadline
from assistant.planning.voice import on_day, on_start, when
from assistant.text.sentences import one_line

MAX_QUOTE_WORDS = 40
_STAMP = re.compile(r"^\s*\[\d{1,2}:\d{2}(?::\d{2})?\]\s*")
_HEADER = re.compile(r"^\s*(?:From|To|Cc|Subject|Sent|Date)\s*:", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their)\b", re.IGNORECASE)


def _clean(text: str) -> str:
    if _HEADER.match(text):
        return ""  # "Subject: Storm season" is nobody's words
    text = strip_label(_STAMP.sub("", one_line(text).strip())).strip()
    text = re.sub(r"^[-*•]\s+", "", text)
    text = re.sub(r"^(?:Hi|Hello|Hey|Dear|Morning|Afternoon)\b(?: [A-Z][a-z]+)?,\s+(?=[A-Z])", "", text)  # "Hi, Can you get me ...": the greeting is no part of the ask
    if len(text) > 1 and text[0] in "\"“" and text[-1] in "\"”" and text.count('"') + text.count("“") + text.count("”") == 2:
        text = text[1:-1].strip()
    return text


def _fits(words: str) -> str:
    return words if 3 <= len(words.split()) <= MAX_QUOTE_WORDS and '"' not in words and "“" not in words and "”" not in words else ""


def their_words(item: Item, before: str = "") -> str:
    """The partner's own words for a request or offer, verbatim: a quotation in our note, or their labelled line.

    `before` is their own sentence just before it, kept when the words point back to it ("... before then?")."""
    if not item.spoken or item.owner != "partner":
        return ""
    text = one_line(item.quote)
    quoted = re.findall(r"[\"“]([^\"”]{8,})[\"”]", text)
    if quoted:
        key = item.complement[:15]
        return _fits(next((q.strip() for q in quoted if key and key in q), ""))
    words = _clean(text)
    lead_in = spoken_words(before) if before and POINTS_BACK.search(words) else ""
    return _fits(f"{lead_in} {words}" if lead_in else words)


POINTS_BACK = re.compile(r"\b(?:before|by|until|for) (?:then|that)\b", re.IGNORECASE)


def spoken_words(text: str) -> str:
    """A partner's labelled line or quotation, verbatim ('' when the sentence is narration)."""
    quoted = re.findall(r"[\"“]([^\"”]{8,})[\"”]", one_line(text))
    return _fits(quoted[0].strip()) if quoted else "" if in_cio_voice(_clean(text)) else _fits(_clean(text))  # "Needs an answer by ...": a log line


def note_words(item: Item) -> str:
    """The note's own sentence for an item (for the CIO to read, never said as the partner's words)."""
    if item.quote.lstrip().startswith("|"):
        return _fits(item.complement)  # an action-table row: its action cell, verbatim
    return note_words_of(item.quote)


def note_words_of(text: str) -> str:
    """A note's sentence, cleaned and fitted, with its inner quotation marks made single."""
    return _fits(_clean(text).replace("“", "‘").replace("”", "’").replace('"', "'"))


def note_clause(text: str) -> str:
    """A long note sentence cut at its last clause break that fits ("Their pilot needs access by the 31st…"): the
    note's own words, so an open item never shows a date with nothing after it. '' when no clause fits."""
    whole = _clean(text).replace("“", "‘").replace("”", "’").replace('"', "'")
    cuts = [m.start() for m in re.finditer(r",\s+(?:and|but|so|which|who|because)\b|;|\s\(|\s[-–—]\s|:\s", whole)]
    fits = [whole[:c].rstrip(" ,;:") for c in cuts if 5 <= len(whole[:c].split()) <= MAX_QUOTE_WORDS]
    return f"{fits[-1]}…" if fits else ""


def quoted(words: str) -> str:
    """A verbatim quotation that closes the sentence it ends."""
    return f"“{words}”" if words[-1:] in ".?!" else f"“{words}.”"


def reply_by(item: Item, due: dt.date, today: dt.date, deadline: dt.date | None = None, sit: Situation | None = None) -> str:
    """The fixed reply to an open request: a date and an owner, whatever was asked; never a date after their deadline."""
    deadline = deadline or item.due
    lead = ""
    if item.broken_on and not (item.due and item.due > today) and item.chased_by_partner and they_chased(item.broken_quote):  # "still keen" before their date is no chase
        lead = f"I know you had to chase it {on_day(item.broken_on)}. "
    if deadline and deadline < today and item.unclear_quote:  # said in hand before its date, no word since: never "has passed"
        return f"{lead}We said you would have it by {when(deadline)}. Did it reach you in full?"
    if deadline and deadline < today and not item.broken_on:  # past, and no later note says it went or not: asked, never conceded
        return past_deadline_question(when(deadline)) if taken_up(sit, item) else unanswered_deadline(when(deadline))
    if deadline and deadline_is_close(deadline, today):  # a day away, or past and told not done: what we have, at this meeting
        return f"{lead}{close_line(deadline, today, when(deadline))}"
    vague = vague_deadline(item) if not deadline else None  # "by the first week of December": said in its own words, never a day
    if vague and vague[0] < today and not item.broken_on:
        return past_deadline_question(vague[1]) if taken_up(sit, item) else unanswered_deadline(vague[1])
    if vague and deadline_is_close(vague[0], today):
        return f"{lead}{close_line(vague[0], today, vague[1])}"
    outcome, thing = OUTCOME.search(item.complement), DOCUMENT.search(item.complement)
    if outcome and not (thing and thing.start() < outcome.start()):  # "cut the recharge 20%": a number no one here controls
        return f"{lead}I cannot promise that number on my own; by {when(due)} you will have what it would take."
    if thing:  # "three options for cuts of $450k": the options are what we hand over, the cut is theirs to choose  # "a benchmark of IT cost per user": the thing itself, not "my answer"
        return f"{lead}You'll have the {thing.group(0).lower()} by {when(due)}, with one owner."
    return f"{lead}My answer, with one owner, comes by {when(due)}."


def past_deadline_question(day: str) -> str:
    """Their deadline fell before the meeting and no note says whether our answer went: we ask, never claim a miss.
    Two short questions: one long sentence the same in every plan but for its date would be boilerplate."""
    return f"Your deadline was {day}: did our answer reach you? Was it what you needed?"


# A document we hand over: what a request for one is answered with ("You'll have the benchmark by 3 December").
DOCUMENT = re.compile(r"\b(?:estimate|benchmark|breakdown|quote|costing|report|paper|summary|comparison|analysis|proposal|forecast|"
                       r"business case|one-pager|slides|deck|figures|options paper|options|scenarios|shortlist|list)\b", re.IGNORECASE)


_CHASE = re.compile(r"\b(?:chased|chasing|asked again|reminded (?:us|me)|still keen on)\b", re.IGNORECASE)
_THEY_CHASED = re.compile(r"\b(?:she|he|they|[A-Z][a-z]+)\s+(?:has |had |have |was |is )?(?:chased|chasing|asked again|reminded|still keen)", re.IGNORECASE)


def they_chased(line: str) -> bool:
    """The partner chased it, not the CIO ("7 Oct: chased Ellie's access again" is our own note of our own chase)."""
    if not _CHASE.search(line):
        return True  # "The stock view is not there yet": a not-done line, told as theirs by the extractor
    subject = _THEY_CHASED.search(line)
    return subject is not None and subject.group(0).split()[0].lower() not in {"i", "we", "cio", "it"}


def request_line(item: Item, due: dt.date, today: dt.date, before: str = "", same_day: int = 1, sit: Situation | None = None,
                 deadline: dt.date | None = None) -> str:
    words = their_words(item, before)
    asked = f"The {same_day} things you asked {on_day(item.date)} are" if same_day > 1 else f"What you asked {on_day(item.date)} is"
    said = f"{on_start(item.date)} you asked: {quoted(words)}" if words else f"{asked} still open."
    echo = their_echo(sit, item) if sit and not words and same_day == 1 else None
    name = (asked_name(item) or asked_want(item)) if not words and same_day == 1 else ""
    whether = asked_whether(item) if not words and same_day == 1 else ""
    if sit is not None:  # "one number she can defend" said to her is "one number you can defend"; unplaceable: not said
        name, whether = (to_partner(x, sit.partner_names, sit.partner_pronoun) or "" if x else "" for x in (name, whether))
    if echo and (name or whether) and not re.search(r"\b(?:need|want|still|waiting|answer|when)\b|\?", echo[1], re.IGNORECASE):
        echo = None  # "Our hosting bill went up again" is about it, but asks nothing: the ask's own name says more
    if echo:
        said = f"{on_start(echo[0])} you said: {quoted(echo[1])}"  # their own words about the same ask
    elif name:
        said = f"{on_start(item.date)} you asked for {name}."  # told in our note: named by its head noun, never re-voiced
    elif whether:
        said = f"{on_start(item.date)} you asked {whether}."  # a reported question in our own voice: "we" stays us
    return f"{said} {reply_by(item, due, today, deadline, sit)}"


# "Ravi invited me to present ...": a line about the partner under their label, not their words.
_NARRATED = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)\s+(?:invited|asked|offered|said|says|told|wants|wanted|called|thanked)\b")


def their_echo(sit: Situation, item: Item) -> tuple[dt.date | None, str] | None:
    """For an ask told in our note: the partner's own later (or same-note) words about it, sharing a telling word."""
    telling = {w for w in item.terms if len(w) >= 6}
    for s in sorted(sit.sentences, key=lambda s: s.order, reverse=True):
        if s.order < item.order - 1 or not telling & terms_of(s.text):
            continue
        labelled = s.speaker == "partner" or bool(re.match(r"[-*•\s]*[A-Z][a-z]+:\s*[\"“]", one_line(s.text)))
        words = spoken_words(s.text) if labelled else ""
        if is_praise(words) or _NARRATED.match(words):
            continue  # praise is answered by no date; a line about them ("Ravi invited me ...") is not their words
        if words and telling & terms_of(words) and s.text != item.quote and not fragment(f"“{words}”"):
            return s.date, words
    return None


def offer_line(item: Item, due: dt.date, same_day: int = 1, proven: bool = False, blocked: bool = False) -> str:
    """One line per offer: named in their terms and answered as the quadrant needs (lead_replies.py); else their words, or,
    told in our note, thanks for the offer(s) of that day (never a phrase re-voiced), with the same kind of answer."""
    named = offer_reply(item, due, proven, blocked) if same_day == 1 else ""
    if named:
        return named
    words = their_words(item)
    count = {2: "two offers", 3: "three offers"}.get(same_day, "offer")
    seat = offered_seat(item.quote) if same_day == 1 else ""  # "which offer?": the place it offers, named as a checked noun phrase
    said = (f"{on_start(item.date)} you offered: {quoted(words)} Thank you" if words
            else f"Thank you for your {count} of {when(item.date)}" + (f" (a place at {seat})" if seat else ""))
    if blocked:
        return f"{said}. I can't say yes today: my answer, with what we can do, comes by {when(due)}."
    if proven:
        return f"{said}: yes. I'll confirm the next step by {when(due)}."
    return f"{said}: yes in principle. By {when(due)} you'll have what we can commit to, with one owner."


def our_promise(item: Item) -> str:
    """Our own promise, in our own words: 'we promised “a supplier scorecard by 30 November”' ('' when none fits)."""
    comp = re.sub(r"\s+", " ", item.complement).strip(" ,.;:|—–-")  # "—": an empty cell of the notes' table, no words
    comp = re.sub(r"\s*\((?:kept|done|delivered|closed|open|late)\)$", "", comp, flags=re.IGNORECASE)  # a status mark of the notes, never our words
    if not re.search(r"[^\W\d_]{2,}", comp) or _THIRD_PERSON.search(comp) or len(comp.split()) > 25 or item.source == "ledger":
        return ""
    verb = item.verb.lower().rstrip(" :-–")  # "Promised: a pilot on ward 7 by April"
    if OWN_NOTE_PROMISE.search(item.quote):  # the CIO's private note: never "we said"
        return f"my note of {when(item.date)} says I would “{comp}”"
    if re.match(r"\s*(?:[-*•]\s*)?(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\s*[:-]?\s*)?(?:promised|committed)\s*:", item.quote, re.IGNORECASE):
        return f"we promised “{comp}”"  # "Promised: a pilot on ward 7 by end of April": the note's own label
    if re.search(r"\b(?:promised|committed)$", verb) and not comp.lower().startswith("to "):
        return f"we promised “{comp}”"
    if re.search(r"\b(?:will|'ll|would|'d|shall|promised to|committed to|agreed to)$", verb):
        return f"we said we would “{comp}”"
    if verb == "agreed" and item.quote.lstrip().startswith("|"):  # an action-table row of ours
        return f"we agreed “{comp}”" + (f" for {when(item.due)}" if item.due else "")
    return ""


def broken_line(item: Item, new: dt.date, chased: bool) -> str:
    promised = our_promise(item)
    head = f"{on_start(item.date)} {promised}, and we did not keep it" if promised else f"We did not keep the promise we made {on_day(item.date)}"
    if item.slipped_again:
        head += ", then missed the new date too"
    chase = " You should not have had to chase it." if chased else ""
    return f"{head}. That is ours.{chase} A firm date and one owner by {when(new)}."


def report_line(item: Item, new: dt.date) -> str:
    if item.source == "ledger":
        return f"I promised you “{item.complement}” by {when(item.due)}, and we are late: you will have it by {when(new)}."
    promised = our_promise(item)
    due = f", due {when(item.due)}" if item.due else ""
    head = (promised[:1].upper() + promised[1:] if promised.startswith("my note") else f"{on_start(item.date)} {promised}") if promised else f"Our promise{' of ' + when(item.date) if item.date else ''}{due}, is {'past its date' if item.status == 'overdue' else 'open'}"
    return f"{head}. Did it reach you, and was it what you needed?"


_SAYS_OURS = re.compile(r"\b(?:was|were) ours\b|\bon us\b", re.IGNORECASE)


def _habit_asked(sit: Situation, item: Item) -> str:
    """A habit they asked for that we stopped ("asked for a written status every Friday" / "We sent two, then stopped"): the
    line names their ask and its day, never the day of our last report."""
    if item.miss_kind != "lapse":
        return ""
    ask = next((i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.note_ref == item.note_ref
                and 0 < item.order - i.order <= 2 and i.complement), None)
    thing = re.sub(r"^(?:for|to have|to get)\s+", "", one_line(ask.complement).rstrip(" .")) if ask else ""
    if not ask or not thing or fragment(thing) or len(thing.split()) > 16:
        return ""
    return f"You asked for {thing}, and we stopped. That was ours."  # the ask's own day may differ from its note's


def miss_line(sit: Situation, item: Item, due: dt.date, names: list[str] | None = None) -> str:
    """A miss the notes show was ours and weighs on them: their own words if they said it, else the date."""
    others = {m.order for m in sit.items if m.kind in ("miss", "noted_miss") and m is not item}  # another miss's line is not about this one
    theirs = [s for s in neighbours(sit, item, before=1, after=1) if s.speaker == "partner" and s.order not in others]
    theirs.sort(key=lambda s: (s.order != item.order, s.order < item.order))  # its own line, then the complaint after it, then before
    words = spoken_words(theirs[0].text) if theirs else ""
    ours = [s for s in sit.sentences if s.order == item.order and s.speaker in ("narrator", "us")]
    own = note_words(item) if ours and not item.spoken else ""
    habit = _habit_asked(sit, item)
    if habit:
        said = habit
    elif words:
        said = f"{on_start(item.date)} you told me: {quoted(words)} That was ours."
    elif own and len(own.split()) <= 16 and re.search(r"\b(?:our|we)\b", own, re.IGNORECASE):
        spoken = said_to_partner(own, names or [])  # our own note, said to them: never read aloud as a quotation
        said = (spoken if _SAYS_OURS.search(spoken) else f"{spoken.rstrip('.')}. That was ours.") if spoken else f"The problem {on_day(event_day(sit, item))} was ours."
    elif item.spoken:
        said = f"The problem you raised {on_day(item.date)} was ours."
    else:
        said = f"The problem {on_day(event_day(sit, item))} was ours."  # our own note told it: she did not raise it that day
    shared = held_shared(sit, item) is not None or cio_owns(sit, item) == "shared"  # both sides' doing: we own our part, whose cause the notes tell
    said = re.sub(r"\bwas ours\.", "was partly ours.", said) if shared else said
    if cause_known(sit, item) or habit or why_on_record(sit, item) or shared:  # the notes say why it happened, or the review went: no root cause to promise again
        return f"{said} I am sorry. What we changed, and its owner, to you by {when(due)}."
    return f"{said} I am sorry. Root cause and one owner to you by {when(due)}."


def goal_line(sit: Situation, known: bool) -> str:
    """The partner's own goal, quoted with its date, then one fixed question ('' when no goal is in their words)."""
    for goal in sit.goals:
        words = spoken_words(goal.quote) if goal.spoken else ""
        if words and goal.text[:12] in words:
            ask = "I would like to agree one step towards it today." if known else "What would help most with that?"
            return f"{on_start(goal.date)} you said: {quoted(words)} {ask}"
    return ""


def miss_record(sit: Situation, item: Item, first: str) -> str:
    """One line for the competence section: the note's words and whether the plan may own it, and why not."""
    words = note_words(item)
    noted = f"(noted {on_day(item.date)})" + (f": {quoted(words)}" if words else ".")
    if ownable(sit, item):
        check = "the fix and its owner" if cause_known(sit, item) else "the root cause and the fix date"
        return f"{'Partly ours' if cio_owns(sit, item) == 'shared' else 'Ours'} to own {noted} Before the meeting, confirm {check}."
    if item.owner == "us" and (ours_on_record(sit, item) or cause_told(sit, item) == "us"):  # "cause not recorded" only where no line gives one
        why = "A later note says it is settled" if settled_later(sit, item) else "No complaint from them is on record"
        return f"Ours {noted} {why}: leave it unless {first} raises it."
    if item.owner == "third_party":
        return f"A third party's, not ours {noted} Not ours to own; ask what would help {first}'s team."
    if item.owner == "partner":
        return f"From {first}'s side ({when(item.date)}): leave it; help if asked."
    return f"Cause not recorded {noted} Check before owning it."


_ACTION = re.compile(r"\b(?:I|we|he|she|they|promised|agreed|will)\b", re.IGNORECASE)


def kept_line(sit: Situation, today: dt.date) -> str:
    """A quarterly review names the newest promise of the last four months that a later note shows kept, when the
    promise is an action-table row ("Scanner roll-out to Split depot"): a phrase the CIO can say back as it stands."""
    kept = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status == "done" and i.done_quote and i.date
            and (today - i.date).days <= 120 and i.quote.lstrip().startswith("|") and 0 < len(i.complement.split()) <= 8
            and not _ACTION.search(i.complement)]
    if not kept:
        return ""
    item = kept[-1]
    due = f", due {when(item.due)}," if item.due else ""
    return f"Here is what we promised last quarter, and what we kept: “{item.complement.strip().rstrip('.')}”{due} is done."
