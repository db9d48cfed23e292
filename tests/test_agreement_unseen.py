"""The out-of-sample agreement check reads a rated blind set the weights never saw (evals/agreement_unseen.py)."""

from evals.agreement_unseen import unseen_rows
from evals.calibrate import agreement_table, load_rated


def test_v6_is_scored_out_of_sample() -> None:
    rows = unseen_rows("blind_plans_v6")
    assert len(rows) == 32 and all(len(r["ratings"]) == 3 for r in rows)
    assert not {r["notes_file"] for r in load_rated()} & {r["notes_file"] for r in rows}  # never in the fitted ratings
    table = agreement_table(rows)
    assert table["plans"] == {"tune": 0, "holdout": 32}
    assert all(-1.0 <= table[d]["spearman_holdout"] <= 1.0 for d in "abcdef")
