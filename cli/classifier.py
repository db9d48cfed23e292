"""The `coach train-classifier` command. Wire it in with `register(app)`."""

from __future__ import annotations

import time
from typing import Annotated

import typer
from rich.console import Console


def train_classifier(
    check: Annotated[bool, typer.Option("--check", help="Retrain and compare with the shipped file instead of writing it; exit 1 if they differ.")] = False,
) -> None:
    """Retrain the sentence classifier from the exemplars and write the shipped weights (about a minute)."""
    from assistant.perception.classifier import (
        SHIPPED_WEIGHTS,
        load_weights,
        save_weights,
        train_from_exemplars,
        training_digest,
        weight_differences,
    )

    out = Console(stderr=True, soft_wrap=True)
    digest = training_digest()
    started = time.perf_counter()
    model = train_from_exemplars()
    out.print(f"Trained in {time.perf_counter() - started:.1f} s (digest {digest[:16]}).")
    if check:
        shipped = load_weights(SHIPPED_WEIGHTS)
        problems = ["the shipped file is missing or unreadable"] if shipped is None else weight_differences(model, shipped)
        if shipped is not None and load_weights(SHIPPED_WEIGHTS, digest) is None:
            problems.append("the shipped digest does not match the exemplars and code")
        for problem in problems:
            out.print(f"[red]Differs:[/] {problem}")
        if problems:
            raise typer.Exit(1)
        out.print(f"{SHIPPED_WEIGHTS.name} matches a fresh training.")
        return
    save_weights(model, SHIPPED_WEIGHTS, digest)
    out.print(f"Wrote {SHIPPED_WEIGHTS} ({SHIPPED_WEIGHTS.stat().st_size / 1024:.0f} KiB).")


def register(app: typer.Typer) -> None:
    """Add `train-classifier` to the `coach` command line."""
    app.command("train-classifier")(train_classifier)
