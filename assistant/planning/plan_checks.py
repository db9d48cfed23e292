"""Checks every plan must pass before anyone reads it, with repair by removal.

A plan may not: own a miss the notes do not attribute to us (or one the partner has
forgiven); mention a topic to keep out of the room; carry phone numbers or e-mail
addresses; or repeat a sentence of twelve or more words from another partner's plan
in the same workspace (names and numbers masked, so a template filled with a name
still counts as a repeat).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from assistant.planning import situation_cues as cue
from assistant.planning.handling_asks import private_sentences
from assistant.planning.keep_out_rule import drop_covered, kept_out_items, names_kept_out, quotes_item
from assistant.planning.plan_guards import fragment, names_event, past_date
from assistant.planning.purpose_leads import asks_answered
from assistant.planning.situation import Situation, terms_of
from assistant.planning.situation_extras import miss_label
from assistant.planning.situation_round8 import wholly_private, without_private
from assistant.schema import Plan

MIN_SHARED_WORDS = 12
FALLBACK_ONE_THING = "Agree one small next step, with a date and an owner."  # whole: never ends on a word that needs more
_OWNING = re.compile(
    r"\b(?:it was ours|was on us|were on us|our fault|my fault|we missed|we let you down|I am sorry|I'm sorry|apologi[sz]e|"
    r"my apologies|own (?:it|that|the miss|the last miss|the delay|the outage)|we were (?:too )?(?:slow|late)|the wait was on us|"
    r"we gave you a date, we missed it)\b",
    re.IGNORECASE,
)

# The partner's own words said back to them ("you asked: “...”"): never our owning of anything.
_THEIR_QUOTE = re.compile(r"(\byou (?:asked|said|offered|wrote|told (?:me|us)):\s*)“[^”]*”", re.IGNORECASE)


def split_sentences(text: str) -> list[str]:
    """Sentences of plan text; a quotation in curly quotes is never split."""
    out, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(depth - 1, 0)
        elif ch == "\n" or (ch in ".!?" and depth == 0 and (i + 1 == len(text) or text[i + 1] in " \n") and not re.fullmatch(r"\s*\d+\.", text[start : i + 1])):
            piece = text[start : i + 1].strip()
            if piece:
                out.append(piece)
            start = i + 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_TITLES = {"Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Mx", "Sir", "Dame", "Lady", "Lord"}  # "Dr Fiona McLeod reads as ..."


def normalise(sentence: str) -> str:
    """Lower-case words with names and numbers masked: 'Before anything else, Rina, ...' == '..., Marco, ...'."""
    words = re.findall(r"[A-Za-z0-9'’%-]+", sentence)
    masked = ["#" if w[0].isupper() and (i > 0 or w in _TITLES) or any(c.isdigit() for c in w) else w.lower() for i, w in enumerate(words)]
    return " ".join(masked)


def plan_sentences(plan: Plan) -> list[str]:
    """Every sentence a reader sees in a plan (for the cross-partner repeat check)."""
    texts = [plan.one_thing, *plan.script, plan.value_message, *(s.text for s in plan.sections)]
    return [re.sub(r"^\d+\.\s+", "", s) for t in texts for s in split_sentences(t) if s]


class PlanChecker:
    def __init__(self, sit: Situation, other_sentences: Iterable[str] = (), today: dt.date | None = None, cover: bool = False):
        self.sit = sit
        self.today = today
        self.others = {normalise(s) for s in other_sentences if len(s.split()) >= MIN_SHARED_WORDS}
        self.problems: list[str] = []
        self._not_ours = [i for i in sit.items if i.kind == "miss" and (i.owner != "us" or i.status == "done")]
        self._ours = sit.owned_misses()
        self._private = private_sentences(sit.sentences)
        if cover:  # the plan's own checker, once statuses are final: what the keep-out list covers comes off the items
            drop_covered(sit, sit.avoid)
        self.kept_out = kept_out_items(sit)  # and any sentence that still quotes it goes

    def fault(self, sentence: str) -> str:
        """Why a sentence may not stand ('' when it may)."""
        sentence = re.sub(r"^\d+\.\s+", "", sentence)
        if cue.PHONE.search(sentence) or cue.EMAIL.search(sentence):
            return "a phone number or e-mail address"
        if cue.personal_matter(sentence):
            return "a personal or family matter"
        if any(quotes_private(q, self._private) for q in _QUOTED.findall(sentence)):
            return "a quote of a private note sentence"
        if any(m.tells(sentence) for m in self.sit.confidences):
            return "a matter told in confidence"
        for topic in self.sit.avoid:
            if topic.kind == "audit" and cue.AUDIT.search(sentence):
                return f"an avoid-topic ({topic.topic})"
            if topic.quote and topic.quote.strip() in sentence:
                return f"an avoid-topic ({topic.topic})"
            if topic.kind == "forgiven_miss" and (_names(sentence, topic.topic) or names_event(sentence, topic)):
                return f"an avoid-topic ({topic.topic})"
            if topic.kind == "asked_not_to" and len(terms_of(sentence) & topic.terms) >= 3:
                return f"an avoid-topic ({topic.topic})"
        if self.kept_out and names_kept_out(sentence, self.kept_out):
            return "an avoid-topic (the same event as a miss put behind them)"
        if _OWNING.search(_THEIR_QUOTE.sub(r"\1“…”", sentence)):  # "you asked: “... for your team to own it”" is their word, not our apology
            if not self._ours:
                return "owning a miss the notes do not attribute to us"
            if any(_names(sentence, miss_label(m)) or (m.quote and m.quote in sentence) for m in self._not_ours):
                return "owning a miss that was not ours or was forgiven"
        if len(sentence.split()) >= MIN_SHARED_WORDS and normalise(sentence) in self.others:
            return "a sentence repeated from another partner's plan"
        return fragment(sentence) or (past_date(sentence, self.today) if self.today else "")

    def clean(self, text: str, where: str) -> str:
        kept = []
        for sentence in split_sentences(text):
            why = self.fault(sentence)
            if why:
                self.problems.append(f"{where}: removed {why}.")
            else:
                kept.append(sentence)
        joiner = "\n" if "\n" in text else " "
        return joiner.join(kept)


def _names(sentence: str, label: str) -> bool:
    """The sentence names the thing a label is about (its distinctive words, e.g. 'CRM migration')."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", label) if w.lower() not in {"the", "delay", "outage", "failure", "wait", "miss", "noted", "on", "to"}]
    return bool(words) and all(w.lower() in sentence.lower() for w in words)


def check_plan(
    plan: Plan, sit: Situation, other_sentences: Iterable[str] = (), fallback_line: str = "", today: dt.date | None = None,
) -> tuple[Plan, list[str]]:
    """The plan with every failing sentence removed, and what was removed (for notices and tests)."""
    checker = PlanChecker(sit, other_sentences, today)
    one_thing = checker.clean(plan.one_thing, "one thing")
    script = asks_answered([line for line in (checker.clean(s, "script") for s in plan.script) if line])  # no dangling ask
    if not script and fallback_line:
        script = [fallback_line]
    cleaned = [(s, checker.clean(s.text, s.title)) for s in plan.sections]
    sections = [s.model_copy(update={"text": text}) for s, text in cleaned if text]  # nothing true left: the section goes, no method commentary
    value = checker.clean(plan.value_message, "value message")
    private = private_sentences(sit.sentences)
    kept_items = [i for i in plan.open_items if not (i.quote and (wholly_private(i.quote) or quotes_private(without_private(i.quote), private)))]
    kept_followups = [f for f in plan.followups if not any(quotes_private(q, private) for q in _QUOTED.findall(f.what))]
    checker.problems += [f"open items: removed {len(plan.open_items) - len(kept_items)} built on a private matter."] * (len(kept_items) < len(plan.open_items))
    kept_items = [i for i in kept_items if not (i.owner == "us" and any(quotes_item(i.quote, k) for k in checker.kept_out))]  # the keep-out rule
    items = [i.model_copy(update={"quote": _redact(without_private(i.quote)), "text": _redact(_text_without_private(i.text, i.quote))})
             for i in kept_items]
    followups = [f.model_copy(update={"what": _redact(f.what)}) for f in kept_followups]
    repaired = plan.model_copy(update={
        "one_thing": one_thing or FALLBACK_ONE_THING, "script": script[:3], "sections": sections,
        "value_message": value, "open_items": items, "followups": followups,
    })
    return repaired, checker.problems


_QUOTED = re.compile(r"“([^”]+)”")


def quotes_private(quote: str, private: list[str]) -> bool:
    """A quotation (perhaps cut short with "…") taken from a private note sentence, or itself private."""
    body = quote.replace("…", " ").strip().rstrip(".").strip()
    if not body:
        return False
    if cue.private(body) or cue.PHONE.search(body) or cue.EMAIL.search(body):
        return True
    return len(body.split()) >= 4 and any(body in p for p in private)


def _redact(text: str) -> str:
    return cue.EMAIL.sub("[e-mail removed]", cue.PHONE.sub("[phone removed]", text))


def _text_without_private(text: str, quote: str) -> str:
    """An open item's line with its quotation cut as `without_private` cuts the quote; its quote marks stay paired."""
    if quote and quote in text:
        cut = without_private(quote)
        return text.replace(quote, cut) if cut else re.sub(r":?\s*“?" + re.escape(quote) + r"”?", " (private details left out)", text)
    quoted = re.search(r"“([^”]*)”?", text)
    if quoted:  # the line quotes a note sentence it does not hold verbatim: cut inside the quotation, keep the line's head
        cut = without_private(quoted.group(1))
        return text[: quoted.start()] + (f"“{cut}”" if cut else "(private details left out)") + text[quoted.end():]
    return without_private(text)
