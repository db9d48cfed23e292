"""`python -m evals eval|heldout`: the eval commands without the product CLI."""

from __future__ import annotations

import typer

from evals.cli import register

app = typer.Typer(help="cio-coach evaluation suite.", no_args_is_help=True, add_completion=False)
register(app)

if __name__ == "__main__":
    app()
