"""A small sentence classifier trained on labelled exemplar sentences we wrote.

Two softmax regressions over MiniLM embeddings: dependence (T, I, BT, none) and
competence (doubted, proven, none). Training is deterministic but takes about a
minute on 2 cores, so the trained weights ship in assistant/data/classifier_weights.npz
with a digest of the exemplars and code they came from; a test retrains and
compares, so the file is reproducible, not opaque. Stale weights are never used.
"""

from __future__ import annotations

import hashlib
import inspect
import logging
import os
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import yaml

from assistant.paths import DATA_PACKAGE_DIR

EXEMPLARS_DIR = DATA_PACKAGE_DIR / "exemplars"
SHIPPED_WEIGHTS = DATA_PACKAGE_DIR / "classifier_weights.npz"  # regenerate: coach train-classifier
DEPENDENCE_LABELS = ("T", "I", "BT", "none")
NGRAM_SCALE = 6.0  # weight of the word and word-pair features next to the embedding (leave-one-batch-out: 2.5 0.857, 4 0.855, 6 0.864, 8 0.862, 11 0.862)
NGRAM_MIN_COUNT = 2  # an n-gram must occur in this many exemplar sentences to become a feature
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
COMPETENCE_LABELS = ("doubted", "proven", "none")
log = logging.getLogger(__name__)


@dataclass
class Features:
    """Sentence features: the dense embedding, and sparse n-gram weights as (row, column, value) triples."""

    dense: np.ndarray  # (n, dims)
    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    vocabulary_size: int = 0

    @property
    def n(self) -> int:
        return int(self.dense.shape[0])

    @cached_property
    def _by_row(self) -> tuple[np.ndarray, np.ndarray]:
        """Rows that have n-grams, and where each starts (the triples are stored row by row)."""
        rows, starts = np.unique(self.rows, return_index=True)
        return rows, starts

    @cached_property
    def _by_col(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        order = np.argsort(self.cols, kind="stable")
        cols, starts = np.unique(self.cols[order], return_index=True)
        return order, cols, starts

    def matmul(self, weights: np.ndarray) -> np.ndarray:
        """Features @ weights, where weights stacks the dense rows above the n-gram rows."""
        dims = self.dense.shape[1]
        out = self.dense @ weights[:dims]
        if self.values.size:
            rows, starts = self._by_row
            out[rows] += np.add.reduceat(weights[dims:][self.cols] * self.values[:, None], starts, axis=0)
        return out

    def t_matmul(self, grad: np.ndarray) -> np.ndarray:
        """Features.T @ grad, in the same stacked layout."""
        bottom = np.zeros((self.vocabulary_size, grad.shape[1]))
        if self.values.size:
            order, cols, starts = self._by_col
            bottom[cols] = np.add.reduceat(grad[self.rows[order]] * self.values[order][:, None], starts, axis=0)
        return np.vstack([self.dense.T @ grad, bottom])


@dataclass
class SoftmaxModel:
    labels: tuple[str, ...]
    weights: np.ndarray  # (dims + vocabulary, classes)
    bias: np.ndarray  # (classes,)

    def predict_proba(self, x: Features) -> np.ndarray:
        logits = x.matmul(self.weights) + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)


def train_softmax(x: Features, y: np.ndarray, classes: int, l2: float = 1e-3, steps: int = 600, lr: float = 2.0) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch gradient descent on cross-entropy with L2; deterministic."""
    n = x.n
    weights = np.zeros((x.dense.shape[1] + x.vocabulary_size, classes), dtype=np.float64)
    bias = np.zeros(classes, dtype=np.float64)
    onehot = np.eye(classes)[y]
    counts = onehot.sum(axis=0)
    sample_weight = (n / (classes * np.clip(counts, 1, None)))[y][:, None]  # balance the classes
    for _ in range(steps):
        logits = x.matmul(weights) + bias
        logits -= logits.max(axis=1, keepdims=True)
        prob = np.exp(logits)
        prob /= prob.sum(axis=1, keepdims=True)
        grad = (prob - onehot) * sample_weight / n
        weights -= lr * (x.t_matmul(grad) + l2 * weights)
        bias -= lr * grad.sum(axis=0)
    return weights, bias


def exemplar_files(folder: Path = EXEMPLARS_DIR) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def load_exemplars(files: list[Path] | None = None) -> dict[str, dict[str, list[str]]]:
    """Labelled sentences from every file in the exemplars folder, merged.

    A file may hold `dependence` (T, I, BT), `competence` (doubted, proven), `neutral`
    (no signal on either axis) and `competence_neutral` (hard negatives for competence only).
    """
    out: dict[str, dict[str, list[str]]] = {
        "dependence": {label: [] for label in DEPENDENCE_LABELS[:3]},
        "competence": {label: [] for label in COMPETENCE_LABELS[:2]},
        "neutral": {"none": [], "competence_none": []},
    }
    for path in files if files is not None else exemplar_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for axis in ("dependence", "competence"):
            for label, sentences in (data.get(axis) or {}).items():
                if label not in out[axis]:
                    raise ValueError(f"{path.name}: unknown {axis} label {label!r}")
                out[axis][label] += [str(t) for t in sentences]
        out["neutral"]["none"] += [str(t) for t in data.get("neutral") or []]
        out["neutral"]["competence_none"] += [str(t) for t in data.get("competence_neutral") or []]
    return out


def ngrams(text: str) -> set[str]:
    """Words and word pairs: they keep what mean-pooled embeddings blur ("no disruption", "went around")."""
    tokens = _TOKEN.findall(text.lower().replace("’", "'"))
    return set(tokens) | {f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)}


@dataclass
class PerceptionClassifier:
    dependence: SoftmaxModel
    competence: SoftmaxModel
    vocabulary: tuple[str, ...] = ()  # n-gram features beside the embedding; empty: embedding only
    ngram_scale: float = NGRAM_SCALE

    def features(self, texts: list[str], vectors: np.ndarray) -> Features:
        return featurise(texts, vectors, self.vocabulary, self.ngram_scale)

    def predict(self, texts: list[str], vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Probabilities for dependence (T, I, BT, none) and competence (doubted, proven, none)."""
        x = self.features(texts, vectors)
        return self.dependence.predict_proba(x), self.competence.predict_proba(x)


def featurise(texts: list[str], vectors: np.ndarray, vocabulary: tuple[str, ...], ngram_scale: float) -> Features:
    """The embedding plus each sentence's known n-grams, scaled so every sentence's n-grams weigh the same."""
    index = {gram: i for i, gram in enumerate(vocabulary)}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for row, text in enumerate(texts):
        hits = sorted(index[g] for g in ngrams(text) if g in index) if index else []
        if not hits:  # no known n-gram: the embedding alone (and no 1/sqrt(0))
            continue
        rows += [row] * len(hits)
        cols += hits
        values += [ngram_scale / np.sqrt(len(hits))] * len(hits)
    return Features(np.asarray(vectors, dtype=np.float64), np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(values), len(vocabulary))


def build_vocabulary(texts: list[str], min_count: int = NGRAM_MIN_COUNT) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for text in texts:
        for gram in ngrams(text):
            counts[gram] = counts.get(gram, 0) + 1
    return tuple(sorted(g for g, c in counts.items() if c >= min_count))


def build_classifier(embed, exemplars: dict[str, dict[str, list[str]]] | None = None, ngram_scale: float = NGRAM_SCALE) -> PerceptionClassifier:  # type: ignore[no-untyped-def]
    data = exemplars or load_exemplars()
    neutral = data["neutral"]["none"]
    unique = sorted({t for axis in data.values() for group in axis.values() for t in group})
    vocabulary = build_vocabulary(unique) if ngram_scale > 0 else ()
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
        x = featurise(texts, np.stack([vectors_by_text[t] for t in texts]), vocabulary, ngram_scale)
        weights, bias = train_softmax(x, np.array(targets), len(labels))
        return SoftmaxModel(labels, weights, bias)

    return PerceptionClassifier(fit("dependence", DEPENDENCE_LABELS), fit("competence", COMPETENCE_LABELS), vocabulary, ngram_scale)


def training_digest() -> str:
    """A hash of everything the trained weights depend on: the embedding model and tokenizer, the
    exemplars, the training settings and the code that featurises sentences and fits the model."""
    from assistant.retrieval.embeddings import MODEL_SHA256, TOKENIZER_FILE, MiniLMEmbedder

    digest = hashlib.sha256(MODEL_SHA256.encode())
    digest.update(TOKENIZER_FILE.read_bytes())
    digest.update(repr((DEPENDENCE_LABELS, COMPETENCE_LABELS, NGRAM_SCALE, NGRAM_MIN_COUNT, _TOKEN.pattern)).encode())
    code = (ngrams, featurise, build_vocabulary, build_classifier, train_softmax, Features, load_exemplars, MiniLMEmbedder.embed, MiniLMEmbedder._embed_batch)
    for part in code:
        try:
            digest.update(inspect.getsource(part).encode())
        except (OSError, TypeError):  # no source shipped: never trust a weights file then
            digest.update(os.urandom(16))
    for path in exemplar_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _cache_file(digest: str) -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cio-coach"
    return root / f"classifier-{digest[:16]}.npz"


def save_weights(model: PerceptionClassifier, path: Path, digest: str) -> None:
    """Write the weights, compressed, with the digest they were trained under (atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp.npz")
    np.savez_compressed(
        tmp, digest=np.array(digest), dep_w=model.dependence.weights, dep_b=model.dependence.bias,
        comp_w=model.competence.weights, comp_b=model.competence.bias, ngram_scale=np.array(model.ngram_scale),
        vocabulary=np.frombuffer("\n".join(model.vocabulary).encode(), dtype=np.uint8),
    )
    tmp.replace(path)


def load_weights(path: Path, digest: str | None = None) -> PerceptionClassifier | None:
    """The classifier in a weights file, or None when it is missing, unreadable or (given a digest) stale."""
    try:
        with np.load(path, allow_pickle=False) as data:
            if digest is not None and str(data["digest"]) != digest:
                return None
            words = bytes(data["vocabulary"]).decode()
            return PerceptionClassifier(
                SoftmaxModel(DEPENDENCE_LABELS, data["dep_w"], data["dep_b"]),
                SoftmaxModel(COMPETENCE_LABELS, data["comp_w"], data["comp_b"]),
                tuple(words.split("\n")) if words else (),
                float(data["ngram_scale"]),
            )
    except (OSError, KeyError, ValueError):
        return None


def train_from_exemplars() -> PerceptionClassifier:
    from assistant.retrieval.embeddings import shared_embedder

    return build_classifier(shared_embedder().embed)


@lru_cache(maxsize=1)
def shared_classifier() -> PerceptionClassifier:
    """The shipped weights when they match the exemplars and code; else cached or freshly trained ones."""
    digest = training_digest()
    for path in (SHIPPED_WEIGHTS, _cache_file(digest)):
        model = load_weights(path, digest)
        if model is not None:
            return model
    log.warning(
        "The shipped classifier weights (%s) do not match the exemplars or code; training the sentence classifier "
        "now (about a minute on 2 cores). Regenerate them with `coach train-classifier`.", SHIPPED_WEIGHTS.name,
    )
    model = train_from_exemplars()
    try:
        save_weights(model, _cache_file(digest), digest)
    except OSError:
        pass  # a read-only home only costs retraining next time
    return model


def weight_differences(a: PerceptionClassifier, b: PerceptionClassifier, atol: float = 1e-6) -> list[str]:
    """How two classifiers differ beyond rounding (empty: the same model). Embeddings computed on
    another CPU may differ in the last bits, hence a tolerance rather than bit equality."""
    problems = []
    if a.vocabulary != b.vocabulary:
        problems.append(f"vocabulary differs ({len(a.vocabulary)} vs {len(b.vocabulary)} n-grams)")
    if a.ngram_scale != b.ngram_scale:
        problems.append(f"ngram_scale differs ({a.ngram_scale} vs {b.ngram_scale})")
    for name, left, right in (("dependence", a.dependence, b.dependence), ("competence", a.competence, b.competence)):
        for part in ("weights", "bias"):
            x, y = getattr(left, part), getattr(right, part)
            if x.shape != y.shape:
                problems.append(f"{name} {part}: shape {x.shape} vs {y.shape}")
            elif not np.allclose(x, y, rtol=0, atol=atol):
                problems.append(f"{name} {part}: largest difference {np.abs(x - y).max():.2e} > {atol:.0e}")
    return problems
