"""A self-contained HTML report of one eval run: tables and inline SVG, no scripts, no CDN."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from evals.coach_report import agreement_html, rated_details, scenario_details
from evals.compare import format_change

HISTOGRAM_SCORES = (
    "personalisation", "rubric_coverage", "value_message_similarity", "unsupported_claim_rate", "citation_validity",
)
STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#1d2433;max-width:1100px}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d8dde6;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #d8dde6;padding:.25rem .55rem;font-size:.85rem;text-align:left}
th{background:#f1f3f7}.pass{background:#dff3e4}.fail{background:#fbe0e0}.num{text-align:right}
.grid{display:flex;flex-wrap:wrap;gap:1.2rem}.muted{color:#667085;font-size:.8rem}
"""


def _cell_colour(count: int, biggest: int, diagonal: bool) -> str:
    if count == 0 or biggest == 0:
        return "#ffffff"
    strength = 0.15 + 0.75 * count / biggest
    rgb = (46, 160, 67) if diagonal else (215, 58, 73)
    return f"rgba({rgb[0]},{rgb[1]},{rgb[2]},{strength:.2f})"


def confusion_table(axis: str, matrix: dict[str, dict[str, int]]) -> str:
    labels = list(matrix)
    got_labels = sorted({g for row in matrix.values() for g in row}, key=lambda g: (g not in labels, labels.index(g) if g in labels else 0))
    biggest = max((n for row in matrix.values() for n in row.values()), default=0)
    head = "".join(f"<th>{escape(g)}</th>" for g in got_labels)
    rows = []
    for expected in labels:
        if not any(matrix[expected].values()) and not any(matrix[e].get(expected, 0) for e in labels):
            continue
        cells = "".join(
            f'<td class="num" style="background:{_cell_colour(matrix[expected].get(g, 0), biggest, g == expected)}">{matrix[expected].get(g, 0)}</td>'
            for g in got_labels
        )
        rows.append(f"<tr><th>{escape(expected)}</th>{cells}</tr>")
    return f"<div><h3>{escape(axis)}</h3><table><tr><th>expected \\ got</th>{head}</tr>{''.join(rows)}</table></div>"


def svg_histogram(title: str, values: list[float], bins: int = 10, width: int = 320, height: int = 160) -> str:
    """Counts of values in [0, 1] by equal-width bins, as an inline SVG bar chart."""
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, max(0, int(float(v) * bins)))] += 1
    top = max(counts) or 1
    pad, base = 24, height - 22
    bar_w = (width - 2 * pad) / bins
    bars = []
    for i, n in enumerate(counts):
        h = (base - 20) * n / top
        x = pad + i * bar_w
        bars.append(f'<rect x="{x + 1:.1f}" y="{base - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" fill="#4c78a8"><title>{i / bins:.1f}-{(i + 1) / bins:.1f}: {n}</title></rect>')
        if n:
            bars.append(f'<text x="{x + bar_w / 2:.1f}" y="{base - h - 3:.1f}" font-size="9" text-anchor="middle">{n}</text>')
    axis = f'<line x1="{pad}" y1="{base}" x2="{width - pad}" y2="{base}" stroke="#667085"/>'
    ticks = "".join(
        f'<text x="{pad + (width - 2 * pad) * t:.1f}" y="{base + 13}" font-size="9" text-anchor="middle">{t:g}</text>'
        for t in (0, 0.25, 0.5, 0.75, 1)
    )
    label = f'<text x="{width / 2}" y="12" font-size="11" text-anchor="middle">{escape(title)} (n={len(values)})</text>'
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">{label}{"".join(bars)}{axis}{ticks}</svg>'


def svg_pass_rates(rates: dict[str, float], width: int = 520) -> str:
    """Horizontal bars: share of scenarios passing each score."""
    row_h, label_w = 18, 200
    height = row_h * len(rates) + 10
    parts = []
    for i, (name, rate) in enumerate(rates.items()):
        y = 5 + i * row_h
        w = (width - label_w - 50) * rate
        colour = "#2ea043" if rate >= 0.999 else ("#d4a72c" if rate >= 0.8 else "#d73a49")
        parts.append(f'<text x="{label_w - 6}" y="{y + 12}" font-size="11" text-anchor="end">{escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 5}" fill="{colour}"/>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 12}" font-size="10">{rate:.0%}</text>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">{"".join(parts)}</svg>'


def _metrics_table(results: dict[str, Any]) -> str:
    gate = {g["metric"]: g for g in results.get("gate", [])}
    rows = []
    for name, value in results["metrics"].items():
        check = gate.get(name)
        cls = "" if check is None else (' class="pass"' if check["passed"] else ' class="fail"')
        rule = escape(check["rule"]) if check else ""
        rows.append(f"<tr{cls}><td>{escape(name)}</td><td class=num>{escape(str(value))}</td><td>{rule}</td></tr>")
    return f"<table><tr><th>metric</th><th>value</th><th>gate</th></tr>{''.join(rows)}</table>"


def _scenario_table(rows: list[dict[str, Any]]) -> str:
    out = []
    for r in rows:
        every = r["failures"] + [f"coach {f}" for f in r.get("coach_failures", [])]
        cls = "pass" if not every else "fail"
        failures = "<br>".join(escape(f) for f in every) or "—"
        out.append(
            f'<tr class="{cls}"><td>{escape(r["id"])}</td><td>{escape(r["category"])}</td>'
            f'<td>{escape(r["expected"].get("quadrant", ""))}</td><td>{escape(str(r.get("got", {}).get("quadrant", "error")))}</td>'
            f"<td>{failures}</td></tr>"
        )
    return f"<table><tr><th>id</th><th>category</th><th>expected</th><th>got</th><th>failures</th></tr>{''.join(out)}</table>"


def _comparison(diff: dict[str, Any]) -> str:
    metric_rows = "".join(
        f'<tr class="{"pass" if m["change"] > 0 else "fail" if m["change"] < 0 else ""}"><td>{escape(m["metric"])}</td>'
        f'<td class=num>{m["old"]}</td><td class=num>{m["new"]}</td><td class=num>{m["delta"]:+g}</td></tr>'
        for m in diff["metrics"]
    )
    better = "".join(f"<li>{escape(format_change(e))}</li>" for e in diff["better"]) or "<li>nothing</li>"
    worse = "".join(f"<li>{escape(format_change(e))}</li>" for e in diff["worse"]) or "<li>nothing</li>"
    return (
        "<h2>Compared with the previous run</h2>"
        f"<table><tr><th>metric</th><th>old</th><th>new</th><th>delta</th></tr>{metric_rows}</table>"
        f"<h3>Better ({len(diff['better'])})</h3><ul>{better}</ul><h3>Worse ({len(diff['worse'])})</h3><ul>{worse}</ul>"
    )


def render_html(results: dict[str, Any], diff: dict[str, Any] | None = None) -> str:
    rows = results["scenarios"]
    scored = [r for r in rows if r.get("scores")]
    names = [n for n in (scored[0]["scores"] if scored else {}) if n != "evidence_exact"]
    rates = {n: sum(1 for r in scored if r["scores"].get(n, {}).get("passed")) / len(scored) for n in names} if scored else {}
    coached = [r for r in scored if r.get("coach")]
    for n in (coached[0]["coach"]["scores"] if coached else {}):
        rates[f"coach: {n}"] = sum(1 for r in coached if r["coach"]["scores"].get(n, {}).get("passed", True)) / len(coached)
    histograms = "".join(
        svg_histogram(n, [r["scores"][n]["value"] for r in scored if n in r["scores"] and r["scores"][n]["n"]])
        for n in HISTOGRAM_SCORES
    )
    histograms += svg_histogram("assessment confidence", [r["got"]["confidence"] for r in scored])
    matrices = "".join(confusion_table(axis, m) for axis, m in results["confusion"].items())
    categories = "".join(
        f"<tr><td>{escape(c)}</td><td class=num>{v['n']}</td><td class=num>{v['quadrant_accuracy']}</td><td class=num>{v['passed']}</td></tr>"
        for c, v in results.get("by_category", {}).items()
    )
    run = results.get("run", {})
    meta = ", ".join(f"{escape(str(k))}: {escape(str(v))}" for k, v in run.items())
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cio-coach eval</title><style>{STYLE}</style></head>
<body><h1>cio-coach evaluation</h1><p class="muted">{meta}</p>
<h2>Metrics</h2>{_metrics_table(results)}
<h2>Confusion matrices</h2><div class="grid">{matrices}</div>
<h2>By category</h2><table><tr><th>category</th><th>n</th><th>quadrant accuracy</th><th>scenarios passing</th></tr>{categories}</table>
<h2>Share of scenarios passing each score</h2>{svg_pass_rates(rates)}
<h2>Score distributions</h2><div class="grid">{histograms}</div>
{_comparison(diff) if diff else ""}
{agreement_html(results.get("coach_agreement") or {})}
<h2>Scenarios</h2>{_scenario_table(rows)}
{scenario_details(rows, results.get("rated"))}
{rated_details(results) if results.get("rated") else ""}
</body></html>"""


def write_html(results: dict[str, Any], path: Path, diff: dict[str, Any] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(results, diff), encoding="utf-8")
    return path
