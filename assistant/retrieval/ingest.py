"""Idempotent ingestion of the coaching material into the vector index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assistant.retrieval.knowledge import chunk_doc, load_knowledge
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION, VectorIndex


@dataclass
class IngestReport:
    documents: int = 0
    added: int = 0
    removed: int = 0
    unchanged_docs: int = 0
    problems: list[str] = field(default_factory=list)


def ingest_knowledge(
    index: VectorIndex, folder: Path, progress: Callable[[str], None] | None = None
) -> IngestReport:
    """Add new documents, replace changed ones, remove deleted ones. A rerun adds 0 chunks."""
    loaded = load_knowledge(folder)
    report = IngestReport(documents=len(loaded.docs), problems=list(loaded.problems))
    existing = index.metadata_by_id(KNOWLEDGE_COLLECTION)
    digests_by_doc: dict[str, set[str]] = {}
    ids_by_doc: dict[str, list[str]] = {}
    for chunk_id, meta in existing.items():
        doc_ref = str(meta.get("doc", ""))
        digests_by_doc.setdefault(doc_ref, set()).add(str(meta.get("digest", "")))
        ids_by_doc.setdefault(doc_ref, []).append(chunk_id)
    current_refs = {doc.ref for doc in loaded.docs}
    for doc_ref, ids in ids_by_doc.items():
        if doc_ref not in current_refs:
            index.delete(KNOWLEDGE_COLLECTION, ids=ids)
            report.removed += len(ids)
    for doc in loaded.docs:
        if progress:
            progress(doc.ref)
        if digests_by_doc.get(doc.ref) == {doc.digest}:
            report.unchanged_docs += 1
            continue
        stale = ids_by_doc.get(doc.ref, [])
        if stale:
            index.delete(KNOWLEDGE_COLLECTION, ids=stale)
            report.removed += len(stale)
        chunks = chunk_doc(doc)
        index.upsert(
            KNOWLEDGE_COLLECTION,
            [c.id for c in chunks],
            [c.text for c in chunks],
            [c.metadata for c in chunks],
        )
        report.added += len(chunks)
    return report
