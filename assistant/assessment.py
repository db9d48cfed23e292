"""The offline perception assessment: sentences -> signals -> levels, with quoted evidence.

Each sentence of the partner's notes is scored by the exemplar-trained classifier
and by cue phrases; newer notes weigh more. An axis with too little signal is
`unknown`, and the assessment proposes questions instead of guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from assistant.classifier import PerceptionClassifier
from assistant.cues import cue_hits
from assistant.injection import looks_like_injection, overlaps, tainted_ranges
from assistant.questions import questions_for
from assistant.schema import Assessment, Evidence, NoteText, quadrant_for
from assistant.sentences import sentence_spans

# Thresholds were calibrated on assistant/data/dev_partners.yaml only (never on the demo,
# the held-out set or the eval scenarios): see `coach heldout` for the measured accuracy.
HALF_LIFE_DAYS = 120.0  # a note this much older than the newest counts half
DEP_MIN_PROB = 0.40  # the classifier must give one level at least this probability
COMP_MIN_PROB = 0.40
CUE_WEIGHT = 0.35
MIN_MASS = 0.6  # below this much weighted evidence an axis is unknown
HIGH_SHARE = 0.45  # share of dependence evidence at I or BT that makes dependence high
DOUBT_WEIGHT = 1.5  # trust is lost faster than it is won: a doubt outweighs a compliment by this factor
QUOTE_BONUS = 1.25  # the partner's own words weigh more than the CIO's shorthand
DEP_LEVELS = ("T", "I", "BT")
COMP_LEVELS = ("doubted", "proven")


@dataclass
class SentenceSignal:
    note: NoteText
    quote: str
    weight: float
    dependence: np.ndarray  # evidence for T, I, BT
    competence: np.ndarray  # evidence for doubted, proven


@dataclass
class LedgerSignal:
    """Promise-ledger facts that bear on competence (kept, missed, overdue)."""

    kept: int = 0
    missed_or_overdue: int = 0


def _recency(note: NoteText, newest: dt.date | None) -> float:
    if newest is None or note.date is None:
        return 1.0
    age = max((newest - note.date).days, 0)
    return float(0.5 ** (age / HALF_LIFE_DAYS))


def extract_signals(notes: list[NoteText], classifier: PerceptionClassifier, embed) -> list[SentenceSignal]:  # type: ignore[no-untyped-def]
    dated = [n.date for n in notes if n.date]
    newest = max(dated) if dated else None
    items: list[tuple[NoteText, str, float]] = []
    for note in notes:
        recency = _recency(note, newest)
        tainted = tainted_ranges(note.text)
        for span in sentence_spans(note.text):
            if looks_like_injection(span.text) or overlaps(tainted, span.start, span.end):
                continue
            bonus = QUOTE_BONUS if any(q in span.text for q in ('"', "“", "”")) else 1.0
            items.append((note, span.text, recency * bonus))
    if not items:
        return []
    vectors = embed([text for _, text, _ in items])
    dep_p = classifier.dependence.predict_proba(vectors)
    comp_p = classifier.competence.predict_proba(vectors)
    signals = []
    for (note, text, weight), dp, cp in zip(items, dep_p, comp_p, strict=True):
        cues = cue_hits(text)
        dependence = _winner_only(dp[:3], DEP_MIN_PROB) + CUE_WEIGHT * _cue_vector(cues, DEP_LEVELS)
        competence = _winner_only(cp[:2], COMP_MIN_PROB) + CUE_WEIGHT * _cue_vector(cues, COMP_LEVELS)
        signals.append(SentenceSignal(note, text, weight, dependence, competence))
    return signals


def _winner_only(probs: np.ndarray, floor: float) -> np.ndarray:
    """Only a clear winner counts, by how far it clears the floor; noise adds nothing."""
    out = np.zeros(len(probs))
    best = int(np.argmax(probs))
    if probs[best] >= floor:
        out[best] = (probs[best] - floor) / (1.0 - floor)
    return out


def _cue_vector(cues: dict[str, list[str]], levels: tuple[str, ...]) -> np.ndarray:
    vector = np.array([bool(cues.get(level)) for level in levels], dtype=float)
    return vector if vector.sum() <= 1 else np.zeros(len(levels))  # cues both ways cancel out


def _decide_dependence(mass: np.ndarray) -> str:
    total = float(mass.sum())
    if total < MIN_MASS:
        return "unknown"
    high = float(mass[1] + mass[2])
    if high / total >= HIGH_SHARE:
        return "BT" if mass[2] >= mass[1] else "I"
    return "T"


def _decide_competence(mass: np.ndarray) -> str:
    if float(mass.sum()) < MIN_MASS:
        return "unknown"
    return "proven" if mass[1] > mass[0] else "doubted"


def _evidence(signals: list[SentenceSignal], axis: str, index: int, label: str, limit: int = 3) -> list[Evidence]:
    def strength(s: SentenceSignal) -> float:
        vector = s.dependence if axis == "dependence" else s.competence
        return float(vector[index]) * s.weight

    ranked = sorted((s for s in signals if strength(s) > 0.25), key=strength, reverse=True)
    out: list[Evidence] = []
    for s in ranked[:limit]:
        out.append(Evidence(quote=s.quote, axis=axis, date=s.note.date.isoformat() if s.note.date else None, signal=label, note_ref=s.note.ref))  # type: ignore[arg-type]
    return out


def _trend(signals: list[SentenceSignal]) -> str:
    dated = sorted({s.note.date for s in signals if s.note.date})
    if len(dated) < 2:
        return "not enough dated notes for a trend"
    middle = dated[len(dated) // 2]
    parts = []
    early = [s for s in signals if s.note.date and s.note.date < middle]
    late = [s for s in signals if s.note.date and s.note.date >= middle]
    if early and late:
        def comp(group: list[SentenceSignal]) -> float:
            mass = sum((s.competence for s in group), np.zeros(2))
            return float((mass[1] - mass[0]) / max(mass.sum(), 1e-9)) if mass.sum() > 0.3 else 0.0

        def dep(group: list[SentenceSignal]) -> float:
            mass = sum((s.dependence for s in group), np.zeros(3))
            return float((mass[1] + 2 * mass[2]) / max(mass.sum(), 1e-9)) if mass.sum() > 0.3 else 0.0

        early_c, late_c = comp(early), comp(late)
        delta_d = dep(late) - dep(early)
        # Only a change of side counts as a trend, so it never contradicts the current verdict.
        if early_c < -0.2 and late_c > 0.2:
            parts.append("competence perception improving (doubts earlier, trust recently)")
        elif early_c > 0.2 and late_c < -0.2:
            parts.append("competence perception worsening (trust earlier, doubts recently)")
        if delta_d > 0.4:
            parts.append("sees more in technology than before")
        elif delta_d < -0.4:
            parts.append("sees less in technology than before")
    return "; ".join(parts) or "stable"


def assess_notes(
    notes: list[NoteText],
    classifier: PerceptionClassifier,
    embed,  # type: ignore[no-untyped-def]
    stakeholder: str | None = None,
    ledger: LedgerSignal | None = None,
) -> Assessment:
    """Assess one partner's perceptions from their notes (and the promise ledger, if given)."""
    signals = extract_signals(notes, classifier, embed)
    dep_mass = sum((s.dependence * s.weight for s in signals), np.zeros(3))
    comp_mass = sum((s.competence * s.weight for s in signals), np.zeros(2)) * np.array([DOUBT_WEIGHT, 1.0])
    if ledger:
        comp_mass = comp_mass + np.array([0.5 * ledger.missed_or_overdue, 0.5 * ledger.kept])
    dependence = _decide_dependence(dep_mass)
    competence = _decide_competence(comp_mass)
    quadrant = quadrant_for(dependence, competence)
    evidence: list[Evidence] = []
    if dependence != "unknown":
        evidence += _evidence(signals, "dependence", DEP_LEVELS.index(dependence), dependence)
    if competence != "unknown":
        evidence += _evidence(signals, "competence", COMP_LEVELS.index(competence), competence)
    confidence = _confidence(dep_mass, comp_mass, dependence, competence)
    questions = questions_for(dependence, competence, confidence)
    explanation = _explain(notes, signals, dep_mass, comp_mass, dependence, competence, ledger)
    scores = {f"dependence_{k}": round(float(v), 3) for k, v in zip(DEP_LEVELS, dep_mass, strict=True)}
    scores.update({f"competence_{k}": round(float(v), 3) for k, v in zip(COMP_LEVELS, comp_mass, strict=True)})
    return Assessment(
        stakeholder=stakeholder,
        dependence=dependence,  # type: ignore[arg-type]
        competence=competence,  # type: ignore[arg-type]
        quadrant=quadrant,
        confidence=confidence,
        evidence=evidence,
        questions=questions,
        explanation=explanation,
        engine="offline",
        scores=scores,
        trend=_trend(signals),
    )


def _axis_confidence(mass: np.ndarray, decided: str, winner_share: float) -> float:
    if decided == "unknown":
        return 0.0
    amount = 1.0 - float(np.exp(-float(mass.sum()) / 2.5))  # more evidence, more confidence
    return amount * (0.5 + 0.5 * max(0.0, min(1.0, (winner_share - 0.5) * 2)))


def _confidence(dep: np.ndarray, comp: np.ndarray, dependence: str, competence: str) -> float:
    dep_total = max(float(dep.sum()), 1e-9)
    dep_share = float(dep[1] + dep[2]) / dep_total if dependence in ("I", "BT") else float(dep[0]) / dep_total
    comp_share = float(comp.max()) / max(float(comp.sum()), 1e-9)
    values = [_axis_confidence(dep, dependence, dep_share), _axis_confidence(comp, competence, comp_share)]
    return round(float(np.mean(values)), 3)


def _explain(notes, signals, dep, comp, dependence, competence, ledger) -> str:  # type: ignore[no-untyped-def]
    if not notes:
        return "There are no notes about this partner yet, so both perceptions are unknown. Add meeting notes, emails or remarks."
    if not signals:
        return "The notes contain no sentences that say anything about how this partner sees technology, so both perceptions are unknown."
    parts = []
    if dependence == "unknown":
        parts.append("Too little in the notes shows how much this partner thinks the business depends on technology.")
    else:
        share = float(dep[1] + dep[2]) / max(float(dep.sum()), 1e-9)
        parts.append(f"Dependence reads as {dependence}: {share:.0%} of the weighted signals on this axis point to information or strategy rather than running the basics.")
    if competence == "unknown":
        parts.append("Too little shows whether they believe technology management does what it says.")
    else:
        parts.append(f"Competence reads as {competence} (weighted signals: {comp[1]:.1f} for proven, {comp[0]:.1f} for doubted; newer notes weigh more).")
    if ledger and (ledger.kept or ledger.missed_or_overdue):
        parts.append(f"The promise ledger adds {ledger.kept} kept and {ledger.missed_or_overdue} missed or overdue commitments.")
    return " ".join(parts)
