"""Session 28 (rubric d): a last gate over every partner-specific sentence. An export's markup (table pipes, braces,
YAML keys, an issue tracker's header) is never said; a line said to the partner speaks to them as "you"; a keep-out
line names a topic the CIO can find, or is left out; what the plan checks removed stays in `notices`, out of the
CIO's text. Training partners 1003-1008 (tests/data/plan_training) were written for this; the unit cases use notes
written here."""

from __future__ import annotations

import datetime as dt

import pytest
from plan_training_helpers import plan_all, plan_cases

from assistant.planning.markup_debris import cut_dump, markup, table_cells
from assistant.planning.plan_sweep import sweep_plan
from assistant.planning.render import plan_markdown
from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Situation
from assistant.planning.to_their_face import to_their_face
from assistant.schema import FollowUp, OpenItem, Plan, PlanSection
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 12, 5)
NOTES = """Partner: Greta Halloran, Head of Field Service

Call notes, 18 November 2026
Greta asked for a parts-availability view for her engineers before the winter peak.
She offered to co-chair the service data council with me from January.
"""
NAMES = frozenset({"greta", "halloran"})


def _situation() -> Situation:
    notes = parse_notes_text(NOTES)
    return build_situation(notes.notes, notes.partner, None, TODAY)


# -- markup from an export ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Raised (2026-10-20): | She wants the allocation cut by 15% | JA to send a breakdown |",
    "Root cause (“{what: phase 1 live, owner: ops, due: 2026-07-10…”): Delivery lead, by 21 January.",
    "Noted: what: go-live, owner: ops lead, due: 3 May.",
    "The notes behind this: “Omar Haddad added a comment - 03/Feb/25 2:15 PM The backup job overran.”",
    "Status: Won't Do.",
])
def test_an_exports_markup_is_never_said(line: str) -> None:
    assert markup(line)


@pytest.mark.parametrize("line", [
    "Greta reads as partner (dependence BT, competence proven; 50% confidence).",
    "She said, calmly: “No idea yet, check with me after Easter.”",
    "Before the meeting: confirm who owns our answer, and their date.",
])
def test_plain_lines_carry_no_markup(line: str) -> None:
    assert not markup(line)


def test_a_table_row_or_a_dump_is_said_as_words() -> None:
    assert table_cells("| Priced plan for moving email in-house | CTO | 14 Aug 2026 |") == "Priced plan for moving email in-house (CTO, 14 Aug 2026)"
    assert cut_dump("Seen lately: “She wanted the timeline, naturally:)', 'reactions': [,]}”") == "Seen lately: “She wanted the timeline, naturally…”"
    assert cut_dump("{what: x}") == ""


def test_the_sweep_drops_markup_and_keeps_the_open_item_in_words() -> None:
    row = "| Parts-availability view for the engineers | CIO / field IT | 11 Dec 2026 |"
    plan = Plan(partner="Greta Halloran", one_thing="Answer Greta's parts-view ask.", open_items=[
        OpenItem(kind="promise", owner="us", status="open", text=f"Noted as our action: “{row}”", quote=row)], sections=[
        PlanSection(key="objections", title="Likely objections and answers",
                    text="Raised (2026-11-18): | She wants the view by team | JA to send the extract | Take them at their word.")],
        followups=[FollowUp(what="Root cause (“{what: phase 1 live, owner: ops…”)", owner="CIO", due="2026-12-11")])
    swept, changes = sweep_plan(plan, _situation(), TODAY)
    assert swept.open_items and "|" not in swept.open_items[0].text
    assert "Parts-availability view for the engineers" in swept.open_items[0].text
    assert "|" not in plan_markdown(swept) and "{" not in plan_markdown(swept)
    assert not swept.followups and any("data dump" in c for c in changes)


# -- said to the partner ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("line", "said"), [
    ("Yes to Greta's offer to co-chair the service data council.", "Yes to your offer to co-chair the service data council."),
    ("Yes to Greta Halloran's offer to co-chair.", "Yes to your offer to co-chair."),
    ("On the parts view she can plan around, my answer is here today.", "On the parts view you can plan around, my answer is here today."),
    ("What does your team need from her first?", "What does your team need from you first?"),
    ("Greta, judge it today. Greta, hold me to Greta's date.", "Greta, judge it today. Greta, hold me to your date."),  # vocatives stay
])
def test_a_line_said_to_the_partner_speaks_to_them(line: str, said: str) -> None:
    assert to_their_face(line, NAMES, "she") == said


@pytest.mark.parametrize("line", [
    "Greta, in your words: “I want the parts on the van.” Judge what I bring today against them.",  # a vocative stays
    "Ask Priya whether she can join; you decide.",  # another person named: her pronoun is hers
    "You said: “Greta's team is stretched.”",  # their own words, as said
    "He owns the roster; ask when it lands.",  # a pronoun of the other kind is someone else's
])
def test_a_vocative_their_words_and_other_people_stay(line: str) -> None:
    assert to_their_face(line, NAMES, "she") == line


def test_the_sweep_turns_the_script_and_questions_to_you() -> None:
    plan = Plan(partner="Greta Halloran", one_thing="Answer Greta's offer to co-chair the data council.",
                script=["Yes to Greta's offer to co-chair the service data council."],
                sections=[PlanSection(key="questions", title="Questions to ask", text="1. What would Greta's engineers need first?")])
    swept, _ = sweep_plan(plan, _situation(), TODAY)
    assert swept.script == ["Yes to your offer to co-chair the service data council."]
    assert "What would your engineers need first?" in swept.sections[0].text
    assert swept.one_thing.startswith("Answer Greta's")  # the CIO's own line names her


# -- the CIO's text holds no method notes -----------------------------------------------------------------------------
def test_what_the_checks_removed_is_no_part_of_the_cios_text() -> None:
    plan = Plan(partner="Greta Halloran", one_thing="Answer Greta's ask.", notices=["Plan checks removed: script: removed an avoid-topic."])
    assert "plan checks" not in plan_markdown(plan).lower()


# -- training partners ------------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    out = plan_all(["1003", "1004", "1005", "1007", "1008"], tmp_path_factory.mktemp("sayable28"))
    offer = "Accept Philippa's offer of a co-chair seat on the operations data council and agree the first agenda she can take to the board."
    out.update(plan_cases({"1006": (offer, TODAY)}, tmp_path_factory.mktemp("sayable28b")))
    return out


def _said(plan: Plan) -> str:
    return "\n".join([plan_markdown(plan), *(f.what for f in plan.followups)])


def test_no_training_plan_says_an_exports_markup(plans: dict[str, Plan]) -> None:
    for prefix in ("1003", "1004", "1005"):
        text = _said(plans[prefix])
        assert not any(markup(line) for line in text.splitlines()), text


def test_the_offer_is_answered_to_her_face(plans: dict[str, Plan]) -> None:
    for line in plans["1006"].script:
        assert "Philippa's" not in line and " she can " not in line, line


def test_a_keep_out_line_names_what_the_cio_can_find(plans: dict[str, Plan]) -> None:
    for prefix in ("1007", "1008"):
        for a in plans[prefix].avoid:
            assert "the matter in an undated note" not in a.topic and "raised on an undated" not in a.topic, a.topic


def test_the_person_a_promise_goes_to_is_no_part_of_the_thing() -> None:
    from types import SimpleNamespace

    from assistant.planning.promise_lines import thing_of
    item = SimpleNamespace(complement="Marek a list of stoppage codes per shift, by 9 Jan.")
    assert thing_of(item) == "the list of stoppage codes per shift"  # type: ignore[arg-type]  # never "the marek a ..."


def test_a_quote_that_opens_on_a_table_cell_keeps_its_words() -> None:
    plan = Plan(partner="Greta Halloran", one_thing="Answer Greta's parts-view ask.", sections=[
        PlanSection(key="stand", title="Where the partner stands",
                    text="The notes behind this, latest first: “| Van stock counts went live on the 4th.” (2026-11-10); “Jams since: none.” (2026-11-10).")])
    swept, _ = sweep_plan(plan, _situation(), TODAY)
    assert "“Van stock counts went live on the 4th.”" in swept.sections[0].text and "|" not in swept.sections[0].text
