"""An e-mail or message the CIO asks to have drafted ("write the answer to his mail, two sentences"): the answer is the draft
itself, in the CIO's voice, built from typed facts in the notes: what the partner asked last (their words), what keeps a date
from being promised (a dependency the notes show undated), and the next date ahead that someone has committed to. A sentence
no fact supports is left out; where no fact fits at all the answer stays as it was."""

from __future__ import annotations

import datetime as dt
import re

from assistant.conversation.partner_say import on_day
from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Sentence, Situation

# "draft my reply", "write her an e-mail", "a two-line message I can send": a text to send, not advice about one.
DRAFT = re.compile(r"\b(?:draft|write|compose|word)\b[^?]*\b(?:e-?mail|reply|message|note|text|answer|response|slack|whatsapp)\b|"
                   r"\b(?:e-?mail|reply|message|text)\b[^?]*\b(?:I can send|to send|ready to send)\b", re.I)
_BRIEF = re.compile(r"\bbrief(?:ing)?\b|\bslides?\b|\bagenda\b", re.I)  # other artefacts: not a message to the partner
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SENTENCES = re.compile(r"\b(one|two|three|four|[1-4])[- ](?:sentences?|lines?)\b", re.I)

# The partner asking for something, in their own quoted words.
_ASKS = re.compile(r"\bI need\b|\bI want\b|\bwe need\b|\b(?:can|could|will) you\b|\bplease\b|\bI(?:'d| would) like\b", re.I)
_QUOTE = re.compile(r"[\"“]([^\"”]{12,})[\"”]")
# A dependency nobody has dated yet: "X has not dated 8.2", "the vendor has not confirmed a date", "no date yet from X".
_UNDATED = re.compile(r"\b(?P<who>(?-i:[A-Z][\w&-]*)|(?:the|our) \w+(?: team| vendor| supplier)?) (?:has|have) (?:not|n't) (?:yet )?"
                      r"(?P<verb>dated|confirmed|committed to|scheduled|given (?:us )?a date for) (?P<what>(?:[^.;,]|\.(?=\d)){2,60}?)(?: yet)?(?=[.;,](?!\d)|$)", re.I)
# Someone committing to a date ahead: "they have promised a confirmed date by 29/1", "due on 14 March", "will confirm by".
_COMMITTED = re.compile(r"\b(?:promised|promises|committed|commits|will (?:confirm|send|deliver|have|give)|due|expects? to (?:confirm|send))\b", re.I)


def asks_draft(question: str) -> bool:
    """The question asks for a message to send (an e-mail, a reply), not for advice or another artefact."""
    return bool(DRAFT.search(question)) and not _BRIEF.search(question)


def _limit(question: str) -> int:
    m = _SENTENCES.search(question)
    return _COUNT.get(m.group(1).lower(), 3) if m else 3


def _latest_ask(sit: Situation) -> tuple[Sentence, str] | None:
    """The partner's latest request in their own quoted words (the sentence and the quote)."""
    for s in reversed(sit.sentences):
        if s.speaker == "us":
            continue
        m = _QUOTE.search(s.text)
        if m and _ASKS.search(m.group(1)):
            return s, m.group(1).strip()
    request = next((i for i in reversed(sit.open_theirs()) if i.kind == "request"), None)  # an ask the notes tell, unquoted
    told = next((s for s in sit.sentences if request is not None and request.quote.strip() in s.text), None)
    return (told, request.quote.strip()) if told is not None and request is not None else None


_EVENT = re.compile(r"\b(?:at|for|before) (?:the|my|our|his|her|their) ([\w -]{3,30}?) (?:on|in)\b", re.I)


def _days_ahead(s: Sentence, today: dt.date) -> list[dt.date]:
    return sorted(d for d in dates_in(s.text, s.date or today, s.date_order) if d >= today)


def _ahead(s: Sentence, today: dt.date) -> dt.date | None:
    days = _days_ahead(s, today)
    return days[0] if days else None


# The CIO's own promise as the notes tell it was made to the partner: "I said yes: Ines will send a site-by-site view by
# 5 January", "I promised: our BI team will send ...". A plain status line ("Our team will have a build on 08/12") is no promise made.
_WILL = re.compile(r"\b(?:I|[Ww]e) (?:said yes|promised|agreed|committed|told (?:her|him|them))(?: that)?[:,]?\s+"
                   r"(?P<clause>(?:I|[Ww]e|(?:[Mm]y|[Oo]ur) (?:team|\w+ team)|(?-i:[A-Z][a-z][\w-]+)) will "
                   r"(?:send|deliver|share|have|give|bring|confirm|show|provide)\b[^.;]{6,160})")
_NUMERIC_DAY = re.compile(r"\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b")

# The partner asking us to hold something back ("He asked us to keep it from the finance team until he has read it").
_NOT_YET = re.compile(r"^(?:She|He|They)\b[^.]{0,20}?\basked (?:that )?(?:we|us to) not (?P<rest>[^.]{6,120})\.?$")
_YOU = ((r"\b(?:she|he|they) (?:has|have)\b", "you have"), (r"\b(?:she|he|they) (?:is|are)\b", "you are"),
        (r"\b(?:she|he|they)\b", "you"), (r"\b(?:her|his|their)\b", "your"))


def _our_promise(s: Sentence, day: dt.date, today: dt.date) -> str | None:
    """The clause of the promise this sentence tells the CIO made (ours, not the partner's words), to be put in writing as
    made, with a numeric date said as a day ("08/12" -> "8 December")."""
    m = _WILL.search(s.text)
    if s.speaker == "partner" or m is None:
        return None
    clause = m.group("clause").strip().rstrip(",")
    clause = re.sub(r"^(Our|My) ", lambda x: x.group(1).lower() + " ", clause)
    return _NUMERIC_DAY.sub(on_day(day, today), clause) if len(_NUMERIC_DAY.findall(clause)) == 1 else clause


def _held_back(words: str) -> str | None:
    """The partner's ask to hold something back, confirmed in their terms ("We will not share it ... before you have seen it")."""
    m = _NOT_YET.match(words.strip())
    if m is None:
        return None
    rest = m.group("rest")
    for pattern, repl in _YOU:
        rest = re.sub(pattern, repl, rest)
    return f"As you asked, we will not {rest}."


def draft_parts(question: str, sit: Situation, first: str, today: dt.date) -> tuple[list[str], str, str, list[Sentence]] | None:
    """The draft (as the direct answer), no separate line, a question back, and the note sentences it rests on."""
    if not asks_draft(question):
        return None
    first = first.title() if first.isupper() else first  # a name from a header in capitals is said as a name
    ask = _latest_ask(sit)
    if ask is None:
        return None
    asked, words = ask
    theirs = _days_ahead(asked, today)  # the partner's own dates: the last is what it is for, an earlier one the reply-by
    their_day, reply_by = (theirs[-1], theirs[0] if len(theirs) > 1 else None) if theirs else (None, None)
    after = [s for s in sit.sentences if s is not asked and s.order >= 0]
    blocker = next(((s, m) for s in reversed(after) if (m := _UNDATED.search(s.text))), None)
    promised = sorted(((d, s) for s in after if _COMMITTED.search(s.text) and (d := _ahead(s, today)) is not None
                       and not _QUOTE.search(s.text)), key=lambda x: x[0])
    next_day, next_s = promised[0] if promised else (None, None)
    out: list[str] = []
    cited: list[Sentence] = [asked]
    if blocker is not None:
        s, m = blocker
        out.append(f"{first}, I won't give you a date I can't keep: {m.group('who')} has not yet {m.group('verb')} {m.group('what').strip()}, and it depends on that.")
        cited.append(s)
    kept = _our_promise(next_s, next_day, today) if next_s is not None and next_day is not None else None
    if kept is not None and next_s is not None and next_day is not None:  # the promise made, in writing: not a softer stand-in
        event = f", ahead of your {m.group(1)} on {on_day(their_day, today)}" if (m := _EVENT.search(words)) and their_day and their_day > next_day else ""
        made = "today" if next_s.date == today else f"on {on_day(next_s.date, today)}"
        out.append(f"As promised {made}: {kept}{event}.")
        cited.append(next_s)
        if (held := _held_back(words)) is not None and asked is not next_s:
            out.append(held)
    elif next_day is not None and next_s is not None and (their_day is None or next_day <= their_day):
        event = f"your {m.group(1)} on " if (m := _EVENT.search(words)) else ""
        before = f", ahead of {event}{on_day(their_day, today)}" if their_day is not None and their_day > next_day else ""
        out.append(f"You will have a firm date or a straight answer from me by {on_day(next_day, today)}{before}.")
        cited.append(next_s)
    elif their_day is not None:
        out.append(f"You will have a date my team has checked, or a straight answer, before {on_day(their_day, today)}.")
    if not out:
        return None
    if not out[0].startswith(first):
        out[0] = f"{first}, {out[0][:1].lower()}{out[0][1:]}"
    draft = " ".join(out[:_limit(question)])
    send = f", to send by {on_day(reply_by, today)} as {first} asked" if reply_by is not None else ""
    direct = [f"Here is the reply{send}: “{draft}”",
              f"It answers what {first} asked on {on_day(asked.date, today)} (“{words}”) with no date your notes do not support."]
    back = f"Who on your team owns the date you are promising {first}, and will they tell you before it slips?"
    return direct, "", back, list({id(s): s for s in cited}.values())
