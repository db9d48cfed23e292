"""Every item the purpose names reaches the script (purpose22): an item no typed request, offer or promise carries gets
a line from its newest note (ours to own, a date to fix, an answer given here); our broken promise's line says which
promise the purpose names; the verbs that make the meeting the answer come as whole families; a meeting's lead-in
("check-in with Ann to ...") is no item; no open item or script line is a date lead-in with nothing after it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.planning.lead_lines import note_clause
from assistant.planning.plan_sweep import _date_only, _hollow
from assistant.planning.purpose_anchor import here_items, purpose_items
from assistant.planning.purpose_noted import noted_line, part_of
from assistant.planning.purposes import purpose_for
from assistant.schema import Plan
from tests.plan_training_helpers import plan_cases

CASES = {
    "716": ("Monthly sync before the works council to report rollout status and the overdue supplier contract register", dt.date(2026, 12, 8)),
    "717": ("Catch-up with Leila to agree the scanner quote and set a date for the Harbour Road depot cutover", dt.date(2026, 12, 7)),
    "718": ("Give Oren an answer on the procurement steering group and bring him the licence forecast", dt.date(2026, 12, 4)),
    "719": ("next regular meeting", dt.date(2026, 12, 7)),
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_cases(CASES, Path(tmp_path_factory.mktemp("purpose22")))


def test_our_overdue_item_is_named_in_the_script(plans: dict[str, Plan]) -> None:
    lines = [x for x in plans["716"].script if "contract register" in x]
    assert lines and "ours" in lines[0].lower()


def test_a_date_to_fix_gets_its_line_after_the_lead(plans: dict[str, Plan]) -> None:
    script = plans["717"].script
    at = next(k for k, x in enumerate(script) if "cutover" in x)
    assert at >= 1 and "date" in script[at] and "2 November" in script[at]  # the cutover's own day, not the scanners'


def test_an_answer_the_meeting_gives_is_here(plans: dict[str, Plan]) -> None:
    lines = [x for x in plans["718"].script if "steering group" in x]
    assert lines and "here today" in lines[0]


def test_a_long_note_is_no_bare_date(plans: dict[str, Plan]) -> None:
    texts = [o.text for o in plans["719"].open_items]
    assert texts and not any(_hollow(t) for t in texts)
    assert any("telemetry archive" in t for t in texts)


def test_meeting_lead_in_is_no_item() -> None:
    assert purpose_items("Catch-up with Leila to agree the scanner quote and set a date for the depot cutover") == [
        "the scanner quote", "the depot cutover"]
    assert purpose_items("Weekly call with the board to report the migration status") == ["the migration status"]


@pytest.mark.parametrize("verb", ["Sign off", "Close", "Agree", "Book", "Walk her through", "Finalise", "Lock in", "Approve"])
def test_here_verbs_come_as_families(verb: str) -> None:
    purpose = purpose_for(f"{verb} the kiosk rollout plan")
    assert any("kiosk" in i for i in here_items(purpose))


def test_a_part_with_no_action_gets_no_line() -> None:
    class _S:
        text = "The kiosk rollout keeps slipping."
        speaker = "partner"
        date = dt.date(2026, 11, 2)

    said = "First one-to-one on the kiosk rollout"
    assert part_of(said, "the kiosk rollout")
    assert noted_line("the kiosk rollout", said, [_S()]) == ""  # type: ignore[list-item]
    assert "fix its date" in noted_line("the kiosk rollout", "Set a date for the kiosk rollout", [_S()])  # type: ignore[list-item]
    assert noted_line("the kiosk rollout", "Set a date for the kiosk rollout", []) == ""


def test_date_only_lines_and_clauses() -> None:
    assert _date_only("On 11 January.") and _date_only("Noted on 3 May:") and not _date_only("On 3 May you asked for it.")
    long = ("The depot pilot needs read access to the archive by the 15th of January, and he wants us to do the review so "
            "\"nobody says later that I opened the network\", which he said twice in front of the contractor and his team.")
    assert note_clause(long).startswith("The depot pilot needs read access") and note_clause(long).endswith("…")
