"""Calibrate the offline assessment's decision parameters on the training partners only.

The training partners are labelled notes written to train and tune the engine
(assistant/data/dev_partners.yaml and assistant/data/train_partners/*.yaml). The
held-out set, the demo and the eval scenarios are never read here. Coordinate
descent over a small grid picks the parameters with the best quadrant accuracy;
leave-one-batch-out cross-validation (tune on the other batches, score the batch
left out) estimates how well that generalises. `coach calibrate` prints both and writes the result
to assistant/data/assessment_params.yaml.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.paths import DATA_PACKAGE_DIR
from assistant.perception.assessment import PARAMS_FILE, Params, SentenceFeatures, decide, sentence_features, weigh
from assistant.perception.labelled import LabelledPartner, load_labelled
from assistant.schema import quadrant_for

TRAINING_FILES = (DATA_PACKAGE_DIR / "dev_partners.yaml", *sorted((DATA_PACKAGE_DIR / "train_partners").glob("*.yaml")))

GRID: dict[str, tuple[Any, ...]] = {
    "half_life_days": (45.0, 60.0, 90.0, 120.0, 180.0, 365.0),
    "dep_min_prob": (0.3, 0.35, 0.4, 0.5, 0.6),
    "comp_min_prob": (0.3, 0.35, 0.4, 0.5, 0.6),
    "cue_weight": (0.0, 0.2, 0.35, 0.5, 0.8),
    "dep_min_mass": (0.2, 0.4, 0.6, 0.8, 1.0, 1.5),
    "comp_min_mass": (0.2, 0.4, 0.6, 0.8, 1.0, 1.5),
    "dep_strong": (0.4, 0.5, 0.6, 0.8, 1.0, 9.0),
    "comp_strong": (0.4, 0.5, 0.6, 0.8, 1.0, 9.0),
    "high_share": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6),
    "doubt_weight": (1.0, 1.25, 1.5, 1.75, 2.0, 2.5),
    "quote_bonus": (1.0, 1.25, 1.5, 2.0),
    "own_voice_weight": (0.25, 0.5, 0.75, 1.0),
    "cue_overrides_classifier": (False, True),
    "no_view_mass": (0.0, 1.0, 1.5, 2.0, 3.0, 5.0),
    "other_weight": (0.0, 0.25, 0.5),  # never above half: only the partner's own words and actions decide (issue #22)
    "opinion_weight": (0.0, 0.25, 0.5),
    "narration_weight": (0.25, 0.5, 1.0),  # the classifier alone on the CIO's cue-less narration
}


@dataclass
class Case:
    partner: LabelledPartner
    features: list[SentenceFeatures]


def training_partners(files: Iterable[Path] = TRAINING_FILES) -> list[LabelledPartner]:
    return [p for path in files for p in load_labelled(path)]


def featurise(partners: list[LabelledPartner], classifier, embed) -> list[Case]:  # type: ignore[no-untyped-def]
    return [Case(p, sentence_features(p.notes, classifier, embed, p.partner)) for p in partners]


def score(cases: list[Case], params: Params) -> tuple[float, float]:
    """Quadrant accuracy, and the mean of the two axis accuracies as a tie-breaker."""
    quadrant = axes = 0.0
    for case in cases:
        decision = decide(weigh(case.features, params), params)
        dependence, competence = decision.dependence, decision.competence
        want = case.partner.expected
        quadrant += quadrant_for(dependence, competence) == want.get("quadrant")
        axes += ((dependence == want.get("dependence")) + (competence == want.get("competence"))) / 2
    n = max(len(cases), 1)
    return quadrant / n, axes / n


def coordinate_descent(cases: list[Case], start: Params | None = None, rounds: int = 3) -> tuple[Params, tuple[float, float]]:
    """Change one parameter at a time to its best grid value; stop when a round changes nothing."""
    best = start or Params()
    best_score = score(cases, best)
    for _ in range(rounds):
        changed = False
        for name, values in GRID.items():
            for value in values:
                trial = dataclasses.replace(best, **{name: value})
                trial_score = score(cases, trial)
                if trial_score > best_score:
                    best, best_score, changed = trial, trial_score, True
        if not changed:
            break
    return best, best_score


def batch_of(case: Case) -> str:
    """Partners written together share habits of phrasing: the id prefix names the batch."""
    return case.partner.id.split("-")[0]


def cross_validate(cases: list[Case], progress: Callable[[str, float], None] | None = None) -> float:
    """Leave one batch out: quadrant accuracy on each batch with parameters tuned on the others.

    Folds follow the batches rather than random splits, so that a batch's shared phrasing
    cannot flatter the estimate.
    """
    correct = 0.0
    for batch in sorted({batch_of(c) for c in cases}):
        train = [c for c in cases if batch_of(c) != batch]
        test = [c for c in cases if batch_of(c) == batch]
        params, _ = coordinate_descent(train)
        accuracy = score(test, params)[0]
        correct += accuracy * len(test)
        if progress:
            progress(batch, accuracy)
    return correct / max(len(cases), 1)


def write_params(params: Params, stats: dict[str, Any], path: Path = PARAMS_FILE) -> None:
    header = (
        "# Decision parameters of the offline assessment, written by `coach calibrate`.\n"
        "# Tuned on the training partners only (assistant/data/dev_partners.yaml and\n"
        "# assistant/data/train_partners/); never on the demo, the held-out set or the eval scenarios.\n"
    )
    body = {"params": dataclasses.asdict(params), "calibration": stats}
    path.write_text(header + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
