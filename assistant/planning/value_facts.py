"""What we will do for THIS goal, from typed facts (plan round 12, issue #20): an open promise of ours on the goal's
topic, or a thing we delivered that the partner praised. With neither, the goal and the statement's meaning share one
plain sentence, so no stock "Our part: ..." tail repeats across partners."""

from __future__ import annotations

import datetime as dt
import re

from assistant.planning.goal_done import reported_done
from assistant.planning.praise import PRAISE
from assistant.planning.situation_types import Item, Situation, terms_of
from assistant.planning.voice import when

_I = re.IGNORECASE
# The statement's meaning, joined to the partner's goal in the same sentence (never a sentence of its own).
JOINED: dict[str, str] = {
    "numbers": "and we can help you get there with figures you trust",
    "running": "and we can keep the systems it depends on running",
    "customers": "and we can help the people you serve feel the difference",
    "growth": "and we can help you get there, not only record it",
    "cost": "and we can show you what each line of technology spend adds to it",
}
_THING = re.compile(r"\b(?P<t>(?:the|our|your) (?:new )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}) (?:is|was|has been|works|looks)\b", _I)
_PRONOUNS = {"it", "this", "that", "they", "she", "he", "we", "you", "team", "meeting", "call"}


def _stems(text: str) -> set[str]:
    return {w[:5] for w in terms_of(text)}


def promise_on_topic(sit: Situation, goal_text: str) -> Item | None:
    """Our open, dated promise that names the goal's topic (a shared word stem), latest first."""
    goal = _stems(goal_text)
    for item in sorted(sit.items, key=lambda i: i.date or i.due or dt.date.min, reverse=True):
        if item.kind == "promise" and item.owner == "us" and item.status in {"open", "overdue"} and item.due \
                and goal & _stems(f"{item.complement} {item.quote}"):
            return item
    return None


def praised_thing(sit: Situation) -> str:
    """'the new bed board' from the partner's 'the new bed board is brilliant': a thing of ours they praised, latest first."""
    for s in sorted(sit.sentences, key=lambda s: s.date or dt.date.min, reverse=True):
        if s.speaker == "us" or not PRAISE.search(s.text) or "?" in s.text:
            continue
        match = _THING.search(s.text)
        if match and match.end() <= PRAISE.search(s.text).start() + 1:  # type: ignore[union-attr]
            thing = match.group("t")
            if not set(thing.lower().split()[1:]) & _PRONOUNS:
                return thing[:1].lower() + thing[1:]
    return ""


def fact_line(sit: Situation, goal_text: str, step_line: str = "") -> str:
    """What we will do for this goal, from the notes ('' when no typed fact fits)."""
    promise = promise_on_topic(sit, goal_text)
    if promise and promise.unclear_quote:
        promise = None  # spoken of since as working or delivered: never "still owed"
    if promise and promise.due and when(promise.due) not in step_line and not reported_done(promise.complement, promise.date, sit):
        what = re.sub(r"(?:\s+by\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\S+))?(?:\s+(?:too|as well|also))?\s*$", "",
                      promise.complement.strip().rstrip("."))  # "... by 18 December", "... by Monday too": the date is said once, below
        what = what if len(what.split()) >= 2 and not re.search(r"\b20\d\d\b", what) else ""  # "replacement": one bare word names no thing
        late = promise.status == "overdue" or bool(sit.meeting_day and promise.due < sit.meeting_day)
        if what and len(what.split()) <= 12 and late:
            return f"Our part: {what[:1].lower() + what[1:]}, promised for {when(promise.due)} and still owed; say when it comes."
        if what and len(what.split()) <= 12:
            return f"Our part: {what}, by {when(promise.due)}, as promised."
    thing = praised_thing(sit)
    if thing:
        return f"Our part: build on {thing}, which you praised."
    return ""


_REF = re.compile(r"^(?:Your (?P<kind>request|offer)|Our (?P<ours>promise)) of (?P<day>\d{1,2} [A-Z][a-z]+)\b")


def step_on_topic(sit: Situation, step_line: str, goal_text: str) -> bool:
    """The lead's step ('Your request of 23 November: my answer comes by 4 December') belongs in the value message only
    when the item it answers is about the goal just said (a shared word stem); an away-day yes or an unrelated ask is
    the script's business, never our part in their goal."""
    ref = _REF.match(step_line)
    if not ref:
        return bool(_stems(step_line) & _stems(goal_text))
    kind = ref.group("kind") or ref.group("ours")
    items = [i for i in sit.items if i.kind == kind and when(i.date) == ref.group("day")]
    return any(_stems(f"{i.complement} {i.quote}") & _stems(goal_text) for i in items)


_GAIN = re.compile(r"\b(?:minutes?|hours?|days?|weeks?)\b[^\"”]{0,25}\b(?:back|saved|free)\b|\bsav(?:es|ed|ing) (?:us |me |them )?(?:about |around |over )?\S+ (?:minutes?|hours?|days?)\b"
                   r"|\b(?:in|within) (?:about |around )?\S+ (?:minutes?|hours?|days?),? not \S+", _I)
_TOLD = re.compile(r"^(?P<who>She|He|They)\s+(?P<verb>told|said to|keeps telling|tells)\s+(?P<whom>[^\"“,]{2,40}?)\s+(?:that\s+)?(?P<rest>[^\"“]{0,60}?)[\"“](?P<q>[^\"”]{6,90})[\"”]")


def value_story(sit: Situation) -> str:
    """The partner's own story of the value of something we delivered, in their words ('She told the exec team her
    nurses get "about forty minutes a shift back"' -> 'You told the exec team your nurses get “about forty minutes a
    shift back”.'), latest first; '' when the notes carry none. Only a quoted gain of time told to someone is used."""
    for s in sorted(sit.sentences, key=lambda s: s.order, reverse=True):
        told = _TOLD.match(s.text.strip())
        if s.speaker == "us" or not told or not _GAIN.search(told.group("q")) or "?" in told.group("q"):
            continue
        verb = {"told": "told", "said to": "said to", "keeps telling": "keep telling", "tells": "tell"}[told.group("verb")]
        rest = re.sub(r"\b(?:her|his|their)\b", "your", told.group("rest")).strip()
        whom = re.sub(r"\b(?:her|his|their)\b", "your", told.group("whom"))
        return f"You {verb} {whom} {rest + ' ' if rest else ''}“{told.group('q').strip()}”."
    return ""


def joined(said: str, theme: str, metric: str = "") -> str:
    """'Amara, you want X.' -> 'Amara, you want X, and we can ...': the goal and the statement's meaning in one sentence."""
    if theme == "numbers" and metric:  # a measure we can report: said as its own sentence
        return f"{said} Our part: {metric} figures you trust, in time to act."
    return f"{said.rstrip('.')}, {JOINED.get(theme, JOINED['numbers'])}."
