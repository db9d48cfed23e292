"""Surface truth: a plan speaks the partner's name (never a title alone, never "your partner" when the file names them
under its own title line), prints no empty slot ("by None"), quotes the sentence and not the CSV row, table row,
chat timestamp or markdown it came from, and claims shared history only when the notes show one (a predecessor's
handover is not "we have worked together a while")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.quote_clean import clean_quote, clean_quotes
from assistant.planning.render import plan_markdown
from assistant.planning.spoken_guard import repair_spoken, spoken_fault
from assistant.schema import Plan
from assistant.settings import Settings
from assistant.text.honorifics import given
from assistant.text.prose import first_name
from tests.plan_training_helpers import STATEMENT, TODAY, parsed, plan_all, top

HANDOVER_PURPOSE = "first meeting as new CIO; bring the support-contract comparison"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["534", "535", "536", "537", "538"], Path(tmp_path_factory.mktemp("surface17")))


@pytest.fixture(scope="module")
def handover(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    engine = build_engine(Settings(data_dir=Path(tmp_path_factory.mktemp("surface17h"))), None)
    p = parsed("537")
    return engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner),
                                 HANDOVER_PURPOSE, STATEMENT, [], TODAY))


def _body(plan: Plan) -> str:
    """The rendered plan without its headings and source lines (the title may carry the full name with its title)."""
    lines = plan_markdown(plan).split("\n")
    return "\n".join(line for line in lines if not line.startswith(("#", "*Sources")))


@pytest.mark.parametrize(("name", "first"), [
    ("Ing. Rafael Soto", "Rafael"), ("Prof. dr. ir. Maaike Jansen", "Maaike"), ("Dott.ssa Chiara Bassi", "Chiara"),
    ("Dr.-Ing. Uwe Brandt", "Uwe"), ("Dr. med. Sabine Kurz", "Sabine"), ("Lic. Rocío Paredes", "Rocío"),
    ("Mag. Veronika Aigner", "Veronika"), ("Sra. Inés Llorente", "Inés"), ("Tom Hale, MBA", "Tom"),
])
def test_titles_in_several_languages_are_never_the_first_name(name: str, first: str) -> None:
    assert first_name(name) == first


def test_a_title_alone_is_no_name() -> None:
    assert given("Ing.") is None and given("Prof. Dr.") is None
    assert first_name("Ing.") == "your partner"


def test_a_titled_partner_is_spoken_by_first_name(plans: dict[str, Plan]) -> None:
    body = _body(plans["534"])
    assert "Tomás" in top(plans["534"])
    assert not re.search(r"\bIng\.?(?!\w)", body), body


def test_the_partner_line_under_a_file_title_names_the_partner(plans: dict[str, Plan]) -> None:
    assert parsed("535").partner == "Dr. Lena Vogt"
    body = _body(plans["535"])
    assert "your partner" not in body and "Lena" in top(plans["535"]), body


def test_a_subject_line_with_title_role_and_organisation_names_the_partner(plans: dict[str, Plan]) -> None:
    assert parsed("538").partner == "Mag. Petra Lindner"
    body = _body(plans["538"])
    assert "your partner" not in body and "Mag." not in body and "Petra" in top(plans["538"]), body


def test_a_quoted_csv_header_makes_one_dated_entry_a_row() -> None:
    notes = parsed("534").notes
    assert sum(1 for n in notes if n.date) >= 6
    assert not any('","' in n.text for n in notes)


@pytest.mark.parametrize("prefix", ["534", "535", "536", "537", "538"])
def test_no_row_timestamp_markdown_or_empty_slot_reaches_the_plan(plans: dict[str, Plan], prefix: str) -> None:
    body = _body(plans[prefix])
    for mark in ('","', "**", "[x]", "[ ]", "“>", "“-", "| ", "[09:", "[16:", "[11:", "[08:", "None", "null"):
        assert mark not in body, (mark, body)


def test_a_handover_is_not_called_a_long_relationship(handover: Plan) -> None:
    text = _body(handover)
    assert "worked together" not in text
    assert "predecessor" in " ".join(handover.script)


def test_the_quote_cleaner_keeps_the_sentence_of_a_row() -> None:
    row = '"12/03/2026","call","backups","She asked for the restore test report by 20 March."'
    assert clean_quote(row) == "She asked for the restore test report by 20 March."
    assert clean_quote("| 04.05.2026 | Renewal | Ola Berg | Wants the licence count per site before May |") == \
        "Wants the licence count per site before May"
    assert clean_quote("[10:42] @mkovac: we need the numbers by Friday") == "we need the numbers by Friday"
    assert clean_quotes("Noted: “- [x] **Done:** router swap finished 2 June”.") == "Noted: “Done: router swap finished 2 June”."
    assert clean_quotes("You said: “I need the number, plain and simple.”") == "You said: “I need the number, plain and simple.”"


def test_an_empty_slot_is_left_out_or_the_line_goes() -> None:
    assert repair_spoken("Send what we have by then: CIO, by None.") == "Send what we have by then: CIO."
    assert spoken_fault("We meet on None to agree it.")
    assert not spoken_fault("None of the outages were ours.")


def test_no_name_is_never_spoken_to_as_your_partner() -> None:
    assert repair_spoken("your partner, you want to cut the licences.") == "You want to cut the licences."
    assert repair_spoken("1. Your partner, you asked for it.") == "1. You asked for it."


def test_an_open_item_with_no_words_is_left_out() -> None:
    from assistant.planning.plan_sweep import _hollow

    assert _hollow("Noted recently") and _hollow("Noted on 3 May (a third party's, not ours)")
    assert not _hollow("Noted on 3 May: “She asked for the cost per site.”")


def test_a_possessive_apostrophe_stays_and_a_cut_speech_mark_goes() -> None:
    assert clean_quote("add the UK customers' order data") == "add the UK customers' order data"
    assert clean_quote("All I need from IT.' Asked about the network.") == "All I need from IT. Asked about the network."
