"""The blind review figures in the dataset READMEs come from `python -m evals.blind_review`: the script and the
committed ratings agree."""

from __future__ import annotations

import pytest

from evals.blind_review import main, summary
from evals.dataset import DATASETS_DIR


@pytest.mark.parametrize(("name", "before", "after"), [
    ("blind_plans_v11", "mean 2.30", "mean 2.30"),
    ("blind_plans_v12", "mean 2.21", "mean 2.25"),
    ("blind_plans_v13", "mean 2.17", "mean 2.30"),
    ("blind_plans_v14", "mean 2.17", "mean 2.18"),
    ("blind_plans_v15", "mean 2.25", "mean 2.34"),
    ("blind_plans_v16", "mean 2.12", "mean 2.23"),
    ("blind_plans_v17", "mean 2.09", "mean 2.22"),
    ("blind_plans_v18", "mean 2.27", "mean 2.36"),
    ("blind_plans_v19", "mean 2.50", "mean 2.60"),
    ("blind_plans_v20", "mean 2.38", "mean 2.43"),
    ("blind_plans_v21", "mean 2.36", "mean 2.49"),
    ("blind_plans_v22", "mean 2.43", "mean 2.40"),
    ("blind_plans_v22/final", "mean 2.55", "mean 2.57"),
    ("blind_plans_v23", "mean 1.95", "mean 2.16"),
    ("blind_plans_v24", "mean 2.25", "mean 2.30"),
    ("blind_plans_v25", "mean 1.93", "mean 2.07"),
    ("blind_plans_v26", "mean 2.12", "mean 2.33"),
    ("blind_plans_v27", "mean 2.41", "mean 2.40"),
    ("blind_plans_v28", "mean 2.41", "mean 2.35"),
    ("blind_plans_v29", "mean 2.34", "mean 2.35"),
    ("blind_plans_v30", "mean 2.28", "mean 2.26"),
])
def test_the_readme_means_are_what_the_ratings_give(name: str, before: str, after: str) -> None:
    lines = summary(DATASETS_DIR / name)
    assert lines[0].startswith("before") and before in lines[0]
    assert lines[1].startswith("after") and after in lines[1]
    readme = (DATASETS_DIR / name / "README.md").read_text(encoding="utf-8")
    assert before.split()[-1] in readme and after.split()[-1] in readme


def test_v13_partners_and_agreement() -> None:
    lines = summary(DATASETS_DIR / "blind_plans_v13")
    assert "partners with a 1: 14/16" in lines[1]
    assert lines[2] == "per partner: up 6, down 2, same 8"
    assert lines[3].startswith("alpha a 0.75")


def test_v15_and_v16_per_partner_counts() -> None:
    assert summary(DATASETS_DIR / "blind_plans_v15")[2] == "per partner: up 6, down 1, same 9"
    assert summary(DATASETS_DIR / "blind_plans_v16")[2] == "per partner: up 6, down 3, same 7"
    assert summary(DATASETS_DIR / "blind_plans_v17")[2] == "per partner: up 8, down 4, same 4"
    assert summary(DATASETS_DIR / "blind_plans_v18")[2] == "per partner: up 4, down 1, same 11"
    assert summary(DATASETS_DIR / "blind_plans_v19")[2] == "per partner: up 4, down 1, same 11"
    assert summary(DATASETS_DIR / "blind_plans_v20")[2] == "per partner: up 6, down 4, same 6"
    assert summary(DATASETS_DIR / "blind_plans_v21")[2] == "per partner: up 7, down 5, same 4"
    assert summary(DATASETS_DIR / "blind_plans_v22")[2] == "per partner: up 4, down 6, same 6"
    assert summary(DATASETS_DIR / "blind_plans_v22" / "final")[2] == "per partner: up 4, down 1, same 11"
    assert summary(DATASETS_DIR / "blind_plans_v23")[2] == "per partner: up 10, down 4, same 2"
    assert summary(DATASETS_DIR / "blind_plans_v24")[2] == "per partner: up 2, down 1, same 13"
    assert summary(DATASETS_DIR / "blind_plans_v25")[2] == "per partner: up 9, down 5, same 2"
    assert summary(DATASETS_DIR / "blind_plans_v26")[2] == "per partner: up 12, down 1, same 3"
    assert summary(DATASETS_DIR / "blind_plans_v27")[2] == "per partner: up 0, down 2, same 14"
    assert summary(DATASETS_DIR / "blind_plans_v28")[2] == "per partner: up 3, down 4, same 9"
    assert summary(DATASETS_DIR / "blind_plans_v29")[2] == "per partner: up 4, down 4, same 8"
    assert summary(DATASETS_DIR / "blind_plans_v30")[2] == "per partner: up 0, down 1, same 15"


def test_a_folder_without_a_review_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scenarios.yaml"]) == 2
    assert "packet_key.yaml" in capsys.readouterr().err


def test_v14_dev_rerating_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "blind_plans_v14" / "dev_rerating")
    assert lines[0].startswith("before") and "mean 2.08" in lines[0]
    assert lines[1].startswith("after") and "mean 2.38" in lines[1]
    readme = (DATASETS_DIR / "blind_plans_v14" / "dev_rerating" / "README.md").read_text(encoding="utf-8")
    assert "| after round 2 (62524e1) | 2.98 | 2.15 | 2.77 | 1.79 | 2.62 | 1.94 | 2.38 | 13/16 |" in readme
