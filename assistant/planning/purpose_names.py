"""A script line on an ask names the ask: the purpose's own name for it, where the line only says its day (round 21)."""

from __future__ import annotations

from assistant.planning.purpose_anchor import named_in, purpose_items, typed_item
from assistant.planning.purpose_leads import _STILL_OPEN, ask_named
from assistant.planning.purposes import Purpose
from assistant.planning.situation_types import Situation
from assistant.planning.voice import on_day


def name_open_asks(script: list[str], sit: Situation, purpose: Purpose) -> list[str]:
    """Each "What you asked on D is still open." whose ask of D is a purpose item (or whose reply names one) names it."""
    items = purpose_items((purpose.said or purpose.text or "").strip())
    out: list[str] = []
    for line in script:
        match = _STILL_OPEN.match(line)
        if match and items:
            rest = line[match.end():]
            hit = next((i for i in items if named_in(i, rest)), None)
            if hit is None:
                hit = next((i for i in items if (t := typed_item(sit, i)) is not None and t.kind == "request"
                            and on_day(t.date) == match.group("d")), None)
            line = ask_named(line, hit) if hit else line
        out.append(line)
    return out
