"""Turning a validated model answer into the product's Assessment and Plan.

The model picks sentence ids; the code puts the notes' exact words in. In a plan,
a quote close to the notes is snapped to their exact words; a sentence quoting
words the notes do not hold is dropped (a section left empty keeps the offline text).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from assistant.engines.redaction import Redactor
from assistant.outputs import AssessmentOutput, PlanOutput
from assistant.planning.value_traps import check_value_traps, trap_summaries
from assistant.quotes import check_quotes, drop_rejected
from assistant.schema import Assessment, Evidence, NoteText, Plan, quadrant_for
from assistant.text.prose import sentences

log = logging.getLogger(__name__)
MAX_CANDIDATES = 40


@dataclass
class Candidate:
    id: str
    text: str
    note: NoteText


def candidate_sentences(notes: list[NoteText], limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """The notes' sentences of four words or more, numbered S1..Sn (the newest `limit` when there are more)."""
    found = [(note, s) for note in notes for s in sentences(note.text) if len(s.split()) >= 4]
    return [Candidate(f"S{i}", text, note) for i, (note, text) in enumerate(found[-limit:], start=1)]


def merge_assessment(out: AssessmentOutput, candidates: list[Candidate], offline: Assessment) -> Assessment:
    """The model's levels where it cites a sentence for that axis; otherwise that axis keeps the offline level."""
    by_id = {c.id: c for c in candidates}
    evidence: list[Evidence] = []
    for pick in out.evidence:
        c = by_id[pick.sentence]
        level = out.dependence if pick.axis == "dependence" else out.competence
        item = Evidence(quote=c.text, axis=pick.axis, signal=level, date=c.note.date.isoformat() if c.note.date else None, note_ref=c.note.ref)
        if item not in evidence:
            evidence.append(item)
    cited = {e.axis for e in evidence}
    dep = out.dependence if out.dependence == "unknown" or "dependence" in cited else offline.dependence
    comp = out.competence if out.competence == "unknown" or "competence" in cited else offline.competence
    kept = [e for e in evidence if (e.axis == "dependence" and dep == out.dependence) or (e.axis == "competence" and comp == out.competence)]
    return offline.model_copy(update={
        "dependence": dep, "competence": comp, "quadrant": quadrant_for(dep, comp), "engine": "llm",
        "evidence": kept or offline.evidence,
    })


def plan_limits(max_output_tokens: int, sections: int) -> tuple[int, int]:
    """Characters per section and for the value message, so the whole answer fits the output cap.

    About 3 characters per token (English runs nearer 4), 10 tokens of JSON per field;
    the value message gets one and a half shares.
    """
    budget = max(max_output_tokens - 20 - 10 * (sections + 1), 60)
    share = budget / (sections + 1.5)
    return max(int(share * 3), 60), max(int(share * 4.5), 90)


def merge_plan(out: PlanOutput, draft: Plan, notes: list[NoteText], red: Redactor | None) -> Plan:
    """The draft with the model's section texts and value message, where their quotes hold."""
    merged = draft.model_copy(deep=True)
    sources = [n.text for n in notes]
    texts = out.texts()
    for section in merged.sections:
        text = red.restore(texts.get(section.key, "")) if red else texts.get(section.key, "")
        if not text.strip():
            continue  # an empty answer keeps the offline text
        kept = _verbatim(text, sources, section.title)
        if kept:
            section.text = kept
        else:
            merged.notices.append(f"“{section.title}”: the model's text quoted words that are not in the notes; it keeps the offline text.")
    message = _verbatim(red.restore(out.value_message) if red else out.value_message, sources, "value message")
    if message:
        merged.value_message = message
        merged.value_traps = trap_summaries(check_value_traps(message))  # the check follows the message shown
    merged.engine = "llm"
    return merged


def _verbatim(text: str, sources: list[str], where: str) -> str:
    """The text with its quotes snapped to the notes, and without sentences quoting anything else."""
    checked = check_quotes(text.strip(), sources)
    if checked.snapped:
        log.info("%s: %d quote(s) snapped to the notes' exact words", where, len(checked.snapped))
    if not checked.rejected:
        return checked.text
    log.info("%s: dropped sentences quoting words not in the notes: %s", where, checked.rejected)
    return drop_rejected(checked.text, checked.rejected)
