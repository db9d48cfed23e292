"""Retrieval latency and recall@10 at scale, through chromadb's HNSW index (cosine), against exact search.

Embedding 100k chunks would take most of an hour on two cores, so the collection holds
precomputed vectors: real MiniLM embeddings of synthetic notes (by default the ones the
ingestion benchmark stored), and past those, mixtures of two or three of them
(see bench_data.mixture_vectors). Queries are real embeddings of synthetic questions,
computed before timing; the collection has the product's HNSW settings
(vectorstore.HNSW_CONFIG) and the timed call is `collection.query` as VectorIndex.query makes it.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bench.data import percentile, similarity_check, synthetic_chunks, synthetic_queries, synthetic_vectors

K = 10
RECALL_TARGET = 0.95


@dataclass
class RetrievalResult:
    size: int
    p50_ms: float
    p95_ms: float
    recall_at_10: float
    ef_search: int
    insert_s: float
    exact_p50_ms: float
    real: int = 0
    tried: list[dict[str, float]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "size": self.size, "real_vectors": self.real, "synthetic_vectors": self.size - self.real, "p50_ms": round(self.p50_ms, 3), "p95_ms": round(self.p95_ms, 3),
            "recall_at_10": round(self.recall_at_10, 4), "ef_search": self.ef_search, "insert_s": round(self.insert_s, 2),
            "exact_numpy_p50_ms": round(self.exact_p50_ms, 3), "ef_search_tried": self.tried,
        }


def exact_top_k(vectors: np.ndarray, queries: np.ndarray, k: int = K) -> np.ndarray:
    """Brute-force cosine top-k (vectors are unit length, so cosine = dot product)."""
    scores = queries @ vectors.T
    top = np.argpartition(-scores, k, axis=1)[:, :k]
    order = np.argsort(-np.take_along_axis(scores, top, axis=1), axis=1)
    return np.take_along_axis(top, order, axis=1)


def _timed_queries(collection: Any, queries: np.ndarray) -> tuple[list[float], list[list[int]]]:
    for q in queries[:5]:  # warm the index and the SQLite page cache
        collection.query(query_embeddings=[q.tolist()], n_results=K)
    latencies: list[float] = []
    found: list[list[int]] = []
    for q in queries:
        vector = q.tolist()
        start = time.perf_counter()
        result = collection.query(query_embeddings=[vector], n_results=K, include=["documents", "metadatas", "distances"])
        latencies.append((time.perf_counter() - start) * 1000)
        found.append([int(i) for i in result["ids"][0]])
    return latencies, found


def _recall(found: list[list[int]], exact: np.ndarray) -> float:
    hits = [len(set(f) & set(map(int, e))) / K for f, e in zip(found, exact, strict=True)]
    return float(np.mean(hits)) if hits else 0.0


def _client(path: Path) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def _reopen_with_ef(client: Any, path: Path, name: str, ef: int) -> tuple[Any, Any]:
    """Change ef_search and reopen: chromadb stores the new value at once, but a loaded HNSW segment keeps
    its old ef until the client's system cache is cleared (measured with chromadb 1.5)."""
    client.get_collection(name).modify(configuration={"hnsw": {"ef_search": ef}})
    client.clear_system_cache()
    client = _client(path)
    return client, client.get_collection(name)


def ef_candidates_for(ef_search: int) -> tuple[int, ...]:
    """The product's ef_search first; raised only if recall misses the target."""
    return (ef_search, ef_search * 2, ef_search * 4, ef_search * 8)


def measure_size(path: Path, size: int, base: np.ndarray, base_texts: list[str], queries: np.ndarray, ef_candidates: tuple[int, ...]) -> RetrievalResult:
    from assistant.retrieval.vector_index import HNSW_CONFIG

    vectors = synthetic_vectors(base, size)
    client = _client(path)
    collection = client.create_collection(
        name=f"bench-retrieval-{size}", embedding_function=None,
        configuration={"hnsw": {**HNSW_CONFIG, "ef_search": ef_candidates[0]}},
    )
    batch = int(client.get_max_batch_size())
    start = time.perf_counter()
    for lo in range(0, size, batch):
        hi = min(lo + batch, size)
        collection.add(
            ids=[str(i) for i in range(lo, hi)],
            embeddings=vectors[lo:hi],
            documents=[base_texts[i % len(base_texts)] for i in range(lo, hi)],
            metadatas=[{"kind": "note", "stakeholder_id": i % 12} for i in range(lo, hi)],
        )
    insert_s = time.perf_counter() - start
    exact = exact_top_k(vectors, queries)
    exact_ms: list[float] = []
    for q in queries[: min(len(queries), 50)]:
        t0 = time.perf_counter()
        exact_top_k(vectors, q[None, :])
        exact_ms.append((time.perf_counter() - t0) * 1000)
    tried: list[dict[str, float]] = []
    best: tuple[float, float, float, int] | None = None
    for n, ef in enumerate(ef_candidates):
        if n:
            client, collection = _reopen_with_ef(client, path, collection.name, ef)
        latencies, found = _timed_queries(collection, queries)
        recall = _recall(found, exact)
        p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
        tried.append({"ef_search": ef, "recall_at_10": round(recall, 4), "p50_ms": round(p50, 3), "p95_ms": round(p95, 3)})
        best = (p50, p95, recall, ef)
        if recall >= RECALL_TARGET:
            break
    assert best is not None
    client.delete_collection(collection.name)
    client.clear_system_cache()  # free the loaded index before the next size
    return RetrievalResult(size, best[0], best[1], best[2], best[3], insert_s, percentile(exact_ms, 50), min(size, len(base)), tried)


@dataclass
class RetrievalRun:
    results: list[RetrievalResult]
    embed_s: float  # seconds spent embedding real base texts and queries here
    base_real: int  # real embeddings available (the rest of each collection is mixtures of them)
    base_source: str
    similarity: dict[str, Any]


def run_retrieval(
    sizes: list[int], base_count: int = 2000, query_count: int = 200, seed: int = 21,
    ef_candidates: tuple[int, ...] | None = None, workdir: Path | None = None,
    stored: tuple[list[str], np.ndarray] | None = None,
) -> RetrievalRun:
    """Latency and recall per size. `stored` (texts and their real vectors, e.g. from the ingestion benchmark)
    is used as the real base when it holds at least `base_count` chunks; otherwise `base_count` chunks are embedded here."""
    from assistant.retrieval.embeddings import shared_embedder
    from assistant.retrieval.vector_index import HNSW_CONFIG

    embedder = shared_embedder()
    start = time.perf_counter()
    if stored is not None and len(stored[0]) >= base_count:
        base_texts, base = stored[0][:base_count], np.asarray(stored[1][:base_count], dtype=np.float32)
        source = "vectors stored by the ingestion benchmark"
    else:
        base_texts = synthetic_chunks(base_count, seed)
        base = embedder.embed(base_texts)
        source = "embedded for this benchmark"
    queries = embedder.embed(synthetic_queries(query_count, seed + 1))
    embed_s = time.perf_counter() - start
    candidates = ef_candidates or ef_candidates_for(int(HNSW_CONFIG["ef_search"]))
    results: list[RetrievalResult] = []
    with tempfile.TemporaryDirectory(prefix="coach-bench-retrieval-", dir=workdir) as tmp:
        for size in sizes:
            results.append(measure_size(Path(tmp) / f"size-{size}", size, base, base_texts, queries, candidates))
    return RetrievalRun(results, embed_s, len(base), source, similarity_check(base, queries))
