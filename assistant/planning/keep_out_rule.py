"""One consistency rule over the finished plan: what the keep-out list names stays out of every other part (session 17).

A miss the partner put behind them is on the keep-out list. The same event told as something else must not come back
through another door: our earlier promise of the same thing, missed or overdue ("we promised the triage model for
November and missed it"), is covered by that forgiveness, so it is never listed as open, quoted as competence proof,
owned in the script or asked about. Read from structure: the item is ours, dated on or before the forgiveness, missed or
overdue, and names the forgiven line's topic (a shared distinctive word stem, never a person's name).
"""

from __future__ import annotations

import re

from assistant.planning import situation_cues as cue
from assistant.planning.miss_weight import stems
from assistant.planning.situation_types import AvoidTopic, Item, Situation, terms_of

_OURS = ("promise", "late_promise", "miss", "noted_miss")


def _topic_stems(topic: AvoidTopic) -> set[str]:
    """The forgiven line's topic stems, less the names in it ("Water under the bridge, Fiona")."""
    names = {w.lower() for w in re.findall(r"(?<=[\w,;:] )[A-Z][a-z]+", topic.quote)}
    return stems(frozenset(w for w in topic.terms if w not in names))


def _missed(item: Item) -> bool:
    """Missed and not since delivered: a promise kept late stays (what was delivered is no reopened miss), unless its own
    line tells the miss ("... for April and missed it")."""
    if item.kind in ("promise", "late_promise") and item.status == "done":
        return bool(cue.MISS.search(item.quote))
    return item.kind != "promise" or item.status == "overdue" or bool(item.broken_quote) or bool(cue.MISS.search(item.quote))


def kept_out_items(sit: Situation, avoid: list[AvoidTopic] | None = None) -> list[Item]:
    """Our promises and misses that a forgiven miss on the keep-out list covers: the miss itself, and anything of ours
    on its topic, missed or overdue, from before the forgiveness."""
    out: list[Item] = []
    for topic in [a for a in (sit.avoid if avoid is None else avoid) if a.kind == "forgiven_miss"]:
        words = _topic_stems(topic)
        for item in [i for i in sit.items if i.owner == "us" and i.kind in _OURS and i not in out]:
            if item.quote == topic.quote:
                out.append(item)
                continue
            before = bool(item.date and topic.date and item.date <= topic.date)
            shared = stems(item.terms) & words
            if before and _missed(item) and (len(shared) >= 2 or any(len(w) >= 5 for w in shared)):
                out.append(item)
    return out


def drop_covered(sit: Situation, avoid: list[AvoidTopic]) -> None:
    """Take what the keep-out list covers off the situation's items (the forgiven miss itself stays: it is what the list
    names), so no later part of the plan can list, prove with or own an event the partner put behind them."""
    covered = [i for i in kept_out_items(sit, avoid) if not any(a.quote == i.quote for a in avoid)]
    sit.items = [i for i in sit.items if not any(i is c for c in covered)]


def quotes_item(sentence: str, item: Item) -> bool:
    """The sentence quotes the item (its whole line, or the words after its cue)."""
    bare = sentence.replace("“", "").replace("”", "")
    parts = [p for p in (item.quote, item.complement) if p and len(p) >= 15]
    return any(p.strip().rstrip(".") in bare for p in parts)


def names_kept_out(sentence: str, items: list[Item]) -> bool:
    """Whether a plan sentence quotes, or names most of, an item the keep-out rule covers."""
    words = stems(terms_of(sentence))
    return any(quotes_item(sentence, i) or len(words & stems(i.terms)) >= 4 for i in items)
