"""What is open between us and the partner: typed items extracted from the notes and the promise ledger.

Every item carries a verbatim quote (a note's exact words, or the ledger entry) and a date; the planner never pastes a noun phrase into a sentence whose meaning the item does not support.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from assistant.planning import answered_asks, item_status, item_timeline, miss_status, our_promises, promise_delivery
from assistant.planning import situation_cues as cue
from assistant.planning import situation_round2 as r2
from assistant.planning import situation_round3 as r3
from assistant.planning import situation_round6 as r6
from assistant.planning import situation_round7 as r7
from assistant.planning import situation_round8 as r8
from assistant.planning.chat_turns import turns
from assistant.planning.confidential import confided
from assistant.planning.due_dates import ask_due, due_date
from assistant.planning.entry_voice import in_their_voice, other_voice
from assistant.planning.handling_asks import courtesy_ask, private_favour
from assistant.planning.ledger_items import ledger_items
from assistant.planning.miss_events import forgives
from assistant.planning.not_open import drop_not_open
from assistant.planning.note_reading import (
    Partner,
    about_partner,
    about_us,
    speaker_at,
    speaker_ranges,
    strip_label,
    without_asides,
)
from assistant.planning.other_subject import our_side_subject, roster_team
from assistant.planning.ownership import HYPOTHETICAL, owned_misses
from assistant.planning.partner_acts import reopen_misclosed, speech_act_items
from assistant.planning.partner_pronoun import pronoun_of
from assistant.planning.situation_extras import _named, find_avoid, find_goals, find_people, table_promises
from assistant.planning.situation_types import STOP as STOP  # re-exported: callers import them from here
from assistant.planning.situation_types import AvoidTopic as AvoidTopic
from assistant.planning.situation_types import Goal as Goal
from assistant.planning.situation_types import Item as Item
from assistant.planning.situation_types import Person as Person
from assistant.planning.situation_types import Sentence as Sentence
from assistant.planning.situation_types import Situation as Situation
from assistant.planning.situation_types import terms_of as terms_of
from assistant.planning.spoken_guard import whole_dates
from assistant.planning.voiced_asks import partner_voices, voiced_requests
from assistant.planning.whose_ask import asked_someone_else, not_theirs
from assistant.schema import NoteText
from assistant.text.injection import looks_like_injection, overlaps, tainted_ranges
from assistant.text.sentences import one_line, sentence_spans

if TYPE_CHECKING:
    from assistant.planning.inputs import LedgerItem

def read_sentences(notes: list[NoteText], partner: Partner) -> list[Sentence]:
    out: list[Sentence] = []
    ordered = sorted(notes, key=lambda n: (n.date or dt.date.min))
    for note in ordered:
        ranges = speaker_ranges(note.text, partner)
        tainted = tainted_ranges(note.text)
        for span in sentence_spans(note.text, min_words=3):
            if looks_like_injection(span.text) or overlaps(tainted, span.start, span.end):
                continue
            text, cut = r3.without_header_lines(span.text)  # "From: ...\nSubject: ...\nFriday's run went out late."
            for at, turn in without_asides(turns(text) if text else []):  # chat lines with no full stop: one turn at a time
                out.append(Sentence(turn, note, speaker_at(ranges, span.start + cut + at), len(out)))
    return out


def build_situation(
    notes: list[NoteText], partner_name: str | None, ledger: list[LedgerItem] | None = None, today: dt.date | None = None
) -> Situation:
    today = today or dt.date.today()
    partner = Partner(Partner.from_name(partner_name).names, pronoun_of(n.text for n in notes))  # "she" in his notes is someone else
    sentences = partner_voices(in_their_voice(read_sentences(notes, partner), partner), partner)  # a deputy's e-mail is theirs; hers is hers
    sit = Situation(sentences=sentences, last_note=max((n.date for n in notes if n.date), default=None), meeting_day=today,
                    notes=sorted(notes, key=lambda n: (n.date or dt.date.min)), partner_names=partner.names, partner_pronoun=partner.pronoun)
    ours, team = our_promises.our_people(notes, partner), roster_team([n.text for n in notes])  # "Dami (our architect)", roster initials: ours
    replies = our_promises.speaking_for_us(sentences, partner)  # another voice answering the partner: ours
    for s, mine in ((s, replies.get(s.order, s)) for s in sentences):
        sit.items += _requests_and_offers(s, partner) + (_promises(mine, partner, team) or our_promises.more_promises(mine, partner, ours)) + _misses(s, partner)
    sit.items += table_promises(notes, partner) + answered_asks.asks_in_answers(sit) + speech_act_items(sentences, partner, sit.items)  # and "Read access."; acts
    sit.items = voiced_requests(sit.items, sentences, partner)  # her dated asks in her own voice; no courtesy as an ask
    _due_next_meeting(sit, [n.date for n in notes if n.date])
    r7.borrow_asked_thing(sit.items)
    _settle(sit, today)
    for item in [i for i in sit.items if i.kind == "promise" and i.order == -1 and i.status != "done"]:  # action-table rows
        if r3.closed_in_later_notes(item.terms, item.date, [(n.date, n.text) for n in notes], cue.DONE_REQUEST):
            item.status = "done"
    sit.items += ledger_items(ledger or [], today, sit.items)
    sit.goals = find_goals(sentences, partner)
    sit.people = find_people(sentences, partner)
    sit.avoid = find_avoid(sit, partner_name)
    sit.vocabulary = _vocabulary(sentences, sit.goals, partner)
    sit.owned = owned_misses(sit)
    sit.items = [i for i in sit.items if not (not_theirs(i, partner) or other_voice(i, notes, partner))]  # asks put to others, someone else's
    item_status.review(sit, today)  # asks delivered in other words are closed; old, unmentioned ones are stale
    reopen_misclosed(sit.items, sit.sentences)  # closed by a line whose done word is another thing's ("..., but the date is fixed")
    promise_delivery.settle_ours(sit)  # our promise delivered in its own words; delivered after its date: kept late
    item_timeline.unclear_promises(sit)  # spoken of later, neither done nor not: no line claims its status
    sit.owned = [i for i in sit.owned if i in owned_misses(sit)]  # a slip whose thing was delivered since heals (miss_weight)
    sit.items = [i for i in sit.items if not (i.kind in ("request", "offer") and (r8.wholly_private(i.quote) or private_favour(i, sit.sentences) or courtesy_ask(i)) or confided(sit.confidences, i.kind, i.quote))]  # nor one told in confidence
    drop_not_open(sit)  # no open item stands behind it (not_open.py)
    return sit


def _item(kind: str, owner: str, s: Sentence, match: re.Match[str] | None, spoken: bool) -> Item:
    comp = match.group("comp") if match else ""
    comp = re.split(r",\s*(?:I|we|then|and I|and we)\b|\s+(?:and|so) I(?:'ll| will)\b", comp)[0] if kind == "request" else comp
    comp = whole_dates(comp.strip(" ,:;\"“”"), s.text)  # "by 11.12" is never cut to "by 11"
    verb = match.group("verb") if match else ""
    due, _ = (ask_due if kind == "request" else due_date)(comp, s.date, s.date_order)
    return Item(kind, owner, "open", s.text, s.date, s.note.ref, verb, comp, spoken, due, order=s.order, terms=r7.item_terms(comp, s.text),
                date_order=s.date_order)


def _requests_and_offers(s: Sentence, partner: Partner) -> list[Item]:
    text = one_line(strip_label(s.text))
    out: list[Item] = []
    if r2.own_line_not_theirs(s.speaker, text):
        return out  # "CIO: We could lend you an engineer" is our offer, never theirs
    if s.speaker == "partner":
        for pattern, kind in ((cue.REQUEST_SPOKEN, "request"), (cue.OFFER_SPOKEN, "offer"), (cue.OFFER_WOULD, "offer")):
            match = pattern.search(text)
            if match and len(match.group("comp").split()) >= 2 and kind not in {i.kind for i in out}:
                out.append(_item(kind, "partner", s, match, True))
        for pattern, kind in ((cue.REQUEST_NARRATED, "request"), (cue.OFFER_NARRATED, "offer")):
            match = pattern.search(text)  # "Olga asked us to ..." after a line labelled "Olga:" is narration about her
            if match and pattern is cue.REQUEST_NARRATED and item_timeline.back_reference(text, match.start("verb")):
                continue  # "the board he asked for in June": an earlier ask named again, no new one
            if not out and match and _named(text[: match.start()], partner) and len(match.group("comp").split()) >= 2:
                out.append(_item(kind, "partner", s, match, False))
        return out
    if s.speaker not in ("narrator", "us") or r8.cio_sentence(s):
        return out  # "My read: she would like ..., but she has not asked": the CIO's view, no ask of hers
    for pattern, kind in ((cue.REQUEST_NARRATED, "request"), (cue.OFFER_NARRATED, "offer"), (cue.OFFER_WOULD, "offer"), (cue.WANT_DIRECTED, "request"),
                          (r3.WOULD_LIKE, "request"), (r6.WANT_THING, "request")):
        if s.speaker == "us" and pattern in (cue.WANT_DIRECTED, r6.WANT_THING, r3.WOULD_LIKE, cue.OFFER_WOULD):
            continue  # our own message saying what she wants is our reading of her, not her ask ("Short version: she wants us in ...")
        match = pattern.search(text)
        if match and pattern in (cue.WANT_DIRECTED, r6.WANT_THING) and r2.is_outcome_goal(match.group("comp")):
            continue  # "wants pick rates up 8% by October": their goal, not a deliverable asked of us
        if match and pattern is cue.REQUEST_NARRATED and item_timeline.back_reference(text, match.start("verb")):
            continue  # "That's the thing he asked for in March": an earlier ask named again (item_timeline closes it)
        if match and pattern is cue.REQUEST_NARRATED and (NOT_THEIR_ASK.match(match.group("comp")) or asked_someone_else(text, match.start(), match.group("comp"), partner.names)):
            continue  # "Asked her about the one-pager", "Asked Tomasz to ...": the CIO asked; "asked nothing about ...": no ask at all
        if match and about_partner(text[: match.start()], partner) and len(match.group("comp").split()) >= 2:
            out.append(_item(kind, "partner", s, match, False))
            return out
    # A quotation inside narration, attributed to the partner ("Can you ...?" she asked).
    quoted = re.search(r"[\"“]([^\"”]{8,})[\"”]", text)
    if quoted and (_quote_is_partner(text, quoted, partner) or r3.labelled_quote(one_line(s.text).split(quoted.group(0))[0], partner)):
        for pattern, kind in ((cue.REQUEST_SPOKEN, "request"), (cue.OFFER_SPOKEN, "offer"), (cue.OFFER_WOULD, "offer"), (r3.NEEDS_GAP, "request")):
            match = pattern.search(quoted.group(1))
            if match and len(match.group("comp").split()) >= 2:
                out.append(_item(kind, "partner", s, match, True))
                break
    return out


# After "asked": the partner as the one asked (so the narrator asked), or nothing asked at all.
NOT_THEIR_ASK = re.compile(r"(?:her|him|them)\s+(?:about|for|to|whether|if|what|when|how|why)\b|(?:nothing|nobody|no one|none|no questions?)\b", re.I)


def _due_next_meeting(sit: Situation, dates: list[dt.date]) -> None:
    """Our promise 'before the next meeting' fell due on the date of the next note."""
    for item in sit.items:
        if item.kind == "promise" and item.due is None and r3.NEXT_MEETING.search(item.complement):
            item.due = r3.next_meeting_after(item.date, dates)


def _quote_is_partner(text: str, quoted: re.Match[str], partner: Partner) -> bool:
    before, after = text[: quoted.start()], text[quoted.end() :]
    said = r"\b(?:said|says|asked|asks|wrote|writes|replied|told|added|put it)\b"
    return (re.search(said, before) is not None and about_partner(before[: re.search(said, before).start()], partner)) or (  # type: ignore[union-attr]
        re.match(rf"\s*,?\s*(?:{'|'.join(re.escape(n) for n in partner.names) or 'x^'}|he|she|they)\s+{said}", after, re.IGNORECASE) is not None
    )


def _promises(s: Sentence, partner: Partner, team: frozenset[str] = frozenset()) -> list[Item]:
    text = one_line(strip_label(s.text))
    if s.speaker in ("narrator", "us"):
        own = r3.own_note_promise(text)
        if own:  # "which I'll send to Fiona": our promise, never words spoken to the partner
            return [Item("promise", "us", "open", s.text, s.date, s.note.ref, own[0], own[1], False, order=s.order, terms=terms_of(own[2]), date_order=s.date_order)]
        match = cue.PROMISE_US.search(text)
        opens_clause = re.search(r"(?:^|[;:]\s*)$", text[: match.start()]) is not None if match else False  # "We said we would ..."
        if match and (about_us(text[: match.end("verb")]) or s.speaker == "us" or "'s team" in match.group("verb") or opens_clause):
            item = _item("promise", "us", s, match, s.speaker == "us")
            if item.due or r3.NEXT_MEETING.search(item.complement) or re.search(r"promised|committed|agreed", match.group("verb"), re.IGNORECASE):
                return [item]
        reported = r2.PROMISE_REPORTED.search(text)
        if reported:
            return [_item("promise", "us", s, reported, False)]
        match = cue.PROMISE_PARTNER.search(text)
        if match and ((ours := our_side_subject(text[: match.start()], team)) or about_partner(text[: match.start()], partner)):
            return [_item("promise", "us" if ours else "partner", s, match, False)]  # "RP undertook to ...": RP is ours in the roster
    return []


def _misses(s: Sentence, partner: Partner) -> list[Item]:
    text = one_line(strip_label(s.text))
    match = next((m for m in cue.MISS.finditer(text) if not r8.ATTRIBUTIVE.match(text, m.end())), None)
    if not match:
        return []  # "the outage map held up": a miss word naming a tool, not a miss
    if re.search(r"(?:miss|oversight|mistake)$", match.group(0), re.IGNORECASE) and len(text.split()) < 8:
        return []  # "Our change, our miss.": a label on the miss told just before, no event of its own
    healed = cue.FORGIVEN.search(text) is not None  # "the export failure ... she said it's water under the bridge"
    if r2.negated(text, match.group(0)):
        return []  # "nothing was late", "none of the releases failed", "no outage this quarter"
    if HYPOTHETICAL.search(text[: match.start()]):
        return []  # "If the migration slips past February ...": a worry, not a miss
    spoken = s.speaker == "partner" or bool(re.search(r"[\"“][^\"”]*" + re.escape(match.group(0)), text))
    quoted = " ".join(re.findall(r"[\"“]([^\"”]+)[\"”]", text)) if s.speaker != "partner" else text
    if s.speaker in ("narrator", "us") and r2.US_CAUSED.search(text) and not cue.DISCLAIMER.search(text):
        owner = "us"  # "we slipped on the supplier portal": ours, whatever third party is named
    elif s.speaker == "partner" and r8.we_did(text, match.group(0)) and not cue.THIRD_PARTY.search(cue.DISCLAIMER.sub("", text)):
        owner = "partner"  # "We missed the audit deadline ourselves, nothing to do with you": their side, not a third party
    elif cue.THIRD_PARTY.search(text):
        owner = "third_party"
    elif cue.PARTNER_SIDE.search(text) or cue.PARTNER_SIDE_SPOKEN.search(quoted) or _partner_team(text, partner):
        owner = "partner"
    elif s.speaker == "partner" and r8.we_did(text, match.group(0)):
        owner = "partner"  # the partner saying "we missed two renewals" speaks of their own team
    elif cue.OURS.search(text) or s.speaker == "partner" or (cue.UPSET.search(text) and about_partner(text[: cue.UPSET.search(text).start()], partner)):  # type: ignore[union-attr]
        owner = "us"
    else:
        owner = "unclear"
    item = Item("miss", owner, "open", s.text, s.date, s.note.ref, match.group(0), "", spoken, order=s.order, terms=terms_of(text), date_order=s.date_order)
    item.miss_kind = _miss_kind(match.group(0))
    if healed:
        item.status, item.forgiven_quote, item.forgiven_on = "done", s.text, s.date
    return [item]


def _partner_team(text: str, partner: Partner) -> bool:
    """"Dev's team changed the requirements late": the partner's own side caused it."""
    names = "|".join(re.escape(n) for n in partner.names if " " not in n) or "x^"
    return bool(re.search(rf"\b(?:{names})(?:'s|’s) (?:team|people|side|department|staff)\b", text, re.IGNORECASE))


def _miss_kind(word: str) -> str:
    low = word.lower()
    if re.search(r"outage|down|crash|read-only|fell over|disrupt", low):
        return "outage"
    if re.search(r"stopped|covered|picked|followed up|silent|quiet", low):
        return "lapse"  # a habit we promised that stopped: no outage, no failure
    if re.search(r"waiting|never arrived|not delivered", low):
        return "wait"
    if re.search(r"late|delay|slip|missed|overran|behind|over budget|live", low):
        return "delay"
    return "failure"


def _settle(sit: Situation, today: dt.date) -> None:
    """Close what later notes answer, mark forgiven misses, and date our promises against today."""
    later = sit.sentences
    for item in sit.items:
        after = [s for s in later if s.order > item.order and (item.order >= 0 or bool(s.date and item.date and s.date > item.date))]  # a table row: later notes
        if item.kind == "request":
            nxt = [(s.order, s.note.ref, s.text) for s in after[:1]]
            item.status = "done" if _answered(item, after, cue.DONE_REQUEST) or r3.answered_next(item.order, item.note_ref, nxt, cue.DONE_REQUEST) else "open"
            if item.status == "open" and r2.is_outcome_goal(item.complement) and not re.search(r"\b(?:IT|you|your team) to$", item.verb):
                item.kind = "goal_request"  # an outcome the partner owns ("pick rates up 8%"); the goals carry it
        elif item.kind == "offer":
            nxt = [(s.order, s.note.ref, s.text) for s in after[:1]]
            closed = _answered(item, after, cue.DONE_OFFER) or _declined(item, after) or bool(r2.WE_DECLINED.search(item.quote)) or r3.answered_next(item.order, item.note_ref, nxt, cue.DONE_OFFER)
            item.status = "done" if closed else "open"
            if item.status == "open" and r2.event_passed(item.due, item.date, today, sit.last_note):
                item.status = "lapsed"  # an invitation to a day that has gone by is history
        elif item.kind == "promise":  # the CIO's own note names one thing: one shared word does not close it
            strict = r3.OWN_NOTE_PROMISE.search(item.quote) is not None
            if _answered(item, after, cue.DONE_REQUEST, strict) or _answered(item, after, r3.DONE_AT_END, strict):
                item.status = "done"
            elif item.due and item.due < today:
                item.status = "overdue"
                item.fell_due_since_last_note = bool(sit.last_note and item.due > sit.last_note)
    _attribute(sit)
    _forgive(sit)
    _broken(sit, today)
    _covered(sit)
    miss_status.review_misses(sit)  # retold, kept late, healed together, or closed by a later delivery


def _broken(sit: Situation, today: dt.date) -> None:
    """Our promise a later line says was not kept ("Cost comparison not sent"): overdue, that line its proof."""
    for item in [i for i in sit.items if i.kind == "request" and i.status == "open"]:
        chased = [s for s in sit.sentences if s.order > item.order and miss_status.chases(s, item) and s.note.ref != item.note_ref]
        if chased:  # "The stock view is not there yet": they had to chase it
            item.broken_quote, item.broken_on = chased[-1].text, chased[-1].date
            item.chased_by_partner = any(s.speaker == "partner" or item_timeline.partner_chased(s.text) for s in chased)  # never our own "half done"
    for item in [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status != "done" and not (i.due and i.due >= today)]:
        for s in [s for s in sit.sentences if s.order > item.order and (cue.NOT_DONE.search(s.text) or r3.NEXT_LINE_NOT_DONE.match(s.text))]:
            shared = r6.topic_terms(terms_of(s.text) & item.terms)  # a month in both lines links nothing
            next_line = s.order == item.order + 1 and s.note.ref == item.note_ref and r3.NEXT_LINE_NOT_DONE.match(s.text) is not None
            on_its_day = bool(shared and item.due and re.search(rf"\b{item.due.day} {item.due:%B}\b", s.text))  # "Pilot missed 15 May"
            if len(shared) >= 2 or any(len(w) >= 7 for w in shared) or next_line or on_its_day:
                item.status = "overdue" if not item.due or item.due < today else item.status
                item.broken_quote, item.broken_on = s.text, s.date
        if item.broken_quote:
            item.slipped_again = _slipped_again(sit, item)
            for miss in [m for m in sit.items if m.kind == "miss" and m.order > item.order and (len(m.terms & item.terms) >= 2 or m.quote == item.broken_quote)]:
                miss.kind = "noted_miss"  # the broken promise carries it


NEW_DATE = re.compile(r"\b(?:new|revised) date\b|\bre-?planned for\b|\bmoved (?:it |the date )?to\b", re.IGNORECASE)


def _slipped_again(sit: Situation, item: Item) -> bool:
    """A new date was given after the first miss, and a later note still says it is not done."""
    first = next((s for s in sit.sentences if s.text == item.broken_quote), None)
    if first is None:
        return False
    new_date = next((s for s in sit.sentences if s.order >= first.order and NEW_DATE.search(s.text)), None)
    return new_date is not None and any(
        s.order > new_date.order and s.note.ref != new_date.note.ref and cue.NOT_DONE.search(s.text) for s in sit.sentences
    )


def _covered(sit: Situation) -> None:
    """A request our later, kept promise answered is done ("customer history in her tool" -> "the integration went live")."""
    kept = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.status == "done"]
    for item in [i for i in sit.items if i.kind == "request" and i.status == "open"]:
        if any(p.order > item.order and len(p.terms & item.terms) >= 2 and not (item.due and p.due and p.due != item.due) for p in kept):  # two dates: two things
            item.status = "done"


def _attribute(sit: Situation) -> None:
    """The next sentence settles who caused a miss: "not your doing", "that one is on us", or the same
    event told again with its cause (then the two are one miss)."""
    misses = [i for i in sit.items if i.kind == "miss"]
    for item in [i for i in misses if i.owner in ("us", "unclear", "partner")]:
        following = [s for s in sit.sentences if s.note.ref == item.note_ref and 0 < s.order - item.order <= 1]
        if item.owner != "partner" and any(cue.DISCLAIMER.search(s.text) for s in following):  # their own side stays theirs
            item.owner = "third_party"
        elif any(s.speaker == "us" and cue.WE_OWN.search(s.text) for s in following):
            item.owner = "us"
        for later in [m for m in misses if m is not item and m.note_ref == item.note_ref and 0 < m.order - item.order <= 1]:
            if item.owner == "unclear" and later.owner != "unclear":
                item.owner, item.kind = later.owner, "noted_miss"
            elif later.owner == "unclear" or later.owner == item.owner:
                later.kind = "noted_miss"


def _forgive(sit: Situation) -> None:
    """A forgiveness phrase heals the miss it names (shared words), else the latest open miss before it."""
    misses = [i for i in sit.items if i.kind == "miss"]
    for s in sit.sentences:
        if not cue.FORGIVEN.search(s.text):
            continue
        own = next((m for m in misses if m.quote == s.text), None)  # a miss's own line forgives that miss, or one it names
        before = [m for m in misses if m.order <= s.order and m.status == "open" and (own in (None, m) or len(r6.topic_terms(terms_of(s.text) & m.terms)) >= 2)]
        if not before:
            continue
        named = [m for m in before if terms_of(s.text) & m.terms]
        target = max(named or before, key=lambda m: (len(terms_of(s.text) & m.terms), m.order))
        if not forgives(sit, s, target, bool(named)):
            continue  # a conditional "no hard feelings", or one that forgives its own note's incident (miss_events.py)
        if target.quote == s.text and target.owner == "third_party":
            target.forgiven_quote = s.text  # "the carrier's failure, not your doing": attributed, not a healing
            continue
        target.status, target.forgiven_quote, target.forgiven_on = "done", s.text, s.date


def _declined(item: Item, after: list[Sentence]) -> bool:
    return any(s.speaker == "partner" and r2.DECLINED.search(s.text) for s in after[:3])


def _answered(item: Item, after: list[Sentence], done: re.Pattern[str], strict: bool = False) -> bool:
    for s in after:
        if r6.done_in(done, s.text) and not cue.NOT_DONE.search(s.text):
            shared = r6.topic_terms(terms_of(s.text) & item.terms)  # a month in both lines links nothing
            if len(shared) >= 2 or (not strict and any(len(w) >= 6 for w in shared)):
                item.done_quote, item.done_on = s.text, s.date
                return True
    return False


def _vocabulary(sentences: list[Sentence], goals: list[Goal], partner: Partner) -> list[str]:
    """The partner's own words, most used first: from what they said and what they want."""
    spoken = [s.text for s in sentences if s.speaker == "partner"]
    quoted = re.findall(r"[\"“]([^\"”]+)[\"”]", " ".join(s.text for s in sentences if s.speaker != "partner"))
    text = " ".join(spoken + quoted + [g.text for g in goals]).lower()
    names = {n for name in partner.names for n in name.split()}
    names |= {w.lower() for s in sentences for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+", s.text)}  # names, places
    words = [w for w in re.findall(r"[a-z][a-z-]{4,}", text) if w not in STOP and w not in names and w not in VOCAB_STOP]
    return [w for w, _ in Counter(words).most_common(8)]


VOCAB_STOP = {
    "thanks", "against", "actually", "really", "again", "twice", "never", "always", "going", "think", "know", "don't",
    "can't", "won't", "doesn't", "didn't", "isn't", "being", "those", "these", "where", "while", "might", "maybe", "quite",
    "built", "whole", "subject", "sent", "from", "honestly", "happy", "bring", "running", "decide", "contact", "things",
    "takes", "every", "people", "room", "today", "tomorrow", "yesterday", "three", "seven", "eight", "first", "second", "dropped", "nothing", "something", "anything", "everyone", "nobody", "somebody", "getting", "doing", "made", "make",
}
