"""An ask or promise closed by what a later entry says of the same thing, in other words than the delivery lists know.

- Its own action in the past tense: "migrate the flags into the claims system" ... "flags migrated on the 22nd".
- Its entry's topic: an ask whose own words are vague ("she wants it made compliant") but whose entry goes on to name
  the thing ("she'd like a written answer on retention periods by 30 November") is closed by a later delivery of that
  thing ("Sent the retention-period memo"), when the entry holds that one open ask and no other item fits the line.
- Our kept promise in the same entry: an ask and, later in the same entry, our one promise on its topic ("She asked what
  IT costs her function ... I promised the IT cost by 23 October"): kept, it answers the ask.
Each needs positive evidence about the same thing; where two items fit, neither is closed.
"""

from __future__ import annotations

import re

from assistant.perception.cio_lines import PLANNING
from assistant.planning.delivery_words import delivers, linked, own_verb_done, words_of
from assistant.planning.item_timeline import open_items
from assistant.planning.situation_types import Item, Sentence, Situation


def review(sit: Situation) -> None:
    sit.items = [i for i in sit.items if not (i.kind == "request" and i.owner == "partner" and PLANNING.search(i.quote))]
    by_own_verb(sit)
    by_target_met(sit)
    by_subject_delivered(sit)
    by_saving(sit)
    yes_to_a_role(sit)
    by_entry_topic(sit)
    by_kept_promise(sit)
    by_own_line_result(sit)


# Only part of it there: "four stations done; the other two need another week", "the rest by Friday".
_PARTIAL = re.compile(r"\b(?:the rest|remaining|the other \w+|need(?:s)? (?:another|more|a further)|still (?:need|to come|missing|open)|not yet|pending|"
                      r"partly|partially|half)\b", re.IGNORECASE)


def _close(item: Item, s: Sentence) -> None:
    if _PARTIAL.search(s.text):
        return  # part of it is no delivery
    item.status, item.done_quote, item.done_on = "done", s.text, s.date


def _later(sit: Situation, item: Item) -> list[Sentence]:
    """Lines of later entries (another note, a later day) than the item's."""
    return [s for s in sit.sentences if s.order > item.order and s.note.ref != item.note_ref
            and (item.date is None or s.date is None or s.date > item.date)]


def by_own_verb(sit: Situation) -> None:
    """A later line reporting the item's own action done on its own thing closes it, when it fits no other open item."""
    items = open_items(sit)
    for item in items:
        ask = item.complement or item.quote
        hit = next((s for s in _later(sit, item) if own_verb_done(ask, s.text)), None)
        if hit is None:
            continue
        rivals = [o for o in items if o is not item and o.status != "done" and len(linked(f"{o.complement} {o.quote}", hit.text)) >= 2]
        if not rivals:
            _close(item, hit)


# A measured promise ("page opens in under 4 seconds by end of May") reported reached: "now 2 seconds since 12 May".
_REACHED = re.compile(r"\b(?:(?:down|up|cut|brought) to|now (?:at|under|below|above|over)|reached|hit|at) (?:about |around |just )?\d[\d.,]*\s*(?P<unit>%|[a-z]+)", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:under|below|above|over|to|at least|at most|less than|more than)\s+\d[\d.,]*\s*(?P<unit>%|[a-z]+)", re.IGNORECASE)


def by_target_met(sit: Situation) -> None:
    """Our promise of a measured target, reported reached in the same unit by a later line on the same thing."""
    for item in [i for i in open_items(sit) if i.kind == "promise"]:
        target = _TARGET.search(item.complement or item.quote)
        if target is None:
            continue
        unit = target.group("unit").lower().rstrip("s")
        for s in _later(sit, item):
            got = _REACHED.search(s.text)
            if got and got.group("unit").lower().rstrip("s") == unit and len(linked(item.complement, s.text)) >= 2 and not delivers_not(s.text):
                _close(item, s)
                break


def delivers_not(text: str) -> bool:
    """A line that says the target was not reached, or asks."""
    return "?" in text or re.search(r"\b(?:not|never|only|still|yet|missed|failed)\b", text, re.IGNORECASE) is not None


# A delivery whose subject is the thing: "all 40 phones delivered and activated", "phones landed", "Delivered on the 14th" after "Q: Laptops?".
_SUBJECT_DONE = re.compile(r"(?P<subj>[A-Za-z][\w-]{3,})\s+(?:(?:were|was|have been|has been|are|is|all|now)\s+)*(?:delivered|landed|arrived|installed|"
                           r"migrated|shipped|sent|handed over|set up|went live|rolled out|in place|live)\b", re.IGNORECASE)
# The thing as the line's first word, a few words before its delivery: "Kiosk pilot at the north depot went live on the 1st".
_LEAD_SUBJECT = re.compile(r"^\W*(?P<subj>[A-Za-z][\w-]{3,})\b(?:\s+[\w-]+){0,4}?\s+(?:went live|(?:is|are) live|live since|(?:was|were) (?:delivered|installed|shipped)|arrived|landed|rolled out)\b",
                           re.IGNORECASE)
_ASKED_ABOUT = re.compile(r"^\W*(?:Q\s*[:.]\s*)?(?P<thing>[A-Za-z][\w -]{2,40})\?\s*$")


def _names(ask: str, word: str) -> bool:
    """The ask names the thing: the same word, singular or plural, or a compound that ends in it ("iPhones" ~ "phones")."""
    word = word.lower().rstrip("s")
    return len(word) >= 4 and any(w.rstrip("s") == word or (len(word) >= 5 and w.rstrip("s").endswith(word))
                                  for w in re.findall(r"[a-z][a-z-]+", ask.lower()))


def by_subject_delivered(sit: Situation) -> None:
    """A later line that reports the thing itself delivered (its subject, or the question it answers: "Q: Laptops?" /
    "A: Delivered on the 14th") closes the one open ask that names that thing."""
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]
    for s in sit.sentences:
        if not delivers(s):
            continue
        words = [m.group("subj") for m in _SUBJECT_DONE.finditer(s.text)]
        words += [m.group("subj") for m in [_LEAD_SUBJECT.match(s.text)] if m]
        at = s.note.text.find(s.text)
        before = s.note.text[:at].rstrip().rsplit("\n", 1)[-1] if at > 0 else ""  # the line above, however short ("Q: Laptops?")
        if m := _ASKED_ABOUT.match(before):
            words += m.group("thing").split()
        for word in words:
            fits = [a for a in asks if a.status == "open" and a.order < s.order and _names(f"{a.complement} {a.quote}", word)]
            if len(fits) == 1:
                _close(fits[0], s)


# An ask to cut a cost ("trim what we pay for the printer fleet"), met by a later line that reports the saving on
# the same thing ("Printer contract re-tendered: saved 18% a year").
_CUT_ASK = re.compile(r"\b(?:cut|reduce|lower|bring down|trim)\b", re.IGNORECASE)
_SAVED = re.compile(r"\b(?:saved|saving of|cut|reduced|lowered|trimmed|down)\b[^.;]{0,30}?(?:[$€£]\s?\d|\d[\d,.]*\s?(?:%|k\b|m\b|per ?cent))", re.IGNORECASE)
_COST_WORDS = {"cost", "costs", "price", "prices", "contract", "spend", "bill", "budget", "year", "annual"}


def by_saving(sit: Situation) -> None:
    """The one open ask to cut a cost, whose thing a later line reports the saving on."""
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open" and _CUT_ASK.search(i.complement)]
    for item in asks:
        for s in _later(sit, item):
            if not _SAVED.search(s.text) or "?" in s.text or cue_not_done(s.text):
                continue
            if _shared(item.complement, s.text) - _COST_WORDS and sum(1 for a in asks if _shared(a.complement, s.text) - _COST_WORDS) == 1:
                _close(item, s)
                break


def cue_not_done(text: str) -> bool:
    return bool(re.search(r"\b(?:would|could|might|will|plan to|aim to|target|if)\b", text, re.IGNORECASE))


# A role or seat asked of us, taken on the spot: "Asked me to co-chair a working group with Mark. Said yes."
_ROLE = re.compile(r"\b(?:co-?chair|chair|host|co-?host|join|sit on|be on|mentor|sponsor|co-?lead|lead)\b", re.IGNORECASE)
_YES = re.compile(r"^\W*(?:(?:I\s+)?said yes|(?:I\s+)?agreed|(?:I\s+)?accepted|yes\b)", re.IGNORECASE)


def yes_to_a_role(sit: Situation) -> None:
    """A role asked of us that the CIO's next line of the same note took: answered, not open."""
    notes = {s.note.ref: s.note for s in sit.sentences}
    for item in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open" and _ROLE.search(i.complement)]:
        note = notes.get(item.note_ref)
        at = note.text.find(item.quote) if note else -1
        if note is None or at < 0:
            continue
        nxt = re.split(r"(?<=[.!?])\s+|\n", note.text[at + len(item.quote):].strip(), maxsplit=1)[0]  # "Said yes.", however short
        if _YES.match(nxt) and not re.search(r"\b(?:but|if|later|think|maybe|check)\b", nxt, re.IGNORECASE):
            item.status, item.done_quote, item.done_on = "done", nxt, item.date


def _entry(sit: Situation, item: Item) -> list[Sentence]:
    return [s for s in sit.sentences if s.note.ref == item.note_ref]


def by_entry_topic(sit: Situation) -> None:
    """A later delivery that names a line of an earlier entry, not its one open ask's own line, closes that ask."""
    items = open_items(sit)
    taken = {i.order for i in sit.items}
    for item in [i for i in items if i.kind == "request"]:
        entry = _entry(sit, item)
        if sum(1 for o in items if o.note_ref == item.note_ref and o.status != "done") != 1:
            continue
        context = [s for s in entry if s.order > item.order and s.order not in taken and s.speaker != "other" and "?" not in s.text]
        for s in _later(sit, item):
            if not delivers(s) or linked(f"{item.complement} {item.quote}", s.text) or _PARTIAL.search(s.text):
                continue  # an ask whose own words name the line is read by its own words (item_status), never by its entry
            if not any(len(linked(c.text, s.text)) >= 2 or len(_shared(c.text, s.text)) >= 2 for c in context):
                continue
            if any(o is not item and len(linked(f"{o.complement} {o.quote}", s.text)) >= 2 for o in sit.items if o.kind in ("request", "promise")):
                break  # the line is about another item
            _close(item, s)
            break


def _shared(a: str, b: str) -> set[str]:
    """Content words two lines share, singular or plural ("loan scans" ~ "scan-retention note")."""
    def norm(text: str) -> set[str]:
        return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words_of(text)}
    return norm(a) & norm(b)


def by_kept_promise(sit: Situation) -> None:
    """The one open ask of an entry, answered later in that entry by our one promise on its topic, which was kept."""
    for item in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]:
        asks = [o for o in sit.items if o.kind == "request" and o.owner == "partner" and o.note_ref == item.note_ref]
        ours = [o for o in sit.items if o.kind in ("promise", "late_promise") and o.owner == "us" and o.note_ref == item.note_ref and o.order > item.order]
        if len(asks) != 1 or len(ours) != 1 or ours[0].status != "done" or not ours[0].done_quote:
            continue
        if linked(f"{item.complement} {item.quote}", f"{ours[0].complement} {ours[0].quote}"):
            item.status, item.done_quote, item.done_on = "done", ours[0].done_quote, ours[0].done_on


# The ask's own line already tells the result: "Asked us to claim credits from the vendor (we got 20%)", "asked me to
# thank the desk lead, which I did", "Wants the list - done 3 May".
_OWN_RESULT = re.compile(r"\((?:we|I) (?:got|did|sent|delivered|secured|won|agreed)\b[^)]*\)|,? which (?:I|we) (?:did|have done|sent|delivered)\b|"
                         r"(?:[-–—;(]|\bthen)\s*(?:done|sent|delivered|settled)\b(?!\s+by\b)", re.IGNORECASE)


def by_own_line_result(sit: Situation) -> None:
    """An open ask whose own line goes on to say it was done."""
    for item in [i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.status == "open"]:
        match = _OWN_RESULT.search(item.quote)
        if match and not _PARTIAL.search(item.quote[match.start():]) and not re.search(r"\b(?:not|never|yet)\b", item.quote[match.start():], re.IGNORECASE):
            item.status, item.done_quote, item.done_on = "done", item.quote, item.date


# Progress or delivery said without a delivery verb: "has been stable since 11 December", "now works", "now takes the feed".
_PROGRESS = re.compile(r"\b(?:(?:has been|is|are|have been) (?:stable|running|working|in use|fine)|stable since|running since|in use since|"
                       r"now (?:works?|runs?|takes|shows|feeds|agrees?|talks?)|works now|finally (?:agree|work|run)\w*|up and running)\b", re.IGNORECASE)


def progress_since(sit: Situation) -> None:
    """Our open promise that a later entry speaks of, on its topic (its own words and the line after it in its entry), as
    working or delivered: its status is unsure, so no line may call it open or still owed (item.unclear_quote)."""
    for item in [i for i in open_items(sit) if i.kind == "promise" and not i.unclear_quote and i.order >= 0]:
        nxt = [s.text for s in sit.sentences if s.note.ref == item.note_ref and s.order == item.order + 1]
        topic = " ".join([item.complement or item.quote, *nxt])
        for s in _later(sit, item):
            if "?" in s.text or _PARTIAL.search(s.text) or not (_PROGRESS.search(s.text) or delivers(s)):
                continue
            if item.broken_quote and (item.broken_on is None or s.date is None or s.date <= item.broken_on):
                continue  # reported missed, and nothing since says otherwise
            stems = {w for w in linked(topic, s.text) if not w.startswith("kind:")}  # the same words, not a kind of thing ("data" ~ "report")
            if len(stems) >= 2 and item.broken_quote:
                item.kind, item.status, item.done_quote, item.done_on = "late_promise", "done", s.text, s.date  # missed, then working: kept late
                break
            if len(stems) >= 2:
                item.unclear_quote = s.text
