"""evals.chat_blind_review reproduces the committed chat review's figures (the README's table)."""

from __future__ import annotations

from evals.chat_blind_review import main, summary
from evals.dataset import DATASETS_DIR


def test_the_v2_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v2")
    assert lines[0].startswith("before c 2.45 d 1.87 e 1.80  mean 2.04  ratings 60")
    assert lines[1].startswith("after  c 2.43 d 1.80 e 1.83  mean 2.02  ratings 60")
    assert lines[2] == "per question: up 1, down 3, same 16"
    readme = (DATASETS_DIR / "chat_blind_v2" / "README.md").read_text(encoding="utf-8")
    assert "| after (5981331) | 2.43 | 1.80 | 1.83 | 2.02 |" in readme


def test_a_folder_without_a_review_is_refused(tmp_path, capsys) -> None:
    assert main([str(tmp_path)]) == 2
    assert "packet_key.yaml" in capsys.readouterr().err


def test_the_dev_rerating_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v2" / "dev_rerating")
    assert lines[1].startswith("after  c 2.67 d 2.55 e 2.67  mean 2.63")
    readme = (DATASETS_DIR / "chat_blind_v2" / "dev_rerating" / "README.md").read_text(encoding="utf-8")
    assert "| after round 2 (62524e1) | 2.67 | 2.55 | 2.67 | 2.63 |" in readme


def test_the_v3_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v3")
    assert lines[0].startswith("before c 2.58 d 2.12 e 2.12  mean 2.27  ratings 60")
    assert lines[1].startswith("after  c 2.58 d 2.10 e 2.12  mean 2.27  ratings 60")
    assert lines[2] == "per question: up 2, down 2, same 16"
    readme = (DATASETS_DIR / "chat_blind_v3" / "README.md").read_text(encoding="utf-8")
    assert "| after (3555858) | 2.58 | 2.10 | 2.12 | 2.27 |" in readme


def test_the_v4_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v4")
    assert lines[0].startswith("before c 2.32 d 2.08 e 1.75  mean 2.05  ratings 60")
    assert lines[1].startswith("after  c 2.32 d 2.10 e 1.82  mean 2.08  ratings 60")
    assert lines[2] == "per question: up 1, down 1, same 18"
    readme = (DATASETS_DIR / "chat_blind_v4" / "README.md").read_text(encoding="utf-8")
    assert "| after (a3b48b0) | 2.32 | 2.10 | 1.82 | 2.08 |" in readme


def test_the_v5_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v5")
    assert lines[0].startswith("before c 2.23 d 1.95 e 1.82  mean 2.00  ratings 60")
    assert lines[1].startswith("after  c 2.30 d 2.07 e 2.00  mean 2.12  ratings 60")
    assert lines[2] == "per question: up 5, down 0, same 15"
    readme = (DATASETS_DIR / "chat_blind_v5" / "README.md").read_text(encoding="utf-8")
    assert "| after (cd04f25) | 2.30 | 2.07 | 2.00 | 2.12 |" in readme


def test_the_v6_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v6")
    assert lines[0].startswith("before c 2.23 d 1.93 e 2.10  mean 2.09  ratings 60")
    assert lines[1].startswith("after  c 2.32 d 2.03 e 2.15  mean 2.17  ratings 60")
    assert lines[2] == "per question: up 3, down 0, same 17"
    readme = (DATASETS_DIR / "chat_blind_v6" / "README.md").read_text(encoding="utf-8")
    assert "| after (511942d) | 2.32 | 2.03 | 2.15 | 2.17 |" in readme


def test_the_v7_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v7")
    assert lines[0].startswith("before c 2.10 d 1.80 e 2.08  mean 1.99  ratings 60")
    assert lines[1].startswith("after  c 2.05 d 1.77 e 2.02  mean 1.94  ratings 60")
    assert lines[2] == "per question: up 1, down 1, same 18"
    readme = (DATASETS_DIR / "chat_blind_v7" / "README.md").read_text(encoding="utf-8")
    assert "| after (59b90f4) | 2.05 | 1.77 | 2.02 | 1.94 |" in readme


def test_the_v8_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v8")
    assert lines[0].startswith("before c 2.20 d 1.98 e 1.83  mean 2.01  ratings 60")
    assert lines[1].startswith("after  c 2.28 d 2.05 e 2.00  mean 2.11  ratings 60")
    assert lines[2] == "per question: up 2, down 0, same 18"
    readme = (DATASETS_DIR / "chat_blind_v8" / "README.md").read_text(encoding="utf-8")
    assert "| after (790be12) | 2.28 | 2.05 | 2.00 | 2.11 |" in readme


def test_the_v9_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v9")
    assert lines[0].startswith("before c 2.17 d 1.92 e 1.95  mean 2.01  ratings 60")
    assert lines[1].startswith("after  c 2.17 d 1.92 e 1.95  mean 2.01  ratings 60")
    assert lines[2] == "per question: up 0, down 0, same 20"
    readme = (DATASETS_DIR / "chat_blind_v9" / "README.md").read_text(encoding="utf-8")
    assert "| after (c28f12e) | 2.17 | 1.92 | 1.95 | 2.01 |" in readme


def test_the_v10_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v10")
    assert lines[0].startswith("before c 2.25 d 1.92 e 1.92  mean 2.03  ratings 60")
    assert lines[1].startswith("after  c 2.27 d 2.02 e 1.92  mean 2.07  ratings 60")
    assert lines[2] == "per question: up 2, down 0, same 18"
    readme = (DATASETS_DIR / "chat_blind_v10" / "README.md").read_text(encoding="utf-8")
    assert "| after (0561980) | 2.27 | 2.02 | 1.92 | 2.07 |" in readme


def test_the_v11_table_matches_its_readme() -> None:
    lines = summary(DATASETS_DIR / "chat_blind_v11")
    assert lines[0].startswith("after  c 2.32 d 1.95 e 1.95  mean 2.07  ratings 60")
    assert lines[-1].startswith("alpha c 0.92 d 0.96 e 0.90")
    readme = (DATASETS_DIR / "chat_blind_v11" / "README.md").read_text(encoding="utf-8")
    assert "| session start (30c260d = fc8d86b) | 2.32 | 1.95 | 1.95 | 2.07 |" in readme
