"""The value message from the partner's own goal (plan round 25): their goal said whole, then one sentence that ties
what we bring to this meeting to it, carrying the statement's meaning as a kind (keeps the work running, better
decisions, customers, growth, cost) in their terms, never the statement's words.

A goal is a typed fact of theirs: a target with a number that they set or are held to, an aim read from the timeline,
or a line of their own words with a want, a number or a worry in it; still current (not met, not a deliverable a
later note shows done), latest first. It is said whole or not at all: their own words in quotation marks as they
stand, a target item after a colon. With no goal, the item on the table (their request or offer, our promise, by its
date) judged by that meaning; with none, what we do. Never a bare question, never the statement's words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.planning.aim_facts import AimFact
from assistant.planning.aim_kinds import not_an_aim
from assistant.planning.fragments import phrase_fault, sentence_fault
from assistant.planning.goal_current import goal_metric, went_live
from assistant.planning.goal_done import reported_done
from assistant.planning.partner_aims import Aim
from assistant.planning.partner_facts import Measure
from assistant.planning.partner_targets import Target
from assistant.planning.pushback import quoted_by_partner
from assistant.planning.situation import Goal, Situation
from assistant.planning.spoken_lines import not_spoken
from assistant.planning.value_meaning32 import reported_change, statement_meaning
from assistant.planning.value_traps import check_value_traps
from assistant.planning.voice import goal_said

_I = re.IGNORECASE
MAX_QUOTE_WORDS = 32  # a line of theirs longer than this is not said back in one breath
_NUMBER = re.compile(r"\d")
# A worry or a want in their own line: "keep the tills up", "I need", "my number is".
_OWN_LINE = re.compile(r"\b(?:I|we)\s+(?:want|need|have to|must)\b|\b(?:my|our)\s+(?:target|goal|number|aim|priority|job)\b"
                       r"|\bmatters? (?:most )?to (?:me|us)\b|^(?:(?:just|please)\s+)?(?:keep|get|make)\b", _I)
# A want to be told or shown something ("I want to hear why it failed") is a demand on us, never their goal.
_WANT_TOLD = re.compile(r"\b(?:want|need)\s+(?:to\s+(?:know|hear|see|be told|understand)|an?\s+(?:answer|date|update|explanation|apology)"
                        r"|(?:it|this|that|them)\s+(?:by|before|for|from)|(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:list|report|estimate|quote|plan|breakdown|proposal|paper|note|summary|schedule|figures?)s?)\b"
                        r"|\bin writing\b|^(?:that|this|it|those|these)\b|…|\.\.\."  # a cut the note made
                        r"|\b(?:by|before)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", _I)  # a thing due on a day  # a deliverable, a date, an answer; a line that leans on another
# A want of a named thing ("Next thing I want is Tillbook behind single sign-on"): a request of theirs, never their goal.
NAMED_WANT = re.compile(r"\b(?:want|need)\b[^.!?]*?\b(?!I\b)[A-Z][a-z]+|^(?:the\s+)?(?:next|first|one)\s+thing\b")
# Their line that asks us for something, or talks about us, is the meeting's business, not their goal.
_ABOUT_US = re.compile(r"\b(?:you|your|(?-i:IT)|tech(?:nology)?|the system|the vendor|the project)\b|\?", _I)

# The statement's meaning as a kind, said the way the partner would say it (never the statement's words). Every fixed
# sentence stays under twelve words: partners who share a statement never share a long sentence (the boilerplate check).
KINDS: dict[str, str] = {
    "running": "your day-to-day work running without interruptions",
    "numbers": "facts you can act on sooner",
    "customers": "a difference the people you serve notice",
    "growth": "helping the business grow, not only run",
    "cost": "a cost you can see and defend",
}
_THEMES = {
    "numbers": r"\b(?:decid|decision|number|data|information|insight|measur|know|forecast|report|figure)",
    "running": r"\b(?:run|reliab|safe|keep|secure|stable|smooth|moving|on time|uptime)",
    "customers": r"\b(?:customer|patient|client|citizen|resident|guest|member|passenger|student|pupil|buyer|famil|care|serve)",
    "growth": r"\b(?:sell|grow|growth|win|market|revenue|launch|more of|pay more)",
    "cost": r"\b(?:cost|spend|money|afford|cheaper|fuel|diesel|energy|waste)",
}
_LEVEL_ORDER = {"T": ("running", "cost", "numbers", "customers", "growth"), "I": ("numbers", "customers", "running", "growth", "cost"),
                "BT": ("growth", "customers", "numbers", "running", "cost")}


@dataclass(frozen=True)
class OwnGoal:
    said: str  # the whole sentence that says it back
    metric: str  # their measure ('' when none is read)
    topic: str  # the goal's own words, for the kind


def statement_kind(statement: str, level: str, goal_words: str = "") -> str:
    """The statement's meaning as one kind: the first theme, in the level's order, that the statement carries and the
    goal touches; else the statement's first; else the level's own."""
    order = _LEVEL_ORDER.get(level, _LEVEL_ORDER["I"])
    found = [k for k in order if re.search(_THEMES[k], statement, _I)]
    touched = [k for k in found if re.search(_THEMES[k], goal_words, _I)]
    return (touched or found or list(order))[0]


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _quoted(first: str, line: str) -> str:
    """Their own line, quoted whole as it stands: 'Mira, in your words: “Keep the tills up on Saturdays.”'."""
    body = line.strip().strip("\"“”").strip()
    if not body or len(body.split()) > MAX_QUOTE_WORDS or '"' in body or "“" in body:
        return ""
    body = body[:1].upper() + body[1:]
    body = body if body[-1] in ".!?" else body + "."
    return f"{first}, in your words: “{body}”"


def _whole_line(text: str, part: str) -> str:
    """The sentence of `text` (a note line) that holds `part`, inside its quotation marks when quoted: whole or ''."""
    for quoted in re.findall(r"[\"“]([^\"”]{8,})[\"”]", text):
        for sentence in re.split(r"(?<=[.!?])\s+", quoted):
            if part.lower() in sentence.lower():
                return sentence
    return ""


def _safe(sentence: str) -> bool:
    return bool(sentence) and not check_value_traps(sentence) and not sentence_fault(sentence, quotes=False)


def _metric(text: str) -> str:
    """'your contract share' from 'contract share from 35% to 50% by 2027': their measure, named as theirs."""
    m = re.match(r"^(?:(?:my|our|your|his|her|their|the)\s+)?(?P<m>[a-z][\w' -]{2,40}?)\s+(?:from|down|up|to|under|below|above|over|at|cut|back)\s+(?=[£$€]?\d)", text.strip(), _I)
    metric = re.sub(r"\s+(?:up|down|back)$", "", m.group("m").strip()) if m else ""  # "discharges before noon up from 30%"
    if not metric or len(metric.split()) > 5 or phrase_fault(metric) or re.search(r"\b(?:we|I|it|this|that|to|be|is|are|get|have|take|takes|back|request)\b", metric, _I):
        return ""
    return f"your {_lower(metric)}"


def _from_target(sit: Situation, first: str, targets: list[Target], met: set[str]) -> OwnGoal | None:
    for t in targets:
        if t.text in met or not _NUMBER.search(t.text) or len(t.text.split()) > 24 or not cut_free(t.text) or went_live(t, sit):
            continue
        if re.search(r"#|\b(?:I|still|me)\b|\btakes?\s+\d", t.text):
            continue  # a sentence of theirs ("... and I still print"), a tag, a bare level ("3% by 2027"): no item to say
        if re.match(r"(?:an?|the|one|new)\s", t.text, _I) and not t.metric:
            continue  # "a trade app for our 1,800 installers": a thing to build, no measure of theirs
        item = t.said().rstrip(" .")
        if reported_change(t.text):  # "margin down 3.1 pts YoY": a problem they report, never called their target
            said = f"{first}, the number {'you reported' if t.spoken else 'on the table'}: {item}."
        elif t.set_by and t.set_by != "joint":
            said = f"{first}, the target {t.set_by} holds you to: {item}."
        else:
            said = f"{first}, {'our joint' if t.set_by == 'joint' else 'your'} target: {item}."
        if _safe(said):
            return OwnGoal(said, _metric(t.text) or (_metric(f"{t.metric} to 1") if t.metric else ""), t.text)
    return None


def cut_free(item: str) -> bool:
    """An item that reads whole: it starts on a word or a number, its brackets pair up, and it ends on no loose word."""
    return bool(re.match(r"[\w£$€]", item)) and not re.match(r"[£$€]?\d[\d,.]*\)", item) and item.count("(") == item.count(")") \
        and not phrase_fault(item)


def _from_fact(first: str, fact: AimFact | None) -> OwnGoal | None:
    if not fact or not_an_aim(fact.text) or _WANT_TOLD.search(f"want {fact.text}") or fact.set_by and fact.kind != "set" and fact.set_by != "joint":
        return None  # an aim of theirs read from the timeline (vetted whole there): a label, a result set above them, a want
    said = fact.sentence(first)
    return OwnGoal(said, f"your {_lower(fact.metric)}" if fact.metric else _metric(fact.text), fact.text) if _safe(said) else None


def theirs(sit: Situation, first: str, note_ref: str, text: str) -> bool:
    """The line is the partner's own: said under their label, or quoted with a lead-in that gives it to them (never
    a deputy's, a colleague's or the CIO's line that happens to hold a want)."""
    names = sit.partner_names
    for s in sit.sentences:
        if s.note.ref != note_ref or not (text in s.text or s.text in text):
            continue
        if s.speaker == "partner" or s.speaker == "narrator" and quoted_by_partner(s.text, s.note.text, names):
            return True
    return False


def _from_goal(first: str, sit: Situation, goals: list[Goal], measured: bool) -> OwnGoal | None:
    notes = {s.note.ref: s for s in sit.sentences}
    for g in goals:
        if bool(g.measures or _NUMBER.search(g.text)) != measured or not g.spoken or g.verb == "I want you to" or not_an_aim(g.text):
            continue
        if not theirs(sit, first, g.note_ref, g.text):
            continue
        line = _whole_line(g.quote, g.text) or (_whole_line(notes[g.note_ref].note.text, g.text) if g.note_ref in notes else "")
        said = _quoted(first, line) if line and not _ABOUT_US.search(line.replace(g.text, "")) and not _WANT_TOLD.search(line) else ""
        if _safe(said):
            return OwnGoal(said, _metric(g.text), g.text)
    return None


# "cost per parcel on the night network down by 5% next year", "inventory days from 41 to 33": a measure of theirs that moves
_MOVES = re.compile(r"^(?:the\s+)?[a-z][\w' -]{2,60}?\s+(?:(?:down|up|cut|lower|higher)\s+(?:by\s+|to\s+)?[£$€]?\d|from\s+[£$€]?\d[\d,.]*\S*\s+to\s+[£$€]?\d)", _I)
_OUTCOME = re.compile(r"(?:every|each|all|no|zero|fewer|more|less)\s", _I)  # "every tanker back by noon": their world, measured by them


def _from_narrated(first: str, goals: list[Goal]) -> OwnGoal | None:
    """A want the notes give to the partner in the CIO's words ("Ana wants every tanker back by noon"), said back to
    them as their want, whole; never a demand on us."""
    for g in goals:
        if g.spoken or g.verb == "I want you to" or not_an_aim(g.text) or _WANT_TOLD.search(f"want {g.text}") or not cut_free(g.text):
            continue
        if not (goal_metric(g.text) or _OUTCOME.match(g.text) or _MOVES.search(g.text) or re.match(r"to\s+(?!have\b|get\b|be\b|receive\b)[a-z]+\b", g.text)):
            continue  # "the absence dashboard", "weekly check-ins": a thing or a meeting to get from us; "to sell to ..." is theirs to do
        said = goal_said(g)
        said = f"{first}, {said[:1].lower()}{said[1:]}." if said else ""
        if _safe(said):
            return OwnGoal(said, _metric(g.text), g.text)
    return None


def _from_line(sit: Situation, first: str, text: str, spoken: bool, note_ref: str) -> OwnGoal | None:
    """An aim or a measure of theirs that is a whole line in their own words, with a want, a number or a worry in it."""
    if not spoken or not theirs(sit, first, note_ref, text) or not_an_aim(text) or _ABOUT_US.search(text) or _WANT_TOLD.search(text) or not (_OWN_LINE.search(text) or _NUMBER.search(text)):
        return None
    said = _quoted(first, text)
    return OwnGoal(said, _metric(text), text) if _safe(said) else None


def _own_words(sit: Situation, text: str, note_text: str, speaker: str) -> str:
    """What the partner says in a note line: the quotation a lead-in gives to them, else the line under their label."""
    if speaker == "narrator" and not quoted_by_partner(text, note_text, sit.partner_names):
        return ""
    quoted = re.findall(r"[\"“]([^\"”]{8,})[\"”]", text)
    if quoted:
        return quoted[0] if len(quoted) == 1 else ""
    if speaker != "partner" or not_spoken(text, note_text):
        return ""  # an aside, a signature or header, or narration after their quoted turn: never their words
    return re.sub(r"^[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?:\s*", "", text).strip()


_SPLIT = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)(?<=[.!?])\s+(?=[A-Z\"“])")


def _after_but(sentence: str) -> str:
    """'No harm done, but I want members to join in five minutes.' -> 'I want members to join in five minutes.': the
    want is its own whole clause; the concession before it (often words that healed a miss) is not said back."""
    head, sep, tail = sentence.partition(", but ")
    return tail[:1].upper() + tail[1:] if sep and _OWN_LINE.search(tail) and not _OWN_LINE.search(head) else sentence


def own_sentences(line: str) -> str:
    """The sentences of their line that say the want or the worry: the first that does, and the next one too when it
    only announces what follows ("Two things matter to me."); '' when none does."""
    parts = [p.strip() for p in _SPLIT.split(line.strip()) if p.strip()]
    parts = [_after_but(p) for p in parts]
    for i, part in enumerate(parts):
        if _OWN_LINE.search(part) or _NUMBER.search(part) and re.search(r"\b(?:I|we|my|our)\b", part):
            if i and re.search(r"\b(?:want|need)\s+(?:them|those|these)\b", part) and not re.search(r"\b(?:don't|don’t|do not)\s+(?:want|need)\b", parts[i - 1]) and len(" ".join(parts[i - 1:i + 1]).split()) <= MAX_QUOTE_WORDS:
                return " ".join(parts[i - 1:i + 1])  # "I want them talking to members": the sentence that names "them" comes too
            return " ".join(parts[i:i + 2]) if len(part.split()) <= 6 and i + 1 < len(parts) else part
    return ""


def _from_said(sit: Situation, first: str) -> OwnGoal | None:
    """The latest line of the partner's own words that holds a want, a number or a worry of theirs, said whole."""
    for s in sorted(sit.sentences, key=lambda x: (x.date or dt.date.min, x.order), reverse=True):
        if s.speaker not in ("partner", "narrator"):
            continue
        line = own_sentences(_own_words(sit, s.text, s.note.text, s.speaker))
        if not line or len(line.split()) < 6 or NAMED_WANT.search(line) or _ABOUT_US.search(line) or _WANT_TOLD.search(line) or not _OWN_LINE.search(line) or not_an_aim(line) or reported_done(line, s.date, sit):
            continue
        said = _quoted(first, line)
        if _safe(said):
            return OwnGoal(said, _metric(line), line)
    return None


def own_goal(sit: Situation, first: str, goals: list[Goal], targets: list[Target], met_texts: set[str], fact: AimFact | None,
             measure: Measure | None, aim: Aim | None, echo: Aim | None = None, stands: Callable[[str], bool] = lambda _s: True) -> OwnGoal | None:
    """Their current goal, said whole: a number of theirs first (a target, an aim from the timeline, a measured want in
    their words), then a line of their own words, an echo of the statement, an aim; the first that `stands` (the plan's
    own checks: nothing private, nothing cut), None when nothing of theirs can be said whole."""
    numbered = fact if fact and (_NUMBER.search(fact.text) or fact.kind in ("target", "set")) else None  # a label or a result set above them
    tries: list[Callable[[], OwnGoal | None]] = [
        lambda: _from_target(sit, first, targets, met_texts), lambda: _from_fact(first, numbered), lambda: _from_goal(first, sit, goals, True),
        lambda: _from_narrated(first, [g for g in goals if g.measures or _NUMBER.search(g.text)]),
        lambda: _from_line(sit, first, measure.clause, measure.spoken, measure.note_ref) if measure and measure.live else None,
        lambda: _from_said(sit, first), lambda: _from_line(sit, first, echo.text, echo.spoken, echo.note_ref) if echo else None,
        lambda: _from_line(sit, first, aim.text, aim.spoken, aim.note_ref) if aim else None,
        lambda: _from_fact(first, fact if fact and fact.spoken else None), lambda: _from_goal(first, sit, goals, False), lambda: _from_narrated(first, goals)]
    for attempt in tries:
        goal = attempt()
        if goal and stands(goal.said):
            return goal
    return None


_PEOPLE = re.compile(r"\b(customer|patient|client|citizen|resident|guest|member|passenger|student|pupil|buyer|traveller|tenant|shopper)s?\b", _I)


def kind_phrase(kind: str, statement: str = "") -> str:
    """The kind in the partner's terms; the people the statement serves by their one word ('your patients')."""
    people = _PEOPLE.search(statement) if kind == "customers" else None
    return f"a difference your {people.group(1).lower()}s notice" if people else KINDS.get(kind, KINDS["numbers"])


def tie_sentence(kind: str, metric: str, measured: bool, statement: str = "", quoted: bool = True, topic: str = "", level: str = "",
                 most_run: int = 3) -> str:
    """What we bring today, judged against their goal, then the statement's meaning as our part in it, said whole
    (round 32: a stock kind line after their own terms was generic, often at the wrong level; none where no clause
    of the statement reads whole)."""
    test = f"by whether it moves {metric or 'that number'}" if metric or measured else "against your own words" if quoted else "against that aim"
    meaning = statement_meaning(statement, topic or metric, most_run=most_run)
    if level == "BT" and kind != "running" and re.match(r"Our part is (?:keeping|running)\b", meaning) and not re.search(_THEMES[kind], meaning, _I):
        meaning = ""  # "running the network" for a partner who brings technology into strategy: the wrong level, left out
    return " ".join(p for p in (f"Judge what I bring today {test}.", meaning) if p)


def kind_sentence(kind: str, statement: str = "", most_run: int = 2) -> str:
    """The statement's meaning, for a message with nothing of the partner's own to say it in: its clause re-voiced
    (no three of its words in a row: alone, it would read as the statement), else the kind."""
    return statement_meaning(statement, most_run=most_run) or f"Technology's job for you: {kind_phrase(kind, statement)}."


def own_value_message(goal: OwnGoal, statement: str, level: str, our_part: str = "") -> str:
    """Their goal said whole, our open promise on it (`our_part`, dated, when the notes hold one) and the tie to what
    we bring today (with no goal, value_translation's older layers speak: a no-goal line here was one sentence for
    every partner)."""
    kind = statement_kind(statement, level, goal.topic)
    tie = tie_sentence(kind, goal.metric, bool(_NUMBER.search(goal.topic)), statement, goal.said.endswith("”"), goal.topic, level)
    if goal.said.endswith("”"):
        tie = tie.split(". ", 1)[0].rstrip(".") + "." if our_part.startswith("Our part:") else tie  # our dated promise on it is our part: said once
        return " ".join(p for p in (goal.said, our_part, tie) if p)
    return f"{goal.said.rstrip('.')}, so {tie[:1].lower()}{tie[1:]}"  # one sentence: the tie never stands without its goal
