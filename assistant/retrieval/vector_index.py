"""The vector index: one chromadb collection per workspace, plus one for the coaching material.

chromadb is reached only through this class, so an embedded PersistentClient
and a chroma server (HttpClient) behave the same for the rest of the code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assistant.retrieval.embeddings import MiniLMChromaFunction, shared_embedder
from assistant.schema import Hit

KNOWLEDGE_COLLECTION = "knowledge"
_BATCH = 256
# HNSW settings for every collection this index creates (chromadb 1.5 `configuration`; an existing
# collection keeps the settings it was created with). ef_search 128 keeps recall@10 >= 0.99 at 100k
# MiniLM-like vectors with p95 of a few ms (see docs/benchmarks.md); `coach bench` measures these settings.
HNSW_CONFIG: dict[str, Any] = {"space": "cosine", "ef_construction": 128, "max_neighbors": 16, "ef_search": 128}


def notes_collection_name(workspace_id: int) -> str:
    return f"notes-ws{int(workspace_id)}"


class VectorIndex:
    """Embeds with the offline MiniLM model and stores vectors in chromadb (cosine space)."""

    def __init__(self, client: Any, embed: Any = None):
        self._client = client
        self._embed = embed or (lambda texts: shared_embedder().embed(texts))
        self._collections: dict[str, Any] = {}

    def _collection(self, name: str) -> Any:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{1,510}[A-Za-z0-9]", name):
            raise ValueError(f"invalid collection name {name!r}")
        if name not in self._collections:
            self._collections[name] = self._client.get_or_create_collection(
                name=name,
                embedding_function=MiniLMChromaFunction(),
                configuration={"hnsw": dict(HNSW_CONFIG)},
            )
        return self._collections[name]

    def upsert(self, name: str, ids: Sequence[str], texts: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        collection = self._collection(name)
        for start in range(0, len(ids), _BATCH):
            batch_texts = list(texts[start : start + _BATCH])
            vectors = self._embed(batch_texts)
            collection.upsert(
                ids=list(ids[start : start + _BATCH]),
                documents=batch_texts,
                metadatas=list(metadatas[start : start + _BATCH]),
                embeddings=[list(map(float, v)) for v in vectors],
            )

    def delete(self, name: str, ids: Sequence[str] | None = None, where: dict[str, Any] | None = None) -> None:
        if ids is not None and not ids:
            return
        self._collection(name).delete(ids=list(ids) if ids is not None else None, where=where)

    def metadata_by_id(self, name: str, where: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
        result = self._collection(name).get(where=where, include=["metadatas"])
        return {i: dict(m or {}) for i, m in zip(result["ids"], result["metadatas"] or [], strict=False)}

    def documents_by_id(self, name: str, where: dict[str, Any] | None = None) -> dict[str, tuple[str, dict[str, Any]]]:
        """id -> (text, metadata) for every chunk in a collection (optionally filtered)."""
        result = self._collection(name).get(where=where, include=["documents", "metadatas"])
        return {i: (d or "", dict(m or {})) for i, d, m in zip(result["ids"], result["documents"] or [], result["metadatas"] or [], strict=False)}

    def count(self, name: str) -> int:
        return int(self._collection(name).count())

    def drop(self, name: str) -> None:
        self._collections.pop(name, None)
        try:
            self._client.delete_collection(name)
        except Exception:  # noqa: BLE001 - absent collection: nothing to drop
            pass

    def query(self, name: str, text: str, k: int = 5, where: dict[str, Any] | None = None) -> list[Hit]:
        collection = self._collection(name)
        total = collection.count()
        if total == 0 or not text.strip():
            return []
        vector = self._embed([text])[0]
        result = collection.query(
            query_embeddings=[list(map(float, vector))],
            n_results=min(k, total),
            where=where,
            include=["documents", "metadatas", "distances"],
        )
        hits = []
        for i, doc, meta, dist in zip(
            result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0], strict=False
        ):
            hits.append(Hit(id=i, text=doc or "", score=1.0 - float(dist), metadata=dict(meta or {})))
        return hits
