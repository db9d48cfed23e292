"""Team consistency check, with the real offline embedder."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.value_statement.consistency import (
    ConsistencyReport,
    StaffAnswerIn,
    build_report,
    load_answers_csv,
    render_markdown,
)

STATEMENT = "Technology helps us ship every customer order on time and know each customer better."

PARAPHRASES = [
    "Technology helps us ship customer orders on time.",
    "Our technology makes sure customer orders go out on time.",
    "With technology we deliver customers' orders on schedule.",
    "Technology lets us get orders to customers on time.",
    "We use technology so that customer orders ship when promised.",
    "Technology is how we ship our customers' orders on time.",
    "Thanks to technology, every customer order leaves on time.",
    "Technology keeps customer orders shipping on time.",
]
SCATTERED = [
    "Keeping the network and email running so nobody notices.",
    "Helping the business make decisions with better data.",
    "Protecting the company from cyber attacks.",
    "Reducing cost through automation of manual work.",
    "Giving shoppers a great mobile app experience.",
    "Making sure laptops and phones work for every employee.",
    "Supporting the ERP system and closing tickets fast.",
    "Driving innovation and new digital products for growth.",
]


@pytest.fixture(scope="module")
def embed():
    from assistant.retrieval.embeddings import shared_embedder

    return shared_embedder().embed


def answers(texts: list[str]) -> list[StaffAnswerIn]:
    return [StaffAnswerIn(answer=t) for t in texts]


def test_paraphrases_score_far_above_scattered_answers(embed) -> None:
    shared = build_report(answers(PARAPHRASES), STATEMENT, embed=embed)
    scattered = build_report(answers(SCATTERED), STATEMENT, embed=embed)
    assert shared.consistency_score is not None and scattered.consistency_score is not None
    assert shared.consistency_score >= scattered.consistency_score + 25
    assert shared.consistency_band == "shared"
    assert scattered.consistency_band == "scattered"
    assert "0 is what unrelated sentences score" in scattered.explanation
    assert shared.mean_alignment is not None and shared.mean_alignment > 70


def test_duplicates_counted_once_but_kept(embed) -> None:
    texts = SCATTERED[:3] + [SCATTERED[0], "  keeping the network and EMAIL running so nobody notices. "]
    report = build_report(answers(texts), STATEMENT, embed=embed)
    distinct = build_report(answers(SCATTERED[:3]), STATEMENT, embed=embed)
    assert report.answer_count == 5 and report.distinct_count == 3 and report.duplicate_count == 2
    assert report.consistency_score == distinct.consistency_score
    assert [r.duplicate_of for r in report.rows] == [None, None, None, 0, 0]
    assert any("duplicate" in m for m in report.messages)


def test_single_answer_has_no_consistency(embed) -> None:
    report = build_report(answers(PARAPHRASES[:1]), STATEMENT, embed=embed)
    assert report.consistency_score is None and report.consistency_band is None
    assert any("needs at least two answers" in m for m in report.messages)
    assert report.rows[0].alignment is not None


def test_no_answers_is_an_input_error(embed) -> None:
    with pytest.raises(InputError):
        build_report([], STATEMENT, embed=embed)
    with pytest.raises(InputError):
        build_report(answers(["   "]), STATEMENT, embed=embed)


def test_spanish_answer_flagged(embed) -> None:
    texts = PARAPHRASES[:4] + ["Nuestra tecnología ayuda a enviar los pedidos de los clientes a tiempo."]
    report = build_report(answers(texts), STATEMENT, embed=embed)
    assert report.rows[-1].language == "Spanish"
    assert any("not in English" in f for f in report.rows[-1].flags)
    assert all(r.language is None for r in report.rows[:4])


def test_themes_labels_actions_and_flags(embed) -> None:
    texts = PARAPHRASES[:5] + [
        "We keep 99.9% uptime on our servers and close tickets fast.",
        "Uptime of the network and servers, and resolving tickets quickly.",
        "We serve our internal customers with cloud-native microservices.",
    ]
    items = [StaffAnswerIn(answer=t, seconds=20.0 + 30 * i) for i, t in enumerate(texts)]
    report = build_report(items, STATEMENT, embed=embed)
    assert report.themes and all(t.label.strip() for t in report.themes)
    assert sum(t.size for t in report.themes) == len(texts)
    assert all(r.theme for r in report.rows)
    assert report.rows[5].traps and report.rows[7].jargon
    assert report.actions.reinforce and report.actions.retire
    assert 4 <= len(report.actions.discussion_guide) <= 6
    assert report.answer_time is not None and report.answer_time.over_3_min == 2
    assert isinstance(report.to_dict()["rows"][0]["traps"], list)
    markdown = render_markdown(report)
    assert "# Team consistency check" in markdown and "## Discussion guide" in markdown


def test_csv_missing_text_column_names_columns() -> None:
    with pytest.raises(InputError) as err:
        load_answers_csv(b"name,comment\nAna,Orders on time\n")
    assert "'name'" in str(err.value) and "'comment'" in str(err.value) and "answer" in str(err.value)


def test_csv_empty_and_no_answers() -> None:
    with pytest.raises(InputError, match="empty"):
        load_answers_csv(b"")
    with pytest.raises(InputError, match="no answers"):
        load_answers_csv(b"Answer,role\n,dev\n")


def test_csv_too_many_rows_and_too_big() -> None:
    with pytest.raises(InputError, match="5,000"):
        load_answers_csv(b"answer\n" + b"x\n" * 5001)
    with pytest.raises(InputError, match="5 MB"):
        load_answers_csv(b"answer\n" + b"x" * (5 * 1024 * 1024 + 1))


def test_csv_cp1252_and_columns(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    content = "Name;Role;Response;Time\nJosé;Architect;Technology keeps our café orders on time – always;1:30\n"
    path.write_bytes(content.encode("cp1252"))
    loaded = load_answers_csv(path)
    assert loaded == [StaffAnswerIn("Technology keeps our café orders on time – always", "José", "Architect", 90.0)]


def test_csv_utf8_bom() -> None:
    loaded = load_answers_csv("\ufeffAnswer,seconds\nWe ship orders on time,45\n".encode())
    assert loaded[0].answer == "We ship orders on time" and loaded[0].seconds == 45.0


def test_report_type(embed) -> None:
    assert isinstance(build_report(answers(PARAPHRASES[:2]), "", embed=embed), ConsistencyReport)


def test_csv_undecodable() -> None:
    with pytest.raises(InputError, match="could not be read"):
        load_answers_csv(b"answer\n\x81\x8d\x90 \xff\xfe")
