"""Cues, quote-aware sentences, the sparse classifier and the calibration of the assessment."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from assistant.perception.assessment import PARAMS_FILE, Params
from assistant.perception.calibration import (
    TRAINING_FILES,
    Case,
    batch_of,
    coordinate_descent,
    cross_validate,
    score,
    training_partners,
)
from assistant.perception.classifier import PerceptionClassifier, build_vocabulary, load_exemplars
from assistant.perception.cues import cue_hits
from assistant.perception.labelled import LabelledPartner
from assistant.text.sentences import sentence_spans


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The kiosk update went in overnight with no disruption to the first sailing.", "proven"),
        ("Not a single call to my office on the first morning of term.", "proven"),
        ("We haven't missed a date since March.", "proven"),
        ("They have never delivered on time.", "doubted"),
        ("She doesn't trust our estimates any more.", "doubted"),
        ("The project slipped again and she escalated it to the CEO.", "doubted"),
        ("The booking rebuild shipped before the January peak as promised.", "proven"),
        ("Your team delivered the lookup tool a week early.", "proven"),
        ("The upgrade did not go live as planned.", "doubted"),
        ("The packing line sat idle for two hours after the patch.", "doubted"),
    ],
)
def test_negation_turns_competence_cues_around(sentence, label):
    hits = cue_hits(sentence)
    assert label in hits, hits
    other = "doubted" if label == "proven" else "proven"
    assert other not in hits, hits


def test_a_problem_put_down_to_someone_else_is_no_doubt_about_it():
    blamed_elsewhere = cue_hits(
        "The opening slipped a week because the developer's electrician hadn't finished the comms room."
    )
    assert "doubted" not in blamed_elsewhere and "third_party" in blamed_elsewhere
    absolved = cue_hits('Reto: "Not your doing, and you told me straight away."')
    assert "proven" in absolved and "doubted" not in absolved
    # Going around IT to an agency is still a doubt: hiring is not blaming.
    assert "doubted" in cue_hits("He hired an agency to build the app instead of us.")


def test_a_quotation_of_several_sentences_stays_one_span():
    text = 'Reto said: "You gave me a date. You hit it. Keep doing that." He smiled.\n- next bullet here'
    spans = [s.text for s in sentence_spans(text)]
    assert spans[0] == 'Reto said: "You gave me a date. You hit it. Keep doing that."'
    assert all(text[s.start : s.end] == s.text for s in sentence_spans(text))
    # An unclosed quote never swallows the next paragraph.
    unclosed = 'She wrote "we will see. Then nothing.\n\nNext paragraph starts here.'
    assert [s.text for s in sentence_spans(unclosed)][-1] == "Next paragraph starts here."


def test_sparse_ngram_features_match_a_dense_product():
    texts = ["no disruption at all", "went around us again", "nothing here"]
    vocabulary = build_vocabulary(texts + ["no disruption", "went around"], min_count=1)
    clf = PerceptionClassifier(None, None, vocabulary, 2.0)  # type: ignore[arg-type]
    rng = np.random.default_rng(0)
    x = clf.features(texts, rng.normal(size=(3, 5)))
    dense = np.zeros((3, len(vocabulary)))
    dense[x.rows, x.cols] = x.values
    full = np.hstack([x.dense, dense])
    weights = rng.normal(size=(5 + len(vocabulary), 4))
    grad = rng.normal(size=(3, 4))
    assert np.allclose(x.matmul(weights), full @ weights)
    assert np.allclose(x.t_matmul(grad), full.T @ grad)


def test_exemplar_files_merge_and_unknown_labels_are_refused(tmp_path):
    (tmp_path / "a.yaml").write_text("dependence:\n  T: [one]\nneutral: [n1]\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("competence:\n  proven: [two]\ncompetence_neutral: [n2]\n", encoding="utf-8")
    merged = load_exemplars([tmp_path / "a.yaml", tmp_path / "b.yaml"])
    assert merged["dependence"]["T"] == ["one"] and merged["competence"]["proven"] == ["two"]
    assert merged["neutral"] == {"none": ["n1"], "competence_none": ["n2"]}
    (tmp_path / "c.yaml").write_text("competence:\n  amazing: [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown competence label"):
        load_exemplars([tmp_path / "c.yaml"])


def test_params_file_is_read_and_unknown_keys_are_ignored(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("params:\n  half_life_days: 42.0\n  retired_knob: 1\n", encoding="utf-8")
    assert Params.load(path).half_life_days == 42.0
    assert Params.load(tmp_path / "missing.yaml") == Params()
    assert PARAMS_FILE.is_file(), "coach calibrate writes the shipped parameters"


def _case(pid: str, comp: float, expected: str) -> Case:
    """A partner whose one sentence carries `comp` for proven (negative: doubted)."""
    from assistant.perception.assessment import SentenceFeatures
    from assistant.schema import NoteText

    note = NoteText(ref="n", text="x")
    proba = np.array([0.9, 0.05, 0.05]) if comp < 0 else np.array([0.05, 0.9, 0.05])
    features = [
        SentenceFeatures(
            note,
            "x",
            0.0,
            False,
            False,
            np.array([0.9, 0.05, 0.03, 0.02]),
            proba * abs(comp) + (1 - abs(comp)) * np.array([0, 0, 1.0]),
            {},
        )
    ]
    quadrant = {"doubted": "cost_centre", "proven": "utility"}.get(expected, "unknown")
    return Case(
        LabelledPartner(pid, None, [note], {"dependence": "T", "competence": expected, "quadrant": quadrant}), features
    )


def test_coordinate_descent_never_does_worse_and_cv_leaves_batches_out():
    cases = [_case(f"a-{i}", 1.0, "proven") for i in range(3)] + [_case(f"b-{i}", -1.0, "doubted") for i in range(3)]
    cases += [_case("c-0", 0.45, "unknown"), _case("c-1", -0.45, "unknown")]
    start = dataclasses.replace(Params(), comp_min_mass=1.5, dep_min_mass=0.2)
    tuned, best = coordinate_descent(cases, start=start)
    assert best >= score(cases, start)
    assert best[0] == 1.0, tuned
    seen: list[str] = []
    cross_validate(cases, progress=lambda batch, _acc: seen.append(batch))
    assert seen == ["a", "b", "c"] and {batch_of(c) for c in cases} == set(seen)


def test_training_partners_never_include_evaluation_sets():
    from evals.dataset import DEFAULT_SCENARIOS, HELDOUT_SETS, load_scenarios
    from evals.heldout import load_heldout

    names = {Path(p).name for p in TRAINING_FILES}
    assert not names & {p.name for p in (*HELDOUT_SETS, DEFAULT_SCENARIOS)}
    ids = {p.id for p in training_partners()}
    assert len(ids) >= 200, "every training partner has its own id"
    held_out = [p for path in HELDOUT_SETS for p in load_heldout(path)]
    assert len(held_out) >= 24 and not ids & {p.id for p in held_out}
    # Same notes under another id would leak too: no evaluation text is in the training set.
    training_text = {n.text.strip() for p in training_partners() for n in p.notes}
    evaluation_text = {n.text.strip() for p in held_out for n in p.notes}
    evaluation_text |= {n.text.strip() for s in load_scenarios() for n in s.parsed().notes}
    assert not training_text & evaluation_text


@pytest.mark.parametrize(
    "sentence",
    [
        "She said it was too early to have a view of the team.",
        "He has not yet worked with us.",
        '"Ask me in six months," she said.',
        "She is three weeks into the job.",
    ],
)
def test_no_view_yet_is_its_own_cue(sentence):
    hits = cue_hits(sentence)
    assert "no_view" in hits and "doubted" not in hits and "proven" not in hits, hits


def test_no_view_keeps_competence_unknown_unless_the_evidence_is_strong():
    from assistant.perception.assessment import SentenceSignal, decide
    from assistant.schema import NoteText

    note = NoteText(ref="n", date=None, kind="meeting", title="", text="")

    def signal(proven: float, no_view: bool = False) -> SentenceSignal:
        return SentenceSignal(note, "q", 1.0, np.zeros(3), np.array([0.0, proven]), no_view)

    params = Params(comp_min_mass=0.2, no_view_mass=2.0)
    assert decide([signal(0.8), signal(0.0, no_view=True)], params).competence == "unknown"
    assert decide([signal(0.8)], params).competence == "proven"  # no such sentence: the evidence decides
    assert decide([signal(2.5), signal(0.0, no_view=True)], params).competence == "proven"  # strong evidence wins
    off = dataclasses.replace(params, no_view_mass=0.0)
    assert decide([signal(0.8), signal(0.0, no_view=True)], off).competence == "proven"
