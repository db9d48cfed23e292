"""Issue #20, round 13, on new training partners 195-197: the CIO's own notes are never the partner's words.

A sentence in the CIO's voice that is a guess or opinion ("my take", "I suspect"), a forecast of what the partner will do
if we fail ("if we are slow ... she'll hand it to ..."), an observation of absence ("he has never mentioned ..."), a worry
or a plan ("I'd like to show her ...") is never the partner's ask, offer or quotation, in bullets, a third-person diary
(even on the lines after a "Name: ..." turn), an e-mail thread or a transcript. A real ask the CIO records in their own
voice ("She asked for ... by Friday") stays the partner's ask.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all

from assistant.planning.note_reading import Partner, cio_voice, partner_said
from assistant.planning.situation import build_situation
from assistant.schema import Plan

NEW = ["195", "196", "197"]
# The CIO's own sentences in each partner's notes (their telling words): never theirs.
CIO_OWN = {
    "195": ["my take", "she'll hand the analytics", "never asked about the tide", "show her the vessel", "I suspect", "I think she trusts"],
    "196": ["never once mentioned", "go straight to the finance director", "Worth showing him", "My guess is", "I worry he will"],
    "197": ["My read afterwards", "has not asked about the digitisation", "I plan to show her"],
}
# The real asks, recorded in the CIO's voice or in the partner's own words: still theirs.
ASKS = {
    "195": ["crane downtime report", "gate queue figures"],
    "196": ["fuel card import", "tyre spend by vehicle"],
    "197": ["loan records with missing insurance"],
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(NEW, Path(tmp_path_factory.mktemp("cio-voice10")))


def test_three_new_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("03/11/2026 - quay walk", "2026-11-26 diary", "Bartholomew: The fuel card", "From: Cordelia Vance", "CIO: We'll have"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


def test_the_cios_voice_is_told_apart_from_a_real_ask_in_any_wording() -> None:
    from assistant.planning.note_reading import cio_voice

    ours = [
        "if we are late with the rota again he'll take it to the COO.",
        "She'll move the contract to an outside firm if we slip in January.",
        "My hunch: he sees us as the helpdesk.",
        "- I reckon she will want the numbers by region too",
        "Imani hasn't once asked about the sensor feed.",
        "They have never raised the licence cost with me.",
        "I'd love to get him in front of the new scheduling tool.",
        "Worth offering her a pilot site in the spring.",
        "I'm worried she thinks the delay was ours.",
    ]
    theirs = [
        "She asked for the gate queue figures by Friday.",
        "Imani asked us to split the report by region before 9 January.",
        "He would like a cost per site by the end of the month, and I think we can do it.",
        "She said if we are late again she will go to the board.",
        "If we find the desk space, she will co-fund an analyst.",
        "They offered to lend us two planners for the cut-over.",
    ]
    assert [s for s in ours if not cio_voice(s)] == []
    assert [s for s in theirs if cio_voice(s)] == []


def test_no_ask_offer_goal_or_partner_line_is_built_on_the_cios_own_sentences() -> None:
    for prefix in NEW:
        p = parsed(prefix)
        sit = build_situation(p.notes, p.partner, [], TODAY)
        partner = Partner.from_name(p.partner)
        theirs = [i.quote for i in sit.items if i.owner == "partner"] + [g.quote for g in sit.goals]
        said = [s.text for s in sit.sentences if partner_said(s, partner)]
        for words in CIO_OWN[prefix]:
            assert not [q for q in theirs if words in q], (prefix, words, theirs)
            assert not [q for q in said if words in q], (prefix, words, said)
        asked = " ".join(i.quote for i in sit.items if i.kind == "request" and i.owner == "partner")
        assert all(ask in asked for ask in ASKS[prefix]), (prefix, asked)


def test_a_labelled_turn_ends_where_the_cios_aside_begins() -> None:
    p = parsed("196")
    sit = build_situation(p.notes, p.partner, [], TODAY)
    speakers = {s.text.split()[0] + " " + s.text.split()[1]: s.speaker for s in sit.sentences}
    assert speakers["Can we"] == "partner"  # the line under her label stays hers
    assert speakers["My guess"] == "narrator" and speakers["I worry"] == "narrator"


def test_plans_never_quote_the_cios_own_sentences_as_the_partners(plans: dict[str, Plan]) -> None:
    for prefix, plan in plans.items():
        # where the plan speaks for the partner (the stand may cite a note of ours as evidence for its reading)
        spoken = [s.text for s in plan.sections if s.key in ("objections", "questions", "value", "competence")]
        told = " ".join([plan.one_thing, *plan.script, *(o.text for o in plan.open_items), *spoken])
        quoted = " ".join(re.findall(r"“([^”]+)”", told))
        for words in CIO_OWN[prefix]:
            assert words.lower() not in quoted.lower(), (prefix, words)
        assert any(ask.split()[0] in told for ask in ASKS[prefix]), prefix


def test_the_partners_quoted_words_inside_our_note_stay_theirs() -> None:
    from assistant.planning.note_reading import cio_voice

    assert not cio_voice('Ines on a call: "I think your team saved the launch, and I have told the agency so."')
    assert cio_voice('I think she meant it when she said "never again".')


@pytest.mark.parametrize("sentence", [
    "I don't think he has ever asked what the shipment data could tell him about late fees.",
    "First time he's asked for numbers rather than laptops - worth watching.",
    "Her new deputy is sharp, worth watching.",
])
def test_more_of_the_cios_own_asides(sentence: str) -> None:
    assert cio_voice(sentence)


@pytest.mark.parametrize("sentence", [
    "Worth watching: she asked for the forecast by Friday.",
    "First time in a year the depot ran without paper.",
    "She said: \"I don't think the portal is worth it.\"",
])
def test_asks_and_quotes_beside_those_words_stay_theirs(sentence: str) -> None:
    assert not cio_voice(sentence)


def test_an_undated_ask_is_asked_recently_never_on_recently(tmp_path: Path) -> None:
    from assistant.factory import build_engine
    from assistant.planning.planner import PlanInput
    from assistant.planning.render import plan_markdown
    from assistant.settings import Settings
    from assistant.text.notes_format import parse_notes_text

    notes = parse_notes_text("Partner: Sam Okafor, Head of Claims\n\n- Asked whether we could send the claims backlog figures every"
                             " Monday.\n- Wants a cost-per-claim number for IT.\n")  # no date anywhere
    engine = build_engine(Settings(data_dir=tmp_path), None)
    plan = engine.plan(PlanInput(notes.partner, notes.role, None, notes.notes, engine.assess(notes.notes, partner=notes.partner),
                                 "budget review", "", [], TODAY))
    text = plan_markdown(plan)
    assert "cost-per-claim" in text and "on recently" not in text, text


def test_an_ask_put_as_whether_we_could_stays_theirs() -> None:
    assert not cio_voice("Omar asked whether we could show his planners the yard map by 3 March.")
    assert not cio_voice("She asked if we could bring the pilot forward.")
    assert cio_voice("We could show him the yard map next month.")
