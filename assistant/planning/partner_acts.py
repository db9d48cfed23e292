"""The partner's requests and offers read as speech acts, in whatever words and format the notes use.

The cue lists in situation_cues match set phrases ("can you", "we could co-fund"). An unseen note says the same thing
in its own words: "what I want from your side is a priced option", "Give me the number by the 15th", "ops will pay half, up to ...",
"I'll put money on the table if IT commits to a date", or, in the CIO's own shorthand, "Offer on the table: a pair of
his analysts lent to us". This module reads the act, not the phrase:

- a request: the partner as the one who wants (I / we + a wanting verb) a thing from us (a recipient that is us, or a
  date it is wanted by), or an imperative addressed to us (give / send / bring / name ... me);
- an offer: the partner's side as the giver (I / we / my team / a department) with a will-or-can modal and a giving
  verb, and a thing given (money, a share, people, time) or a condition put on us ("if IT commits to a date");
- a CIO label naming an offer or a request ("Offer on the table: ...", "Her ask: ...") with the thing after it.

Only the partner's own words count (a line in their voice, or a quotation tied to them). An act with no thing named
after its cue is no item ("no text, no item"). Items found here enter the situation before it is settled, so a later
entry that closes them (delivered, accepted, declined) closes them as it closes any other.
"""

from __future__ import annotations

import re

from assistant.planning.due_dates import due_date
from assistant.planning.note_reading import Partner, strip_label
from assistant.planning.situation_round2 import is_outcome_goal
from assistant.planning.situation_round7 import item_terms
from assistant.planning.situation_types import Item, Sentence, terms_of
from assistant.text.sentences import one_line

_I = re.IGNORECASE
_CLAUSE = r"(?:^|(?<=[\"“:;,.!?(])\s*|(?<=\s)(?=(?:and|but|so|then|also)\s))(?:(?:and|but|so|then|also|ok|okay|good|right)[,.]?\s+)*"
_DATE_AHEAD = r"\b(?:by|before|no later than|ahead of|in time for)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|next|end|christmas|[A-Z][a-z]+\s+\d)"
# I / we as the one who wants; the wanting verb; what is wanted after it.
_WANT = re.compile(_CLAUSE + r"(?P<verb>(?:I|we)\s+(?:really\s+|still\s+|also\s+|do\s+|just\s+)?"
                   r"(?:need|want|expect|require|would like|'d like|’d like|am asking for|'m asking for|must have))\s+(?P<comp>[^.;!?\n\"”]+)", _I)
# "from you", "you to", "IT to", "your team to", "of you": the thing is wanted from us.
_FROM_US = re.compile(r"^(?:from|of)\s+(?:you|IT|your)\b|^(?:you|IT|your\s+\w+)\s+to\b|\bfrom (?:you|IT|your (?:team|people|side))\b", _I)
# An imperative to us: a giving or naming verb with me/us, or bring/send with the thing.
_IMPERATIVE = re.compile(_CLAUSE + r"(?:please\s+)?(?P<verb>(?:give|send|get|show|tell|find|name|put|make|bring|write)\s+(?:me|us)|"
                         r"(?:bring|send|name|give)(?=\s+(?:the|a|an|your|one|two)\s))\s+(?P<comp>[^.;!?\n\"”]+)", _I)
# The giver on the partner's side, a modal of will or can, a giving verb.
_GIVER = r"(?:I|we|my (?:team|people|department|budget|side)|our (?:team|budget|side)|[A-Z][a-z]{1,12}|ops|operations|finance)"
_OFFER = re.compile(_CLAUSE + r"(?P<verb>" + _GIVER + r"(?:\s+(?:will|would|can|could|shall|am|are|is)(?:\s+(?:happy|willing|prepared|ready|able) to)?|'ll|’ll|'d|’d|"
                    r"\s+(?:happy|willing|prepared|ready) to)\s+(?:also\s+|even\s+|gladly\s+)?"
                    r"(?:pay|put|fund|co-?fund|cover|lend|loan|second|give|provide|contribute|match|share|release|free up|chip in|"
                    r"sponsor|bankroll|find the money|split))\b(?P<comp>[^.;!?\n\"”]*)", _I)
# Something given: money, a share, people or time, or a condition put on us.
_GIVEN = re.compile(r"[$€£¥]|\bR\$|\b\d[\d.,]*\s*(?:k|m|mil|million|thousand|bn|%|per ?cent)\b|\b(?:half|a third|a quarter|the cost|the money|"
                    r"money|budget|funding|headcount|people|analysts?|engineers?|staff|two of|one of|days?)\b|\bup to\b", _I)
_CONDITION = re.compile(r"\bif (?:you|IT|your (?:team|people)|we)\b|\bon condition\b|\bprovided (?:you|IT)\b", _I)
# The CIO's own label for an act: "Offer on the table: ...", "Her ask: ...", "Request (Mar): ...".
_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?:(?:his|her|their|the|an?|new|open|one|only|main|big|first|latest)\s+){0,3}(?P<kind>offer|request|ask)s?"
                    r"(?:\s+(?:on the table|from (?:him|her|them)|for now|this time|of (?:us|me|IT)))*"
                    r"(?:\s*\([^)]{0,20}\))?\s*[:—–-]\s+(?P<comp>.{12,})$", _I)
# A refusal just before an imperative, in the same words: "Not this year.", "No.", "Not yet, ...".
_REFUSAL = re.compile(r"(?:^|[.!?;]\s+)(?:no|nope|not\s+(?:this|that|now|yet|until|before|in|for|on)\b[^.!?;]{0,30})[.!?,;—–]\s*$", _I)
_OUR_GIVERS = {"i", "we", "my", "our", "ops", "operations", "finance"}
_NOT_GIVERS = {"you", "it", "they", "he", "she", "this", "that", "the", "there", "what", "which", "who", "nobody", "no", "someone"}
_NOT_A_THING = re.compile(r"^(?:to (?:think|talk|know|say|be|see)|it\b|that\b|this\b|more time|time to|a break|a word|some time|a minute|"
                          # a habit asked for, not a thing to hand over: "tell me earlier next time", "... when it goes wrong"
                          r"(?:much |a bit |a little )?(?:early|earlier|sooner|first|straight away|in advance|ahead|next time|when|if|before it)\b|"
                          # a vague or courtesy object: "bring me good news", "send me something one day"
                          r"(?:good news|something|anything|news|a smile|the truth)\b|"
                          # a passage to be carried through, not a thing handed over: "get me through the peak"
                          r"(?:through|past|across|out of)\b|"
                          # a state of the world, an outcome they own: "the reps selling with live stock by Christmas"
                          r"(?:the|our|my|his|her|all|every)\s+(?:[\w-]+\s+){0,2}[\w-]+ing\b)", _I)


def _partner_words(s: Sentence, partner: Partner) -> list[str]:
    """The stretches of a sentence that are the partner's own words: the whole line in their voice, or a quotation
    in narration tied to them by name or pronoun."""
    text = one_line(strip_label(s.text))
    turn = _chat_turn(s, partner)
    if s.speaker == "partner" or turn == "partner":
        return [_HEADER.sub("", one_line(s.text)).strip()] if not re.match(r"\s*\[", s.text) else []
    if turn == "other":
        return []  # the CIO's own chat line: no words of the partner's, unless quoted by a later narrator line
    names = [n for n in partner.names if n] or ["\x00"]
    label = re.search(r"(?:^|:\s*)(?:" + "|".join(re.escape(n) for n in names) + r")\s*:\s+(?P<said>[^\"“].{8,})$", text, _I)
    if label:
        return [label.group("said")]  # "After: Ana: I need ...": her labelled line inside a longer label
    out = []
    for m in re.finditer(r"[\"“]([^\"”]{8,})[\"”]", text):
        before = text[: m.start()]
        tied = re.search(r"\b(?:she|he|they|" + "|".join(re.escape(n) for n in names) + r")\b", before[-140:], _I) is not None
        other = next((w for w in _SAID_BY.findall(before[-140:]) if not partner.is_me(w)), None)  # "Raj said: ..."
        if (tied or other is None) and not re.search(r"\b(?:I|we)\s+(?:said|told|wrote|asked|replied)\b[^\"“]*$", before):
            out.append(m.group(1))
    return out


# A chat export's turn header: "Ana Lima · 9:14 PM", "[10:02] Ana Lima:", "Ana Lima - 14:05".
_HEADER = re.compile(r"^\s*(?:\[?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\]?\s*)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                     r"\s*(?:[·•|,–—-]\s*\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*:?|:)(?=\s|$)")


def _chat_turn(s: Sentence, partner: Partner) -> str | None:
    """Whose chat turn a sentence falls in: the nearest turn header above it in its note (partner / other / None)."""
    at = s.note.text.find(s.text)
    if at < 0:
        return None
    for line in reversed(s.note.text[: at + len(s.text)].splitlines()):
        m = _HEADER.match(line)
        if m and re.search(r"\d[:.]\d\d", line[: m.end()]):
            return "partner" if partner.is_me(m.group("name")) else "other"
        if not line.strip():
            return None  # a blank line before any header: the turn ended, this is the CIO's own paragraph
    return None


# A named speaker of a quotation: "Raj said", "Mia, from legal, wrote", "Per Holm asked".
_SAID_BY = re.compile(r"\b([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?(?:,[^,]{1,30},)?\s+(?:said|says|asked|asks|wrote|writes|told|added|replied|put it)\b")


def _thing(comp: str) -> str:
    comp = re.split(r"\s+(?:and|so|but)\s+(?:I|we)(?:'ll| will| can)?\s+(?!need|want)", comp)[0]
    return comp.strip(" ,:;—–-\"“”")


def _make(kind: str, s: Sentence, verb: str, comp: str, spoken: bool) -> Item | None:
    comp = _thing(comp)
    if len(comp.split()) < 2 or _NOT_A_THING.match(comp):
        return None  # no thing named: no item
    due, _ = due_date(comp, s.date, s.date_order)
    head = _HEADER.match(s.text)
    quote = s.text[head.end():].strip() if head and re.search(r"\d[:.]\d\d", head.group(0)) else s.text  # no "Ana · 9:14 PM"
    return Item(kind, "partner", "open", quote, s.date, s.note.ref, verb, comp, spoken, due, order=s.order,
                terms=item_terms(comp, s.text), date_order=s.date_order)


def acts_in(s: Sentence, partner: Partner) -> list[Item]:
    """The requests and offers the partner makes in one sentence (at most one of each)."""
    found: dict[str, Item] = {}
    for words in _partner_words(s, partner):
        spoken = True
        for m in _OFFER.finditer(words):
            giver = m.group("verb").split()[0].lower().rstrip("'’ld")
            if giver not in _OUR_GIVERS and not (m.group("verb")[0].isupper() and giver not in _NOT_GIVERS):
                continue  # "it will give", "that could cover": no giver on the partner's side
            if "offer" not in found and (_GIVEN.search(m.group("verb") + m.group("comp")) or _CONDITION.search(words)):
                comp = m.group("comp") if len(m.group("comp").split()) >= 3 else m.group("comp") + words[m.end():][:160]
                if item := _make("offer", s, m.group("verb"), comp, spoken):
                    found["offer"] = item
        for m in _WANT.finditer(words):
            comp = m.group("comp")
            wanted_of_us = _FROM_US.search(comp) or re.search(_DATE_AHEAD, comp, re.I)
            if "request" not in found and wanted_of_us and not is_outcome_goal(comp):
                item = _make("request", s, m.group("verb"), re.sub(r"^(?:from|of)\s+(?:you|IT)\s+", "", comp, flags=_I), spoken)
                if item:
                    found["request"] = item
        for m in _IMPERATIVE.finditer(words):
            if _REFUSAL.search(words[: m.start()]):
                continue  # "Not this year. Get me through the peak.": the imperative gives the reason for a no, it asks nothing
            if re.match(r"(?:show|tell)\b", m.group("verb"), _I) and not re.search(_DATE_AHEAD, m.group("comp"), re.I):
                continue  # "Show me one thing land on time": a proof they want to see, no thing handed over by a date
            if "request" not in found:
                item = _make("request", s, m.group("verb"), m.group("comp"), spoken)
                if item:
                    found["request"] = item
    if s.speaker in ("narrator", "us", "other") and (lab := _LABEL.match(one_line(s.text))):
        kind = "offer" if lab.group("kind").lower() == "offer" else "request"
        if kind not in found and (item := _make(kind, s, lab.group("kind"), lab.group("comp"), False)):
            found[kind] = item
    return list(found.values())


# "Bring it to our December meeting", "Send them by the 11th": an act on a thing named by a pronoun.
_PRONOUN_ACT = re.compile(r"(?:^|[\"“:;.!?]\s*)(?:please\s+)?(?:bring|send|give|show|get|have)\s+(?:me\s+)?(?:it|them|that|this|those)\b(?P<rest>[^.;!?\"”]*)", _I)
_NARRATED_WANT = re.compile(r"\b(?:wants|needs|asked for|would like|expects)\s+(?P<comp>[^.;!?\n]{12,})", _I)


def _pronoun_ask(s: Sentence, prev: list[Sentence], partner: Partner) -> Item | None:
    """Their act on "it", whose thing the line before names as their want: the request is that thing, due by the act's
    date ("Jana wants the allocation broken down line by line." / He said: "Bring it to the next board.")."""
    for words in _partner_words(s, partner):
        act = _PRONOUN_ACT.search(words)
        if not act:
            continue
        for p in reversed(prev):
            want = _NARRATED_WANT.search(one_line(p.text))
            if want and re.search(r"\b(?:she|he|they)\b", one_line(p.text)[: want.start()], _I) or (want and any(
                    n in one_line(p.text)[: want.start()].lower() for n in partner.names if n)):
                item = _make("request", p, want.group(0).split()[0], want.group("comp"), False)
                if item and not item.due:
                    item.due, _ = due_date(words[act.start("rest"):], s.date, s.date_order)
                return item
    return None


def speech_act_items(sentences: list[Sentence], partner: Partner, known: list[Item]) -> list[Item]:
    """Requests and offers the cue lists missed: one per sentence and kind, none already found for that sentence."""
    have = {(i.order, i.kind) for i in known if i.kind in ("request", "offer", "goal_request")}
    out: list[Item] = []
    for s in sentences:
        if s.speaker == "partner":
            continue  # a line the reader already gives their voice: its asks are voiced_asks' to read (one reading each)
        prev = [p for p in sentences if p.note is s.note and s.order - 2 <= p.order < s.order and p.speaker != "partner"]
        pronoun = _pronoun_ask(s, prev, partner)
        for item in acts_in(s, partner) + ([pronoun] if pronoun else []):
            kinds = {"request", "goal_request"} if item.kind == "request" else {"offer"}
            if any((s.order, k) in have for k in kinds):
                continue
            if item.kind == "request" and _echoes_ours(item, s, sentences):
                continue  # "I'll send you the plan tomorrow." / "Send me the plan.": our promise accepted, no new ask
            if any(o.kind == item.kind and o.note_ref == item.note_ref and len(o.terms & item.terms) >= 3 for o in known + out if o.kind in kinds):
                continue  # the same act told twice in one note
            out.append(item)
    return out


def _echoes_ours(item: Item, s: Sentence, sentences: list[Sentence]) -> bool:
    """A request whose every word was in a line of ours just before it, in the same note."""
    before = [p for p in sentences if p.note is s.note and s.order - 4 <= p.order < s.order and p.order != item.order
              and (p.speaker == "us" or (p.speaker != "partner" and re.match(r"\s*(?:I|we)\b", _HEADER.sub("", p.text)) is not None))]
    return bool(item.terms) and any(item.terms <= terms_of(p.text) for p in before)


def named_terms(item: Item) -> frozenset[str]:
    """The words that name what an item is: its complement's, not its whole sentence's ("the legal-hold automation,
    which I said in September ..." shares no topic with "a note on where our contract data sits" in the same note)."""
    thing = re.split(r",?\s+(?:because|since|as|so that|so (?=she|he|they|we|I\b)|in case|for when)\s+", item.complement)[0]  # not its reason
    own = terms_of(thing)
    return own if len(own) >= 2 else item.terms


_HEDGED = re.compile(r"\b(?:in principle|provisionally|tentatively|informally|subject to|pending|more or less)\b", _I)
_CLAUSES = re.compile(r"\s+(?:but|while|whereas|although|though)\s+|;\s*|\s+[—–]\s+|,\s+and\s+")


def reopen_misclosed(items: list[Item], sentences: list[Sentence]) -> None:
    """Their ask or offer closed by a line whose done word is about something else stays open: every clause of that line
    holding a done word names a topic, and none of the item's own words ("She has not mentioned the summary again, but
    the inspection date is fixed": "fixed" is the inspection's). A clause with no topic ("Sent it on Friday") closes."""
    from assistant.planning.situation_cues import DONE_OFFER, DONE_REQUEST  # cue lists, read late: no import cycle
    from assistant.planning.situation_round6 import topic_terms

    for item in [i for i in items if i.owner == "partner" and i.kind in ("request", "offer") and i.status == "done" and not i.done_quote]:
        after = [s.text for s in sentences if s.note.ref == item.note_ref and 0 <= s.order - item.order <= 1]
        if any(_HEDGED.search(t) and not re.search(r"\b(?:now|since|then) (?:a )?firm\b", t, _I) for t in after):
            item.status = "open"  # agreed only in principle, a firm answer still wanted: closed by no line
    for item in [i for i in items if i.owner == "partner" and i.kind in ("request", "offer") and i.status == "done" and i.done_quote]:
        done = DONE_REQUEST if item.kind == "request" else DONE_OFFER
        clauses = [c for c in _CLAUSES.split(one_line(item.done_quote)) if done.search(c)]
        if not all(re.search(r"\b(?:is|are|was|were|been)\s+(?:now\s+|already\s+|all\s+)?$", c[: done.search(c).start()]) for c in clauses):  # type: ignore[union-attr]
            continue  # only a done word said of a named subject ("the date is fixed") can be another thing's
        named = topic_terms(named_terms(item))
        if any(_HEDGED.search(c) for c in clauses):
            item.status, item.done_quote, item.done_on = "open", "", None  # "said yes in principle": no firm answer yet
        elif clauses and all(topic_terms(terms_of(c)) and not (topic_terms(terms_of(c)) & named) for c in clauses):
            item.status, item.done_quote, item.done_on = "open", "", None


def _stem(word: str) -> str:
    return re.sub(r"(?:ing|ed|es|s|ion)$", "", word) if len(word) > 5 else word


def promise_covers(promise: Item, ask: Item) -> bool:
    """Our promise answers their ask: the words naming each share a topic (stems: "cost" / "costing"), and their
    sentences share two words; never a promise in the same note on another thing whose sentence happens to share them."""
    from assistant.planning.situation_round6 import topic_terms

    named = {_stem(w) for w in topic_terms(named_terms(promise))} & {_stem(w) for w in topic_terms(named_terms(ask))}
    return len(named) >= 2 or (len(named) >= 1 and len(promise.terms & ask.terms) >= 2)
