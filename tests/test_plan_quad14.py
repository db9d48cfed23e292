"""Rubric a (diagnosis): an unkept promise the partner names in their own words lowers competence (training partners
396-401). "You told me <month>", "still have not seen", "stopped asking", "we went elsewhere" outweigh older praise;
a promise kept after all stays praise; the assessment is less sure when the newest entry contradicts the older ones."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from plan_training_helpers import parsed

from assistant.factory import build_engine
from assistant.perception.unkept import latest_contradicts, unkept_promise
from assistant.schema import Assessment
from assistant.settings import Settings


@pytest.fixture(scope="module")
def assessed() -> dict[str, Assessment]:
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp(prefix="quad14"))), None)
    out = {}
    for prefix in ("396", "397", "398", "399", "400"):
        p = parsed(prefix)
        out[prefix] = engine.assess(p.notes, partner=p.partner)
    return out


@pytest.mark.parametrize("prefix", ["396", "397", "398", "400"])
def test_unkept_promises_in_the_partners_words_outweigh_older_praise(assessed: dict[str, Assessment], prefix: str) -> None:
    a = assessed[prefix]
    assert (a.dependence, a.competence, a.quadrant) == ("T", "doubted", "cost_centre"), a.scores


def test_a_promise_kept_after_all_stays_praise(assessed: dict[str, Assessment]) -> None:
    assert assessed["399"].competence == "proven", assessed["399"].scores


def test_confidence_drops_when_the_newest_entry_contradicts_the_older_ones(assessed: dict[str, Assessment]) -> None:
    assert assessed["396"].confidence < 0.5, assessed["396"]


@pytest.mark.parametrize("sentence", [
    "We still haven't received the stock report you offered.",
    "Your people said the end of March, and here we are.",
    "You promised us Q2 for the mobile forms.",
    "My buyers have given up raising tickets with the desk.",
    "In the end we went to an outside agency for the survey.",
    "The rota tool was supposed to be live by Easter.",
    "I chased it twice in October and got no reply.",
])
def test_the_families_of_an_unkept_promise(sentence: str) -> None:
    assert unkept_promise(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "The drivers stopped calling the desk about passwords.",
    "If you still have not seen it by Friday, ring me.",
    "You told me June and it arrived early, thank you.",
    "Stop asking me for more budget.",
    "We still do not know our margin per product.",
    "You told me the truth about the outage.",
])
def test_lines_that_are_no_unkept_promise(sentence: str) -> None:
    assert unkept_promise(sentence) is None, sentence


@dataclass
class _Note:
    date: date | None


@dataclass
class _Signal:
    note: _Note
    competence: np.ndarray
    weight: float = 1.0


def test_latest_contradicts_needs_both_sides_to_say_something() -> None:
    old, new = _Note(date(2026, 3, 1)), _Note(date(2026, 11, 1))
    praise, doubt = np.array([0.0, 1.0]), np.array([1.0, 0.0])
    assert latest_contradicts([_Signal(old, praise), _Signal(new, doubt)])
    assert not latest_contradicts([_Signal(old, praise), _Signal(new, praise)])
    assert not latest_contradicts([_Signal(old, praise), _Signal(new, np.array([0.1, 0.0]))])
    assert not latest_contradicts([_Signal(new, doubt)])


def test_one_stray_wait_among_praise_is_no_complaint() -> None:
    engine = build_engine(Settings(data_dir=Path(tempfile.mkdtemp(prefix="quad14"))), None)
    p = parsed("401")
    assert engine.assess(p.notes, partner=p.partner).competence == "proven"
