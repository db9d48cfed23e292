"""The trained sentence classifier ships with the package: loaded when it matches, reproducible, never stale."""

from __future__ import annotations

import logging
import shutil

import numpy as np
import pytest

from assistant.perception import classifier as clf

REGENERATE = "regenerate with: coach train-classifier (about a minute on 2 cores), then commit assistant/data/classifier_weights.npz"


@pytest.fixture
def fresh_shared(monkeypatch, tmp_path):
    """An empty cache folder and a cleared process-wide classifier, restored afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    clf.shared_classifier.cache_clear()
    yield tmp_path / "cache"
    clf.shared_classifier.cache_clear()


def _tiny_model() -> clf.PerceptionClassifier:
    dims = 3
    return clf.PerceptionClassifier(
        clf.SoftmaxModel(clf.DEPENDENCE_LABELS, np.arange((dims + 2) * 4, dtype=float).reshape(-1, 4), np.zeros(4)),
        clf.SoftmaxModel(clf.COMPETENCE_LABELS, np.ones((dims + 2, 3)), np.arange(3.0)),
        ("it works", "works"),
        2.5,
    )


def test_shipped_weights_match_current_exemplars_and_code():
    """Cheap staleness check: an edit to the exemplars, the training settings or the featuriser fails here."""
    assert clf.SHIPPED_WEIGHTS.is_file(), f"{clf.SHIPPED_WEIGHTS} is missing; {REGENERATE}"
    assert clf.load_weights(clf.SHIPPED_WEIGHTS, clf.training_digest()) is not None, f"the shipped classifier weights are stale; {REGENERATE}"


def test_shipped_weights_file_stays_compact():
    assert clf.SHIPPED_WEIGHTS.stat().st_size < 1_500_000


def test_first_use_loads_shipped_weights_without_training(fresh_shared, monkeypatch):
    def no_training():
        raise AssertionError("trained the classifier although matching weights ship with the package")

    monkeypatch.setattr(clf, "train_from_exemplars", no_training)
    model = clf.shared_classifier()
    assert len(model.vocabulary) > 1000 and model.dependence.weights.shape[1] == len(clf.DEPENDENCE_LABELS)
    assert not fresh_shared.exists(), "nothing needs writing to the cache when the shipped weights match"


def test_stale_weights_are_never_used_training_is_logged_and_cached(fresh_shared, monkeypatch, tmp_path, caplog):
    stale = tmp_path / "shipped.npz"
    shutil.copy(clf.SHIPPED_WEIGHTS, stale)
    clf.save_weights(clf.load_weights(stale), stale, digest="0" * 64)  # same weights, another digest
    monkeypatch.setattr(clf, "SHIPPED_WEIGHTS", stale)
    trained = _tiny_model()
    calls = []
    monkeypatch.setattr(clf, "train_from_exemplars", lambda: calls.append(1) or trained)
    with caplog.at_level(logging.WARNING, logger=clf.__name__):
        assert clf.shared_classifier() is trained
    assert calls == [1]
    assert "training the sentence classifier" in caplog.text and "coach train-classifier" in caplog.text
    cached = list(fresh_shared.rglob("classifier-*.npz"))
    assert len(cached) == 1
    clf.shared_classifier.cache_clear()  # a second process finds the cached weights and does not retrain
    again = clf.shared_classifier()
    assert calls == [1] and clf.weight_differences(again, trained, atol=0) == []


def test_save_and_load_round_trip_exactly(tmp_path):
    model = _tiny_model()
    path = tmp_path / "w.npz"
    clf.save_weights(model, path, digest="abc")
    assert clf.load_weights(path, "abc") is not None
    assert clf.load_weights(path, "other") is None
    assert clf.weight_differences(clf.load_weights(path), model, atol=0) == []
    path.write_bytes(b"not a weights file")
    assert clf.load_weights(path) is None


def test_weight_differences_sees_a_changed_weight():
    a, b = _tiny_model(), _tiny_model()
    b.competence.weights[2, 1] += 1e-3
    assert clf.weight_differences(a, b) == ["competence weights: largest difference 1.00e-03 > 1e-06"]


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_shipped_weights_are_reproducible_from_the_exemplars():
    """SLOW (about a minute on 2 idle cores, several on a busy machine): retrains from the exemplars and
    checks the result equals the shipped file, so the file is reproducible, not opaque."""
    shipped = clf.load_weights(clf.SHIPPED_WEIGHTS)
    assert shipped is not None, REGENERATE
    assert clf.weight_differences(clf.train_from_exemplars(), shipped) == [], REGENERATE


def test_train_classifier_command_writes_and_checks(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from cli.main import app

    shipped = clf.load_weights(clf.SHIPPED_WEIGHTS)
    monkeypatch.setattr(clf, "train_from_exemplars", lambda: shipped)  # the training itself is the slow test's
    check = CliRunner().invoke(app, ["train-classifier", "--check"])
    assert check.exit_code == 0 and "matches a fresh training" in check.output

    changed = clf.load_weights(clf.SHIPPED_WEIGHTS)
    changed.dependence.bias[0] += 0.5
    monkeypatch.setattr(clf, "train_from_exemplars", lambda: changed)
    differs = CliRunner().invoke(app, ["train-classifier", "--check"])
    assert differs.exit_code == 1 and "dependence bias" in differs.output

    target = tmp_path / "classifier_weights.npz"
    monkeypatch.setattr(clf, "SHIPPED_WEIGHTS", target)
    written = CliRunner().invoke(app, ["train-classifier"])
    assert written.exit_code == 0 and target.is_file()
    assert clf.weight_differences(clf.load_weights(target, clf.training_digest()), changed, atol=0) == []
