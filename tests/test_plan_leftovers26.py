"""Template leftovers and broken sentences (training partners 921-925): the partner's name read from a title block, a
chat title or a wiki page when no header shape names them; no "your partner" in a line the CIO reads; a quote put in
"A proposal for “…”" only when it is a thing, never a sentence; a line with a leftover label, a quote left open, a chat
handle inside it or a promise without its object is dropped by the last pass."""

from __future__ import annotations

import pytest

from assistant.planning.leftovers import leftover
from assistant.planning.plan_sweep import Sweep
from assistant.planning.proposal_fill import proposal_fits
from assistant.planning.render import plan_main_view, plan_markdown
from assistant.planning.situation import build_situation
from assistant.planning.stand_in import said_with_pronoun
from assistant.schema import Plan
from assistant.text.given_names import given_name
from tests.plan_training_helpers import TODAY, parsed, plan_all


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(["921", "923"], tmp_path_factory.mktemp("leftovers26"))


def said(plan: Plan) -> str:
    return "\n".join([plan_markdown(plan), *(f.what for f in plan.followups)])


@pytest.mark.parametrize(("prefix", "name"), [("921", "Rosalind Achterberg"), ("922", "Ingeborg Halvorsen"), ("925", "Oyelaran Adebayo-Cole")])
def test_the_partner_is_read_below_a_title_from_a_chat_title_or_a_wiki_title(prefix: str, name: str) -> None:
    assert parsed(prefix).partner == name


def test_a_title_block_gives_the_partner_and_their_role_never_the_cio_or_the_boss() -> None:
    assert parsed("921").role == "Director of Estates and Facilities"
    assert parsed("925").partner != "Marguerite Lindqvist"


def test_a_file_that_names_no_one_reads_no_name() -> None:
    assert parsed("923").partner is None


def test_no_plan_line_says_your_partner(plans: dict[str, Plan]) -> None:
    for prefix in ("921", "923"):
        text = said(plans[prefix])
        assert "your partner" not in text.lower(), text
    assert "Rosalind" in plan_main_view(plans["921"])
    assert plan_main_view(plans["923"]).startswith("# Plan — ")


@pytest.mark.parametrize("fill", ["a clean interface instead, your security team had a point", "the portal, it's been slow all year",
                                  "a date we can plan around, they're waiting"])
def test_a_quoted_sentence_is_never_put_in_a_proposal_slot(fill: str) -> None:
    p = parsed("924")
    sit = build_situation(p.notes, p.partner, [], TODAY)
    assert not proposal_fits(fill, sit)
    assert proposal_fits("a clean interface for the claims form", sit)
    assert proposal_fits("an intake form that my team in the field can use", sit)  # a relative clause: still a thing


@pytest.mark.parametrize("line", [
    "What your partner wants, as noted (2 June).",
    "She wanted the price, naturally:) ana.r: Let's meet on 7 Jan then.",
    "Answer what Ana asked: “by Friday, and the list.",
    "Recently we agreed for 11 December. Did it reach you, and was it what you needed?",
])
def test_the_last_pass_names_a_leftover(line: str) -> None:
    assert leftover(line)


@pytest.mark.parametrize("line", [
    "Ana, we agreed “the licence list” for 11 December.",
    "You said: “I want the screens fixed by 3:30 on Friday.”",
    "Ask how your team sees the rollout (one question, then listen).",
    "Bring Ana what we promised on 6 October, due 27 November, or say plainly where it stands.",
])
def test_a_whole_line_is_no_leftover(line: str) -> None:
    assert leftover(line) == ""


def test_the_heading_names_no_stand_in(plans: dict[str, Plan]) -> None:
    assert "# Plan: partner" not in plan_main_view(plans["923"])


@pytest.mark.parametrize(("line", "said"), [
    ("Answer what your partner asked on 20 November.", "Answer what she asked on 20 November."),
    ("Aim: move your partner from T to I.", "Aim: move her from T to I."),
    ("Ruud (your partner's deputy) wants it. your partner reads as utility.", "Ruud (her deputy) wants it. She reads as utility."),
])
def test_no_name_in_the_notes_the_stand_in_is_said_as_their_pronoun(line: str, said: str) -> None:
    assert said_with_pronoun(line, "she") == said
    assert said_with_pronoun(line, "") == line  # no pronoun given: the line is left for the caller


def test_without_a_pronoun_in_the_notes_the_stand_in_is_they_with_its_verb() -> None:
    line = "your partner reads as utility. Sign it moved: your partner uses our answer, or asks for more; your partner's date."
    assert said_with_pronoun(line, "they") == "They read as utility. Sign it moved: they use our answer, or ask for more; their date."


def test_a_script_line_whose_promise_lost_its_object_goes_whole() -> None:
    p = parsed("921")
    sweep = Sweep(build_situation(p.notes, p.partner, [], TODAY), TODAY, partner=p.partner)
    line = "Recently we agreed “—” for 11 December. Did it reach you, and was it what you needed?"
    assert sweep.text(line, "script", whole=True) == ""


def test_a_name_written_family_name_first_is_said_as_the_notes_say_it() -> None:
    assert given_name("Lim Mei Hua", "Lunch with the team. Mei Hua asked for the rota.") == "Mei Hua"
    assert given_name("Lim Mei Hua", "Lim said yes. Mei Hua asked for the rota.") == "Lim"
    assert given_name("Ana Sofia Lopes", "Ana Sofia said it twice.") == "Ana Sofia"
