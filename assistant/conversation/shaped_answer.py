"""Answers whose shape the question sets (question_intents.shape): whether a date can be promised, whether a topic should be
raised, what to tell the CIO's own team. Each replaces the meeting-preparation answer only where the notes hold something
true to fill its shape; otherwise the partner answer stays as it was."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from assistant.conversation.draft_reply import asks_draft, draft_parts
from assistant.conversation.form_verdict import outside_cause
from assistant.conversation.grievance import asks_grievance, grievance
from assistant.conversation.partner_record import heals
from assistant.conversation.partner_say import on_day
from assistant.conversation.question_intents import shape
from assistant.planning import miss_cause, miss_closure
from assistant.planning.due_dates import dates_in
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_N = r"(\d{1,3}|" + "|".join(k for k in _NUM if len(k) > 2) + r")"
DURATION = re.compile(rf"\b{_N}(?:\s*(?:to|-|–|or)\s*{_N})?\s+(day|week|month)s?\b", re.I)
ESTIMATE = re.compile(r"\b(?:needs?|takes?|take|will take|would take|estimates?|lead time|of work|expects?|reckons?|at least|about|around)\b", re.I)
DONE_BEFORE = re.compile(r"\b(?:built|did|took|delivered|finished|made|ran|shipped|was|were|ago|in the last)\b", re.I)
CHAIN = re.compile(r"\b(?:once|after|only when|before we can|then)\b", re.I)
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_EVENT = re.compile(r"\b(?:before|for|by|in time for|ahead of)\s+((?:the|our|her|his|their)\s+[\w -]{3,40}?)(?:[?.;,]|$| and\b| or\b)", re.I)
APOLOGY = re.compile(r"\bsorry\b|\bapologi|\bown (?:it|the fix)\b|\bwas ours\b|\bon us\b", re.I)
HOW_DOING = re.compile(r"\bhow (?:she|he|they)(?:'s| is| are|’s) (?:doing|feeling)\b|\bhealth\b|\bwell-?being\b|\bleave\b", re.I)


def reshape(result: Any, question: str, sit: Situation, first: str, today: dt.date, cite: Callable[[str, str, str], Any]) -> None:
    """Fill the question's own shape where the notes allow; leave the answer untouched otherwise."""
    kind = "draft" if asks_draft(question) else "grievance" if asks_grievance(question) else shape(question)  # "should I tell her we felt ambushed?": not first
    parts = (draft_parts(question, sit, first, today) if kind == "draft" else grievance(sit, first, today) if kind == "grievance" else _raise(question, sit, first, today, result.say_this) if kind == "raise" else _feasible(question, sit, first, today) if kind == "feasible"
             else _team(sit, first, today) if kind == "team" else _pitch(sit, first, today) if kind == "pitch" else None)
    if parts is None:
        return
    direct, say, back, cited = parts
    result.direct, result.say_this, result.question_back = direct[:3], say, back
    result.drafted = kind == "draft"
    result.answered = result.actionable = result.about_partner = True  # built from the notes: shown even where the material is silent
    quotes = {n.quote for n in result.notes}
    result.notes = [n for n in result.notes if not (kind == "raise" and re.search(r"\bsorry\b|\bapologi", n.quote, re.I))]
    result.notes = [cite(s.date.isoformat() if s.date else "", s.text.strip(), s.note.ref) for s in cited
                    if s.text.strip() not in quotes][:3] + result.notes[:2]


def _sentence(sit: Situation, quote: str) -> Sentence | None:
    return next((s for s in sit.sentences if quote.strip() and (quote.strip() in s.text or s.text.strip() in quote)), None)


def _days(word: str | None) -> int:
    if not word:
        return 0
    return int(word) if word.isdigit() else _NUM.get(word.lower(), 0)


def _ahead(when: dt.date, today: dt.date) -> dt.date:
    """A date the question names without a year, moved to its next coming (29 February to the next leap year)."""
    year = when.year
    while when < today:
        year += 1
        if (when.month, when.day) != (2, 29) or calendar.isleap(year):
            when = when.replace(year=year)
    return when


def _target(question: str, sit: Situation, today: dt.date) -> tuple[dt.date, str, Sentence | None] | None:
    """The date the question asks about: written in it, or the date of the event it names, read from the notes (both read
    by the notes' own date reader, due_dates.dates_in)."""
    found = dates_in(question, today)
    event = _EVENT.search(question)
    source: Sentence | None = None
    when = _ahead(found[0], today) if found else None
    if when is None and event is not None:
        want = {t[:5] for t in terms_of(event.group(1))}
        for s in sit.sentences:
            days = dates_in(s.text, s.date or today, s.date_order)
            if days and len(want & {t[:5] for t in terms_of(s.text)}) >= min(2, len(want)):
                source, when = s, _ahead(days[0], today)
                break
    if when is None:
        return None
    name = re.sub(r"^(?:her|his|their|our)\b", "the", event.group(1).strip()) if event and source is not None else ""
    return when, name or on_day(when, today), source


def _feasible(question: str, sit: Situation, first: str, today: dt.date) -> tuple[list[str], str, str, list[Sentence]] | None:
    """Yes, no or only-if, from the durations in the notes against the date asked about."""
    target = _target(question, sit, today)
    if target is None:
        return None
    when, event, source = target
    spans: list[tuple[int, int, str, Sentence]] = []
    for s in sit.sentences:
        for clause in re.split(r";|\. ", s.text):
            m = DURATION.search(clause)
            if m is None or not ESTIMATE.search(clause) or DONE_BEFORE.search(clause):
                continue
            unit = {"day": 1, "week": 7, "month": 30}[m.group(3).lower()]
            lo = _days(m.group(1)) * unit
            hi = (_days(m.group(2)) or _days(m.group(1))) * unit
            if lo:
                spans.append((lo, hi, clause.strip().rstrip("."), s))
    if not spans:
        return None
    chained = len(spans) > 1 and any(CHAIN.search(c) for _, _, c, _ in spans)
    lo = sum(x[0] for x in spans) if chained else max(x[0] for x in spans)
    hi = sum(x[1] for x in spans) if chained else max(x[1] for x in spans)
    soonest, latest = today + dt.timedelta(days=lo), today + dt.timedelta(days=hi)
    facts = "; ".join(f"“{c}” ({on_day(s.date, today)})" for _, _, c, s in spans[:3])
    adds = " one after the other" if chained else ""
    when_s = on_day(when, today)
    at = event if event == when_s else f"{event} on {when_s}"  # a date asked without an event is not named twice
    is_on = f"the date asked for is {when_s}" if event == when_s else f"{event} is on {when_s}"
    if soonest > when:
        verdict = (f"No, not as things stand: {is_on}, and your notes put the work at {facts}. Counted from today{adds}, that is "
                   f"{soonest:%B %Y} at the earliest, after {event}.")
        advice = (f"Tell {first} now, before {first} plans on it, and say what {first} can have for {event} from what already works and when "
                  "the rest follows; confirm both dates with the people who will do the work.")
        say = (f"I won't promise it for {event}: on what we know today the earliest is {soonest:%B}. I'd rather tell you now than in "
               f"{(when - dt.timedelta(days=30)):%B}. Here is what you can have for {event}, and when the rest follows.")
        back = f"What could {first} use for {event} from what already works, and which date after it can your team stand behind?"
    elif latest <= when:
        verdict = f"Yes, on the durations in your notes ({facts}), {at} can be met, with {(when - latest).days} days to spare."
        advice = "Promise it only once the people doing the work have confirmed the dates, and name the one thing that would put it at risk."
        say = f"We can have it for {event}, and I'll confirm the date once my team has checked it; if anything puts it at risk, you'll hear it from me first."
        back = f"What is the one thing that could still put {when_s} at risk, and who will tell you first if it moves?"
    else:
        verdict = (f"Only if everything goes right: your notes put the work at {facts}, which ends between {soonest:%d %B} and {latest:%d %B}"
                   f"{adds}; {is_on}.")
        advice = "Do not promise it yet: say what would have to be true to make it, and give the date once its owner has checked it."
        say = f"{event[:1].upper()}{event[1:]} is possible only if everything goes right. Here is what would have to be true, and I'll confirm once my team has checked it."
        back = f"What would have to be true to make {when_s}, and who on your team can confirm it before you answer {first}?"
    cited = [s for _, _, _, s in spans] + ([source] if source else [])
    return [verdict, advice], say, back, list({id(s): s for s in cited}.values())


def _raise(question: str, sit: Situation, first: str, today: dt.date, line: str = "") -> tuple[list[str], str, str, list[Sentence]] | None:
    """A direct recommendation on raising a topic: what the notes say keeps it out, closes it, or makes it ours to own."""
    asked = terms_of(question)
    out: list[str] = []
    cited: list[Sentence] = []
    kept = [t for t in sit.avoid if t.kind != "forgiven_miss" and (asked & t.terms or (t.kind == "personal" and HOW_DOING.search(question)))]
    if any(t.kind == "personal" for t in kept):
        out.append(f"Do not mention what {first} told you in confidence, or ask about it; a plain, warm welcome is enough, and "
                   f"{first} can say more if {first} chooses.")
    formal = [t for t in kept if t.kind != "personal"]
    if formal:
        label = next((t.topic for t in formal if not t.topic.startswith(("“", '"'))), "it")
        label = re.sub(r"^(?:the|a|an) ", "", label)
        asked_not = next((t for t in formal if t.kind == "asked_not_to"), None)
        why = (f"your notes of {on_day(asked_not.date, today)} say “{asked_not.quote.strip()}”" if asked_not is not None and
               len(asked_not.quote.split()) <= 40 else formal[0].why.rstrip("."))
        out.append(f"No: leave the {label} out of this meeting; {why[:1].lower()}{why[1:]}")
        cited += [s] if asked_not is not None and (s := _sentence(sit, asked_not.quote)) is not None else []
    third, closure, who = False, None, ""
    if (miss := _miss_asked(question, sit)) is not None:
        org = _org(question, miss.quote, first)
        third = miss.owner == "third_party" or (miss.owner != "us" and outside_cause(sit) is not None)  # the typed cause (miss_cause)
        closure = _closed(sit, miss)
        s = _sentence(sit, miss.quote)
        cited += [s] if s else []
        cited += [closure] if closure else []
        cause = f"{org}'s" if org else "a third party's"
        who = org or "a third party"
        if third and closure is not None:
            closer = f"{first} has closed it" if closure.speaker == "partner" or re.search(r"[\"“]", closure.text) else "your notes show it settled"
            out.append(f"No, leave it out: the cause was {cause}, not ours, and {closer}: “{closure.text.strip()}” "
                       f"({on_day(closure.date, today)}). If {first} raises it, answer in one sentence with what was done, and move on.")
        elif third:
            out.append(f"Do not apologise for it as IT's miss: your notes put the cause with {who}. Acknowledge what it cost {first}, give "
                       f"{first} the facts {first} has not seen, and offer one small fix with an owner and a date your team has checked.")
        elif closure is not None:
            out.append(f"No need to reopen it: {first} has put it behind them (“{closure.text.strip()}”, {on_day(closure.date, today)}). "
                       "If it comes up, one sentence on what changed is enough.")
        else:
            out.append("Yes: it was ours and nothing in your notes closes it, so raise it yourself early and briefly: what slipped, what "
                       "you changed, and a date your team has checked.")
    if not out:
        return None
    lead = next((i for i in sit.open_theirs() if not any(len(terms_of(i.quote) & t.terms) > 1 for t in sit.avoid)), None)
    if lead is not None:
        out.append(f"Spend the meeting on {first}'s open {lead.kind} of {on_day(lead.date, today)} instead: “{lead.quote.strip()}”")
        cited += [s] if (s := _sentence(sit, lead.quote)) else []
    said_miss = miss is not None and (APOLOGY.search(line) or len(terms_of(line) & terms_of(miss.quote)) > 1)
    say = "" if said_miss or any(len(terms_of(line) & t.terms) > 1 for t in sit.avoid) else line
    if (not say or lead is None) and closure is not None and (closure.speaker == "partner" or re.search(r"[\"“]", closure.text)):
        say = "That one is behind us, as you said. I'd like to spend our time on what comes next for you."
    if miss is not None and third and closure is None:
        say = (f"The cause was {who}'s, not ours, and I know what it cost you. Here is what we know, and the one thing we will "
               "change on our side, with a date my team has checked.")
    back = f"If {first} brings it up, what is the one sentence you will say, and how will you move back to {first}'s agenda?"
    return out, say, back, cited


_TARGET = re.compile(rf"\bby (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)?|end of|{MONTHS})\b|\bbefore (?:the )?\w+|\bif (?:I|we) (?:get|have|see)\b", re.I)
_OWNER = re.compile(r"\b(?:Owner|owned by|lead)\s*[:=-]?\s*([A-Z][a-z]+)\b")


def _team(sit: Situation, first: str, today: dt.date) -> tuple[list[str], str, str, list[Sentence]] | None:
    """What the CIO tells their own team after a hard message from the partner: the partner's latest target in the partner's
    own words, what is ours in it, one owner; never the partner run down."""
    words = [s for s in sit.sentences if (s.speaker == "partner" or re.search(rf"\b{re.escape(first)}\b[^\"“]*[:,]\s*[\"“]", s.text))
             and _TARGET.search(s.text) and len(s.text.split()) <= 45 and re.search(r"[\"“][^\"”]{12,}[\"”]", s.text)]  # said in their words
    praise = next((s for s in reversed(sit.sentences) if s.speaker != "us" and (q := re.search(r"[\"“]([^\"”]{12,})[\"”]", s.text))
                   and _FOR_TEAM.search(q.group(1)) and _PRAISE.search(q.group(1))), None)  # the partner's thanks for the CIO's people
    if not words and praise is None:
        return None
    latest = words[-1] if words else praise
    assert latest is not None
    inner = re.search(r"[\"“]([^\"”]{12,})[\"”]", latest.text)
    said = inner.group(1).strip() if inner else latest.text.strip()
    if not words:  # no target in the partner's words: what the partner said for the team leads, and the next date of ours
        return _praise_first(sit, first, today, latest, said)
    mine = next((i for i in sit.open_theirs() if i.kind == "request"), None)
    owner = next((m.group(1) for s in sit.sentences if mine is not None and s.note.ref == mine.note_ref
                  and 0 <= s.order - mine.order <= 2 and (m := _OWNER.search(s.text))), "")
    direct = [f"Tell your team the truth, in {first}'s latest words rather than the angry ones: on {on_day(latest.date, today)} {first} said "
              f"“{said}” That is the target, and it is small and clear."]
    cited = [latest]
    if mine is not None:
        told = "" if mine.quote.strip() in latest.text or said in mine.quote else f"your notes of {on_day(mine.date, today)} say “{mine.quote.strip()}” "
        give = "Give" if told else "give"
        direct.append(f"Be straight that {'the missed date was ours' if mine.due and mine.due < today else 'the next date is ours'}: {told}{give} the next step to {owner or 'one person'}, and ask for "
                      "an early warning if it slips, not news on the day.")
        cited += [s] if (s := _sentence(sit, mine.quote)) else []
    direct.append(f"Do not run {first} down or pass the message further; answer worries about what happens next only with what your "
                  "notes actually show.")
    if praise is not None and praise is not latest and not _kept_close(praise, sit):  # their thanks for the team, passed on first
        thanks = re.search(r"[\"“]([^\"”]{12,})[\"”]", praise.text)
        direct = [f"Pass on {first}'s thanks first, word for word: on {on_day(praise.date, today)} {first} said “{thanks.group(1).strip() if thanks else ''}”",
                  *direct[:2]]
        cited.append(praise)
    who = f"{owner}, it's yours" if owner else "I want one of you to own it"
    say = f"Here is what {first} told me on {on_day(latest.date, today)}: “{said}” That's our target. {who}; tell me early if it looks at risk."
    back = f"What would tell your team a week early that {first}'s date is at risk, and who will say so?"
    return direct, say, back, cited


_FOR_TEAM = re.compile(r"\b(?:tell|thank) (?:your|the|[A-Z][a-z]+(?:'s|’s)) (?:team|people)\b|\byour (?:team|people) (?:did|saved|made|got|were)\b", re.I)


_PRAISE = re.compile(r"\b\w+est (?:we'?ve|I'?ve|we have|I have) (?:ever )?had\b|\b(?:sav(?:ed|es)|cut|helped|great|thank\w*|well done|good|brilliant|excellent|made (?:a|the) difference)\b", re.I)
_CLOSE = re.compile(r"\bkeep (?:it |this |that )?out\b|\bprivileged\b|\bconfidential\b|\bin confidence\b|\b(?:do not|don't|never) (?:share|mention|repeat)\b", re.I)


def _kept_close(said: Sentence, sit: Situation) -> bool:
    """The sentence shares a name or two words with a note line that keeps something confidential."""
    names = set(re.findall(r"\b[A-Z][a-z]{2,}\b", said.text)) - {"The", "Tell", "Your", "Our", "This", "That"}
    return any(_CLOSE.search(s.text) and (names & set(re.findall(r"\b[A-Z][a-z]{2,}\b", s.text)) or len(terms_of(s.text) & terms_of(said.text)) > 1)
               for s in sit.sentences if s is not said)


def _praise_first(sit: Situation, first: str, today: dt.date, said_in: Sentence, said: str) -> tuple[list[str], str, str, list[Sentence]]:
    """What the CIO tells their team when the partner's words for the team are praise: those words, then our open date."""
    mine = next((i for i in sit.open_theirs() if i.kind == "request"), None)
    close = _kept_close(said_in, sit)  # words that name something the notes keep confidential are not passed round a team
    direct = [f"Start with what {first} said for them on {on_day(said_in.date, today)}, word for word: “{said}” Pass it on first: "
              f"it tells them how {first} sees their work."] if not close else [
        f"Start with {first}'s thanks of {on_day(said_in.date, today)}: {first} asked you to tell your team their work helped. Pass it on "
        "first, and leave out which matter it was for: your notes keep that confidential."]
    cited = [] if close else [said_in]
    if mine is not None:
        direct.append(f"Then the work itself: your notes of {on_day(mine.date, today)} say “{mine.quote.strip()}” Agree with them what "
                      f"{first} hears next, and when, and that any new date is one they have checked.")
        cited += [s] if (s := _sentence(sit, mine.quote)) else []
    say = (f"{first} asked me to pass this on: “{said}” That's how {first} sees the work you did." if not close else
           f"{first} asked me to thank you: what you did for {first}'s team helped. That's how {first} sees the work you did.")
    back = f"What will your team show {first} next, and who will tell {first} when it is ready?"
    return direct, say, back, cited


_WANTS = re.compile(r"\b(?:wants?|needs?|is after|asked for)\b\s+(?P<what>[^.;]{8,120})", re.I)
_MEASURE = re.compile(r"\d\s*%|\bwithin \d|\binstead of\b|\bper (?:day|week|month|customer|order|claim)\b|\bunder \d|\bbelow \d|\b\d+ (?:hours|days)\b", re.I)
_COST = re.compile(r"\b(?:lose|loses|lost|paid|twice|duplicate|spend|spends|waste\w*|rekey\w*|by hand|from memory|coin toss)\b", re.I)


def _you(text: str) -> str:
    """The partner's want said back to them ("a forecast he can defend" -> "a forecast you can defend")."""
    for a, b in (("he", "you"), ("she", "you"), ("his", "your"), ("her", "your"), ("him", "you"), ("they", "you"), ("their", "your")):
        text = re.sub(rf"\b{a}\b", b, text)
    return text


def _pitch(sit: Situation, first: str, today: dt.date) -> tuple[list[str], str, str, list[Sentence]] | None:
    """A pitch in the partner's terms: what the partner wants (their measure), the cost the notes give in their facts, and the
    question the partner asked last, answered; none of our own method words."""
    wants = [s for s in sit.sentences if (m := _WANTS.search(s.text)) and _MEASURE.search(m.group("what")) and s.speaker in ("partner", "narrator")
             and re.search(rf"^(?:{re.escape(first)}|he|she|they)\b", s.text.strip(), re.I)]
    if not wants:
        return None
    want = wants[-1]
    what = (m.group("what") if (m := _WANTS.search(want.text)) else want.text).strip().rstrip(".")
    costs = [s for s in sit.sentences if _COST.search(s.text) and re.search(r"\d|a day|an hour", s.text) and s is not want][-2:]
    asked = next((q.group(1) for s in reversed(sit.sentences) if (q := re.search(r"([A-Z][^.?!\"“”]{3,80}\?)[\"”]?", s.text))
                  and re.search(r"[\"“]", s.text)), "")
    direct = [f"Pitch it as what {first} wants, in {first}'s own measure: “{want.text.strip()}” ({on_day(want.date, today)})."]
    if costs:
        direct.append("Put the cost of leaving it in the facts your notes give, as they give them (an estimate stays an estimate): " +
                      " ".join(f"“{c.text.strip()}”" for c in costs))
    page = any(re.search(r"\bone page\b", x.text, re.I) for x in sit.sentences)
    direct.append((f"Answer the question {first} asked: “{asked}” " if asked else "") + ("On the one page asked for, keep" if page else "Keep") +
                  f" it to what {first} gets and when, one small first step with an owner and a date, and none of our own method words.")
    say = f"You want {_you(what)}. Here is what you get first, and when, and what it needs from your side."
    back = f"Which one number of {first}'s will move first, and by which date can your team show it?"
    return direct, say, back, [want, *costs]


def _miss_asked(question: str, sit: Situation) -> Item | None:
    asked = {t[:5] for t in terms_of(question)}
    misses = [i for i in sit.items if i.kind == "miss" and len(asked & {t[:5] for t in terms_of(i.quote)}) >= 1]
    if not misses:  # an outside firm's failure the model kept as no item of ours: the sentence that tells it, typed by its cause
        misses = [Item("miss", "third_party", "open", s.text, s.date, s.note.ref, order=s.order, terms=terms_of(s.text))
                  for s in sit.sentences if s.speaker != "partner" and asked & {t[:5] for t in terms_of(s.text)}
                  and miss_cause.cause_in(s.text, s.speaker) == "third_party"]
    return max(misses, key=lambda i: len(asked & {t[:5] for t in terms_of(i.quote)}), default=None)


def _org(question: str, quote: str, first: str) -> str:
    """A name the question and the miss share (the company that caused it), never the partner's: the firm whose thing failed in the
    miss's own words ("Transalp Express's tracking platform went dark") first."""
    owner = re.search(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:'s|’s) (?:[\w-]+ ){0,3}?(?:went|was|were|failed|crashed|broke|outage|platform|system|hub|feed)\b", quote)
    if owner and owner.group(1).split()[0] not in (first, "I", "IT", "Our", "The", "My"):
        return owner.group(1)
    for word in re.findall(r"(?<!^)(?<![.?!] )\b([A-Z][A-Za-z]+[a-z][A-Za-z]*)(?:'s|’s)?\b", question):
        if word not in (first, "I", "IT") and re.search(rf"\b{re.escape(word)}\b", quote):
            return str(word)
    return ""


def closes(text: str) -> bool:
    """The sentence puts a miss behind the partner or closes it, by the plan engine's closure cues (one list, not the chat's own)."""
    return heals(text) or bool(miss_closure.CLOSED.search(text) or miss_cause.CLOSED.search(text))


def _closed(sit: Situation, miss: Item) -> Sentence | None:
    """The sentence that closed the miss: the one the plan engine typed (forgiven, or a third party's miss closed), else the
    partner's closure near it, else a later line on the same topic that closes it, the partner's own words first."""
    typed = miss.forgiven_quote or (miss.done_quote if miss.status == "done" else "")
    if typed and (said := _sentence(sit, typed)) is not None:
        return said
    if (near := miss_closure.closed_by_partner(sit, miss)) is not None:
        return near
    terms = terms_of(miss.quote)

    def topic(x: Sentence) -> frozenset[str]:  # the sentence's own terms and its note's: "that is closed" after "you chased the vendor"
        return frozenset().union(*(terms_of(y.text) for y in sit.sentences if y.note.ref == x.note.ref))

    said_later = [s for s in sit.sentences if s.text.strip() not in miss.quote and closes(s.text) and (
        (s.order > miss.order and (terms & topic(s) or s.note.ref == miss.note_ref))
        or (s.note.ref == miss.note_ref and s.speaker == "partner"))]  # an e-mail reply quotes the message it closes below it
    return next((s for s in said_later if s.speaker == "partner" or re.search(r"[\"“]", s.text)), said_later[0] if said_later else None)
