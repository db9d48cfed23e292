"""Our own dated promises in the shapes the first-person cues miss (round 11 of issue #20).

Our side is the CIO ("I", "we", "me") and the people the notes show as ours: "Dami (our architect)", "Ade (IT)",
"our analyst Priya", "my team's Sam", an IT-owned action row. A promise needs a deliverable and a date (or "this week"):

- a person of ours: "Dami will send the real-time link estimate by 16 October", "Ade is on the hook for the test report";
- the CIO reporting it: "Told her we would have ...", "Promised the sizing note by ...", "I said I'd come back on ...",
  "We owe her the shortlist by ...", "I've undertaken to send ...";
- a label for our side: "IT: new PCs on Line 3 by 5 December", "Our side: ...", "Next step for us: ...", "... by 20 November (us)",
  or a bullet under a heading "Our promises:";
- in our own mail: "Pilot plan to you by 30 November", "You'll have the costing by 23 October".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from assistant.planning.due_dates import WEEKDAY, DateOrder, dates_in, due_date
from assistant.planning.foreign_promises import foreign_promise, promise_label
from assistant.planning.note_reading import Partner
from assistant.planning.situation_round3 import THEIR_NEXT
from assistant.planning.situation_types import STOP, Item, Sentence, Situation, terms_of
from assistant.schema import NoteText
from assistant.text.sentences import one_line

_I = re.IGNORECASE
_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# "Dami (our architect)", "Ade (IT)", "Mette (IT delivery)", "IT (Mette)".
_BRACKETED = re.compile(rf"\b({_NAME})\s*\((?:our|my|IT|ICT|CIO's|from IT)\b[^)]*\)|\b(?:IT|ICT)\s*\(({_NAME})\)")
# "our architect Dami", "my analyst, Priya", "my team's Sam", "Dami, our architect", "Dami from my team".
_ROLE = r"(?:architect|engineer|analyst|lead|manager|developer|PM|project manager|BA|delivery lead|service manager|deputy|head of \w+)"
_NAMED_OURS = re.compile(
    rf"\b(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}(?:\s+(?:for|of|on)\s+[a-z][\w-]*)?,?\s+({_NAME})\b|\b(?:[Mm]y|[Oo]ur) team's\s+({_NAME})\b"
    rf"|\b({_NAME}),\s+(?:our|my)\s+(?:\w+\s+)?{_ROLE}\b|\b({_NAME})\s+(?:from|in|on) (?:my|our) team\b"
)
_DELIVER = (r"(?:send|share|deliver|have|get|bring|give|run|finish|write|draft|install|fix|set up|book|confirm|name|present|switch|turn|replace|swap|"
            r"upgrade|migrate|come back|ship|put|roll out|go live|hand over|provide|map|cost|scope|price|build|load|issue|sort)")
# After a person of ours: "will send ...", "is to deliver ...", "is on the hook for ...", "owns ...", "promised ...".
_PERSON_PROMISE = re.compile(
    rf"(?P<verb>(?:will|'ll|is going to|is to|is due to|has promised to|promised to|promised|has committed to|committed to|agreed to)\s+{_DELIVER}\b"
    r"|(?:has )?promised(?= (?:the|a|an|all|our|her|him|them)\b)|is on the hook for|owns)\s*(?P<comp>[^.;!?\n]{4,200})",
    _I,
)
# The CIO reporting a promise without the "we will" shape.
_REPORTED = re.compile(
    r"(?:^|[;:]\s*|\b(?:I|[Ww]e)(?:\s+have|'ve)?\s+|(?=\bCIO\b))(?P<verb>(?:[Tt]old|[Aa]ssured|[Pp]romised) (?:him|her|them|[A-Z][a-z]+) (?:that )?(?:we|I)\s*(?:'d|would|will|'ll)"
    r"|[Pp]romised(?: (?:him|her|them|[A-Z][a-z]+))?(?= (?:the|a|an|our|my|all|to|both|every|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)(?: to)?"
    r"|said (?:I|we)(?:'d| would| will|'ll)|owe (?:him|her|them|[A-Z][a-z]+)|undertaken to|undertook to|[Pp]ledged(?: to)?"
    r"|(?:am|are) on the hook for|(?:have|'ve) committed to|(?:have|'ve) promised(?: to)?"
    # "We agreed I'd get her the draft by ...", a diary in the third person: "The CIO promised Aisling an options paper by ..."
    r"|agreed (?:that )?(?:I|we)(?:'d| would| will|'ll)|\bCIO (?:has )?(?:promised|committed to|undertook to|agreed to|will|said (?:he|she|they) would)"
    r"(?: (?:him|her|them|[A-Z][a-z]+)(?= (?:the|a|an|our|his|her|their|all)\b))?)\s+(?P<comp>[^.;!?\n]{4,200})",
)
# A label for our side at the head of a line or clause, or "(us)" after it.
_OUR_LABEL = re.compile(
    r"^[-*•>\s\[(]*(?:\d{4}-\d{2}-\d{2}\s*[—–-]\s*)?(?:(?:Note|NB|[A-Z]{2,3} note|Note to self)\s*:\s*)?"  # "[Note: promise to him - 6 laptops by 5 Jan.]"
    r"(?:IT|ICT|CIO|Us|Ours|We|Our side|For us|Our (?:action|actions|commitment|commitments|promise|promises|part|next step)|(?:Our )?promise to (?:him|her|them)"
    r"|Next steps? (?:for|from) (?:us|IT|me)|Action(?:s)? (?:for|on) (?:us|IT|me)|On us|Me|Committed|Commitment|We promised|Promised|Promise(?:\s*\((?:ours|us|IT|mine)\))?|You promised (?:him|her|them)(?: on the \w+)?"
    r"|Action(?:s)?\s*\((?:IT|ICT|us|me|CIO)\b[^)]*\)|(?:Also|And) promised|Action(?:s)?\s*:\s*(?:me|us|IT|ICT|CIO|my team|our team)(?=\s*[\-–—:]))"
    r"\s*[:\-–—]\s*(?P<comp>[^\n]{4,200})",
    _I,
)
# "PROMISE: ...", "Promise (ours): ...", "2026-11-18 — Promised: ...": a label a speaker reader may take for a name.
_PROMISE_HEAD = re.compile(r"^[-*•>\s\[(]*(?:\d{4}-\d{2}-\d{2}\s*[—–-]\s*)?(?:promise|promised)(?:\s*\((?:ours|us|IT|mine)\))?\s*:", _I)
_US_TAG = re.compile(r"\((?:us|ours|IT|CIO|our side|me|our (?:commitment|promise|action|date))\)|#(?:promise|ours|commitment)\b", _I)
_LIST_HEAD = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:(?:our|my) (?:promises|commitments|actions|open actions|side|next steps|deliverables)"
    r"|(?:what )?we (?:promised|committed to|owe(?: \w+)?)|(?:me|I|we|us),? (?:promised|committed)|promised|committed|actions? (?:for|on) (?:us|IT|me)"
    r"|next steps? (?:for|from) (?:us|IT|me))\s*:?\s*$",
    _I | re.M,
)
# In our own mail: the thing "to you by <date>", "with you by <date>", "you'll have ... by <date>".
_TO_YOU = re.compile(
    r"(?P<comp>(?:(?:the|a|an|our|my|your)\s+)?[\w -]{3,80}?\s+(?:to|with) you\s+(?:by|before|on|no later than)\s+[^.;!?\n]{3,60})"
    r"|(?P<verb>[Yy]ou(?:'ll| will) (?:have|get|see|receive))\s+(?P<comp2>[^.;!?\n]{4,160})"
)
# Owed to the partner: "Label printers: Omar + Leah, due to Nadia 27 Nov", "Rota model owned by Omar, due to her on 13 Nov".
_DUE_TO = re.compile(
    r"^[-*•\s]*(?P<comp>[^:;]{3,120}?)(?:\s*[:,]\s*(?P<who>[A-Z][a-z]+(?:\s*(?:\+|&|and)\s*[A-Z][a-z]+)*)|\s+owned by (?P<owner>[A-Z][a-z]+)(?:\s*\([^)]*\))?)?"
    r",?\s+due (?:to|with) (?P<to>her|him|them|[A-Z][a-z]+)(?:,)?\s+(?:on\s+|by\s+)?(?=\d|(?:Mon|Tue|Wed|Thu|Fri)|the \d)"
)
# Narrated, no subject: "Shelf-edge pilot plan to her by the 30th", "the costed options with Paul before 3 December".
_THING_TO = re.compile(
    r"^[-*•\s]*(?P<comp>(?:(?:the|a|an|our|my)\s+)?[A-Za-z][\w -]{2,70}?\s+(?:to|with) (?:her|him|them|[A-Z][a-z]+)\s+(?:by|before|no later than)\s+[^.;!?\n]{2,40})"
)
_VERBISH = re.compile(r"\b(?:will|'ll|wants?|asked|needs?|sent|sends|gave|gives|went|is|are|was|were|has|had|can|could|would|should|did)\b", re.I)
_ORDINAL = re.compile(rf"\b(?:by|before|on|due)\s+(?:the|(?:{WEEKDAY})\.?,?)\s+(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:working|business|week|month))", re.I)  # "by Tue 15th"
_THIS_WEEK = re.compile(r"\b(?:this|by the end of the|by end of) week\b|\bthis week\b", _I)
_WISH = re.compile(r"\?|\b(?:could|can|would) (?:you|we)\b|\bif (?:we|you|I)\b|\b(?:asked|wants?|would like|needs?)\b", _I)


def our_people(notes: list[NoteText], partner: Partner) -> frozenset[str]:
    """First names the notes show on our side."""
    found: set[str] = set()
    for note in notes:
        for pattern in (_BRACKETED, _NAMED_OURS):
            for match in pattern.finditer(note.text):
                found |= {g for g in match.groups() if g}
    return frozenset(n for n in found if not partner.is_me(n) and n not in {"IT", "CIO", "ICT"})


def more_promises(s: Sentence, partner: Partner, ours: frozenset[str]) -> list[Item]:
    """Our dated promises in the sentence that situation._promises did not read."""
    if s.speaker not in ("narrator", "us") and not (s.speaker == "other" and (promise_label(one_line(s.text)) or _PROMISE_HEAD.match(s.text) or _under_our_list(s))):
        return []  # "Prometi: ...", read as a speaker's label, is the CIO's own line
    return [item for clause in _clauses(one_line(s.text)) for item in _shape(clause, s, ours)]


def _clauses(text: str) -> list[str]:
    """The sentence, or its clauses when it lists several ("architect named by 31 October; feed live by 20 November (us)")."""
    parts = [p.strip() for p in re.split(r";\s+", text) if p.strip()]
    if len(parts) > 1 and _US_TAG.search(parts[-1]):
        return [f"{p} (us)" if not _US_TAG.search(p) else p for p in parts]
    return parts if len(parts) > 1 else [text]


def _shape(clause: str, s: Sentence, ours: frozenset[str]) -> list[Item]:
    if re.match(r"\s*(?:if|when|whether|unless)\b", clause, _I):
        return []
    names = "|".join(sorted(ours)) or "x^"
    person = re.search(rf"(?:^|[-*•:;,]\s*|\band\s+)(?:(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){{0,2}})?(?P<who>{names})(?:\s*\([^)]*\)|,[^,]{{1,40}},|\s+(?:from|in|on) (?:my|our) team)?\s+", clause)
    if person:
        match = _PERSON_PROMISE.match(clause, person.end())
        if match:
            return _dated(s, clause, f"{person.group('who')} {match.group('verb')}", match.group("comp"), person.group("who"))
    named = re.match(rf"\s*(?P<who>{_NAME})\s+", clause) if s.speaker == "us" else None
    if named and not partner_named(named.group("who"), s) and (match := _PERSON_PROMISE.match(clause, named.end())):
        return _dated(s, clause, f"{named.group('who')} {match.group('verb')}", match.group("comp"), named.group("who"))  # in our mail
    label = _OUR_LABEL.match(clause)
    if label and not _WISH.search(label.group("comp")):
        return _dated(s, clause, "agreed", label.group("comp"))
    if (foreign := foreign_promise(clause)) and not re.search(r"\?", clause):
        return _dated(s, clause, *foreign)  # "Prometi: ... até 18/12", "Ik heb toegezegd dat ... vóór vr 11-12"
    if _US_TAG.search(clause) and not _WISH.search(clause):
        return _dated(s, clause, "agreed", _US_TAG.sub("", clause).strip(" -*•"))
    reported = _REPORTED.search(clause)
    if reported and not re.search(r"\b(?:she|he|they|(?!We\b)[A-Z][a-z]+) (?:promised|told|said|owe)", clause[: reported.end("verb")]):
        return _dated(s, clause, reported.group("verb"), reported.group("comp"))
    owed = _DUE_TO.match(clause)
    if owed and not _WISH.search(clause) and owed.group("to") not in ours:
        at = clause[owed.end():]
        who = owed.group("owner") or re.split(r"\s*(?:\+|&|and)\s*", owed.group("who") or "")[0]
        return [dataclasses.replace(i, complement=owed.group("comp").strip()) for i in _dated(s, clause, "due to them", f"{owed.group('comp')} by {at}", who)]
    thing = _THING_TO.match(clause)
    if thing and s.speaker == "narrator" and not _VERBISH.search(thing.group("comp")) and not _WISH.search(clause):
        return _dated(s, clause, "agreed", thing.group("comp"))
    theirs = re.search(r"\b(?:requests?|asks?|proposals?|offers?)\b", clause, _I)  # "(b) a request for a paper, with a draft to her by ..."
    for part in re.split(r",\s+", clause)[1:] if s.speaker == "narrator" and not _WISH.search(clause) and not theirs else []:
        if (thing := _THING_TO.match(part)) and not _VERBISH.search(thing.group("comp")):
            return _dated(s, part, "agreed", thing.group("comp"))  # a next-step cell: "cut-over Jan 16–17, rollback plan to Ann by Jan 8"
    if s.speaker == "us" or _under_our_list(s):
        return _in_our_mail(s, clause)
    return []


def partner_named(name: str, s: Sentence) -> bool:
    """The name is the partner's own (read from the note's "Partner:" line, or a pronoun-like opener)."""
    head = re.search(r"^(?:Partner|Stakeholder|Contact)\s*:\s*([^,\n]+)", s.note.text, re.M | _I)
    return name in {"I", "We", "You", "She", "He", "They", "It", "This", "That", "The"} or bool(head and name in head.group(1).split())


def _in_our_mail(s: Sentence, clause: str) -> list[Item]:
    if _under_our_list(s) and not _WISH.search(clause):
        return _dated(s, clause, "agreed", clause.strip(" -*•"))
    match = _TO_YOU.search(clause)
    if match and not _WISH.search(clause):
        return _dated(s, clause, match.group("verb") or "promised", match.group("comp") or match.group("comp2"))
    return []


def _under_our_list(s: Sentence) -> bool:
    """A bullet under a heading such as "Our promises:" (no blank line between)."""
    text = s.note.text
    at = text.find(s.text)
    if at < 0 or not re.match(r"\s*(?:[-*•]|\d{1,2}[.)]|[lI][.)])", text[text.rfind("\n", 0, at) + 1 : at + 1] or "-"):  # "1.", OCR's "l."
        return False
    block = text[: at].rsplit("\n\n", 1)[-1]
    heads = list(_LIST_HEAD.finditer(block))
    if not heads:
        return False
    between = block[heads[-1].end() :]
    return all(re.match(r"\s*(?:[-*•]|\d{1,2}[.)]|[lI][.)]|$)", line) or line.startswith((" ", "\t")) for line in between.split("\n")[1:-1])


def _dated(s: Sentence, clause: str, verb: str, comp: str, who: str = "") -> list[Item]:
    comp = re.sub(r"\.?\]$", "", comp.strip()).strip(" ,:;\"“”")  # "[Note: promise to him - 6 laptops by 5 Jan.]"
    due, _ = due_date(comp, s.date, s.date_order)
    if due is None and (bare := re.search(r"\b(?:remains|stays|is|set for|planned for|now)\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)", comp)):
        due, _ = due_date(f"on {comp[bare.end():]}", s.date, s.date_order)  # "go-live remains 7 December (our commitment)"
    if due is None and s.date:
        due = extra_due(comp, s.date, s.note.text, s.date_order)
    if due is None and s.date and (first := _FIRST_DUE.match(s.note.text, s.note.text.find(s.text) + len(s.text))):
        due, _ = due_date(first.group(0), s.date, s.date_order)  # "... on the 4th business day monthly. The first is due 6 Feb."
    if due is None and s.date and _THIS_WEEK.search(comp):
        due = s.date + dt.timedelta(days=(4 - s.date.weekday()) % 7)  # "this week": by its Friday
    if due is None or len(comp.split()) < 2:
        return []
    return [Item("promise", "us", "open", s.text, s.date, s.note.ref, verb, comp, s.speaker == "us", due,
                 owner_name=who, order=s.order, terms=terms_of(comp), date_order=s.date_order)]


# The sentence after a recurring promise that dates its first delivery.
_FIRST_DUE = re.compile(r"\s*(?:the\s+)?first(?:\s+\w+){0,2}?\s+(?:is\s+)?due\s+[^.;\n]{3,40}", _I)
_THIS_DAY = re.compile(r"\b(?:by|on|before)\s+this\s+(monday|tuesday|wednesday|thursday|friday)\b", _I)


def extra_due(text: str, written: dt.date, context: str = "", order: DateOrder = "dmy") -> dt.date | None:
    """A due date the general reader leaves out: "by the 30th" (the date with that day the same entry names, else that
    day next), "by this Thursday" (the coming one)."""
    if day := _ORDINAL.search(text):
        return ordinal_day(int(day.group(1)), written, context, order)
    if this := _THIS_DAY.search(text):
        target = ["monday", "tuesday", "wednesday", "thursday", "friday"].index(this.group(1).lower())
        return written + dt.timedelta(days=(target - written.weekday()) % 7 or 7)
    return None


def ordinal_day(day: int, written: dt.date, context: str = "", order: DateOrder = "dmy") -> dt.date | None:
    """ "The 27th" in an entry that also names 27 November (the partner's deadline) is that day, not 27 October: a bare
    ordinal refers back to a full date of the same day in its entry; else it is the next such day after the entry."""
    named = sorted(d for d in dates_in(context, written, order) if d.day == day and d >= written)
    return named[0] if named else _next_day_numbered(written, day)


def _next_day_numbered(written: dt.date, day: int) -> dt.date | None:
    """The first date on or after the note's day whose day of the month is `day` ("by the 13th", written 2 Nov: 13 Nov)."""
    for months in range(3):
        year, month = written.year + (written.month - 1 + months) // 12, (written.month - 1 + months) % 12 + 1
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= written:
            return candidate
    return None


# "Nadia asked for a stock view for each shop by 2 December. I promised it.": the ask just before becomes our promise.
_PROMISED_IT = re.compile(r"^(?:and\s+)?(?:I|we|CIO)\s+(?:have\s+)?(?:promised|committed to|agreed to|said yes to)\s+(?:it|that|them|one|to do it|(?:her|him|them) (?:it|that|one))\s*[.!]?$", _I)


def promised_it(sit: Situation) -> None:
    """Our short "I promised it." after the partner's dated ask: a promise of ours with the ask's own thing and date."""
    asks = {i.order: i for i in sit.items if i.kind == "request" and i.owner == "partner" and i.due}
    for s in [s for s in sit.sentences if s.speaker in ("narrator", "us") and _PROMISED_IT.match(one_line(s.text).strip())]:
        ask = asks.get(s.order - 1)
        if ask is None or ask.note_ref != s.note.ref or ask.due is None:
            continue
        thing = re.sub(r"^(?:for|us to|me to|IT to|to)\s+", "", ask.complement, flags=_I)
        late = sit.meeting_day is not None and ask.due < sit.meeting_day
        sit.items.append(Item("promise", "us", "overdue" if late else "open", f"{ask.quote} {s.text}", s.date, s.note.ref, "promised",
                              thing, False, ask.due, order=s.order, terms=terms_of(thing), date_order=s.date_order))


_HEADER = re.compile(r"\bwrote:\s*$|^\s*>?\s*(?:From|Sent|To|Cc|Subject|Date)\s*:", _I)


def speaking_for_us(sentences: list[Sentence], partner: Partner) -> dict[int, Sentence]:
    """Lines of another voice that answer the partner in a thread or chat ("Javier: ... / Noor: I'll tell you by Tuesday",
    a quoted reply that opens "Des, understood."): ours, read for our promises as if the CIO's (keyed by order)."""
    out: dict[int, Sentence] = {}
    for at, s in enumerate(sentences):
        if s.speaker != "other":
            continue
        start = at
        while start > 0 and sentences[start - 1].speaker == "other" and sentences[start - 1].note.ref == s.note.ref:
            start -= 1
        before = sentences[start - 1] if start > 0 and sentences[start - 1].note.ref == s.note.ref else None
        while start < at and _HEADER.search(sentences[start].text):
            start += 1  # "On 27 November, Dan wrote:", "From: ...": the reply itself starts after
        first = one_line(sentences[start].text)
        addressed = re.match(rf"^(?:>\s*)?(?:hi |dear )?({'|'.join(re.escape(n) for n in partner.names if n) or 'x^'})\b,", first, _I)
        if (before is not None and before.speaker == "partner") or addressed:
            out[s.order] = dataclasses.replace(s, speaker="us")
    return out


def borrow_the_ask(sit: Situation) -> None:
    """Our promise given in answer to the partner's ask a few lines before it in the same note ("Can you cost a telematics
    feed?" ... "You'll have the costing by the 9th") names the same thing: it carries the ask's words."""
    asks = [i for i in sit.items if i.kind == "request" and i.owner == "partner"]
    for promise in [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.source == "note" and i.order > 0]:
        before = [a for a in asks if a.note_ref == promise.note_ref and 0 < promise.order - a.order <= 3]
        between = [p for p in sit.items if p.kind == "promise" and p is not promise and before and before[-1].order < p.order < promise.order]
        if before and any(THEIR_NEXT.match(s.text) for s in sit.sentences if s.note.ref == promise.note_ref and before[-1].order < s.order < promise.order):
            before = []  # "And she raised the payslips ... I promised it fixed": the promise answers the point raised since
        if before and not between and _answers(promise.complement, before[-1].complement):
            promise.terms = promise.terms | before[-1].terms
        elif promise.status == "open" and not promise.broken_quote and len(
                named := [a for a in asks if a.order < promise.order and a.status == "open" and (a.due is None or (promise.due and promise.due <= a.due))
                          and _named_thing(promise, sit) & _long(a.complement)]) == 1:
            promise.terms = promise.terms | named[0].terms  # "options for the housing system renewal" -> "the options paper"


_CALENDAR = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|today|tomorrow)", _I)


def _answers(promise: str, ask: str) -> bool:
    """The promise points back at the ask ("you'll have it by the 27th") or names its thing ("the costing" for "cost a feed")."""
    def stems(text: str) -> set[str]:
        return {w[:4] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in STOP and not _CALENDAR.match(w)}
    return bool(re.match(r"(?:it|that|them|this|one)\b", promise, _I) or stems(ask) & stems(promise))


def _long(text: str) -> set[str]:
    words = {w for w in re.findall(r"[a-z]{6,}", text.lower()) if not _CALENDAR.match(w)}
    return words - {"before", "between", "within", "during", "through", "should", "please", "agreed", "promised"}


def _named_thing(promise: Item, sit: Situation) -> set[str]:
    """The promise's specific long words that no other promise of ours uses."""
    others = [i for i in sit.items if i.kind == "promise" and i.owner == "us" and i is not promise]
    return _long(promise.complement) - {w for o in others for w in _long(o.complement)}


# A promise of ours with a count or parts: "I said I'd get three supplier bids", "we promised both reports", "all three sites".
_COUNT = r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|both|all(?: (?:the|of the))?(?: (?:two|three|four|five|six|\d+))?|each of the|\d+)"
_COUNTED_PROMISE = re.compile(
    r"\b(?:I|we|CIO)\b[^.;!?]{0,30}?\b(?:said (?:I|we)(?:'d| would| will|'ll)|promised(?: (?:her|him|them|[A-Z][a-z]+))?(?: to)?|committed to|"
    r"agreed to|undertook to|told (?:her|him|them|[A-Z][a-z]+) (?:I|we)(?:'d| would| will|'ll))\s+(?:(?:bring|send|get|deliver|provide|share|have|do|cover|"
    rf"finish|give (?:her|him|them))\s+)?(?:[\w'-]+\s+){{0,5}}?{_COUNT}\s+(?P<thing>(?:[\w-]+\s+){{0,2}}?[a-z][\w-]*s)\b",
    _I,
)
# Only part of it there: "I only have one", "one of the two", "the second is still owed", "still waiting on the other".
_SHORT = re.compile(
    r"\bonly (?:have|has|had|got|received|sent|delivered|managed|brought) (?:one|two|three|\d+|part|half|some)\b|\bjust (?:the )?one\b|"
    r"\bone of (?:the )?(?:two|three|four|both)\b|\b(?:still|is|are|remains?|remain) (?:owed|outstanding|missing|pending|to come)\b|"
    r"\bstill waiting (?:on|for)\b|\b(?:still|yet) (?:not|no|to be)\b|\bnot yet\b|\b(?:never|hasn't|has not|haven't|have not) (?:replied|come in|arrived|answered|delivered)\b|"
    r"\b(?:you|he|she) (?:said|promised|told (?:me|us)) (?:two|three|four|five|both|all)\b|\b(?:one|two|three|four|\d+) (?:out )?of (?:the )?(?:two|three|four|five|six|\d+)\b",
    _I,
)


def partly_kept(sit: Situation) -> None:
    """Our promise of several things ("two quotes", "both reports") that a later line shows only partly kept ("I only have
    one", "the second quote is still owed", "You said two"): open and overdue, with that line as its proof, until a later
    line shows the rest delivered. A dated promise already read keeps its own date; an undated one fell due the day it
    was first shown short."""
    from assistant.planning.delivery_words import delivers, linked

    for s in [s for s in sit.sentences if s.speaker in ("narrator", "us") or s.text.lstrip().startswith("[")]:  # "[my note: ...]"
        match = _COUNTED_PROMISE.search(one_line(s.text))
        if match is None or re.match(r"(?:one|1)$", match.group("count"), _I):
            continue
        thing = f"{match.group('count')} {match.group('thing')}"
        head = match.group("thing").split()[-1].lower().rstrip("s")[:5]
        about = [x for x in sit.sentences if x.order > s.order and (head in x.text.lower() or _counted(x.text) or len(linked(s.text, x.text)) >= 2)]
        short = [x for x in about if _SHORT.search(x.text) and "?" not in x.text]
        if not short:
            continue
        rest = [x for x in about if x.order > short[-1].order and not _SHORT.search(x.text)
                and ((delivers(x) and len(linked(thing, x.text)) >= 1) or _whole(match.group("count"), head, x.text))]
        if rest:
            continue  # the rest came since
        found = next((i for i in sit.items if i.kind == "promise" and i.owner == "us" and i.order == s.order), None)
        if found is None:
            found = Item("promise", "us", "open", s.text, s.date, s.note.ref, "promised", thing, False, short[0].date,
                         order=s.order, terms=terms_of(thing), date_order=s.date_order)
            sit.items.append(found)
        found.kind, found.done_quote, found.done_on = "promise", "", None
        if found.due and sit.meeting_day and found.due >= sit.meeting_day:  # not due yet: part of it in is progress, no miss
            found.status, found.progress_quote = "open", short[-1].text
            continue
        found.status, found.broken_quote, found.broken_on = "overdue", short[-1].text, short[-1].date


def _counted(text: str) -> bool:
    """A line that quotes the count back ("You said two.")."""
    return re.search(r"\b(?:you|he|she) (?:said|promised|told (?:me|us)) (?:two|three|four|five|both|all)\b", text, _I) is not None


_NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}


def _whole(count: str, head: str, text: str) -> bool:
    """A later line that names the whole count of the thing ("live with 3 cooperatives", "all three depots done")."""
    word = count.split()[-1].lower()
    forms = {word, _NUMBERS.get(word, word), *(k for k, v in _NUMBERS.items() if v == word), "all", "every", "both"}
    return re.search(rf"\b(?:{'|'.join(sorted(map(re.escape, forms)))})\s+(?:[\w-]+\s+)?{re.escape(head)}", text, _I) is not None
