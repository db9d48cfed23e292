"""The one decision on whether a miss of ours still weighs (session 19, rubric: 'Apologising for the wrong thing',
'Reopening what healed').

A miss is live only while nothing after it has healed it. Every healing the notes can tell is read here, once:

- our apology already made, a review sent, the thing working or praised since, a delivery of the late thing, or the miss
  told only in the CIO's own guess (miss_weight.settled);
- our fix answered by the partner's acknowledgement or a later "liked/working" line (miss_fixes);
- a small slip months old with promises kept since (miss_closure.track_record_since);
- a later line saying it is fine now ("fine since the fix", "back to normal");
- a later line on the same thing, in any voice, telling it fixed, live, not failed since or changed so it will not recur
  ("x ward 3 printers fixed 2 May", "the booking tool has stayed up since May", "each build is now tested offline"), where no
  new failure is told in that line;
- the partner's later closing or forgiving word naming the same thing ("about the mailbox: ... we can close that one");
- the partner's own reaction that put it behind them ("it happens", "well handled", moving on: miss_reaction).

A healing counts unless the partner raised the miss again after it (miss_closure.weighs_again). The plan's apology,
root-cause promise, cost question and "ours to own" label all read `still_weighs` through ownership.ownable.
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.miss_cause import CLOSED as CLOSED_HERE
from assistant.planning.miss_cause import complaint_in
from assistant.planning.miss_closure import CLOSED, _stems, topic, track_record_since, weighs_again
from assistant.planning.miss_fixes import _FIXED, fixed_and_acknowledged
from assistant.planning.miss_reaction import reaction_to
from assistant.planning.miss_weight import WORKING, later, settled
from assistant.planning.situation_types import Item, Sentence, Situation, terms_of

_I = re.IGNORECASE

# A later line that says the matter is settled to their satisfaction.
RELIEF = re.compile(
    r"\b(?:(?:has|have) been fine|fine since|happy with (?:it|the fix|the result)|(?:the|our) fix (?:was good|worked|held)|works now|working again|"
    r"back to normal|no (?:more|further) (?:problems|issues|trouble)|all good now|settled (?:it|that|the)|sorted now|resolved to|"
    r"(?:has|have)(?:n't| not) (?:failed|broken|crashed|gone down)(?: again| once)? since)\b",
    _I,
)
# Not failed since, or calm since: "has stayed up since May", "quiet since the patch", "The DMS is quiet".
QUIET = re.compile(
    r"\b(?:hasn't|has not|haven't|have not|didn't|did not)(?: once)? (?:been )?(?:down|out|offline|unavailable|broken|failed|crashed|slipped|stopped)"
    r"(?: again| once)?(?: since| after)\b|\b(?:is|are|has been|have been|was|were|stayed|been) (?:quiet|stable|calm|solid)\b",
    _I,
)
# The late thing delivered under another verb: "App relaunched 15 September", "shipped on the 3rd".
LAUNCHED = re.compile(r"\b(?:re-?launched|launched|shipped|released|switched on|went into (?:use|service))\b", _I)
# What we changed so it does not recur, told as done: "Each build is now tested offline", "added an alert when ...".
CHANGED = re.compile(
    r"\b(?:we|IT|the team|my team)(?: now|'ve now| have now| have since| since)? (?:now )?(?:test|check|run|monitor|review|verify|validate|alert|flag|track)s?\b"
    r"[^.;]{0,40}\b(?:every|each|all|before|whenever|daily|nightly|weekly)\b|"
    r"\b(?:added|put in|introduced|built in|set up) (?:an? |the )?(?:new )?(?:alert|alarm|check|test|monitor\w*|safeguard|control|rollback (?:plan|step))s?\b",
    _I,
)
# A failure told in the present or just now: "failing on 9% of invoices since the portal went live".
_FAILING = re.compile(cue.MISS.pattern + r"|\b(?:failing|fails|not working|keeps? (?:breaking|dropping|crashing)|errors?|wrong)\b", _I)
# A fix still ahead: "fix is in by Friday", "will be live next week", "should be fixed by the 12th".
_AHEAD = re.compile(r"\b(?:until|till|once|as soon as|will|'ll|shall|going to|should be|due|planned|expected|aim(?:s|ing)? to)\b|\bby (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                    r"\bby (?:tomorrow|next|the end|end of|the \d|\d)|\bnext (?:week|month|sprint)\b", _I)
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_NOT_NAMES = {"IT", "CIO", "CEO", "CFO", "COO", "MD", "OK", "AND", "THE", "NOT", "UAT", "PO"}


def _names(text: str) -> set[str]:
    """The short names a note gives a system or an action ("DMS", "B4", "A4")."""
    return {n for n in _ACRONYM.findall(text) if n not in _NOT_NAMES}


def _event_lines(sit: Situation, item: Item) -> list[Sentence]:
    """The miss's own line and the lines that tell the same event with it (two before, two after, in its note)."""
    return [s for s in sit.sentences if s.note.ref == item.note_ref and -2 <= s.order - item.order <= 2]


def _on_topic(sit: Situation, item: Item, s: Sentence) -> bool:
    """The line names the miss's thing: a shared topic stem, or a shared short name."""
    lines = _event_lines(sit, item)
    names = set().union(*(_names(e.text) for e in lines))
    words = topic(sit, item).union(*(_stems(e.text) for e in lines))  # "A4 delivered late." then "The mailbox ..."
    return bool(words & _stems(s.text)) or bool(names & _names(s.text))


def _other_miss(sit: Situation, s: Sentence, item: Item) -> bool:
    """The line tells another miss of its own (a new failure), not the healing of this one."""
    return any(m is not item and m.order == s.order and m.kind in ("miss", "noted_miss") for m in sit.items)


def fixed_since(sit: Situation, item: Item) -> Sentence | None:
    """A line after the miss's own lines, on its thing, telling it fixed, live, working or not failed since."""
    own = {s.order for s in _event_lines(sit, item) if s.order <= item.order}
    for s in sit.sentences:
        if s.order in own or not later(s, item.order, item.date) or _other_miss(sit, s, item):
            continue
        if not (_FIXED.search(s.text) or WORKING.search(s.text) or QUIET.search(s.text) or LAUNCHED.search(s.text) or CHANGED.search(s.text)):
            continue
        if cue.NOT_DONE.search(s.text) or complaint_in(s) or cue.UPSET.search(s.text) or _FAILING.search(QUIET.sub("", s.text)) or _AHEAD.search(s.text):
            continue  # not done yet, a new failure told in the same line, or a fix still ahead ("fix is in by Friday")
        if _on_topic(sit, item, s):
            return s
    return None


def closed_later(sit: Situation, item: Item) -> Sentence | None:
    """The partner's closing or forgiving word in a later entry, naming the miss's thing ("about the mailbox: no harm
    done ... we can close that one")."""
    for s in sit.sentences:
        if s.note.ref == item.note_ref or not later(s, item.order, item.date) or s.speaker == "us":
            continue
        if not (CLOSED.search(s.text) or CLOSED_HERE.search(s.text) or cue.FORGIVEN.search(s.text)):
            continue
        if _on_topic(sit, item, s) and not _other_miss(sit, s, item):
            return s
    return None


def relief_line(sit: Situation, item: Item) -> Sentence | None:
    """A later line, about the same thing, that says it is fine now ("recordings have been fine since the fix")."""
    words = {w for w in item.terms if len(w) >= 5}
    for s in sit.sentences:
        if s.order <= item.order or not RELIEF.search(s.text):
            continue
        if words & terms_of(s.text) or (s.note.ref == item.note_ref and s.order - item.order <= 3):
            return s
    return None


def healings(sit: Situation, item: Item) -> list[Sentence]:
    """Every line that heals this miss, whatever its kind."""
    found = [settled(sit, item), fixed_and_acknowledged(sit, item), track_record_since(sit, item), relief_line(sit, item),
             fixed_since(sit, item), closed_later(sit, item), reaction_to(sit, item)]
    return [s for s in found if s is not None]


def healed_by(sit: Situation, item: Item) -> Sentence | None:
    """The first healing the partner did not undo by raising the miss again after it, or None."""
    return next((s for s in healings(sit, item) if weighs_again(sit, item, s) is None), None)


def still_weighs(sit: Situation, item: Item) -> bool:
    """Nothing after the miss healed it, or the partner raised it again after every healing."""
    return healed_by(sit, item) is None
