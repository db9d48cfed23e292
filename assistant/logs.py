"""Logging, configured once by whoever runs the core (the CLI's -v, the app's COACH_LOG_LEVEL)."""

from __future__ import annotations

import logging
import sys
from typing import Any, TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_LOGGERS = ("assistant", "evals")


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is when a line is logged (CLI runners and test capture swap it)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


def configure_logging(level: str | int = "WARNING", stream: TextIO | None = None) -> None:
    """Send the core's log lines to stderr (or `stream`) at this level; calling again replaces the setup."""
    numeric = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    if not isinstance(numeric, int):
        from assistant.errors import ConfigError

        raise ConfigError(f"Unknown log level {level!r}; use DEBUG, INFO, WARNING or ERROR.")
    handler: logging.Handler = logging.StreamHandler(stream) if stream is not None else _Stderr()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler._coach = True  # type: ignore[attr-defined]
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(numeric)
        logger.propagate = False  # the app's host (Streamlit) keeps its own handlers
        for old in [h for h in logger.handlers if getattr(h, "_coach", False)]:
            logger.removeHandler(old)
        logger.addHandler(handler)
