"""Markdown renderings of assessments and plans (CLI, exports, the app)."""

from __future__ import annotations

from assistant.schema import QUADRANT_LABELS, Assessment, Plan
from assistant.sentences import one_line


def assessment_markdown(a: Assessment) -> str:
    lines = [
        f"# {a.stakeholder or 'Partner'}: {QUADRANT_LABELS[a.quadrant]}",
        f"Dependence: {a.dependence} · Competence: {a.competence} · Confidence: {a.confidence:.0%}",
        "",
        a.explanation,
    ]
    lines += [f"> {notice}" for notice in a.notices]
    if a.trend:
        lines.append(f"Trend: {a.trend}")
    if a.evidence:
        lines += ["", "## Evidence"]
        lines += [f"- ({e.axis}, {e.signal}, {e.date or 'undated'}) “{one_line(e.quote)}”" for e in a.evidence]
    if a.questions:
        lines += ["", "## Questions to ask"] + [f"- {q}" for q in a.questions]
    return "\n".join(lines)


def plan_markdown(plan: Plan) -> str:
    lines = [f"# Plan: {plan.stakeholder or 'partner'} — {plan.purpose}", f"Quadrant: {QUADRANT_LABELS[plan.quadrant]} · Engine: {plan.engine}"]
    for notice in plan.notices:
        lines.append(f"> {notice}")
    for number, section in enumerate(plan.sections, start=1):
        lines += ["", f"## {number}. {section.title}", section.text]
        if section.sources:
            refs = ", ".join(f"{s.ref}" if s.kind == "knowledge" else f"note {s.ref}" for s in section.sources)
            lines.append(f"*Sources: {refs}*")
    if plan.value_traps:
        lines += ["", "## Value-trap check"] + [f"- {t}" for t in plan.value_traps]
    return "\n".join(lines)
