"""The last pass over a finished plan: every sentence the CIO reads (main view and details) can be said aloud and is
true, or it is repaired or dropped.

Runs after plan_checks (which refuses owned misses, avoid-topics and private matters). Each class has its own
function in plan_guards or here, so a test can pin it: a day word with no day ("On recently you asked"), a stitched
slot ("before to the board"), a sentence cut off mid-phrase, a date before the meeting said as a due date, a
follow-up more than six weeks out with no stated reason, the same item or line twice, the CIO's own words quoted as
the partner's, and a stock line that names no one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from assistant.planning.fragments import sentence_fault
from assistant.planning.leftovers import leftover
from assistant.planning.markup_debris import cut_dump, map_words, markup, strip_tracker, table_cells
from assistant.planning.partner_aims import cio_lines
from assistant.planning.plan_checks import FALLBACK_ONE_THING, split_sentences
from assistant.planning.plan_guards import (
    anonymous,
    cio_voice,
    fragment,
    near_same,
    past_date,
    personal,
    repair_day_words,
    token_set,
)
from assistant.planning.quote_clean import clean_marks, clean_quote, clean_quotes
from assistant.planning.said_dates import after_today
from assistant.planning.sayable import repair_labels, unsayable
from assistant.planning.situation_types import Situation
from assistant.planning.slot_guard import count_only, slot_fault, trim_fills
from assistant.planning.spoken_guard import one_voice, repair_spoken, spoken_fault, voices_of
from assistant.planning.stand_in import plan_with_pronoun
from assistant.planning.to_their_face import to_their_face
from assistant.schema import FollowUp, OpenItem, Plan

FAR_DAYS = 42  # a follow-up further out than six weeks needs a reason (a date of theirs) in the notes or its own words
# "an outcome she cares about": a preposition stranded after its verb ends a whole sentence.
_STRANDED = re.compile(r"\b(?:cares?|cared|worr(?:y|ies|ied)|talks?|talked|thinks?|knows?|hears?|heard|asks?|asked|waits?|waited) (?:about|for|on)[.!]?$")
_UNTRUE = "the CIO's own note given as the partner's words"
_LEFT = "a promise with its object left out"  # its slot emptied (leftovers.py): the sentences after it lean on it
STOCK_SECTIONS = {"opening", "teach", "competence"}  # details where stock advice that names no one is padding
REPEAT_SECTIONS = {"stand", "teach", "competence"}  # details where a line about an item the plan lists already is padding
TO_THEM = {"questions", "value"}  # details said to the partner, as the script is
_LEDGER = ("Promised on", "Promise ledger", "Ours to own")  # the record of our promises and misses stays in the proof


@dataclass
class Sweep:
    sit: Situation
    today: dt.date | None
    changes: list[str] = field(default_factory=list)
    seen: list[frozenset[str]] = field(default_factory=list)
    notes_text: str = ""
    ours: set[str] = field(default_factory=set)
    listed: list[str] = field(default_factory=list)  # the open items' quotes, which the plan shows in full
    partner: str | None = None  # whose chat label may be cut from a quotation's start
    voices: dict[str, set[str]] = field(default_factory=dict)  # who said each sentence of the notes

    def __post_init__(self) -> None:
        self.ours = cio_lines(self.sit.sentences)
        self.voices = voices_of([(s.text, s.speaker) for s in self.sit.sentences])
        self.notes_text = " ".join(n.text for n in {s.note.ref: s.note for s in self.sit.sentences}.values()).lower()

    def face(self, text: str, where: str) -> str:
        """A text said to the partner, line by line, in the second person ('' for a line that cannot be turned)."""
        out = []
        for line in text.split("\n"):
            said = to_their_face(line, self.sit.partner_names, self.sit.partner_pronoun)
            if said != line:
                self.changes.append(f"{where}: " + (f"said to the partner: “{line.strip()}” -> “{said.strip()}”" if said else f"dropped the partner in the third person: “{line.strip()}”"))
            out.append(said or "")
        return "\n".join(line for line in out if line)

    def fault(self, sentence: str, where: str, key: str = "", dedupe: bool = True) -> str:
        """Why a sentence may not stand ('' when it may)."""
        body = re.sub(r"^\d+\.\s+", "", sentence).strip()
        if personal(body):
            return "a personal or family matter"
        why = leftover(body) or unsayable(body) or spoken_fault(body) or fragment(body) or ("" if _STRANDED.search(body) else sentence_fault(body, quotes=False)) or (past_date(body, self.today) or after_today(body, self.sit, self.today) if self.today else "") or cio_voice(body, self.sit, self.ours) or slot_fault(body, self.sit)
        if why:
            return why
        if key in STOCK_SECTIONS and anonymous(body):
            return "a stock line that names no one"
        quoted = re.findall(r"“([^”]+)”", body)
        if key in REPEAT_SECTIONS and len(quoted) == 1 and not body.startswith(_LEDGER) and len(quoted[0].split()) >= 5 and any(_bare(quoted[0]) in q for q in self.listed):
            return "a line that repeats an open item the plan already lists"
        tokens = token_set(body)
        if dedupe and any(near_same(tokens, other) for other in self.seen):
            return "the same line said earlier in the plan"
        if dedupe:
            self.seen.append(tokens)
        return ""

    def line(self, sentence: str, where: str, key: str = "", dedupe: bool = True) -> str:
        """The sentence repaired, or '' when it must go (the change is recorded either way)."""
        fixed = trim_fills(one_voice(repair_spoken(repair_labels(repair_day_words(strip_tracker(sentence)), self.partner)), self.voices))
        if fixed != sentence:
            self.changes.append(f"{where}: repaired “{sentence.strip()}” -> “{fixed.strip()}”")
        why = self.fault(fixed, where, key, dedupe)
        if why:
            self.changes.append(f"{where}: dropped {why}: “{fixed.strip()}”")
            return ""
        cleaned = map_words(_cells(clean_marks(clean_quotes(fixed))))  # the evidence as a sentence; a flow map the cleaning left, as words
        if why := leftover(cleaned) or markup(cleaned):  # a quote the cleaning took out may leave its slot empty ("we agreed for 11 December")
            self.changes.append(f"{where}: dropped {why}: “{cleaned.strip()}”")
            return ""
        return cleaned

    def text(self, text: str, where: str, key: str = "", dedupe: bool = True, whole: bool = False) -> str:
        """The text's sentences that stand; with `whole`, one untrue sentence takes the rest (they lean on each other)."""
        before = len(self.changes)
        kept = [s for s in (self.line(s, where, key, dedupe) for s in split_sentences(text)) if s]
        if whole and any(_UNTRUE in c or _LEFT in c for c in self.changes[before:]):  # "Did it reach you?" leans on the line before
            self.changes.append(f"{where}: dropped whole, one of its sentences was untrue")
            return ""
        return ("\n" if "\n" in text else " ").join(kept)

    def items(self, items: list[OpenItem]) -> list[OpenItem]:
        kept: list[OpenItem] = []
        for item in items:
            words = item.quote or item.text
            if personal(words) or personal(item.text):
                self.changes.append(f"open items: dropped a personal matter: “{words}”")
                continue
            if item.owner == "partner" and cio_voice(f"you said “{words}”", self.sit, self.ours):
                self.changes.append(f"open items: dropped the CIO's own words listed as the partner's: “{words}”")
                continue
            twin = next((k for k in kept if (k.kind, k.owner) == (item.kind, item.owner) and near_same(token_set(k.quote or k.text), token_set(words))), None)
            if twin:
                self.changes.append(f"open items: dropped a near-repeat of “{twin.quote or twin.text}”: “{words}”")
                continue
            quote = clean_quote(one_voice(f"“{item.quote}”", self.voices)[1:-1]) if item.quote else item.quote
            text = map_words(clean_quotes(one_voice(repair_day_words(strip_tracker(item.text)), self.voices)))
            quote = map_words(strip_tracker(f"“{quote}”"))[1:-1] if quote else quote
            quote, text = cut_dump(table_cells(quote)), cut_dump(_cells(text))  # a table row or data dump said as words
            if markup(text) or not text:
                self.changes.append(f"open items: dropped an export's markup: “{item.text}”")
                continue
            if why := leftover(text):
                self.changes.append(f"open items: dropped {why}: “{text}”")
                continue
            if _hollow(text) and (not quote or item.kind in ("request", "offer")):  # "Noted on D" alone: nothing true in it (a promise's due date says something)
                self.changes.append(f"open items: dropped an item with no words of its own: “{item.text}”")
                continue
            kept.append(item.model_copy(update={"text": text, "quote": quote or ""}))
        return kept

    def followups(self, followups: list[FollowUp]) -> list[FollowUp]:
        kept: list[FollowUp] = []
        for f in followups:
            f = f.model_copy(update={"what": map_words(strip_tracker(f.what))})  # an export's map or ticket line said as words
            trimmed = trim_fills(f.what).rstrip(".") if trim_fills(f.what) != f.what else f.what  # "Answer N's request (“cut”)"
            f = f.model_copy(update={"what": trimmed})
            why = self.followup_fault(f, kept)
            if why:
                self.changes.append(f"follow-ups: dropped {why}: “{f.what}” by {f.due}")
            else:
                kept.append(f.model_copy(update={"what": clean_quotes(repair_day_words(f.what))}))
        return kept

    def followup_fault(self, f: FollowUp, kept: list[FollowUp]) -> str:
        due = _iso(f.due)
        if personal(f.what):
            return "a personal or family matter"
        if leftover(f.what):
            return leftover(f.what)
        if due and self.today and due < self.today:
            return "a follow-up dated before the meeting"
        if due and self.today and (due - self.today).days > FAR_DAYS and not self.reason_for(f.what, due):
            return "a follow-up more than six weeks out with no stated reason"
        if any(near_same(token_set(k.what), token_set(f.what)) for k in kept):
            return "a follow-up listed twice"
        if spoken_fault(f.what) or markup(f.what):
            return spoken_fault(f.what) or markup(f.what)
        if cio_voice(f.what, self.sit, self.ours):
            return "the CIO's own note answered as the partner's ask"
        return slot_fault(f.what, self.sit)

    def reason_for(self, what: str, due: dt.date) -> bool:
        """A far date has a reason when the follow-up names a date of its own or the notes name that day."""
        if re.search(r"\b\d{1,2}\s+[A-Z][a-z]+\b|\b\d{4}-\d{2}-\d{2}\b", what):
            return True
        days = {f"{due.day} {due:%B}".lower(), f"{due.day} {due:%b}".lower(), f"{due:%B} {due.day}".lower(), due.isoformat()}
        return any(d in self.notes_text for d in days)


def sweep_plan(plan: Plan, sit: Situation, today: dt.date | None, fallback_line: str = "") -> tuple[Plan, list[str]]:
    """The plan with every sentence said aloud and true, and what was repaired or dropped."""
    plan = plan_with_pronoun(plan, sit.partner_pronoun)  # no name in the notes: "your partner" said as "she" or "he"
    sweep = Sweep(sit, today, partner=plan.partner)
    value = sweep.text(sweep.face(plan.value_message, "value message"), "value message", dedupe=False, whole=True)  # its own section carries it in the details
    one_thing = sweep.text(plan.one_thing, "one thing", dedupe=False)  # the aim; the script may say it aloud
    script = [line for line in (sweep.text(sweep.face(s, "script"), "script", whole=True) for s in plan.script) if line and not _date_only(line) and not count_only(line)]
    sweep.seen.append(token_set(one_thing))
    items = sweep.items(plan.open_items)
    sweep.seen += [token_set(i.text) for i in items]
    sweep.listed = [_bare(i.quote) for i in items if i.quote]
    sections = []
    for section in plan.sections:
        if section.key == "goal" and one_thing:
            sections.append(section.model_copy(update={"text": one_thing}))  # the one thing, already swept; not a repeat
            continue
        value_section = section.key == "value"  # one argument (goal, meaning, step): it may restate the script's step
        said = sweep.face(section.text, section.title) if section.key in TO_THEM else section.text  # said aloud in the room
        text = sweep.text(said, section.title, section.key, dedupe=not value_section, whole=value_section)
        if text:
            sections.append(section.model_copy(update={"text": _renumber(text) if section.key == "questions" else text}))
    swept = plan.model_copy(update={
        "one_thing": one_thing or FALLBACK_ONE_THING, "script": script or ([fallback_line] if fallback_line else []), "open_items": items,
        "sections": sections, "value_message": value, "followups": sweep.followups(plan.followups),
    })
    return swept, sweep.changes


def _cells(text: str) -> str:
    """An item line's quoted table row as words: 'Noted: “| Costed option | CIO |”' -> 'Noted: “Costed option (CIO)”'."""
    return re.sub(r"“([^”]*)”", lambda m: f"“{table_cells(m.group(1))}”", text) if "|" in text else text


def _hollow(text: str) -> bool:
    """True when an item's line is only its lead ("Noted recently", "Noted on 3 May (ours)") with no words after it."""
    rest = re.sub(r"^\s*(?:Noted|Promised|Raised|Logged)\b[^:“]*:?\s*", "", text)
    rest = re.sub(r"^\s*(?:On|Since|As of)\s+(?:\d{1,2} [A-Z][a-z]+(?: \d{4})?|[A-Z][a-z]+ \d{1,2}|\d{4}-\d\d-\d\d)[,:.]?\s*$", "", rest)  # "On 3 May." alone
    return not re.search(r"[^\W\d_]{2,}", re.sub(r"\([^)]*\)", "", rest))


def _date_only(line: str) -> bool:
    """A script line that is only a date lead-in ("On 11 January.", "Noted on 3 May:"): nothing to say."""
    return bool(re.match(r"^\s*(?:Noted\s+)?(?:on|since|as of)?\s*(?:\d{1,2} [A-Z][a-z]+(?: \d{4})?|[A-Z][a-z]+ \d{1,2}|\d{4}-\d\d-\d\d|recently)[,:.]?\s*$", line, re.I))


def _bare(quote: str) -> str:
    return re.sub(r"\s+", " ", quote.replace("…", " ")).strip().rstrip(".").strip()


def _renumber(text: str) -> str:
    lines = [re.sub(r"^\d+\.\s+", "", line) for line in text.split("\n") if line.strip()]
    return "\n".join(f"{i}. {line}" for i, line in enumerate(lines, start=1))


def _iso(day: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(day) if day else None
    except ValueError:
        return None
