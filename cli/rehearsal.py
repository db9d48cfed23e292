"""`coach rehearse PATH`: rehearse a meeting with the partner in a notes file, then read the debrief.

Script files (--script): if the file contains a blank line, each blank-line
separated paragraph is one reply (its lines joined with spaces); otherwise each
non-empty line is one reply. Lines starting with '#' are comments; a reply of
'/end' ends the rehearsal early. Interactively, type '/end' to stop.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from assistant.conversation.rehearsal import (
    DEFAULT_TURNS,
    Debrief,
    RehearsalSession,
    debrief,
    end_rehearsal,
    partner_reply,
    summary_json,
)
from assistant.errors import CoachError, InputError

END = "/end"
MAX_SCRIPT_BYTES = 512 * 1024


def read_script(path: Path) -> list[str]:
    """Replies from a script file: paragraphs if it has blank lines, else one per line."""
    if not path.is_file():
        raise InputError(f"{path} does not exist or is not a file.")
    if path.stat().st_size > MAX_SCRIPT_BYTES:
        raise InputError(f"{path.name} is larger than {MAX_SCRIPT_BYTES // 1024} KB; a script holds a few replies.")
    lines = [ln for ln in path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").split("\n") if not ln.lstrip().startswith("#")]
    text = "\n".join(lines).strip()
    if not text:
        raise InputError(f"{path.name} holds no replies.")
    if any(not ln.strip() for ln in text.split("\n")):
        blocks = [" ".join(p.split()) for p in text.split("\n\n")]
        return [b for b in blocks if b]
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def register(app: typer.Typer) -> None:
    """Add the `rehearse` command to the `coach` app."""

    @app.command()
    def rehearse(
        path: Path,
        script: Annotated[Path | None, typer.Option(help="The CIO's replies: one per line, or blank-line separated paragraphs.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the transcript and debrief as JSON.")] = False,
        turns: Annotated[int, typer.Option(help="The most replies before the partner ends the meeting.")] = DEFAULT_TURNS,
        statement: Annotated[str, typer.Option(help="The organisation's value statement.")] = "",
    ) -> None:
        """Rehearse a meeting with the partner in a notes file; the assistant plays the partner, then debriefs you."""
        out, err = Console(), Console(stderr=True, soft_wrap=True)
        try:
            session, embed, chat = _start(path, turns, statement)
            if not as_json:
                for notice in session.notices:
                    err.print(f"[yellow]Notice:[/] {notice}", markup=True, highlight=False)
                out.print(f"{session.partner or 'Partner'}: {session.turns[0].text}", markup=False, highlight=False)
            replies = read_script(script) if script is not None else None
            _exchange(session, replies, embed, chat, out, quiet=as_json)
            result = debrief(session, embed=embed, chat=chat)
        except CoachError as exc:
            err.print(f"[bold red]Error:[/] {exc}")
            raise typer.Exit(2) from exc
        if as_json:
            sys.stdout.write(json.dumps(summary_json(session, result), ensure_ascii=False) + "\n")
        else:
            _print_debrief(result, out)


def _start(path: Path, turns: int, statement: str):  # type: ignore[no-untyped-def]
    from assistant.conversation.rehearsal import start_rehearsal
    from assistant.factory import build_engine
    from assistant.settings import Settings
    from cli.notes_input import read_notes_file

    parsed = read_notes_file(path)
    engine = build_engine(Settings(), None)
    assessment = engine.assess(parsed.notes, partner=parsed.partner)
    chat = engine.chat_fn()
    session = start_rehearsal(
        parsed.partner, parsed.notes, assessment, role=parsed.role, value_statement=statement, max_turns=turns,
        engine="llm" if chat else "offline", chat=chat,
    )
    return session, engine.embed, chat


def _exchange(session: RehearsalSession, replies: list[str] | None, embed, chat, out: Console, quiet: bool) -> None:  # type: ignore[no-untyped-def]
    name = session.partner or "Partner"
    feed = iter(replies) if replies is not None else None
    while not session.done:
        if feed is None:
            reply = typer.prompt("You", default="", show_default=False)
        else:
            reply = next(feed, END)
            if not quiet:
                out.print(f"You: {reply}", markup=False, highlight=False)
        if reply.strip().lower() == END:
            end_rehearsal(session)
            break
        turn = partner_reply(session, reply, embed=embed, chat=chat)
        if not quiet:
            out.print(f"{name}: {turn.text}", markup=False, highlight=False)
    if feed is not None and next(feed, None) is not None and not quiet:
        out.print("(The partner ended the meeting; the remaining replies in the script were not used.)", markup=False)


def _print_debrief(result: Debrief, out: Console) -> None:
    out.print(f"\nDebrief: overall {result.overall}/100 ({result.engine})", markup=False)
    table = Table("criterion", *(f"turn {r.turn_index}" for r in result.rows), "average")
    for key, label in result.criteria.items():
        table.add_row(label, *(str(r.scores.get(key, "")) for r in result.rows), f"{result.by_criterion.get(key, 0):.1f}")
    out.print(table)
    for row in result.rows:
        out.print(f"\n[{row.turn_index}] You: {row.reply or '(no reply)'}" + (f"  (flags: {', '.join(row.flags)})" if row.flags else ""), markup=False, highlight=False)
        for good in row.good:
            out.print(f"  + {good}", markup=False, highlight=False)
        if row.better:
            out.print(f"  Better: {row.better}", markup=False, highlight=False)
    if result.followups:
        out.print("\nCommitments you made (can be added to the plan's follow-ups):", markup=False)
        for f in result.followups:
            out.print(f"  - {f.what}: {f.owner}, by {f.due or 'no date'}", markup=False, highlight=False)
    for notice in result.notices:
        out.print(f"Notice: {notice}", markup=False, highlight=False)


def main() -> None:
    """`python -m cli.rehearsal rehearse ...` until `register` is wired into `coach`."""
    app = typer.Typer(add_completion=False, no_args_is_help=True)

    @app.callback()
    def _group() -> None:
        """CIO value coach: meeting rehearsal."""

    register(app)
    app()


if __name__ == "__main__":
    main()
