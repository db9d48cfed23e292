"""How many database sessions one use case opens: `python -m bench.sessions` prints a table.

Wraps the app's session factory with a counter, loads the demo workspace, then counts the
sessions opened by one plan, one note added and one portfolio view.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


class CountingSessions:
    """A sessionmaker stand-in that counts how often a session is opened."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.opened = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.opened += 1
        return self.inner(*args, **kwargs)


def count(factory: CountingSessions, action: Callable[[], object]) -> int:
    before = factory.opened
    action()
    return factory.opened - before


def main() -> None:
    from assistant.factory import build_app
    from assistant.services.demo import ensure_demo
    from assistant.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        app = build_app(Settings(data_dir=Path(tmp)), today=dt.date(2026, 11, 27))
        info = ensure_demo(app)
        counter = CountingSessions(app.sessions)
        coach = app.coach
        for holder in (coach, coach.reviews, coach.rounds):
            holder._sessions = counter  # type: ignore[attr-defined]
        partner = coach.partners(info.actor, info.workspace_id)[0].id
        rows = [
            ("plan", count(counter, lambda: coach.plan(info.actor, info.workspace_id, partner, "quarterly review"))),
            ("add a note (saves, indexes, reassesses)", count(counter, lambda: coach.add_note(info.actor, info.workspace_id, partner, "She asked for the Q3 dashboard by Friday."))),
            ("portfolio", count(counter, lambda: coach.portfolio(info.actor, info.workspace_id))),
        ]
    print("| use case | sessions opened |")
    print("|---|---|")
    for name, n in rows:
        print(f"| {name} | {n} |")


if __name__ == "__main__":
    main()
