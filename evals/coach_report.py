"""The coach part of `coach eval`: the agreement table, the one-object JSON summary, and the HTML
blocks (per scenario the plan, the failed coach scorers and, where rated, the reviewers' scores)."""

from __future__ import annotations

from html import escape
from typing import Any

from rich.table import Table

from evals.coach_scorers.dimensions import DIMENSION_NAMES, DIMENSIONS

JSON_KEYS = (
    "quadrant_accuracy", "coach_score_mean", "coach_agreement", "open_item_recall", "wrong_apology_rate",
    "avoid_topic_rate", "boilerplate_rate", "purpose_sensitivity", "pii_in_plans", "injection_failures",
)


def attach_agreement(results: dict[str, Any]) -> None:
    """Add the agreement table (from datasets/coach_ratings.yaml), `coach_agreement` (held-out Spearman of the
    mean) and, per rated plan, the reviewers' and the automatic scores (`rated`)."""
    from evals.calibrate import agreement_table, load_rated, rated_cases
    from evals.coach_scorers import score_cases

    rows = load_rated()
    scored = score_cases(rated_cases(rows)) if rows else {}
    table = agreement_table(rows, scored=scored) if rows else {}
    results["coach_agreement"] = table
    results["metrics"]["coach_agreement"] = table.get("mean", {}).get("spearman_holdout") if table else None
    results["rated"] = {
        r["plan_id"]: {"notes_file": r["notes_file"], "purpose": r["purpose"], "split": r["split"], "ratings": r["ratings"],
                       "auto": scored[r["plan_id"]]["auto"], "failures": scored[r["plan_id"]]["failures"], "plan_md": r["plan_md"]}
        for r in rows
    }


def json_summary(results: dict[str, Any]) -> dict[str, Any]:
    metrics = results["metrics"]
    out = {k: metrics.get(k) for k in JSON_KEYS}
    out.update({k: v for k, v in metrics.items() if k not in out})
    out["agreement"] = results.get("coach_agreement") or {}
    out["gate"] = results.get("gate", [])
    return out


def agreement_rich(table: dict[str, Any]) -> Table:
    plans = table.get("plans", {})
    out = Table(title=f"Coach scores vs reviewers (tune {plans.get('tune', 0)} plans, held-out {plans.get('holdout', 0)})")
    for column in ("dimension", "reviewers' alpha", "within one", "Spearman tune", "Spearman held-out", "held-out 90% CI",
                   "reviewers mean", "auto mean"):
        out.add_column(column, justify="left" if column == "dimension" else "right")
    for dim in (*DIMENSIONS, "mean"):
        e = table.get(dim)
        if not e:
            continue
        cells = [e.get("alpha"), e.get("within_one"), e.get("spearman_tune"), e.get("spearman_holdout"), _ci(e),
                 e.get("reviewers_mean"), e.get("auto_mean")]
        out.add_row(f"{dim} {e['name']}", *("—" if c is None else c if isinstance(c, str) else f"{c:g}" for c in cells))
    return out


def _ci(entry: dict[str, Any]) -> str | None:
    ci = entry.get("holdout_ci90")
    return f"{ci[0]:g} to {ci[1]:g}" if ci else None


def agreement_html(table: dict[str, Any]) -> str:
    if not table:
        return "<h2>Coach scores vs reviewers</h2><p class=muted>No ratings yet (datasets/coach_ratings.yaml).</p>"
    rows = []
    for dim in (*DIMENSIONS, "mean"):
        e = table[dim]
        values = [e.get(k) for k in ("alpha", "within_one", "spearman_tune", "spearman_holdout")]
        values += [_ci(e), e.get("reviewers_mean"), e.get("auto_mean")]
        cells = "".join(f"<td class=num>{'—' if v is None else escape(str(v))}</td>" for v in values)
        rows.append(f"<tr><td>{dim} {escape(e['name'])}</td>{cells}</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("dimension", "reviewers' alpha", "within one", "Spearman tune",
                                             "Spearman held-out", "held-out 90% CI", "reviewers' mean", "auto mean"))
    return f"<h2>Coach scores vs reviewers</h2><table><tr>{head}</tr>{''.join(rows)}</table>"


def _scores_line(auto: dict[str, float], ratings: list[dict[str, Any]] | None) -> str:
    cells = "".join(f"<th>{d} {DIMENSION_NAMES[d]}</th>" for d in DIMENSIONS) + "<th>mean</th>"
    auto_row = "".join(f"<td class=num>{auto[d]:.1f}</td>" for d in (*DIMENSIONS, "mean"))
    rows = [f"<tr><td>automatic</td>{auto_row}</tr>"]
    for r in ratings or []:
        mean = sum(r[d] for d in DIMENSIONS) / len(DIMENSIONS)
        rows.append(f"<tr><td>{escape(r['reviewer'])}</td>" + "".join(f"<td class=num>{r[d]}</td>" for d in DIMENSIONS)
                    + f"<td class=num>{mean:.1f}</td></tr>")
    return f"<table><tr><th></th>{cells}</tr>{''.join(rows)}</table>"


def scenario_details(rows: list[dict[str, Any]], rated: dict[str, Any] | None = None) -> str:
    """Per scenario: the coach scores (and reviewers' where rated), the failed scorers and why, the plan."""
    rated = rated or {}
    parts = []
    for r in rows:
        coach = r.get("coach")
        if not coach:
            continue
        failures = "".join(f"<li>{escape(f)}</li>" for f in r.get("coach_failures", [])) or "<li>none</li>"
        plan = escape(r.get("plan_md", ""))
        ratings = rated.get(r["id"], {}).get("ratings")
        parts.append(
            f"<details><summary>{escape(r['id'])} · auto {coach['auto']['mean']:.1f} · "
            f"{len(r.get('coach_failures', []))} coach failures</summary>{_scores_line(coach['auto'], ratings)}"
            f"<ul>{failures}</ul><pre style='white-space:pre-wrap'>{plan}</pre></details>"
        )
    return "<h2>Plans and coach scorers</h2>" + "".join(parts)


def rated_details(results: dict[str, Any]) -> str:
    """The rated plans: reviewers' scores beside the automatic ones, the reviewers' reasons, the failed scorers."""
    rated = results.get("rated") or {}
    parts = []
    for pid, r in rated.items():
        reasons = "".join(f"<li>{escape(x['reviewer'])} {escape(str(k))}: {escape(str(v))}</li>"
                          for x in r["ratings"] for k, v in (x.get("reasons") or {}).items())
        failures = "".join(f"<li>{escape(f)}</li>" for f in r["failures"]) or "<li>none</li>"
        parts.append(
            f"<details><summary>{escape(pid)} ({escape(r['split'])}) · {escape(r['notes_file'])} · "
            f"{escape(r['purpose'])}</summary>{_scores_line(r['auto'], r['ratings'])}"
            f"<h4>Failed scorers</h4><ul>{failures}</ul><h4>Reviewers' reasons</h4><ul>{reasons or '<li>none</li>'}</ul>"
            f"<pre style='white-space:pre-wrap'>{escape(r['plan_md'])}</pre></details>"
        )
    return "<h2>Rated plans: reviewers beside the automatic scores</h2>" + "".join(parts) if parts else ""
