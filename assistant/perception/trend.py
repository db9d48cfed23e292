"""The trend line of an assessment: how the partner's view moved between earlier and later notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

import numpy as np


class _Dated(Protocol):
    @property
    def date(self) -> dt.date | None: ...


class Signal(Protocol):
    """A weighed sentence, as `assessment.SentenceSignal` has it."""

    @property
    def note(self) -> _Dated: ...
    @property
    def dependence(self) -> np.ndarray: ...
    @property
    def competence(self) -> np.ndarray: ...


class _Felt(Protocol):
    @property
    def cues(self) -> dict[str, list[str]]: ...
    @property
    def narrated(self) -> bool: ...
    @property
    def own_voice(self) -> bool: ...
    @property
    def opinion(self) -> bool: ...
    @property
    def speaker(self) -> str: ...


def dep_said(f: _Felt) -> bool:
    """A sentence that says in words what technology is to the partner (a dependence cue), in the partner's words or
    acts: not the CIO's narration, own plans or opinions, nor someone else's words."""
    return bool(set(f.cues) & {"T", "I", "BT"}) and not (f.narrated or f.own_voice or f.opinion or f.speaker in ("cio", "other"))


class _Cued(_Felt, Protocol):
    @property
    def note(self) -> _Dated: ...


class _Weighed(Protocol):
    @property
    def competence(self) -> np.ndarray: ...
    @property
    def opinion(self) -> bool: ...


def cue_days(features: Sequence[_Cued], signals: Sequence[_Weighed], label: str) -> set[dt.date]:
    """The days with a line that names a doubt (`label` "doubted") or praise ("proven") outright: a cue still counted,
    in the partner's words or acts (not the CIO's narration or opinion)."""
    index = 0 if label == "doubted" else 1
    return {day for f, s in zip(features, signals, strict=True)
            if (day := f.note.date) and label in f.cues and not f.narrated and not s.opinion and s.competence[index] > 0}


def trend_of(signals: Sequence[Signal], negative_days: set[dt.date] | None = None, said: Sequence[bool] | None = None,
             positive_days: set[dt.date] | None = None) -> str:
    """How the partner's view moved: early notes against late ones, a change of side only, never against the latest note.

    `negative_days`, where given, are the days with a line that names a doubt outright (a cue in the partner's words or
    acts, not the classifier's guess on narration): a worsening trend needs one of them among the later notes.
    `said`, where given, marks the sentences (`dep_said`) that alone may move the dependence trend: the CIO's ideas
    ("she would love a dashboard") and a visitor's questions are no change in what technology is to the partner.
    `positive_days`, like `negative_days`, are the days with praise named outright: the latest of the two decides which
    way competence may have moved (no "worsening" when her last word is thanks for an early delivery).
    """
    spoken = {id(s) for i, s in enumerate(signals) if said is None or (i < len(said) and said[i])}
    dated = sorted({s.note.date for s in signals if s.note.date})
    if len(dated) < 2:
        return "not enough dated notes for a trend"
    middle = dated[len(dated) // 2]
    parts = []
    early = [s for s in signals if s.note.date and s.note.date < middle]
    late = [s for s in signals if s.note.date and s.note.date >= middle]
    if early and late:
        def comp(group: Sequence[Signal]) -> float:
            mass = sum((s.competence for s in group), np.zeros(2))
            return float((mass[1] - mass[0]) / max(mass.sum(), 1e-9)) if mass.sum() > 0.3 else 0.0

        def dep(group: Sequence[Signal]) -> float | None:
            mass = sum((s.dependence for s in group if id(s) in spoken), np.zeros(3))
            return float((mass[1] + 2 * mass[2]) / max(mass.sum(), 1e-9)) if mass.sum() > 0.3 else None

        early_c, late_c = comp(early), comp(late)
        early_d, late_d = dep(early), dep(late)
        delta_d = late_d - early_d if early_d is not None and late_d is not None else 0.0  # silence is no change
        # The latest note weighs most: a trend it contradicts is no trend ("worsening" the day she offers us a seat).
        by_day = [[s for s in signals if s.note.date == day] for day in reversed(dated)]
        last_c = next((comp(g) for g in by_day if comp(g) != 0.0), 0.0)
        last_d = next((d for g in by_day if (d := dep(g)) is not None), None)
        # The highest level anything in the latest entry with spoken dependence evidence reaches: "no uptime slides"
        # the day he offers us a seat on his product council is no step back.
        peak = next((max((i for s in g for i in range(3) if s.dependence[i] > 0.15), default=0) for g in by_day
                     if any(id(s) in spoken and s.dependence.sum() > 0 for s in g)), None)
        last_bad, last_good = max(negative_days or set(), default=None), max(positive_days or set(), default=None)
        bad_last = last_good is None or (last_bad is not None and last_bad >= last_good)
        good_last = last_bad is None or (last_good is not None and last_good >= last_bad)
        # Only a change of side counts as a trend, so it never contradicts the current verdict.
        if early_c < -0.2 and late_c > 0.2 and last_c > 0 and (positive_days is None or good_last):
            parts.append("competence perception improving (doubts earlier, trust recently)")
        elif (early_c > 0.2 and late_c < -0.2 and last_c < 0 and (negative_days is None or any(d >= middle for d in negative_days))
              and (positive_days is None or bad_last)):
            parts.append("competence perception worsening (trust earlier, doubts recently)")
        if delta_d > 0.4 and (last_d is None or early_d is None or last_d > early_d):
            parts.append("sees more in technology than before")
        elif delta_d < -0.4 and last_d is not None and early_d is not None and last_d < early_d and peak is not None and peak < early_d:
            parts.append("sees less in technology than before")
    return "; ".join(parts) or "stable"
