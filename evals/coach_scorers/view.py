"""One read-only view of a plan, whether it comes from today's engine or carries the new fields.

Today's `Plan` has sections, a value message and follow-ups. The rebuilt planner (issue #20)
adds `one_thing`, `script`, `open_items`, `avoid`, `confidence` and `notices`. Scorers read the
plan only through `PlanView`, which uses the new fields when they are present and falls back to
the sections when they are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
# A sentence ends at . ! ? (optionally followed by a closing quote) before a capital, a quote or a digit.
_SENTENCE_END = re.compile(r"(?<=[.!?])[”\"']?\s+(?=[A-Z“\"'(0-9])")
# Quoted spans: curly or straight double quotes.
QUOTE = re.compile(r"“([^”]{3,400})”|\"([^\"]{3,400})\"")
# A line that quotes the partner's ask and commits to a dated reply answers it ("On 9 May you asked: “…” My answer,
# with one owner, comes by 15 May."); a quote with no reply beside it is evidence, not an answer.
DATED_REPLY = re.compile(r"\b(?:comes? by|I will (?:confirm|answer|come back|bring|send|give)|you will have|"
                         r"(?:yes|no|thank you)\b[^.]*\bby \d{1,2} [A-Z][a-z]+|"
                         r"(?:answer|bring what we have on) what \w+ (?:asked|offered)\b[^.(]*\b(?:owner|before|by|deadline))", re.I)


def _own_words(line: str) -> str:
    """The line without quoted note text, unless the line answers the quote with a dated reply."""
    rest = QUOTE.sub(" ", line)
    return line if DATED_REPLY.search(rest) else rest


def words(text: str) -> list[str]:
    return WORD.findall(text)


def sentences(text: str) -> list[str]:
    """Sentences of a block of text; lines and list items are split first."""
    return list(_sentences(text))


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for line in re.split(r"\n+|(?:^|\s)(?=\d+\.\s)", text):
        line = re.sub(r"^\s*(?:[-*•]|\d+\.)\s*", "", line).strip()
        if line:
            out += [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]
    return tuple(out)


def quotes(text: str) -> list[str]:
    return [a or b for a, b in QUOTE.findall(text)]


def _text_of(value: Any) -> str:
    """Every string inside a value (dicts and lists flattened), one per line."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(_text_of(v) for k, v in value.items() if k not in ("kind", "owner", "status", "date", "sources"))
    if isinstance(value, (list, tuple)):
        return "\n".join(_text_of(v) for v in value)
    return ""


@dataclass
class PlanView:
    partner: str = ""
    purpose: str = ""
    quadrant: str = "unknown"
    sections: list[tuple[str, str]] = field(default_factory=list)
    value_message: str = ""
    followups: list[str] = field(default_factory=list)
    one_thing: str = ""
    script: list[str] = field(default_factory=list)
    open_items: list[dict[str, Any]] = field(default_factory=list)
    avoid: list[dict[str, Any]] = field(default_factory=list)
    confidence: float | None = None
    has_new_fields: bool = False

    @classmethod
    def of(cls, plan: Any) -> PlanView:
        """From a `Plan`, a `plan --json` dict or a `PlanView`."""
        if isinstance(plan, PlanView):
            return plan
        data: dict[str, Any] = plan.model_dump() if hasattr(plan, "model_dump") else dict(plan)
        followups = [
            f if isinstance(f, str) else " ".join(str(f.get(k) or "") for k in ("what", "owner", "due")).strip()
            for f in data.get("followups") or []
        ]
        new = any(data.get(k) for k in ("one_thing", "script", "open_items", "avoid"))
        script = data.get("script") or []
        return cls(
            partner=str(data.get("partner") or data.get("stakeholder") or ""),
            purpose=str(data.get("purpose") or ""),
            quadrant=str(data.get("quadrant") or "unknown"),
            sections=[(str(s.get("title", "")), str(s.get("text", ""))) for s in data.get("sections") or []],
            value_message=str(data.get("value_message") or ""),
            followups=followups,
            one_thing=str(data.get("one_thing") or ""),
            script=[script] if isinstance(script, str) else [str(s) for s in script],
            open_items=[i if isinstance(i, dict) else {"text": str(i)} for i in data.get("open_items") or []],
            avoid=[a if isinstance(a, dict) else {"topic": str(a)} for a in data.get("avoid") or []],
            confidence=data.get("confidence"),
            has_new_fields=new,
        )

    @classmethod
    def from_markdown(cls, md: str) -> PlanView:
        """From a plan rendered as markdown (`plan_markdown`, a review packet's plan)."""
        from assistant.schema import QUADRANT_LABELS

        labels = {v.lower(): k for k, v in QUADRANT_LABELS.items()}
        view = cls()
        title, body = "", []  # type: ignore[var-annotated]
        blocks: list[tuple[str, str]] = []
        for line in md.splitlines():
            head = re.match(r"^#\s+Plan:\s*(.*?)\s+—\s+(.*)$", line)
            if head:
                view.partner, view.purpose = head.group(1), head.group(2)
                continue
            quad = re.match(r"^Quadrant:\s*([^·]+)", line)
            if quad and not title:
                view.quadrant = labels.get(quad.group(1).strip().lower(), "unknown")
                continue
            sec = re.match(r"^#{2,3}\s+(?:\d+\.\s*)?(.*)$", line)  # '### n.' = a section under '## Details'
            if sec and sec.group(1).strip().lower() in ("details", "everything open, with the words it comes from"):
                if title:
                    blocks.append((title, "\n".join(body).strip()))
                title, body = "", []
                continue
            if sec:
                if title:
                    blocks.append((title, "\n".join(body).strip()))
                title, body = sec.group(1).strip(), []
            elif title and not re.match(r"^(?:\*Sources?:|---$)", line.strip()):
                body.append(line)
        if title:
            blocks.append((title, "\n".join(body).strip()))
        for name, text in blocks:
            low = name.lower()
            if low.startswith("one thing") or low == "the one thing":
                view.one_thing = text
            elif low.startswith("script") or low.startswith("what to say") or low == "say this":
                view.script = [re.sub(r"^\s*(?:[-*]|\d+\.)\s*", "", s) for s in text.splitlines() if s.strip()]
            elif low.startswith("open item") or low.startswith("what is open") or low == "open between us":
                view.open_items = [{"text": re.sub(r"^\s*[-*]\s*", "", s)} for s in text.splitlines() if s.strip()]
            elif _is_avoid_title(name):
                view.avoid = [{"topic": re.sub(r"^\s*[-*]\s*", "", s)} for s in text.splitlines() if s.strip()]
            else:
                view.sections.append((name, text))
        view.value_message = view.section("value message")
        view.has_new_fields = bool(view.one_thing or view.script or view.open_items)
        return view

    def section(self, *names: str) -> str:
        """The text of the sections whose title contains any of `names` (case-insensitive)."""
        wanted = [n.lower() for n in names]
        return "\n".join(t for title, t in self.sections if any(n in title.lower() for n in wanted))

    def spoken_text(self) -> str:
        """What the plan says, without the avoid list (naming a topic there is how a plan avoids it)."""
        parts = [self.one_thing, *self.script, _text_of(self.open_items)]
        parts += [text for title, text in self.sections if not _is_avoid_title(title)]
        parts += [self.value_message, *self.followups]
        return "\n".join(p for p in parts if p)

    def answer_text(self) -> str:
        """What the plan says in its own words: no evidence section, no quoted note text, no item quotes."""
        lines = [_own_words(line) for line in (self.one_thing, *self.script) if line]
        parts = [_text_of([{k: v for k, v in i.items() if k != "quote"} for i in self.open_items])]
        parts += [text for title, text in self.sections
                  if not _is_avoid_title(title) and "where the partner stands" not in title.lower()]
        parts += [self.value_message, *self.followups]
        return "\n".join([*lines, QUOTE.sub(" ", "\n".join(p for p in parts if p))])

    def said_text(self) -> str:
        """The lines the CIO says (one thing + script) in their own words; the main view when the plan has neither."""
        return "\n".join(_own_words(line) for line in (self.one_thing, *self.script) if line) or self.main_text()

    def full_text(self) -> str:
        return "\n".join(p for p in (self.spoken_text(), _text_of(self.avoid)) if p)

    def main_text(self) -> str:
        """The main view: one thing + script + open items; the whole plan when those are absent."""
        if not self.has_new_fields:
            return self.full_text()
        return "\n".join(p for p in (self.one_thing, *self.script, _text_of(self.open_items)) if p)

    def opening(self) -> str:
        return "\n".join(self.script) if self.script else self.section("opening")

    def sentences(self) -> list[str]:
        return sentences(self.spoken_text())


def _is_avoid_title(title: str) -> bool:
    low = title.lower()
    return "not to raise" in low or low.startswith("avoid") or "keep out" in low
