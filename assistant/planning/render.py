"""Markdown renderings of assessments and plans (CLI, exports, the app)."""

from __future__ import annotations

from assistant.schema import QUADRANT_LABELS, Assessment, OpenItem, Plan
from assistant.text.sentences import one_line


def assessment_markdown(a: Assessment) -> str:
    lines = [
        f"# {a.partner or 'Partner'}: {QUADRANT_LABELS[a.quadrant]}",
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


MAIN_VIEW_ITEMS = 6
KIND_WORDS = {"request": "request", "offer": "offer", "promise": "promise", "miss": "miss"}


CHECKS_NOTICE = "Plan checks removed"


def main_view_order(plan: Plan) -> list[OpenItem]:
    """Open items as the main view lists them: theirs first, then ours and third parties'."""
    return [i for i in plan.open_items if i.owner == "partner"] + [i for i in plan.open_items if i.owner != "partner"]


def plan_main_view(plan: Plan) -> str:
    """What a CIO reads first (about 300 words): the one thing, the script, what is open, what to avoid."""
    lines = [f"# Plan: {plan.partner} — {plan.purpose}" if plan.partner else f"# Plan — {plan.purpose}",  # never a stand-in name
             f"Quadrant: {QUADRANT_LABELS[plan.quadrant]} · Confidence: {plan.confidence:.0%} · Engine: {plan.engine}"]
    lines += [f"> {notice}" for notice in plan.notices if not notice.startswith(CHECKS_NOTICE)]  # method notes go to the details
    if plan.one_thing:
        lines += ["", "## The one thing", plan.one_thing]
    if plan.script:
        lines += ["", "## Say this"] + [f"{i}. {line}" for i, line in enumerate(plan.script, start=1)]
    if plan.open_items:
        lines += ["", "## Open between us"]
        for item in main_view_order(plan)[:MAIN_VIEW_ITEMS]:
            who = {"partner": "theirs", "us": "ours", "third_party": "third party"}[item.owner]
            due = f", due {item.due}" if item.due and item.status != "done" else ""
            lines.append(f"- {KIND_WORDS[item.kind]}, {who}, {item.status} ({item.date or 'undated'}{due}): {item.text}")
        if len(plan.open_items) > MAIN_VIEW_ITEMS:
            lines.append(f"- and {len(plan.open_items) - MAIN_VIEW_ITEMS} more under Details")
    if plan.avoid:
        lines += ["", "## Keep out of the room"] + [f"- {a.topic}: {a.why}" for a in plan.avoid]
    return "\n".join(lines)


def plan_markdown(plan: Plan) -> str:
    """The main view first, then the supporting sections, each with its sources."""
    lines = [plan_main_view(plan), "", "---", "## Details"]
    for number, section in enumerate((s for s in plan.sections if s.key != "goal" or not plan.one_thing), start=1):
        lines += ["", f"### {number}. {section.title}", section.text]
        if section.sources:
            refs = ", ".join(s.ref if s.kind == "knowledge" or s.ref.lower().startswith("note") else f"note {s.ref}" for s in section.sources)
            lines.append(f"*Sources: {refs}*")
    rest = main_view_order(plan)[MAIN_VIEW_ITEMS:]  # the main view lists the first ones, in their words already
    if rest:
        lines += ["", "### The rest of what is open, with the words it comes from"]
        lines += [f"- {i.kind} ({i.owner}, {i.status}, {i.date or 'undated'}): “{i.quote or i.text}”" for i in rest]
    if plan.value_traps:
        lines += ["", "### Value-trap check"] + [f"- {t}" for t in plan.value_traps]
    return "\n".join(lines)  # what the checks removed is method, not advice: it stays in `notices` (--json, the UI), never here
