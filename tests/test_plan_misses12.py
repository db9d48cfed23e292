"""Session 12 on new training partners 286-291 (tests/data/plan_training): which misses a plan may own, and whose words.

A miss is owned only while the notes show it was ours and it still weighs: not once a named outside firm is the
subject of the failure, not once we already apologised (unless the apology did not land), not once a later note
tells the thing working, not once its root-cause review went to the partner, and not where only the CIO's own guess
tells it. A paragraph the CIO labelled as their own ("My opinion: ...") is never the partner's ask, and Teams lines
with one space after the time are each their own speaker's turn.
"""

from __future__ import annotations

import re

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all, top

from assistant.perception.cio_lines import under_writer_label
from assistant.planning.miss_cause import cause_in
from assistant.planning.miss_weight import APOLOGY_MADE, NOT_LANDED, WORKING
from assistant.planning.situation import Situation, build_situation
from assistant.planning.situation_round8 import cio_evidence
from assistant.schema import Plan

NEW = [str(n) for n in range(286, 294)]
SORRY = re.compile(r"\b(?:sorry|apologi[sz]e|(?:was|is) ours)\b", re.IGNORECASE)


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, [], TODAY)


def section(plan: Plan, key: str) -> str:
    return next((s.text for s in plan.sections if s.key == key), "")


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, tmp_path_factory.mktemp("plan-misses12"))


def test_eight_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("Niall Ferreira   06:48 ", "Subject: RE: Booking portal", "| Date | How | What happened |", "My opinion:", "Monday 9 March 2026.",
                 "2026-05-20\n", "[14:10] imogen:", "(Chief Information Officer)"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


def test_a_named_carrier_outage_is_theirs_and_each_chat_turn_its_speakers() -> None:
    sit = situation("286")
    outage = next(i for i in sit.items if i.kind == "miss" and "cell outage" in i.quote)
    assert outage.owner == "third_party" and outage.quote.startswith("It's the mobile network")
    mine = [s for s in sit.sentences if "You'll have the costing" in s.text]
    assert mine and all(s.speaker == "us" and "scanner refresh" not in s.text for s in mine)
    theirs = [s for s in sit.sentences if "scanner refresh costed" in s.text]
    assert theirs and all(s.speaker == "partner" and "Me " not in s.text for s in theirs)
    assert not sit.owned


def test_no_apology_for_the_carrier_or_for_a_miss_apologised_for_and_fine_since(plans: dict[str, Plan]) -> None:
    for prefix in ("286", "287"):
        assert not SORRY.search(top(plans[prefix])), prefix
        assert "Root cause" not in section(plans[prefix], "followups"), prefix


def test_no_root_cause_promised_once_the_review_was_sent(plans: dict[str, Plan]) -> None:
    assert not situation("288").owned
    assert not SORRY.search(top(plans["288"]))
    assert "Root cause" not in section(plans["288"], "followups")


def test_the_cios_labelled_opinion_is_never_her_request(plans: dict[str, Plan]) -> None:
    sit = situation("289")
    asks = [i for i in sit.items if i.kind in ("request", "offer") and i.owner == "partner" and i.status == "open"]
    assert not any(re.search(r"only way back|architecture board|stopped believing", i.quote) for i in asks)
    plan = plans["289"]
    text = " ".join([top(plan), section(plan, "followups"), section(plan, "open_items")])
    assert "My opinion" not in text and "only way back" not in text


def test_a_miss_told_only_in_the_cios_guess_is_never_owned(plans: dict[str, Plan]) -> None:
    assert not situation("290").owned
    assert not SORRY.search(top(plans["290"]))


def test_an_apology_that_did_not_land_still_weighs(plans: dict[str, Plan]) -> None:
    owned = situation("291").owned
    assert [i for i in owned if "MES upgrade slipped" in i.quote]
    assert SORRY.search(top(plans["291"]))


@pytest.mark.parametrize(("text", "speaker", "theirs"), [
    ("Northgrid (the DNO) had a six-hour outage on the Leeds site.", "narrator", True),
    ("It's the hosting provider again - their region failed at 02:00.", "us", True),
    ("Parcelnet have a depot system failure, all hubs.", "partner", True),
    ("We had an outage on Friday after the patch.", "narrator", False),
    ("Our contractor had a failure on the survey.", "narrator", False),
    ("It's also three weeks late.", "narrator", False),
])
def test_outside_firm_as_the_failures_subject(text: str, speaker: str, theirs: bool) -> None:
    assert (cause_in(text, speaker) == "third_party") is theirs


def test_the_families_that_settle_a_miss() -> None:
    for said in ("I apologised to her in the room.", "We owned it in writing.", "That was ours. I'm sorry, it should not have happened.",
                 "I said sorry to the whole team.", "I held my hands up at the board."):
        assert APOLOGY_MADE.search(said), said
    assert not APOLOGY_MADE.search("She wants an apology from the vendor.")
    for landed in ("I don't think it landed.", "The apology didn't help much.", "He is still sore about it."):
        assert NOT_LANDED.search(landed), landed
    for fine in ("The export has run every night since March.", "Payslips went out on time; she said it worked well.", "Live since June without a hitch."):
        assert WORKING.search(fine), fine


def test_a_paragraph_the_writer_labelled_is_theirs_to_its_end() -> None:
    note = ("- 3 Nov: she asked for the budget split.\n\nMy read: she is tired of our dates,\nand the only fix is the date she asked for.\n"
            "- 9 Nov: she asked for the pilot plan by Friday.\n")
    assert under_writer_label(note, "and the only fix is the date she asked for.")
    assert under_writer_label(note, "My read: she is tired of our dates,")
    assert not under_writer_label(note, "she asked for the pilot plan by Friday.")
    assert not under_writer_label(note, "she asked for the budget split.")


def test_the_cios_view_and_guess_are_never_evidence_or_an_offer_of_hers(plans: dict[str, Plan]) -> None:
    sit = situation("292")
    assert cio_evidence(sit, "she still thinks of us as the till people and nothing more, and she would never say she trusts us.")
    assert cio_evidence(sit, "I think she would fund a store analytics pilot if we showed her one store's numbers first.")
    assert not cio_evidence(sit, "ok. thanks for the quick fix")
    assert not [i for i in sit.items if i.kind == "offer" and i.owner == "partner"]
    assert not sit.owned
    stand = section(plans["292"], "stand")
    assert "till people" not in stand and "would fund" not in stand


def test_a_message_sent_under_the_cios_role_is_ours_and_no_ask_of_his() -> None:
    sit = situation("293")
    ours = [s for s in sit.sentences if "wants us in the room" in s.text or "standing slot" in s.text]
    assert ours and all(s.speaker == "us" for s in ours)
    asks = [i.quote for i in sit.items if i.kind in ("request", "offer") and i.owner == "partner"]
    assert not any("wants us in the room" in q or "standing slot" in q for q in asks)
