"""What a scenario says a coach would know: open items, topics to avoid, misses and whose they were.

All fields are optional (scenario schema in evals/README.md, "Coach facts"). A scorer uses the
facts when the scenario has them and falls back to a reading of the notes when it does not.
Each item matches plan text through its `cues` (case-insensitive substrings); without cues,
through the longer content words of its `text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from evals.coach_scorers.view import words

STOP = set("""a an the and or but of to in on at for with from by as is are was were be been being this that these those
it its their there they them he she his her we our us you your i me my not no if then than so such into about after
before over under again also just only very more most much many some any each all can could would should will shall
may might must do does did done have has had one two three next last week month year said says asked wants want
""".split())


def content_words(text: str, min_len: int = 5) -> list[str]:
    seen: list[str] = []
    for w in words(text.lower()):
        if len(w) >= min_len and w not in STOP and w not in seen:
            seen.append(w)
    return seen


@dataclass
class Item:
    text: str
    cues: list[str] = field(default_factory=list)
    kind: str = ""
    owner: str = ""
    date: str = ""   # ISO date the set's labels give (when it was asked, or is due)

    @classmethod
    def of(cls, raw: Any) -> Item:
        if isinstance(raw, str):
            return cls(raw)
        return cls(str(raw.get("text") or raw.get("topic") or ""), [str(c) for c in raw.get("cues") or []],
                    str(raw.get("kind") or ""), str(raw.get("owner") or ""), str(raw.get("date") or ""))

    def patterns(self) -> list[str]:
        return [c.lower() for c in self.cues] or content_words(self.text, 5)[:4]

    def found_in(self, text: str) -> list[str]:
        low = text.lower()
        return [c for c in self.patterns() if re.search(r"(?<!\w)" + re.escape(c), low)]

    def mentioned(self, text: str) -> bool:
        """Any explicit cue; without cues, at least two of the item's longer words (one when it has one)."""
        hits = self.found_in(text)
        if self.cues:
            return bool(hits)
        return len(hits) >= min(2, len(self.patterns())) and bool(hits)


FACT_KEYS = ("open_items", "avoid", "third_party_misses", "forgiven_misses", "cio_statements",
             "raised_objections", "latest_direction", "alt_purpose", "private", "delivered")


@dataclass
class CoachFacts:
    open_items: list[Item] | None = None
    avoid: list[Item] | None = None
    third_party_misses: list[Item] | None = None
    forgiven_misses: list[Item] | None = None
    cio_statements: list[str] | None = None
    raised_objections: list[str] | None = None
    latest_direction: str | None = None
    alt_purpose: str | None = None
    private: list[str] | None = None
    delivered: list[Item] | None = None   # our promises the notes show kept or delivered (no longer open)
    our_misses: list[Item] | None = None  # misses of ours the partner has not forgiven (None: not labelled)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> CoachFacts:
        # An annotated scenario (any fact given) states its facts in full: a list it leaves out is empty.
        annotated = any(raw.get(k) is not None for k in FACT_KEYS if k not in ("alt_purpose", "latest_direction"))

        def items(key: str) -> list[Item] | None:
            if raw.get(key) is None:
                return [] if annotated else None
            return [Item.of(r) for r in raw[key]]

        def strings(key: str) -> list[str] | None:
            if raw.get(key) is None:
                return [] if annotated else None
            return [str(s) for s in raw[key]]

        return cls(
            open_items=items("open_items"), avoid=items("avoid"),
            third_party_misses=items("third_party_misses"), forgiven_misses=items("forgiven_misses"),
            cio_statements=strings("cio_statements"), raised_objections=strings("raised_objections"),
            latest_direction=raw.get("latest_direction"), alt_purpose=raw.get("alt_purpose"),
            private=strings("private"), delivered=items("delivered"),
            our_misses=[Item.of(r) for r in raw["our_misses"]] if raw.get("our_misses") is not None else None,
        )


@dataclass
class Context:
    """Everything a scorer may read besides the plan."""

    notes: str
    partner: str = ""
    function: str | None = None
    role: str = ""
    value_statement: str = ""
    purpose: str = ""
    expected: dict[str, str] = field(default_factory=dict)
    facts: CoachFacts = field(default_factory=CoachFacts)
    key_facts: list[str] = field(default_factory=list)  # the set's labelled key facts (scenario `facts`)

    def first_name(self) -> str:
        return self.partner.split()[0] if self.partner else ""

    def latest_note(self) -> str:
        """The newest dated note (by its ISO date heading), else the last paragraph block."""
        return self.recent_notes(1)

    def recent_notes(self, count: int) -> str:
        """The `count` newest dated notes, else the last `count` paragraph blocks."""
        return _recent(self.notes, count)


@lru_cache(maxsize=1024)
def _recent(notes: str, count: int) -> str:
    from assistant.text.notes_format import parse_notes_text

    dated = sorted((n for n in parse_notes_text(notes).notes if n.date is not None), key=lambda n: n.date)  # type: ignore[arg-type, return-value]
    if dated:
        return "\n".join(n.text for n in dated[-count:])
    blocks = [b for b in re.split(r"\n\s*\n", notes) if b.strip()]
    return "\n".join(blocks[-count:]) if blocks else notes
