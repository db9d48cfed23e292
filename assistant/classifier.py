"""A small sentence classifier trained on labelled exemplar sentences we wrote.

Two softmax regressions over MiniLM embeddings: dependence (T, I, BT, none) and
competence (doubted, proven, none). Trained deterministically at first use
(about a second), so nothing opaque is shipped.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from assistant.paths import DATA_PACKAGE_DIR

EXEMPLARS_FILE = DATA_PACKAGE_DIR / "assessment_exemplars.yaml"
COMPETENCE_EXTRA_FILE = DATA_PACKAGE_DIR / "competence_exemplars_extra.yaml"
DEPENDENCE_LABELS = ("T", "I", "BT", "none")
COMPETENCE_LABELS = ("doubted", "proven", "none")


@dataclass
class SoftmaxModel:
    labels: tuple[str, ...]
    weights: np.ndarray  # (dims, classes)
    bias: np.ndarray  # (classes,)

    def predict_proba(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.weights + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


def train_softmax(x: np.ndarray, y: np.ndarray, classes: int, l2: float = 1e-3, steps: int = 600, lr: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch gradient descent on cross-entropy with L2; deterministic."""
    n, dims = x.shape
    weights = np.zeros((dims, classes), dtype=np.float64)
    bias = np.zeros(classes, dtype=np.float64)
    onehot = np.eye(classes)[y]
    counts = onehot.sum(axis=0)
    sample_weight = (n / (classes * np.clip(counts, 1, None)))[y][:, None]  # balance the classes
    x64 = x.astype(np.float64)
    for _ in range(steps):
        logits = x64 @ weights + bias
        logits -= logits.max(axis=1, keepdims=True)
        prob = np.exp(logits)
        prob /= prob.sum(axis=1, keepdims=True)
        grad = (prob - onehot) * sample_weight / n
        weights -= lr * (x64.T @ grad + l2 * weights)
        bias -= lr * grad.sum(axis=0)
    return weights, bias


def load_exemplars(path: Path = EXEMPLARS_FILE, extra: Path | None = COMPETENCE_EXTRA_FILE) -> dict[str, dict[str, list[str]]]:
    """Labelled sentences; the extra file adds competence sentences and competence-only hard negatives."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = {
        "dependence": {k: list(v) for k, v in data["dependence"].items()},
        "competence": {k: list(v) for k, v in data["competence"].items()},
        "neutral": {"none": list(data["neutral"]), "competence_none": []},
    }
    if extra and extra.is_file():
        more = yaml.safe_load(extra.read_text(encoding="utf-8"))
        for label in ("doubted", "proven"):
            out["competence"][label] += list(more.get(label, []))
        out["neutral"]["competence_none"] = list(more.get("neutral", []))
    return out


@dataclass
class PerceptionClassifier:
    dependence: SoftmaxModel
    competence: SoftmaxModel


def build_classifier(embed, exemplars: dict[str, dict[str, list[str]]] | None = None) -> PerceptionClassifier:  # type: ignore[no-untyped-def]
    data = exemplars or load_exemplars()
    neutral = data["neutral"]["none"]
    unique = sorted({t for axis in data.values() for group in axis.values() for t in group})
    vectors_by_text = dict(zip(unique, np.asarray(embed(unique)), strict=True))  # each sentence embedded once

    def fit(axis: str, labels: tuple[str, ...]) -> SoftmaxModel:
        texts: list[str] = []
        targets: list[int] = []
        for index, label in enumerate(labels):
            items = neutral if label == "none" else data[axis][label]
            if label == "none":
                # Sentences about the other axis carry no signal on this one.
                other = "competence" if axis == "dependence" else "dependence"
                items = items + [t for group in data[other].values() for t in group]
                if axis == "competence":
                    items = items + data["neutral"].get("competence_none", [])
            texts.extend(items)
            targets.extend([index] * len(items))
        vectors = np.stack([vectors_by_text[t] for t in texts])
        weights, bias = train_softmax(vectors, np.array(targets), len(labels))
        return SoftmaxModel(labels, weights, bias)

    return PerceptionClassifier(fit("dependence", DEPENDENCE_LABELS), fit("competence", COMPETENCE_LABELS))


def _cache_file() -> Path:
    """Trained weights are cached by the hash of the exemplars and the model: training is deterministic."""
    from assistant.embeddings import MODEL_SHA256

    digest = hashlib.sha256(MODEL_SHA256.encode())
    for path in (EXEMPLARS_FILE, COMPETENCE_EXTRA_FILE):
        if path.is_file():
            digest.update(path.read_bytes())
    digest.update(Path(__file__).read_bytes())
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cio-coach"
    return root / f"classifier-{digest.hexdigest()[:16]}.npz"


def _load_cached(path: Path) -> PerceptionClassifier | None:
    try:
        with np.load(path) as data:
            return PerceptionClassifier(
                SoftmaxModel(DEPENDENCE_LABELS, data["dep_w"], data["dep_b"]),
                SoftmaxModel(COMPETENCE_LABELS, data["comp_w"], data["comp_b"]),
            )
    except (OSError, KeyError, ValueError):
        return None


@lru_cache(maxsize=1)
def shared_classifier() -> PerceptionClassifier:
    from assistant.embeddings import shared_embedder

    path = _cache_file()
    cached = _load_cached(path) if path.is_file() else None
    if cached is not None:
        return cached
    model = build_classifier(shared_embedder().embed)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp.npz")
        np.savez(tmp, dep_w=model.dependence.weights, dep_b=model.dependence.bias, comp_w=model.competence.weights, comp_b=model.competence.bias)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home only costs retraining next time
    return model
