"""Chat answers, round 34 (evals/datasets/chat_dev_round21.yaml): a miss the notes never tie to us (the partner's remark
about her own staff or process, a stance on late projects in general) is never owned as a delay of ours, while a slip the
notes do tie to us still is; and the partner's name is read from a header with the organisation after the job title and
from a CRM export's first row, so no answer falls back to "your partner"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round21.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 10 <= len(QUESTIONS) <= 20
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)


def test_partner_header_with_a_long_organisation_after_the_role() -> None:
    from assistant.text.headers import partner_header

    head = partner_header(["Notes on Prof. Hana Novak, Dean of Medicine — University of the Upper Valley, Brno", "", "Hana asked."])
    assert (head.name, head.role) == ("Prof. Hana Novak", "Dean of Medicine")


def test_partner_named_in_a_crm_rows_notes_field() -> None:
    from assistant.text.notes_format import parse_notes_text

    row = ("Activity type: Call | Date: 2027-02-09 | Subject: Review | Notes: Beatriz Salgado, Plant Manager, Fábrica Lusa de Papel "
           "(Aveiro). Availability fine all quarter, and she thanked the night support rota for the fast answers.")
    assert parse_notes_text(row + "\n").partner == "Beatriz Salgado"
