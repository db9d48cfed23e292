"""`coach parse PATH`: what the engine understood from a notes file, e-mail thread or transcript."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant.errors import CoachError, InputError
from cli.console import fail


def register(app: typer.Typer) -> None:
    app.command(name="parse")(parse)


def parse(
    path: Path,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    partner: Annotated[str | None, typer.Option(help="The partner's name, where the file does not say (Stakeholder: line).")] = None,
    us: Annotated[list[str] | None, typer.Option(help="A name on the CIO's own team (repeat for several).")] = None,
) -> None:
    """Show how a notes file, .eml or pasted e-mail thread, or .vtt/.srt/Teams/Zoom transcript is read: entries, dates, who said what."""
    from assistant.settings import Settings
    from assistant.text.reading import MAX_SOURCE_BYTES, parse_file

    try:
        if not path.is_file():
            raise InputError(f"{path} does not exist or is not a file.")
        if path.stat().st_size > MAX_SOURCE_BYTES:
            raise InputError(f"{path.name} is {path.stat().st_size / 1e6:.1f} MB; the limit is {MAX_SOURCE_BYTES // 1_000_000} MB.")
        result = parse_file(path.name, path.read_bytes(), partner, list(us or []), Settings().date_order)
    except CoachError as exc:
        fail(exc)
    data = result.to_dict()
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        return
    lines = [f"Partner: {data['partner']['name'] or 'not named'}"]
    for entry in data["entries"]:
        lines.append(f"\n{entry['date'] or 'undated'}  {entry['source']}  {entry['title']}")
        lines += [f"  [{s['speaker']}{': ' + s['name'] if s['name'] else ''}] {s['text']}" for s in entry["sentences"]]
    lines += [f"\nSuggested promise: {p['text']} ({p['owner'] or 'no owner'}, due {p['due'] or 'no date'})" for p in data["promises"]]
    lines += [f"Warning: {w}" for w in data["warnings"]]
    sys.stdout.write("\n".join(lines) + "\n")
