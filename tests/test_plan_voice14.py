"""Round 14 (rubric d): whose words, and text that cannot be said aloud.

Every quoted or re-voiced span passes a sayability check before it stands in a plan (no chat stamps, speaker labels,
e-mail headers, open quotation marks, someone else's pronouns); an ask is the partner's only when the reader gives it
to the partner (never a deputy's e-mail, never the CIO's note to self); a keep-out remark is no evidence; the partner
is addressed by the full given name the notes use. Training partners 366-370 were written for this.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from plan_training_helpers import plan_all

from assistant.planning.plan_sweep import sweep_plan
from assistant.planning.render import plan_markdown
from assistant.planning.sayable import repair_labels, unsayable
from assistant.planning.situation import build_situation
from assistant.schema import Plan, PlanSection
from assistant.text.given_names import given_name
from assistant.text.notes_format import parse_notes_text
from assistant.text.sentences import sentence_spans

TODAY = dt.date(2026, 12, 5)


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(["366", "367", "368", "369", "370"], tmp_path_factory.mktemp("plan-voice14"))


def _asks(plan: Plan) -> list[str]:
    return [i.quote or i.text for i in plan.open_items if i.owner == "partner"]


def test_no_chat_stamp_or_label_in_any_plan(plans: dict[str, Plan]) -> None:
    for key, plan in plans.items():
        text = plan_markdown(plan)
        assert not re.search(r"\[\d{1,2}:\d{2}\]", text), key
        assert "Echeverría:" not in text and "Sent:" not in text and "Subject:" not in text, key


def test_compound_given_name_kept_whole(plans: dict[str, Plan]) -> None:
    text = plan_markdown(plans["367"])
    assert "Ana Sofia" in text
    assert not re.search(r"\bAna\b(?! Sofia)", text)


def test_a_deputys_email_is_not_the_partners_ask(plans: dict[str, Plan]) -> None:
    plan = plans["368"]
    assert not any("asked me to check" in q for q in _asks(plan))
    assert "asked me to check" not in plan_markdown(plan)  # nor evidence of her view
    assert "asked on 18 November" not in " ".join(plan.script)


def test_a_note_to_self_is_not_the_partners_ask(plans: dict[str, Plan]) -> None:
    plan = plans["369"]
    assert not any("first time she" in q for q in _asks(plan))
    assert "first time she" not in plan_markdown(plan)


def test_a_keep_out_remark_is_no_evidence(plans: dict[str, Plan]) -> None:
    stand = next(s.text for s in plans["368"].sections if s.key == "stand")
    assert "never care about data" not in stand and "Keep out" not in stand


@pytest.mark.parametrize("line", [
    "Proof to build on, noted on 23 November: “Sent: Monday, 23 November 2026 19:41”",
    "Luis, you want me to 38 minutes, good job [07:51] Luis Ortega: me people are quick.",
    "Priya, as you put it, she offered: “Come to my offsite, whatever me think they should hear”.",
    "In Sam's words (3 May): “fine [09:12] Sam Reyes: send it over”.",
    "What Sam wants, as noted (3 March): “under 6) and first-call resolution”.",
    "Write to her at sam.reyes@example.com before Friday.",
    "----- Friday 24 April 2026 -----",
    "Dana, you want on-time departures at 81% and wants 90 by June.",
    "Luis, you want claims paid in 20 days and leakage he estimates at 6%.",
])
def test_unsayable_lines(line: str) -> None:
    assert unsayable(line)


@pytest.mark.parametrize("line", [
    "Let me think about it with you before the board.",
    "Dependence T: the basics that must run.",
    "On 3 March you said: “I don't need screens, I need the lines running.”",
    "Aim: move Sam from T to I.",
    "You said she wants it by Friday, so I brought it.",
    "She listed two things: a) the cost; b) the date.",
    "You'll have the quote by 15 December, with one owner (Ravi).",
])
def test_sayable_lines(line: str) -> None:
    assert unsayable(line) == ""


def test_partners_own_chat_label_cut_from_a_quotation() -> None:
    assert repair_labels("Raised (2026-07-15): “[12:31] Sam Reyes: btw the board asked me why.”", "Sam Reyes Cruz") == "Raised (2026-07-15): “btw the board asked me why.”"
    assert repair_labels("In her words: “Sam: \"Good, it works.\"”", "Sam Reyes") == "In her words: “Good, it works.”"
    assert repair_labels("You asked: “1) The pilot ends in May. I want a date.”", "Sam Reyes") == "You asked: “The pilot ends in May. I want a date.”"
    assert repair_labels("Raised: “00:18:40 Sam Reyes: And I will be honest.”", "Sam Reyes") == "Raised: “And I will be honest.”"
    kept = "Raised: “[12:31] Dana Wu: not mine”"
    assert repair_labels(kept, "Sam Reyes") == kept  # someone else's label: the line stays and the check drops it


def test_given_name_from_the_notes() -> None:
    assert given_name("Ana Sofia Brandão", "Page: Ana Sofia\nAna Sofia said yes.") == "Ana Sofia"
    assert given_name("Luis Ortega Ruiz", "Luis Ortega: hi\nThanks Luis!") == "Luis"  # a double surname
    assert given_name("Dr Mary Ann Cole", "Mary Ann asked for it.") == "Mary Ann"
    assert given_name("John Paul Jones", "John Paul Jones wrote.") == "John"
    assert given_name("Anouk van der Berg", "Anouk van der Berg: we go live.") == "Anouk"  # a surname particle
    assert given_name("Luis De la Torre", "Luis De la Torre said.") == "Luis"


def test_chat_export_lines_are_turns() -> None:
    text = "[08:43] Sam Reyes: perfect. 40 minutes, not bad\n[08:44] Sam Reyes: you are fast, that is all I need\n[08:50] Kim Lee: thanks"
    spans = [s.text for s in sentence_spans(text, min_words=1)]
    assert not any("\n[08:44]" in s or "\n[08:50]" in s for s in spans)


def test_sweep_drops_a_header_given_as_proof() -> None:
    notes = parse_notes_text("Partner: Sam Reyes, CFO\n\n20 November 2026\nI promised to confirm the dates on Monday.\n")
    sit = build_situation(notes.notes, notes.partner, None, TODAY)
    kept = "Promised on 20 November: “confirm the dates on Monday”, due 2026-11-23 (kept)."
    proof = "Proof to build on, noted on 23 November: “Sent: Monday, 23 November 2026 19:41”"
    plan = Plan(partner="Sam Reyes", sections=[PlanSection(key="competence", title="Competence proof", text=f"{kept} {proof}")])
    swept, changes = sweep_plan(plan, sit, TODAY)
    text = swept.sections[0].text
    assert "Sent:" not in text and "confirm the dates on Monday" in text
    assert any("header" in c for c in changes)
