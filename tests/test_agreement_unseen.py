"""The out-of-sample agreement check reads a rated blind set the weights never saw (evals/agreement_unseen.py)."""

from evals.agreement_unseen import unseen_table
from evals.calibrate import load_rated
from evals.calibrate_blind import BLIND_SETS, blind_scenarios


def test_v6_is_scored_out_of_sample_and_leaves_the_blind_sets_as_they_were() -> None:
    before = len(blind_scenarios())
    rows, table = unseen_table("blind_plans_v6")
    assert len(rows) == 32 and all(len(r["ratings"]) == 3 for r in rows)
    assert not {r["notes_file"] for r in load_rated()} & {r["notes_file"] for r in rows}  # never in the fitted ratings
    assert table["plans"] == {"tune": 0, "holdout": 32}
    assert all(-1.0 <= table[d]["spearman_holdout"] <= 1.0 for d in "abcdef")
    assert "blind_plans_v6" not in BLIND_SETS and len(blind_scenarios()) == before  # nothing leaks to later callers
