"""The CLI's error console and its one way to stop on a bad input: a red one-line message, exit code 2."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)  # an error message is never broken mid-path


def fail(exc: Exception) -> NoReturn:
    err.print(f"[bold red]Error:[/] {exc}", markup=True, highlight=False)
    raise typer.Exit(2) from None
