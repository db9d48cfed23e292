"""Application-level measurements on the demo workspace: assess and plan latency, time to ready, prompt size.

Everything runs in a temporary data dir built with build_app + ensure_demo; no model
endpoint is called. The LLM prompt is captured by running LLMEngine in a dry run
(COACH_LLM_DRY_RUN), so it is rendered by LLMEngine.plan itself and never sent.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT
from bench.data import percentile
from bench.localproc import free_loopback_port, stop_process

DEMO_TODAY = dt.date(2026, 11, 27)
STUFFING_K = 8


@dataclass
class DemoWorkspace:
    app: Any
    actor: Any
    workspace_id: int
    partners: list[tuple[int, str]]
    knowledge: dict[str, Any] = field(default_factory=dict)
    setup_s: dict[str, float] = field(default_factory=dict)


def _knowledge_folder(source: Path, target: Path, docs: int | None) -> tuple[Path, int, int]:
    """`source` itself, or (for a quick run) a copy of `docs` of its documents, evenly spread. Returns (folder, used, all)."""
    from assistant.retrieval.knowledge import load_knowledge

    paths = sorted(source.rglob("*.md"))
    paths = [p for p in paths if "playbooks" not in p.relative_to(source).parts and p.name.lower() != "readme.md"]
    total = len(load_knowledge(source).docs)
    if docs is None or docs >= len(paths):
        return source, total, total
    chosen = [paths[int(i * len(paths) / docs)] for i in range(max(docs, 1))]
    for path in chosen:
        copy = target / path.relative_to(source)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(path.read_bytes())
    return target, len(load_knowledge(target).docs), total


def open_demo(data_dir: Path, knowledge_docs: int | None = None) -> DemoWorkspace:
    """build_app over `data_dir`, the coaching material ingested (all of it, or `knowledge_docs` documents) and the demo workspace loaded."""
    from assistant.factory import build_app
    from assistant.retrieval.ingest import ingest_knowledge
    from assistant.services.demo import ensure_demo
    from assistant.settings import Settings

    setup: dict[str, float] = {}
    mark = time.perf_counter()
    app = build_app(Settings(data_dir=data_dir, llm="offline"), today=DEMO_TODAY)
    setup["build_app"] = round(time.perf_counter() - mark, 1)
    mark = time.perf_counter()
    folder, used, total = _knowledge_folder(app.settings.resolved_knowledge_dir(), data_dir / "knowledge-subset", knowledge_docs)
    report = ingest_knowledge(app.index, folder)
    setup["knowledge"] = round(time.perf_counter() - mark, 1)
    mark = time.perf_counter()
    info = ensure_demo(app)
    setup["demo"] = round(time.perf_counter() - mark, 1)
    partners = [(p.id, p.name) for p in app.coach.partners(info.actor, info.workspace_id)]
    knowledge = {"documents": used, "of": total, "chunks": report.added}
    return DemoWorkspace(app, info.actor, info.workspace_id, partners, knowledge, setup)


def _partners(demo: DemoWorkspace, limit: int | None) -> list[tuple[int, str]]:
    """Every demo partner, or `limit` of them spread over the list."""
    if limit is None or limit >= len(demo.partners):
        return demo.partners
    return [demo.partners[int(i * len(demo.partners) / limit)] for i in range(max(limit, 1))]


def time_assess_plan(demo: DemoWorkspace, repeats: int = 3, partners: int | None = None) -> dict[str, Any]:
    """service.assess and service.plan for every demo partner (or `partners` of them), `repeats` times each (after one warm-up)."""
    service = demo.app.coach
    chosen = _partners(demo, partners)
    service.plan(demo.actor, demo.workspace_id, chosen[0][0])  # warm caches (classifier, playbooks)
    assess_s: list[float] = []
    plan_s: list[float] = []
    per_partner: dict[str, dict[str, float]] = {}
    for partner_id, name in chosen:
        a_times: list[float] = []
        p_times: list[float] = []
        for _ in range(repeats):
            start = time.perf_counter()
            service.assess(demo.actor, demo.workspace_id, partner_id)
            a_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            service.plan(demo.actor, demo.workspace_id, partner_id)
            p_times.append(time.perf_counter() - start)
        assess_s += a_times
        plan_s += p_times
        per_partner[name] = {"assess_p50_s": round(percentile(a_times, 50), 4), "plan_p50_s": round(percentile(p_times, 50), 4)}
    return {
        "partners": len(chosen), "of_partners": len(demo.partners), "repeats": repeats,
        "assess_p50_s": round(percentile(assess_s, 50), 4), "assess_p95_s": round(percentile(assess_s, 95), 4),
        "plan_p50_s": round(percentile(plan_s, 50), 4), "plan_p95_s": round(percentile(plan_s, 95), 4),
        "per_partner": per_partner,
    }


def _stuffing_prompt(notes: list[Any], chunks: list[str]) -> str:
    """The baseline: draft-free instructions, every note of the partner and the top-k chunks, verbatim."""
    from assistant.engines.prompts import render_prompt
    from assistant.planning.planner import SECTION_TITLES

    rules = render_prompt("plan_v1", allowed_refs="(any of the notes and sources below)", notes="", draft="").split("ALLOWED_REFS:")[0]
    rules = rules.replace("Improve the DRAFT PLAN below", "Write a conversation plan").replace("the same keys and section keys as the DRAFT PLAN", "sections " + ", ".join(SECTION_TITLES) + ", a value_message and followups")
    note_block = "\n\n".join(f"[{n.ref}] {n.text}" for n in notes)
    source_block = "\n".join(f"<source ref=\"{i}\">{c}</source>" for i, c in enumerate(chunks, start=1))
    return f"{rules}\n<notes>\n{note_block}\n</notes>\n\n{source_block}\n"


def prompt_tokens(demo: DemoWorkspace, partners: int | None = None) -> dict[str, Any]:
    """Tokens of LLMEngine.plan's prompt against the stuffing baseline, per partner (count_tokens, gpt-4o-mini)."""
    from assistant.app import Coach
    from assistant.engines.base import OfflineEngine
    from assistant.engines.llm import PLAN_PROMPT, LLMEngine
    from assistant.engines.tokens import count_tokens
    from assistant.planning.planner import DEFAULT_PURPOSE
    from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION
    from assistant.services.base import note_text

    app = demo.app
    if not isinstance(app.engine, OfflineEngine):
        raise TypeError("the token benchmark needs the offline engine as the draft writer")
    index = app.index
    dry = app.settings.model_copy(update={"llm": "openai", "llm_dry_run": True})
    engine = LLMEngine(dry, app.engine, lambda q, k: index.query(KNOWLEDGE_COLLECTION, q, k=k))
    service = Coach(app.settings, app.sessions, index, engine, today=DEMO_TODAY)
    rows: dict[str, dict[str, int]] = {}
    for partner_id, name in _partners(demo, partners):
        partner = service.partner(demo.actor, demo.workspace_id, partner_id)
        service.plan(demo.actor, demo.workspace_id, partner_id)
        request = [r for r in engine.dry_runs if r.step == "plan"][-1]
        ours = count_tokens("\n".join(content for _role, content in request.messages))
        notes = [note_text(n) for n in service.notes(demo.actor, demo.workspace_id, partner_id)]
        query = f"{DEFAULT_PURPOSE} with {partner.name}, {partner.role}: how to change their perception of dependence and competence"
        chunks = [h.text for h in index.query(KNOWLEDGE_COLLECTION, query, k=STUFFING_K)]
        stuffing = count_tokens(_stuffing_prompt(notes, chunks))
        rows[name] = {"llm_prompt": ours, "stuffing": stuffing}
    ours_total = sum(r["llm_prompt"] for r in rows.values())
    stuffing_total = sum(r["stuffing"] for r in rows.values())
    return {
        "prompt": PLAN_PROMPT,
        "llm_prompt_tokens_mean": round(ours_total / max(len(rows), 1), 1),
        "stuffing_tokens_mean": round(stuffing_total / max(len(rows), 1), 1),
        "ratio": round(ours_total / stuffing_total, 3) if stuffing_total else 0.0,
        "per_partner": rows,
        "equal_score_note": "'At equal evaluation score' needs a model to produce and score plans; this run calls no model, so only prompt sizes are compared.",
    }


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as response:  # noqa: S310 - loopback only
            return response.status == 200 and response.read().strip() == b"ok"
    except OSError:
        return False


def _peak_rss_of(pid: int) -> float | None:
    """VmHWM of a live process in MB (ru_maxrss of children is no use: a forked child inherits the parent's peak)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def app_ready_seconds(data_dir: Path, timeout_s: float = 60.0) -> tuple[float | None, float | None]:
    """(seconds from launching `streamlit run ui/app.py` until /_stcore/health answers ok, the child's peak RSS MB)."""
    port = free_loopback_port()
    env = {**os.environ, "COACH_DATA_DIR": str(data_dir)}
    command = [
        sys.executable, "-m", "streamlit", "run", str(PROJECT_ROOT / "ui" / "app.py"), "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
    ]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ready: float | None = None
    rss: float | None = None
    try:
        while time.perf_counter() - start < timeout_s and process.poll() is None:
            if _healthy(port):
                ready = time.perf_counter() - start
                break
            time.sleep(0.05)
        if ready is not None:
            _healthy(port)  # let the server settle, then read its peak memory
            rss = _peak_rss_of(process.pid)
    finally:
        stop_process(process, timeout_s=10)
    return ready, rss


def app_ready(data_dir: Path, launches: int = 2) -> dict[str, Any]:
    """Launch the app `launches` times; the first launch is reported apart, the rest are the warm figure."""
    if not (PROJECT_ROOT / "ui" / "app.py").is_file():
        return {"skipped": "ui/app.py does not exist yet"}
    runs = [app_ready_seconds(data_dir) for _ in range(launches)]
    times = [t for t, _ in runs]
    ok = [t for t in times if t is not None]
    rss = [r for _, r in runs if r is not None]
    warm = ok[1:] or ok
    return {
        "launches_s": [round(t, 3) if t is not None else None for t in times],
        "first_launch_s": round(ok[0], 3) if ok else None,
        "warm_s": round(percentile(warm, 50), 3) if warm else None,
        "child_peak_rss_mb": max(rss) if rss else None,
        "child_rss_note": "VmHWM of the streamlit process once healthy (before any page is opened)",
    }
