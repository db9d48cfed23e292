"""The out-of-sample agreement check reads a rated blind set the weights never saw (evals/agreement_unseen.py) and
refuses one already folded into coach_ratings.yaml (it would count those plans twice)."""

from pathlib import Path

import pytest

import evals.calibrate_blind as blind
from evals.agreement_unseen import FoldedSetError, check_unseen, main, unseen_table
from evals.calibrate import load_rated
from evals.dataset import DATASETS_DIR


@pytest.mark.timeout(900)  # parses coach_ratings.yaml (1452 rows, 10+ MB) three times: over 300 s on a busy 2-core machine
def test_a_folded_set_is_refused_with_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    rated = load_rated()  # read once: 900+ rows, slow to parse on a busy machine
    assert any(r["plan_id"].startswith(("f1-", "f2-")) for r in rated)  # v6 is in coach_ratings.yaml now
    with pytest.raises(FoldedSetError, match="already folded"):
        unseen_table("blind_plans_v6")
    with pytest.raises(SystemExit) as exit_info:
        main(["blind_plans_v5"])
    assert exit_info.value.code == 2 and "already folded" in capsys.readouterr().err
    assert any(r["plan_id"].startswith("h1-") for r in rated)  # v8 too, since session 13
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v8", rated)
    assert any(r["plan_id"].startswith("i1-") for r in rated)  # v9 too, since session 14
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v9", rated)
    assert any(r["plan_id"].startswith("j1-") for r in rated)  # v10 too, since session 15
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v10", rated)
    assert any(r["plan_id"].startswith("k1-") for r in rated)  # v11 too, since session 16
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v11", rated)
    assert any(r["plan_id"].startswith("l1-") for r in rated)  # v12 and v13 too, since session 17
    assert any(r["plan_id"].startswith("m1-") for r in rated)
    for name in ("blind_plans_v12", "blind_plans_v13"):
        with pytest.raises(FoldedSetError, match="already folded"):
            check_unseen(name, rated)
    assert any(r["plan_id"].startswith("n1-") for r in rated)  # v14 too, since session 18
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v14", rated)
    assert any(r["plan_id"].startswith("o1-") for r in rated)  # v15 and v16 too, since session 19
    assert any(r["plan_id"].startswith("p1-") for r in rated)
    for name in ("blind_plans_v15", "blind_plans_v16"):
        with pytest.raises(FoldedSetError, match="already folded"):
            check_unseen(name, rated)
    assert any(r["plan_id"].startswith("q1-") for r in rated)  # v17 too, since session 20
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v17", rated)
    assert any(r["plan_id"].startswith("r1-") for r in rated)  # v18 and v19 too, since session 21
    assert any(r["plan_id"].startswith("s1-") for r in rated)
    for name in ("blind_plans_v18", "blind_plans_v19"):
        with pytest.raises(FoldedSetError, match="already folded"):
            check_unseen(name, rated)
    # v20, v21 and v22 (v22 in two reviews) too, since session 22
    assert {p for p in ("t1-", "u1-", "v1-", "v2-") if any(r["plan_id"].startswith(p) for r in rated)} == {
        "t1-", "u1-", "v1-", "v2-"}
    for name in ("blind_plans_v20", "blind_plans_v21", "blind_plans_v22"):
        with pytest.raises(FoldedSetError, match="already folded"):
            check_unseen(name, rated)
    # v23 and v24 too, since session 23
    assert {p for p in ("w1-", "x1-") if any(r["plan_id"].startswith(p) for r in rated)} == {"w1-", "x1-"}
    for name in ("blind_plans_v23", "blind_plans_v24"):
        with pytest.raises(FoldedSetError, match="already folded"):
            check_unseen(name, rated)
    # v25 too, since session 23's second fold
    assert any(r["plan_id"].startswith("y1-") for r in rated)
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v25", rated)
    # v26 too, since session 24
    assert any(r["plan_id"].startswith("z1-") for r in rated)
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v26", rated)
    # v27 too, since session 26 (round a2: the letters' second pass)
    assert any(r["plan_id"].startswith("a2-") for r in rated)
    with pytest.raises(FoldedSetError, match="already folded"):
        check_unseen("blind_plans_v27", rated)
    # v28 and v29 too, since session 27 (rounds g2 and h2: b2 ... f2 are v2-v6's second rounds)
    assert {p for p in ("g2-", "h2-") if any(r["plan_id"].startswith(p) for r in rated)} == {"g2-", "h2-"}
    for name in ("blind_plans_v28", "blind_plans_v29"):
        with pytest.raises(FoldedSetError, match="already folded"):
            check_unseen(name, rated)


def test_a_set_is_refused_by_its_rated_rows_even_when_not_a_blind_set() -> None:
    rows = [{"notes_file": "evals/datasets/blind_plans_probe/notes#br-01"}]
    with pytest.raises(FoldedSetError):
        check_unseen("blind_plans_probe", rows)
    check_unseen("blind_plans_probe", [])  # an unrated set passes


@pytest.mark.timeout(900)  # fits the scorer weights on every rated plan: minutes on a busy 2-core machine
def test_an_unseen_set_is_scored_and_leaves_the_blind_sets_as_they_were(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in DATASETS_DIR.iterdir():  # the datasets as they are, plus v6 under a name no row holds
        (tmp_path / folder.name).symlink_to(folder)
    (tmp_path / "blind_plans_probe").symlink_to(DATASETS_DIR / "blind_plans_v6")
    monkeypatch.setattr(blind, "DATASETS_DIR", tmp_path)
    before = len(blind.blind_scenarios())
    rows, table = unseen_table("blind_plans_probe")
    assert len(rows) == 32 and all(len(r["ratings"]) == 3 for r in rows)
    # its ids share no round's prefix, so they never read as a folded round's rows (v21 is round u1 since session 22)
    assert not any(r["plan_id"].startswith(blind.PREFIXES) for r in rows)
    assert not {r["notes_file"] for r in load_rated()} & {r["notes_file"] for r in rows}
    assert table["plans"] == {"tune": 0, "holdout": 32}
    assert all(-1.0 <= table[d]["spearman_holdout"] <= 1.0 for d in "abcdef")
    assert "blind_plans_probe" not in blind.BLIND_SETS and len(blind.blind_scenarios()) == before
