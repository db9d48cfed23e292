"""Typed facts about the partner read from the notes for the plan's details: the PEOPLE around them (name, role
or relation, what they want), their MEASURES (a number with its unit, said in a whole clause of their words) and
their upcoming EVENTS (a named board, meeting, audit or go-live on a date after the meeting day).

Each fact keeps the note's words and date; a clause that does not read whole (fragments.py) is no fact.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.perception.cio_lines import in_cio_voice
from assistant.planning.due_dates import dates_in
from assistant.planning.fragments import phrase_fault
from assistant.planning.goal_reading import named_before, not_a_goal, personal_name
from assistant.planning.kept_people import kept_out_names
from assistant.planning.note_reading import Partner, strip_label
from assistant.planning.objection_reading import OFFER_OF_MONEY
from assistant.planning.situation_cues import EMAIL, NAME_WORD, PARTICLE, PHONE, person_name, personal_matter
from assistant.planning.situation_types import Sentence, Situation
from assistant.planning.slot_fit import fits_slot
from assistant.planning.whose_ask import another_persons_words
from assistant.text.sentences import one_line

_I = re.IGNORECASE
# "Pieter van Wyk", "van Wyk", "Sinéad Kelly", "Marc-André Roy", "Ms Rachel Okafor" (person_name drops the title there)
_NAME = rf"(?<![\w-])(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.? |Sister )?(?:{NAME_WORD}(?: (?:{PARTICLE} )?{NAME_WORD})?|{PARTICLE} {NAME_WORD})"
_ROLE = r"[a-z][\w-]*(?: [a-z][\w-]*){0,3}"
_REL = r"(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][a-z]+'s)"
# "Pieter Claes, my production engineering lead, ...", "Femi Alade (his shift manager)", "her boss, Helen Marsh, the retail
# director", "his deputy, Nadia Petrova", "Laurent Dubois (the actuarial vendor's account manager)".
_PEOPLE = [
    re.compile(rf"\b(?P<role>{_REL} (?:boss|deputy|(?:[a-z]+ ){{1,3}}(?:lead|manager|engineer|director)|dean of [a-z]+)),?\s+(?P<name>{_NAME})\b"),
    re.compile(rf"(?P<name>{_NAME}),\s+(?P<role>{_REL} {_ROLE}?(?: on [A-Z][\w ]{{1,12}})?)(?=[,.;)]| wants| needs| is| runs| pushes)"),
    re.compile(rf"(?P<name>{_NAME})\s+\((?P<role>(?:{_REL}|our) [^()\n]{{2,50}}|[^()\n]{{0,50}}\b(?:lead|manager|director|deputy|boss|engineer|officer|architect|analyst|adviser|advisor)\b[^()\n]{{0,20}})\)"),
]
_OURS = re.compile(r"\b(?:our|IT)\b")
_TITLES = {"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sister"}
_WANTS = re.compile(r"\b(?:wants|needs|would like|is pushing for|is chasing me for|is chasing)\s+(?P<what>[^.;!?\n]{4,90})", _I)


@dataclass(frozen=True)
class Someone:
    name: str
    role: str  # their relation to the partner, in the notes' words ("her ward manager on Ward 7")
    wants: str  # a whole clause of what they want, or ''
    date: dt.date | None
    note_ref: str


# A number with its unit: a percentage, money, pence, a count of minutes, hours, days or weeks.
_NUMBER = re.compile(
    r"(?:[£$€]\s?\d[\d,.]*\s?(?:[mkb]n?|bn)?\b|\b\d[\d,.]*\s?(?:%|per ?cent\b|p\b)|\b\d[\d,.]*\s+(?:working )?(?:minutes?|hours?|days?|weeks?)\b)", _I
)
_TARGET = re.compile(r"\b(?:must|should|has to|target|goal|aim|priority|standard|number for|want|need|down|up|from\b.+\bto|under|below|at least|by (?:march|june|easter|q\d|next|the end))\b", _I)
_PAST = re.compile(r"\b(?:went|was|were|rose|fell|dropped|improved|reached|came down|came in|had)\b", _I)


@dataclass(frozen=True)
class Measure:
    clause: str  # the partner's whole clause, verbatim ("95% of calls answered in under 2 minutes")
    live: bool  # a target or a level to move, not a result already reached
    spoken: bool
    date: dt.date | None
    note_ref: str

    @property
    def names_an_aim(self) -> bool:
        """A bare "aim is ..." / "goal: ..." line: the aim's own sentence, quoted as it stands, never re-voiced."""
        return re.match(r"(?:aim|goal|target|priority)s?\b", self.clause, _I) is not None


_EVENT_WORD = r"(?:board|committee|meeting|review|audit|go-live|launch|offsite|steering group|senate|council|conference|surge|peak)"
_EVENT = re.compile(
    rf"\b(?P<name>(?:the |our |their |a )?(?:[A-Za-z][\w-]*\s+){{0,2}}?{_EVENT_WORD}|Senate|we go live[^.;,]{{0,30}}?)\s+"
    rf"(?:meets\s+)?(?:on|is on|is|falls on)\s+(?P<day>[^,.;]{{3,30}})", _I
)


@dataclass(frozen=True)
class Event:
    name: str  # "the capex meeting", "Senate", "the regulator audit"
    day: dt.date
    date: dt.date | None
    note_ref: str


@dataclass
class PartnerFacts:
    people: list[Someone] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def live_measure(self) -> Measure | None:
        """A measure the partner wants to move (a target, a standard, a from-to), not a level or a result."""
        return next((m for m in self.measures if m.live and _TARGET.search(m.clause)), None)


def _body(s: Sentence) -> str:
    """The sentence without its speaker label ("Ben:", "Femke de Wit   10:04", a heading line)."""
    lines = [ln for ln in s.text.split("\n") if ln.strip()]
    text = lines[-1] if lines else s.text
    text = re.sub(r"^[-*•>\s]+", "", text)
    text = re.sub(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(?=[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?:)", "", text)  # "00:02:02 Declan Moyo: ..."
    return one_line(strip_label(text)).strip("\"“”")


def _theirs(s: Sentence, partner: Partner) -> bool:
    """The partner's own words: their line, a line under their name (a chat copy), or narration with them as its subject."""
    if s.speaker == "partner":
        return True
    head = re.sub(r"^[-*•>\s]+", "", s.text)
    label = re.match(r"([A-Z][\w.'’-]*(?: [A-Z][\w'’-]*){0,2})\s*(?::|\s{2,}\d{1,2}:\d{2})", head)
    if label:
        return partner.is_me(label.group(1))
    if s.speaker != "narrator":
        return False
    first = re.findall(r"[A-Za-z][\w'’-]*", head)[:1]
    return bool(first) and (first[0].lower() in partner.names or first[0].lower() in {"he", "she", "they"})


def _private(text: str) -> bool:
    return bool(PHONE.search(text) or EMAIL.search(text) or personal_matter(text))


def read_people(sit: Situation, partner: Partner) -> list[Someone]:
    """People on the partner's side: their deputies, boss, team leads, a vendor's contact; never ours, never the partner."""
    found: dict[str, Someone] = {}
    kept_out = kept_out_names(sit.sentences)
    for s in sit.sentences:
        body = _body(s)
        if _private(body):
            continue
        for pattern in _PEOPLE:
            for m in pattern.finditer(body):
                if pattern is _PEOPLE[0] and named_before(body[: m.start()]):
                    continue  # "Ana Ruiz (his team lead, Tromsø)": the person stands before the bracket
                name, role = person_name(m.group("name").strip()), re.sub(r"\s+", " ", m.group("role")).strip(" ,")
                if partner.is_me(name) or _OURS.search(role) or name.split()[0] in {"The", "My", "His", "Her", "Their", "Our"} or not personal_name(name):
                    continue
                if not fits_slot(role, "role"):
                    continue  # "(the archiving vendor)", "(the way your ...)": a firm, a product or a cut phrase, not a person
                role = re.sub(r"^(My|His|Her|Their|The)\b", lambda w: w.group(1).lower(), role)
                role = re.sub(r"^my\b", "your", role) if s.speaker == "partner" or _theirs(s, partner) else role
                role = re.sub(r"^(?:his|her|their)\b", "your", role)
                if role.startswith("my") or set(name.split()) & kept_out:
                    continue  # "Declan (my deputy)" in words not known as theirs: whose deputy is unknown; one to keep out of the room
                key = name.split()[-1]
                if key not in {p.split()[-1] for p in found}:
                    found[name] = Someone(name, role, "", s.date, s.note.ref)
    return [_with_wants(p, sit) for p in found.values()][:4]


def _with_wants(person: Someone, sit: Situation) -> Someone:
    """What the person wants, when a sentence names them as its subject: a whole clause, else nothing."""
    words = [w for w in person.name.split() if w.rstrip(".") not in _TITLES] or person.name.split()  # "Ms Okafor": Okafor
    first, last = words[0], words[-1]
    for s in reversed(sit.sentences):  # the latest word first
        body = _body(s)
        head = re.match(rf"(?:{_REL} [\w ]{{2,30}},\s+)?(?:{re.escape(first)}|{re.escape(person.name)}|{re.escape(last)})\b[^.;]*?(?:\)|,)?\s*{_WANTS.pattern}", body, _I)
        if head:
            what = re.split(r",\s*(?:not|but|and)\b|,\s*I\b|\s+and\s+(?=[^.;]*\b(?:me|my|I|myself)\b)", head.group("what"))[0].strip(" ,")
            if re.search(r"\b(?:me|my|I|myself)\b", what):
                return person  # "keeps emailing me": the note-keeper's words, never said aloud as the person's want
            if not phrase_fault(what) and len(what.split()) >= 2 and not not_a_goal(what):  # "wants you at the briefing": no want of theirs
                return Someone(person.name, person.role, what, person.date, person.note_ref)
    return person


def read_measures(sit: Situation, partner: Partner) -> list[Measure]:
    """The partner's numbers with their units, each in the whole clause that carries it (latest first)."""
    out: list[Measure] = []
    for s in sit.sentences:
        body = _body(s)
        if s.speaker == "us" or body.startswith("|") or _private(body) or not _NUMBER.search(body) or not _theirs(s, partner):
            continue
        clause = _clause(body)
        if OFFER_OF_MONEY.search(body) or another_persons_words(clause, partner):
            continue  # "I pay for an engineer from my budget if you commit": an offer, no measure; "Kagiso explained ...": his words
        if clause and fits_slot(clause, "said") and not any(m.clause == clause for m in out):  # never a chase quoted as their measure
            out.append(Measure(clause, not _PAST.search(clause), (s.speaker == "partner" or bool(re.match(r"\S+(?: \S+){0,2}\s*(?::|\s{2,}\d)", s.text))) and not in_cio_voice(clause), s.date, s.note.ref))
    return sorted(out, key=lambda m: m.date or dt.date.min, reverse=True)


def _clause(body: str) -> str:
    """The clause of a sentence that carries its first number, whole; the whole sentence when a piece would be a cut."""
    body = body.rstrip(".!? ").strip("\"“”")
    pieces = [p.strip() for p in re.split(r"[;]\s+|,\s+(?=(?:we|I|it|they|this|that|he|she)\b)", body)]
    piece = next((p for p in pieces if _NUMBER.search(p)), "")
    if piece and len(piece.split()) >= 4 and not phrase_fault(piece):
        return piece
    return body if len(body.split()) <= 30 and not phrase_fault(body) else ""


def read_events(sit: Situation, today: dt.date, horizon: int = 120) -> list[Event]:
    """Named events on a date after the meeting day (within the horizon), earliest first; one per name."""
    out: dict[str, Event] = {}
    for s in sit.sentences:
        body = _body(s)
        if body.startswith("|"):
            continue
        for m in _EVENT.finditer(body):
            days = [d for d in dates_in(m.group("day"), s.date or today, s.date_order) if today < d <= today + dt.timedelta(days=horizon)]
            name = re.sub(r"^(?:to|for|before|at)\s+(?=(?:a|the|our|their|her|his|my|your)\s)", "", m.group("name").strip(), flags=_I)  # "take it to the board"
            name = re.sub(r"^(?:a|the|our|their|her|his|my|your)\s+", "the ", name, flags=_I)
            name = re.sub(r"^we go live with\s+", "the go-live of ", name, flags=_I)
            if days and name.lower() not in out and not phrase_fault(name):
                out[name.lower()] = Event(name, days[0], s.date, s.note.ref)
    return sorted(out.values(), key=lambda e: e.day)


def read_facts(sit: Situation, partner_name: str | None, today: dt.date) -> PartnerFacts:
    partner = Partner.from_name(partner_name)
    return PartnerFacts(read_people(sit, partner), read_measures(sit, partner), read_events(sit, today))


body_of = _body  # the public names partner_aims.py reads a sentence with
theirs = _theirs
