"""The partner's open asks, read from who is speaking (the structure of the notes) rather than from phrase lists.

Voice from structure: an entry headed as the partner's message ("17 Nov - email from Dana") makes the quotation
under it hers, though no "she said" frames it; Q/A notes ("Q: ... A: ...") where the A lines answer in our voice
make the Q lines the partner's questions to us. A request is then a sentence in the partner's own voice that
wants or needs a thing of us ("I want a breakdown of ...", "Will you tell me ...?", "Can you confirm ...?") with a
day it is needed by, in that sentence or the partner's next one ("One page, by 11 December."). Courtesies and
remarks ("Please thank him.", "asked questions about me") are never asks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant.planning import situation_cues as cue
from assistant.planning import situation_round2 as r2
from assistant.planning import situation_round6 as r6
from assistant.planning import situation_round7 as r7
from assistant.planning.due_dates import due_date
from assistant.planning.note_reading import Partner, strip_label
from assistant.planning.reported_asks import with_reported_words
from assistant.planning.situation_types import Item, Sentence, terms_of
from assistant.text.sentences import one_line, sentence_spans

# "email from Dana", "message from Dana Reyes", "Dana wrote": the entry's sender, named in its heading.
_SENT_BY = re.compile(r"\b(?:from|by)\s+(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})|(?P<wrote>[A-Z][\w'’-]+)\s+wrote\b")
_QUOTE_OPEN = re.compile(r"^\s*(?:[-*•>]\s*)*[\"“]")
# A question-and-answer line: "Q:", "Q (Dana):", "A:", "Answer:".
_QA_LINE = re.compile(r"^[ \t>*-]*(?P<tag>Q|A|Question|Answer)\b[ \t]*(?:\((?P<who>[^)\n]{1,40})\))?[ \t]*:[ \t]*", re.M)
_OUR_ANSWER = re.compile(r"^(?:I|we|our|us|yes|no|not yet|done|delivered|owner|showed|sent|went|agreed|promised)\b", re.I)
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|him|his|they|them)\b", re.I)

# A want or need of the speaker's own with a thing after it (never "I want to ..." alone: an aim, not a deliverable).
_WANT = re.compile(
    r"\b(?:and\s+|so\s+|but\s+|now\s+)?(?P<verb>(?:I|we)\s+(?:still\s+|really\s+|also\s+|just\s+)?"
    r"(?:want|need|would like|'d like|’d like|must have|have to have)(?:\s+to\s+know)?)\s+(?!to\b|you to\b|it\b|that\b|this\b)(?P<comp>[^.;!?\n]{6,})",
    re.I,
)
# A question put to us: "Will you tell me ...?", "Can you confirm ...?", "Could IT send ...?".
_ASK_US = re.compile(
    r"(?:^|[.!?:;,—–-]\s+|^\W*)(?:and\s+|so\s+|but\s+)?(?P<verb>(?:can|could|will|would)\s+(?:you|IT|your team|your people)|please)\s+"
    r"(?P<comp>[^.;!?\n]{4,})",
    re.I,
)
# Courtesies and social asks: never a deliverable ("Please thank him.", "say hello to ...").
_COURTESY = re.compile(
    r"^(?:please\s+)?(?:thank|thanks|say (?:hello|hi|thanks)|pass on (?:my|our) (?:thanks|regards|best)|give (?:him|her|them|my) (?:my )?(?:thanks|regards|best)|"
    r"send (?:my|our) (?:regards|best|thanks|love)|congratulate|excuse|forgive|enjoy|have a)\b",
    re.I,
)
# "asked questions about me", "asked a few questions": a remark on the talk, not an ask of us.
_REMARK = re.compile(r"^(?:(?:a few|some|many|lots of|mostly|more|no|any)\s+)?questions?\b", re.I)


def partner_voices(sentences: list[Sentence], partner: Partner) -> list[Sentence]:
    """The sentences, with the quotation of an entry the partner sent and the Q lines of Q/A notes given to the partner."""
    qa = _qa_is_theirs(sentences, partner)
    out: list[Sentence] = []
    for s in sentences:
        if s.speaker == "narrator" and _in_their_message(s, partner):
            out += [replace(part, speaker="partner") for part in _parts(s)]  # her e-mail, one sentence at a time
            continue
        if s.speaker == "narrator" and qa and _tag(s) == "Q" and not _THIRD_PERSON.search(_body(s)):
            s = replace(s, speaker="partner", text=_body(s).strip())  # "Q: Will you ...?": her words without the tag
        out.append(s)
    return [replace(s, order=n) for n, s in enumerate(out)] if len(out) != len(sentences) else out


def _line_of(s: Sentence) -> str:
    at = s.note.text.find(s.text)
    if at < 0:
        return s.text
    start = s.note.text.rfind("\n", 0, at) + 1
    end = s.note.text.find("\n", at)
    return s.note.text[start : end if end >= 0 else len(s.note.text)]


def _tag(s: Sentence) -> str:
    """'Q' or 'A' where the sentence stands on a Q/A line, else ''."""
    match = _QA_LINE.match(_line_of(s))
    return "" if not match else ("Q" if match["tag"][0] in "Qq" else "A")


def _body(s: Sentence) -> str:
    return _QA_LINE.sub("", s.text, count=1)


def _qa_is_theirs(sentences: list[Sentence], partner: Partner) -> bool:
    """Q/A notes whose Q lines are the partner's: no Q label names anyone else, and most A lines are our answers."""
    tags = [m for note in {id(s.note): s.note for s in sentences}.values() for m in _QA_LINE.finditer(note.text)]
    qs = [m for m in tags if m["tag"][0] in "Qq"]
    answers = [s for s in sentences if _tag(s) == "A" and _QA_LINE.match(s.text)]
    if len(qs) < 2 or len(answers) < 2:
        return False
    if any(m["who"] and not partner.is_me(m["who"]) for m in qs):
        return False
    ours = sum(1 for s in answers if _OUR_ANSWER.match(_body(s).strip()))
    return any(m["who"] and partner.is_me(m["who"]) for m in qs) or ours * 2 >= len(answers)


def _in_their_message(s: Sentence, partner: Partner) -> bool:
    """A quotation standing alone in an entry whose heading names the partner as its sender."""
    match = _SENT_BY.search(s.note.title or "")
    who = match and (match["who"] or match["wrote"])
    return bool(who) and partner.is_me(str(who)) and _QUOTE_OPEN.match(s.text) is not None


def voiced_requests(items: list[Item], sentences: list[Sentence], partner: Partner) -> list[Item]:
    """The items without courtesies and remarks read as asks, plus the partner's own dated asks no item holds yet."""
    kept = [_named_before(i, sentences) for i in items if not (i.kind == "request" and i.owner == "partner" and _not_an_ask(i))]
    held = {i.quote for i in kept if i.kind in ("request", "offer")}
    theirs = [s for s in sentences if s.speaker == "partner"]
    for n, s in enumerate(theirs):
        if s.text in held:
            continue
        after = theirs[n + 1] if n + 1 < len(theirs) and theirs[n + 1].note is s.note else None
        if after is not None and after.text in held:
            continue  # "I want a paper for it. Can you draft the data part by 20 January?": one ask, already held
        item = _request(s, after)
        if item is not None and not _delivered(item, sentences):  # delivered since: nothing left open to add
            kept.append(item)
            held.add(s.text)
    return with_reported_words(kept, partner)  # an ask told in our note that quotes her words: those words name it


def _parts(s: Sentence) -> list[Sentence]:
    """A quotation of several sentences, its sentences one by one (each an exact part of the note), else the sentence."""
    if not _QUOTE_OPEN.match(s.text):
        return [s]
    inner = s.text[s.text.index(s.text.lstrip(" -*•>")[0]) + 1 :]
    spans = [sp.text.rstrip("\"”") for sp in sentence_spans(inner, min_words=3)]
    return [replace(s, text=t) for t in spans if t] if len(spans) > 1 else [s]


_DATE_WORDS = re.compile(r"\b(?:by|before|on|until)\b.*$|\b(?:that|it|this|so|please|for me|for us)\b", re.I)


def _named_before(item: Item, sentences: list[Sentence]) -> Item:
    """A bare ask that points back ("Can you confirm by 4 December?") is the want of hers just before it, with its day."""
    if item.kind != "request" or item.owner != "partner" or len(_DATE_WORDS.sub("", item.complement).split()) > 1:
        return item
    before = next((s for s in sentences if s.order == item.order - 1 and s.speaker == "partner" and s.note is not None), None)
    want = _WANT.search(one_line(strip_label(_body(before)))) if before is not None and before.note.ref == item.note_ref else None
    if before is None or want is None:
        return item
    found = _request(before, None) or replace(item, quote=before.text, order=before.order, complement=want["comp"].strip(" ,:;"))
    return replace(found, due=item.due or found.due)


# A standing expectation: a state to hold, never a thing to hand over ("keep the tills running and the spend flat", "stay out of
# the tender", "don't let the tills go down"). With no day it is needed by, no dated answer fits it.
_STANDING = re.compile(r"^(?:just\s+|always\s+|simply\s+)?(?:keep|stay|remain|maintain|continue|carry on|stop|avoid|leave|"
                       r"not|never|don'?t|do not|make sure (?:that )?(?:nothing|it never|they never|we never))\b", re.I)


def _not_an_ask(item: Item) -> bool:
    comp = item.complement.strip(" ,:;\"“”")
    standing = item.due is None and _STANDING.match(comp) is not None
    return bool(standing or _COURTESY.match(comp) or _REMARK.match(comp) or _COURTESY.match(one_line(strip_label(item.quote)).strip(" \"“”")))


def _request(s: Sentence, after: Sentence | None) -> Item | None:
    text = one_line(strip_label(_body(s)))
    for pattern in (_ASK_US, _WANT):
        match = pattern.search(text)
        if not match:
            continue
        comp = re.split(r",\s*(?:so|and|because|as)\s+(?:I|we)\b", match["comp"])[0].strip(" ,:;\"“”")
        comp = _after_day(comp, s)  # "I want to know by 15 January what it would take": the thing follows the day
        if _COURTESY.match(comp) or _REMARK.match(comp) or r2.is_outcome_goal(comp) or len(_DATE_WORDS.sub("", comp).split()) < 2:
            continue
        dues = [_by_day(text[match.start("verb"):], s)]
        if after is not None:  # "I need it by 3 March, no later.": the day it is needed by, said next
            dues.append(_by_day(one_line(strip_label(_body(after))), s))
        due = min((d for d in dues if d), default=None)
        if due is None:
            continue  # a want with no day it is needed by is a wish or a complaint, not an open ask of us
        quote = re.sub(r"^(?:[AaPp]\.?[Mm]\.?)\s+", "", s.text)  # a chat label's "5:23 PM" left above the line
        return Item("request", "partner", "open", quote, s.date, s.note.ref, match["verb"], comp, True, due, order=s.order,
                    terms=r7.item_terms(comp, s.text), date_order=s.date_order)
    return None


_BY = re.compile(r"\b(?:by|until|no later than|due)\s", re.I)
_LEADING_BY = re.compile(r"^(?:by|before|until|no later than)\s+(?:the\s+)?", re.I)


def _after_day(comp: str, s: Sentence) -> str:
    """A complement that opens on the day it is needed by, without that day (else as it is)."""
    lead = _LEADING_BY.match(comp)
    found, words = due_date(comp, s.date, s.date_order) if lead else (None, "")
    if lead is None or not found or not comp.startswith(words, lead.end()):
        return comp
    return comp[lead.end() + len(words):].strip(" ,:;") or comp


def _by_day(text: str, s: Sentence) -> dt.date | None:
    """The day a thing is needed by ("by 11 December"); a need "before the committee on 14 January" is an event's
    (event_asks reads those)."""
    for match in _BY.finditer(text):
        found, words = due_date(text[match.start():], s.date, s.date_order)
        if found and text.find(words, match.start()) - match.end() <= 5:
            return found
    return None


_DELIVERY = re.compile(rf"{cue.DONE_REQUEST.pattern}|\battached\b|\bhere (?:is|are)\b", re.I)


def _delivered(item: Item, sentences: list[Sentence]) -> bool:
    """A later note of ours delivers the thing: a done word beside a word of the ask or of our reply to it ("I'll have
    the quote to you before then" ... "Quote for the wifi attached")."""
    reply = next((t for t in sentences if t.order > item.order and t.note.ref == item.note_ref and t.speaker != "partner"), None)
    words = {w for w in terms_of(item.complement) | (terms_of(reply.text) if reply else set()) if len(w) >= 5}
    later = [t for t in sentences if t.date and item.date and t.date > item.date and t.speaker != "partner"]
    return any(r6.done_in(_DELIVERY, t.text) and words & terms_of(t.text) for t in later)  # "not finished" delivers nothing
