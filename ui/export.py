"""Plan exports: Markdown from the core's renderer, .docx built here with python-docx."""

from __future__ import annotations

import io
import re

from docx import Document

from assistant.planning.render import plan_markdown
from assistant.schema import QUADRANT_LABELS, Plan

__all__ = ["plan_docx", "plan_markdown", "plan_filename"]


def plan_filename(plan: Plan, suffix: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", f"plan-{plan.partner or 'partner'}").strip("-").lower()
    return f"{stem}.{suffix}"


def plan_docx(plan: Plan) -> bytes:
    """The plan as a Word document: sections, their sources, the value message and follow-ups."""
    doc = Document()
    doc.add_heading(f"Plan: {plan.partner or 'partner'} — {plan.purpose}", level=0)
    doc.add_paragraph(f"Quadrant: {QUADRANT_LABELS.get(plan.quadrant, plan.quadrant)} · Engine: {plan.engine}")
    for notice in plan.notices:
        doc.add_paragraph(notice, style="Intense Quote")
    for number, section in enumerate(plan.sections, start=1):
        doc.add_heading(f"{number}. {section.title}", level=1)
        for paragraph in section.text.split("\n"):
            if paragraph.strip():
                doc.add_paragraph(paragraph.replace("**", ""))
        if section.sources:
            refs = ", ".join(s.ref if s.kind == "knowledge" else f"note {s.ref}" for s in section.sources)
            run = doc.add_paragraph().add_run(f"Sources: {refs}")
            run.italic = True
    if plan.followups:
        doc.add_heading("Follow-ups", level=1)
        table = doc.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("What", "Owner", "Due"), strict=True):
            cell.text = text
        for f in plan.followups:
            row = table.add_row().cells
            row[0].text, row[1].text, row[2].text = f.what, f.owner, f.due or ""
    if plan.value_traps:
        doc.add_heading("Value-trap check", level=1)
        for trap in plan.value_traps:
            doc.add_paragraph(trap, style="List Bullet")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
