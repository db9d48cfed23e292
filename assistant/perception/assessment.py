"""The offline perception assessment: sentences -> signals -> levels, with quoted evidence.

Each sentence of the partner's notes is scored by the exemplar-trained classifier and by cue phrases; newer notes weigh more. An axis with too little signal is
`unknown`, and the assessment proposes questions instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from assistant.paths import DATA_PACKAGE_DIR
from assistant.perception.attribution import explained_nearby, forgiven_before
from assistant.perception.blame import CIO_PITCH
from assistant.perception.cio_lines import CIO_IDEA, CIO_WORRY, REMINDER, ROLL_CALL, VERDICT_LINE, WRITER_LABEL
from assistant.perception.classifier import PerceptionClassifier
from assistant.perception.cues import cue_hits
from assistant.perception.dictation import undictated
from assistant.perception.language import foreign
from assistant.perception.narration import is_narration
from assistant.perception.questions import questions_for
from assistant.perception.stance import mark_pardons, stance_adjust
from assistant.perception.stated_view import stated_floor
from assistant.perception.trend import cue_days, dep_said, trend_of
from assistant.perception.unkept import RECENT_DAYS, STALE_PRAISE, corroborated, latest_contradicts, unkept_promises
from assistant.perception.voices import voiced_sentences
from assistant.schema import Assessment, Evidence, NoteText, quadrant_for
from assistant.text.injection import looks_like_injection, overlaps, tainted_ranges

# The decision parameters live in assistant/data/assessment_params.yaml, written by
# `coach calibrate` from the training partners (assistant/data/dev_partners.yaml and
# assistant/data/train_partners/) only: never from the demo, the held-out set or the eval
# scenarios. `coach heldout` measures the result on partners never used for tuning.
PARAMS_FILE = DATA_PACKAGE_DIR / "assessment_params.yaml"
DEP_LEVELS = ("T", "I", "BT")
COMP_LEVELS = ("doubted", "proven")
_QUOTE_CHARS = ('"', "“", "”", "「")
# The CIO speaking about their own side ("I said we would...", "We agreed to...") reports a plan or
# a promise, not the partner's view; it is weighed by `own_voice_weight`.
_OWN_VOICE = re.compile(r"^(?:[-*•]\s*)?(?:I|We|I'd|I've|I'll|We'll|We've|We'd|Our team|My team)\b")
_PARTNER_WE = re.compile(r"^(?:[-*•]\s*)?(?:[\[(]?\d{1,2}:\d{2}[\])]?\s*)?(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)?:\s*)?[\"“]?(?:We|We've|We'd|Our|My)\b")
_NAMES_US = re.compile(r"\b(?:you|your|IT|tech\w*|system|systems|CRM|ERP|software|app|tool|data|network|server|platform)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Params:
    half_life_days: float = 120.0  # a note this much older than the newest counts half
    dep_min_prob: float = 0.40  # the classifier must give one level at least this probability
    comp_min_prob: float = 0.40
    cue_weight: float = 0.35
    dep_min_mass: float = 0.6  # below this much weighted evidence an axis is unknown
    comp_min_mass: float = 0.6
    dep_strong: float = 9.0  # ...unless one sentence alone carries this much (9: never)
    comp_strong: float = 9.0
    high_share: float = 0.45  # share of dependence evidence at I or BT that makes dependence high
    doubt_weight: float = 1.5  # trust is lost faster than it is won
    quote_bonus: float = 1.25  # the partner's own words weigh more than the CIO's shorthand
    own_voice_weight: float = 1.0
    cue_overrides_classifier: bool = False  # a competence cue silences a classifier vote the other way
    no_view_mass: float = 0.0  # "too early to say": competence stays unknown below this much evidence (0: off)
    other_weight: float = 0.5  # a vendor's or another department's words say little of the partner's view
    opinion_weight: float = 0.25  # the CIO's own reading ("deep down he rates us"): shown, never decisive alone
    narration_weight: float = 1.0  # the classifier's competence vote on the CIO's plain narration, with no cue and no quote

    @classmethod
    def load(cls, path: Path = PARAMS_FILE) -> Params:
        if not path.is_file():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data.get("params") or {}).items() if k in known})


@lru_cache(maxsize=1)
def default_params() -> Params:
    return Params.load()


@dataclass
class SentenceFeatures:
    """What the classifier and the cues say about one sentence, before any weighting."""

    note: NoteText
    quote: str
    age_days: float
    quoted: bool
    own_voice: bool
    dependence_proba: np.ndarray  # T, I, BT, none
    competence_proba: np.ndarray  # doubted, proven, none
    cues: dict[str, list[str]]
    speaker: str = "unknown"  # partner, cio, other or unknown
    opinion: bool = False  # the CIO's own reading of the partner
    heard: bool = False  # the speaker's own words (a sender, a transcript label), not the CIO's report of them
    narrated: bool = False  # the CIO's plain narration: neither the partner's words nor their acts


@dataclass
class SentenceSignal:
    note: NoteText
    quote: str
    weight: float
    dependence: np.ndarray  # evidence for T, I, BT
    competence: np.ndarray  # evidence for doubted, proven
    no_view: bool = False  # the sentence says the partner has no view of IT's delivery yet
    speaker: str = "unknown"
    opinion: bool = False
    own_voice: bool = False  # the CIO's own "I/we" line: weighed, never quoted as the partner's view


@dataclass
class LedgerSignal:
    """Promise-ledger facts that bear on competence (kept, missed, overdue)."""
    kept: int = 0
    missed_or_overdue: int = 0


def sentence_features(notes: list[NoteText], classifier: PerceptionClassifier, embed, partner: str | None = None) -> list[SentenceFeatures]:  # type: ignore[no-untyped-def]
    """Score every usable sentence once, with who said it; lines that look like injected instructions are dropped."""
    dated = [n.date for n in notes if n.date]
    newest = max(dated) if dated else None
    items: list[tuple[NoteText, str, float, str, bool, bool]] = []
    for note in map(undictated, notes):  # a dictated memo reads as typed text
        age = float(max((newest - note.date).days, 0)) if newest and note.date else 0.0
        tainted = tainted_ranges(note.text)
        for v in voiced_sentences(note, partner):
            text = _after_roll_call(v.text)
            if not text or looks_like_injection(text) or (v.start >= 0 and overlaps(tainted, v.start, v.end)) or VERDICT_LINE.match(text):
                continue
            items.append((note, text, age, v.speaker, v.opinion, v.heard))
    if not items:
        return []
    texts = [item[1] for item in items]
    dep_p, comp_p = classifier.predict(texts, embed(texts))
    out = []
    for (note, text, age, speaker, opinion, heard), dp, cp in zip(items, dep_p, comp_p, strict=True):
        quoted = any(q in text for q in _QUOTE_CHARS)
        own = not quoted and speaker not in ("partner", "other") and bool(_OWN_VOICE.match(text))  # "We're hiring" from the partner is theirs
        out.append(SentenceFeatures(note, text, age, quoted, own, dp, cp, cue_hits(text), speaker, opinion, heard, is_narration(text, speaker, quoted, partner)))
    return out


def _after_roll_call(text: str) -> str:
    """A sentence without its leading "Attendees: ..." line (who attended says nothing of anyone's view)."""
    if not ROLL_CALL.match(text):
        return text
    _, _, rest = text.partition("\n")
    return rest.strip()


def weigh(features: list[SentenceFeatures], params: Params) -> list[SentenceSignal]:
    signals = []
    mark_pardons(features)
    forgiven = forgiven_before(features) | explained_nearby(features)
    unkept = corroborated([(f.note.date or id(f.note), _partner_names_unkept(f)) for f in features])
    for i, f in enumerate(features):
        weight = float(0.5 ** (f.age_days / params.half_life_days))
        if f.quoted:
            weight *= params.quote_bonus
        dependence = _winner_only(f.dependence_proba[:3], params.dep_min_prob) + params.cue_weight * _cue_vector(f.cues, DEP_LEVELS)
        comp_cues = _cue_vector(f.cues, COMP_LEVELS)
        comp_model = _winner_only(f.competence_proba[:2], params.comp_min_prob)
        if foreign(f.quote) or WRITER_LABEL.match(f.quote):  # an English-only model (no cue: no vote); the CIO's aside
            comp_model = comp_model * comp_cues  # is no verdict: there the cues decide
        if params.cue_overrides_classifier and comp_cues.sum() > 0:
            comp_model = comp_model * comp_cues
        if (_not_our_doubt(f) or i in forgiven) and "blames_us" not in f.cues:  # "IT let us down" is their view, whoever's miss
            comp_model[0] = comp_cues[0] = 0.0
        if "trust" in f.cues:  # "I know you'll do it": the classifier's doubt vote does not outweigh trust said outright
            comp_model[0] = 0.0
        if "label" in f.cues or "unhealed" in f.cues or "courtesy" in f.cues:  # "the cost centre downstairs", "not over it", thanks
            comp_model[1] = 0.0  # for the effort (manners): no classifier praise outweighs it
        if f.narrated and not comp_cues.any():
            comp_model = comp_model * params.narration_weight  # "Due date stands.": the model alone reads little into narration
        competence = comp_model + params.cue_weight * comp_cues
        dependence, competence = stance_adjust(f, dependence, competence, params.cue_weight, params.narration_weight)
        if unkept and f.age_days > RECENT_DAYS:  # praise from before the latest complaints speaks less for today's view
            competence = competence * np.array([1.0, STALE_PRAISE])
        if i in unkept and i not in forgiven:  # "you told me September": plain doubt, whatever else the words say
            competence = np.array([1.0 + params.cue_weight, 0.0])
        if _cio_says(f, CIO_WORRY):  # the CIO's fear of how the partner sees us is no evidence of it
            competence = np.zeros(2)
        if _cio_says(f, REMINDER):  # "Don't reopen the outage": a reminder to self, on neither axis
            competence, dependence = np.zeros(2), np.zeros(3)
        if f.own_voice:
            competence = competence * params.own_voice_weight
            if CIO_PITCH.match(f.quote) or CIO_IDEA.match(f.quote):  # our own proposal shows what we want, not what the partner expects of IT
                dependence = np.zeros(3)
        weight *= params.other_weight if f.speaker == "other" else params.opinion_weight if f.opinion else 1.0
        signals.append(SentenceSignal(f.note, f.quote, weight, dependence, competence, "no_view" in f.cues, f.speaker, f.opinion,
                                      f.own_voice and f.speaker == "cio"))
    return signals


def _not_our_doubt(f: SentenceFeatures) -> bool:
    """Someone else's problem or complaint, a miss on the partner's side, or one the partner has forgiven."""
    if "third_party" in f.cues or "forgiven" in f.cues or "not_about_it" in f.cues:
        return True
    if "own_side" in f.cues and (f.speaker == "partner" or (f.quoted and f.speaker != "cio")):
        return True  # "that one was on us", in the partner's mouth
    if f.speaker == "partner" and _PARTNER_WE.match(f.quote) and not _NAMES_US.search(f.quote):
        return True  # "We missed the quarter in the north, our pipeline was thin": their own results, no word of IT
    return f.speaker == "other" and (f.heard or bool(f.cues.get("doubted")))


def _partner_names_unkept(f: SentenceFeatures) -> int:
    """The partner, in their own words and in a latest entry, names a promise of ours not kept (not a vendor's, not forgiven)."""
    if f.age_days > RECENT_DAYS:
        return 0
    if f.speaker != "partner" and not (f.quoted and f.speaker == "unknown"):
        return 0
    if ("third_party" in f.cues or "forgiven" in f.cues or "not_about_it" in f.cues) and "blames_us" not in f.cues:
        return 0
    return len(unkept_promises(f.quote))


def _cio_says(f: SentenceFeatures, rule: re.Pattern[str]) -> bool:
    return not f.quoted and f.speaker in ("cio", "unknown") and bool(rule.search(f.quote))


def extract_signals(notes: list[NoteText], classifier: PerceptionClassifier, embed, params: Params | None = None) -> list[SentenceSignal]:  # type: ignore[no-untyped-def]
    return weigh(sentence_features(notes, classifier, embed), params or default_params())


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


def _strongest(signals: list[SentenceSignal], axis: str) -> float:
    """The clearest single sentence on an axis: one plain statement is evidence enough."""
    return max((float((s.dependence if axis == "dependence" else s.competence).max()) * s.weight for s in signals), default=0.0)


def _decide_dependence(mass: np.ndarray, params: Params, strongest: float = 0.0) -> str:
    total = float(mass.sum())
    if total < params.dep_min_mass and strongest < params.dep_strong:
        return "unknown"
    high = float(mass[1] + mass[2])
    if high / total >= params.high_share:
        return "BT" if mass[2] >= mass[1] else "I"
    return "T"


def _decide_competence(mass: np.ndarray, params: Params, strongest: float = 0.0, no_view: bool = False) -> str:
    total = float(mass.sum())
    if total < params.comp_min_mass and strongest < params.comp_strong:
        return "unknown"
    if no_view and total < params.no_view_mass:  # the notes say there is no view yet, and little says otherwise
        return "unknown"
    return "proven" if mass[1] > mass[0] else "doubted"


def _evidence(signals: list[SentenceSignal], axis: str, index: int, label: str, limit: int = 3) -> list[Evidence]:
    def strength(s: SentenceSignal) -> float:
        vector = s.dependence if axis == "dependence" else s.competence
        return float(vector[index]) * s.weight

    ranked = sorted((s for s in signals if strength(s) > 0.25 and not s.own_voice), key=strength, reverse=True)
    out: list[Evidence] = []
    for s in ranked[:limit]:
        when = s.note.date.isoformat() if s.note.date else None
        out.append(Evidence(quote=s.quote, axis=axis, date=when, signal=label, note_ref=s.note.ref, speaker=s.speaker))
    return out


def assess_notes(
    notes: list[NoteText],
    classifier: PerceptionClassifier,
    embed: Callable[[Sequence[str]], np.ndarray],
    partner: str | None = None,
    ledger: LedgerSignal | None = None,
    params: Params | None = None,
) -> Assessment:
    """Assess one partner's perceptions from their notes (and the promise ledger, if given)."""
    return assess_features(notes, sentence_features(notes, classifier, embed, partner), partner, ledger, params)


def masses(signals: list[SentenceSignal], params: Params, ledger: LedgerSignal | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Weighted evidence per level: dependence (T, I, BT) and competence (doubted, proven)."""
    dep_mass = sum((s.dependence * s.weight for s in signals), np.zeros(3))
    comp_mass = sum((s.competence * s.weight for s in signals), np.zeros(2)) * np.array([params.doubt_weight, 1.0])
    if ledger:
        comp_mass = comp_mass + np.array([0.5 * ledger.missed_or_overdue, 0.5 * ledger.kept])
    return dep_mass, comp_mass


@dataclass
class Decision:
    dependence: str
    competence: str
    dep_mass: np.ndarray
    comp_mass: np.ndarray


def decide(signals: list[SentenceSignal], params: Params, ledger: LedgerSignal | None = None) -> Decision:
    """Levels on both axes from the weighted evidence (calibration and assessment share this).

    The CIO's own opinions add to the evidence but never decide an axis alone: without them the
    evidence must still clear the bar, or the axis stays unknown.
    """
    dep_mass, comp_mass = masses(signals, params, ledger)
    facts = [s for s in signals if not s.opinion]
    dep_facts, comp_facts = masses(facts, params, ledger) if len(facts) < len(signals) else (dep_mass, comp_mass)
    no_view = any(s.no_view for s in signals)
    dependence = _decide_dependence(dep_mass, params, _strongest(facts, "dependence"))
    competence = _decide_competence(comp_mass, params, _strongest(facts, "competence"), no_view)
    if _decide_dependence(dep_facts, params, _strongest(facts, "dependence")) == "unknown":
        dependence = "unknown"
    if _decide_competence(comp_facts, params, _strongest(facts, "competence"), no_view) == "unknown":
        competence = "unknown"
    return Decision(dependence, competence, dep_mass, comp_mass)


def assess_features(
    notes: list[NoteText],
    features: list[SentenceFeatures],
    partner: str | None = None,
    ledger: LedgerSignal | None = None,
    params: Params | None = None,
) -> Assessment:
    params = params or default_params()
    signals = weigh(features, params)
    decision = decide(signals, params, ledger)
    dependence, competence, dep_mass, comp_mass = decision.dependence, decision.competence, decision.dep_mass, decision.comp_mass
    quadrant = quadrant_for(dependence, competence)
    evidence: list[Evidence] = []
    if dependence != "unknown":
        evidence += _evidence(signals, "dependence", DEP_LEVELS.index(dependence), dependence)
    if competence != "unknown":
        evidence += _evidence(signals, "competence", COMP_LEVELS.index(competence), competence)
    confidence = max(_confidence(dep_mass, comp_mass, dependence, competence), stated_floor(signals, dependence, competence))
    if latest_contradicts(signals):  # the newest entry reads the other way from the older ones: less sure
        confidence = round(confidence * 0.75, 3)
    questions = questions_for(dependence, competence, confidence)
    explanation = _explain(notes, signals, dep_mass, comp_mass, dependence, competence, ledger)
    scores = {f"dependence_{k}": round(float(v), 3) for k, v in zip(DEP_LEVELS, dep_mass, strict=True)}
    scores.update({f"competence_{k}": round(float(v), 3) for k, v in zip(COMP_LEVELS, comp_mass, strict=True)})
    return Assessment(
        partner=partner,
        dependence=dependence,
        competence=competence,
        quadrant=quadrant,
        confidence=confidence,
        evidence=evidence,
        questions=questions,
        explanation=explanation,
        engine="offline",
        scores=scores,
        trend=trend_of(signals, cue_days(features, signals, "doubted"), [dep_said(f) for f in features], cue_days(features, signals, "proven")),
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
