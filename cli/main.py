"""The `coach` command line. Thin: it parses arguments, calls the core and prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from assistant.errors import CoachError, InputError
from cli.console import err, fail
from cli.notes_input import read_notes_file as _read_notes_file

if TYPE_CHECKING:
    from assistant.conversation.chat import Answer

app = typer.Typer(no_args_is_help=True, add_completion=False)
console = Console()


@app.callback()
def main(verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v logs one line per LLM call (tokens, cost, time); -vv debug.")] = 0) -> None:
    """CIO value coach: assess partners, plan meetings, check messages. Offline by default."""
    from assistant.logs import configure_logging

    try:
        configured = _settings().log_level  # COACH_LOG_LEVEL, from the environment or .env
    except Exception:  # noqa: BLE001 - a bad setting is reported by the command itself
        configured = "WARNING"
    configure_logging("DEBUG" if verbose > 1 else "INFO" if verbose else configured)


DRY_RUN_HELP = "Print the LLM requests, after redaction, instead of sending them (implies COACH_LLM=openai; the endpoint is not called)."


def _dry_run_settings(dry_run: bool):  # type: ignore[no-untyped-def]
    settings = _settings()
    return settings.model_copy(update={"llm": "openai", "llm_dry_run": True}) if dry_run else settings


def _print_dry_runs(engine, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    """What would have left the machine: every request the engine built, messages and structured-output fields."""
    requests = [r.as_dict() for r in getattr(engine, "dry_runs", [])]
    if as_json:
        sys.stdout.write(json.dumps(requests, ensure_ascii=False) + "\n")
        return
    for r in requests:  # written as is: no wrapping, so the text is exactly what would be sent
        sys.stdout.write(f"# {r['step']} -> {r['endpoint']} (model {r['model']}, structured output: {r['structured']})\n")
        for m in r["messages"]:
            sys.stdout.write(f"\n[{m['role']}]\n{m['content']}\n")
        sys.stdout.write("\n[request body fields]\n" + json.dumps(r["body"], ensure_ascii=False, indent=1) + "\n\n")


def _print_usage(label: str, usage) -> None:  # type: ignore[no-untyped-def]
    if usage is not None and usage.prompt_tokens:
        err.print(f"{label}: {usage.prompt_tokens} tokens in, {usage.completion_tokens} out, about ${usage.estimated_cost_usd:.5f} ({usage.model}).")


def _settings():  # type: ignore[no-untyped-def]
    from assistant.settings import Settings

    return Settings()


def _emit(contract: dict, markdown: str, as_json: bool) -> None:
    """The stable JSON contract on stdout, or the readable Markdown."""
    if as_json:
        sys.stdout.write(json.dumps(contract, ensure_ascii=False) + "\n")
    else:
        console.print(markdown, markup=False, highlight=False)


@app.command()
def ingest(knowledge: Annotated[Path | None, typer.Option(help="Folder of markdown documents.")] = None) -> None:
    """Load the coaching material into the vector index (idempotent)."""
    from rich.progress import Progress

    from assistant.factory import build_index
    from assistant.retrieval.ingest import ingest_knowledge

    try:
        settings = _settings()
        folder = knowledge or settings.resolved_knowledge_dir()
        index = build_index(settings)
        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("Ingesting", total=len(list(folder.rglob("*.md"))) if folder.is_dir() else 0)
            report = ingest_knowledge(index, folder, progress=lambda _ref: progress.advance(task))
    except CoachError as exc:
        fail(exc)
        return
    for problem in report.problems:
        err.print(f"[yellow]Skipped:[/] {problem}")
    if report.documents == 0:
        console.print(f"No documents found in {folder}. Add markdown files with front matter (see docs/data-formats.md) and run `coach ingest` again.")
    console.print(f"{report.documents} documents: {report.added} chunks added, {report.removed} removed, {report.unchanged_docs} documents unchanged.")


@app.command()
def ask(
    question: str,
    as_json: Annotated[bool, typer.Option("--json", help="Print answer, say_this, question_back and citations as JSON.")] = False,
    workspace: Annotated[int | None, typer.Option(help="Answer in this workspace (with its notes) and keep the exchange; "
                                                         "a follow-up reads the conversation so far.")] = None,
    partner: Annotated[str | None, typer.Option(help="The partner the question is about (full or first name); needs --workspace.")] = None,
) -> None:
    """Answer a coaching question from the knowledge base (and a partner's notes), with numbered citations."""
    from assistant.factory import build_app

    try:
        if partner and workspace is None:
            raise InputError("--partner needs --workspace ID: a partner's notes live in a workspace (see `coach demo`).")
        application = build_app(_settings())
        _ensure_knowledge(application)
        if workspace is None:
            stream, final = application.coach.ask_material_stream(question)
        else:
            actor = _owner_actor(application, workspace)
            partner_id = application.coach.partner_by_name(actor, workspace, partner) if partner else None
            stream, finish = application.coach.ask_stream(actor, workspace, question, partner_id)
            final = _first_of(finish)
        for piece in stream:
            if not as_json:
                console.out(piece, end="", highlight=False)
        if as_json:
            sys.stdout.write(json.dumps(final().as_json(), ensure_ascii=False) + "\n")
            return
        console.out("")
        for notice in final().notices:
            err.print(f"[yellow]Notice:[/] {notice}")
    except CoachError as exc:
        fail(exc)


def _first_of(finish: Callable[[], tuple[Answer, int]]) -> Callable[[], Answer]:
    """finish() stores the exchange once; later calls return the same answer."""
    done: list[Answer] = []

    def final() -> Answer:
        if not done:
            done.append(finish()[0])
        return done[0]

    return final


def _owner_actor(application, workspace_id: int):  # type: ignore[no-untyped-def]
    """The CIO who owns the workspace: the command line runs on the server, as its operator."""
    from assistant.store.access import Actor
    from assistant.store.models import User, Workspace

    with application.sessions() as s:
        ws = s.get(Workspace, workspace_id)
        owner = s.get(User, ws.owner_id) if ws else None
        if owner is None:
            raise InputError(f"There is no workspace {workspace_id}. Check the id, or run `coach demo` to create the demo workspace.")
        return Actor(owner.id, "cio", owner.display_name)


def _ensure_knowledge(application) -> None:  # type: ignore[no-untyped-def]
    from assistant.retrieval.ingest import ingest_knowledge

    if application.index.count("knowledge") == 0:
        err.print("The knowledge index is empty; ingesting the coaching material first…")
        ingest_knowledge(application.index, application.settings.resolved_knowledge_dir())


@app.command()
def assess(
    path: Path,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=DRY_RUN_HELP)] = False,
) -> None:
    """Assess one partner's perceptions from a notes file (no database needed)."""
    from assistant.factory import build_engine

    try:
        parsed = _read_notes_file(path)
        settings = _dry_run_settings(dry_run)
        engine = build_engine(settings, None)
        result = engine.assess(parsed.notes, partner=parsed.partner)
    except CoachError as exc:
        fail(exc)
        return
    if settings.llm_dry_run:
        _print_dry_runs(engine, as_json)
        return
    from assistant.planning.render import assessment_markdown

    _emit(result.contract(), assessment_markdown(result), as_json)
    if result.engine == "llm" and result.usage_note:
        err.print(f"Model usage: {result.usage_note}.")


@app.command()
def plan(
    path: Path,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON contract.")] = False,
    purpose: Annotated[str, typer.Option(help="What the meeting is for.")] = "next regular meeting",
    statement: Annotated[str, typer.Option(help="The organisation's value statement.")] = "",
    meeting_date: Annotated[str, typer.Option("--meeting-date", help="The meeting's day, YYYY-MM-DD (else read from the notes, else today).")] = "",
    dry_run: Annotated[bool, typer.Option("--dry-run", help=DRY_RUN_HELP)] = False,
) -> None:
    """Write a conversation plan for the partner in a notes file (no database needed)."""
    import datetime as dt

    from assistant.factory import build_engine, build_index
    from assistant.planning.planner import PlanInput
    from assistant.retrieval.ingest import ingest_knowledge

    try:
        meeting = dt.date.fromisoformat(meeting_date) if meeting_date else None
    except ValueError:
        fail(InputError("--meeting-date takes a day as YYYY-MM-DD, e.g. 2026-12-10."))
        return
    try:
        parsed = _read_notes_file(path)
        settings = _dry_run_settings(dry_run)
        index = build_index(settings)
        if index.count("knowledge") == 0:
            ingest_knowledge(index, settings.resolved_knowledge_dir())
        engine = build_engine(settings, index)
        assessment = engine.assess(parsed.notes, partner=parsed.partner)
        result = engine.plan(PlanInput(parsed.partner, parsed.role, None, parsed.notes, assessment, purpose, statement, [], dt.date.today(), meeting=meeting))
    except CoachError as exc:
        fail(exc)
        return
    if settings.llm_dry_run:
        _print_dry_runs(engine, as_json)
        return
    from assistant.planning.render import plan_markdown

    _emit(result.contract(), plan_markdown(result), as_json)
    _print_usage("Model usage", result.usage)


@app.command()
def demo(
    new_passwords: Annotated[bool, typer.Option("--new-passwords", help="Give the existing demo accounts new random passwords (printed once).")] = False,
) -> None:
    """Create the demo accounts and workspace (once) and print the accounts' random passwords once."""
    from assistant.factory import build_app
    from assistant.services.demo import ensure_demo

    try:
        application = build_app(_settings())
        _ensure_knowledge(application)
        info = ensure_demo(application, new_passwords=new_passwords)
    except CoachError as exc:
        fail(exc)
        return
    console.print("Demo workspace " + ("created." if info.created else "already present."))
    if info.credentials:
        console.print("Demo accounts for a local trial (COACH_AUTH=local). The passwords are shown only now:")
        for role, user, password in info.credentials:
            console.print(f"  {role:6} login: {user} / {password}", markup=False, highlight=False)
    else:
        console.print("The demo accounts' passwords were shown when they were created; `coach demo --new-passwords` sets new ones.")


@app.command()
def reindex() -> None:
    """Rebuild every workspace's note vectors and the knowledge index from the database and files."""
    from sqlalchemy import select

    from assistant.factory import build_app
    from assistant.retrieval.ingest import ingest_knowledge
    from assistant.store.models import Workspace

    try:
        application = build_app(_settings())
        report = ingest_knowledge(application.index, application.settings.resolved_knowledge_dir())
        with application.sessions() as s:
            ids = list(s.scalars(select(Workspace.id)))
        for ws in ids:
            notes, chunks = application.coach.reindex_workspace(ws)
            console.print(f"workspace {ws}: {notes} notes, {chunks} chunks")
        console.print(f"knowledge: {report.added} chunks added, {report.removed} removed")
    except CoachError as exc:
        fail(exc)


@app.command()
def consistency(
    file: Path,
    statement: Annotated[str, typer.Option(help="The organisation's value statement.")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Score how consistently staff describe the value of technology (CSV of answers)."""
    from assistant.value_statement.consistency import build_report, load_answers_csv, render_markdown

    try:
        if not file.is_file():
            raise InputError(f"{file} does not exist or is not a file.")
        report = build_report(load_answers_csv(file), statement)
    except CoachError as exc:
        fail(exc)
        return
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, default=str) + "\n")
    else:
        console.print(render_markdown(report), markup=False, highlight=False)


@app.command("check-message")
def check_message(text: str) -> None:
    """Flag value traps (IT metrics, 'customers', feature talk, jargon) in any text."""
    from assistant.planning.value_traps import check_value_traps, suggest_rewrite, trap_summaries

    traps = check_value_traps(text)
    for line in trap_summaries(traps) or ["No value traps found."]:
        console.print(line, markup=False)
    if traps:
        console.print(suggest_rewrite(text, traps), markup=False)


@app.command()
def calibrate(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print the result without writing assistant/data/assessment_params.yaml.")] = False,
    cross_validation: Annotated[bool, typer.Option("--cv/--no-cv", help="Estimate accuracy by leaving one batch of partners out at a time.")] = True,
) -> None:
    """Tune the offline assessment's decision parameters on the training partners only."""
    import dataclasses

    from assistant.perception.assessment import Params
    from assistant.perception.calibration import (
        coordinate_descent,
        cross_validate,
        featurise,
        score,
        training_partners,
        write_params,
    )
    from assistant.perception.classifier import shared_classifier
    from assistant.retrieval.embeddings import shared_embedder

    partners = training_partners()
    console.print(f"{len(partners)} training partners; scoring every sentence once...")
    cases = featurise(partners, shared_classifier(), shared_embedder().embed)
    current = Params.load()
    before = score(cases, current)
    params, after = coordinate_descent(cases, start=Params())
    console.print(f"quadrant accuracy on the training partners: current {before[0]:.3f}, tuned {after[0]:.3f} (axes {after[1]:.3f})")
    stats: dict[str, float | int] = {"training_partners": len(partners), "training_quadrant_accuracy": round(after[0], 4), "training_axis_accuracy": round(after[1], 4)}
    if cross_validation:
        estimate = cross_validate(cases, progress=lambda batch, acc: console.print(f"  batch {batch} left out: quadrant accuracy {acc:.3f}"))
        stats["cv_quadrant_accuracy"] = round(estimate, 4)
        console.print(f"Leave-one-batch-out quadrant accuracy (tuned without the batch): {estimate:.3f}")
    for name, value in dataclasses.asdict(params).items():
        console.print(f"  {name} = {value}")
    if not dry_run:
        write_params(params, stats)
        console.print("Wrote assistant/data/assessment_params.yaml.")


def _register_extensions() -> None:
    """Commands that live beside the core (evaluation suite and others)."""
    from cli.bench import register as register_bench
    from cli.classifier import register as register_classifier
    from cli.durability import register as register_durability
    from cli.parse import register as register_parse
    from cli.rehearsal import register as register_rehearsal
    from cli.users import users_app
    from cli.week_ahead import register as register_week_ahead
    from evals.cli import register as register_evals

    register_evals(app)
    register_rehearsal(app)
    register_durability(app)
    register_bench(app)
    register_classifier(app)
    register_parse(app)
    register_week_ahead(app)
    app.add_typer(users_app, name="users")


_register_extensions()

if __name__ == "__main__":
    app()
