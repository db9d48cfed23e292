"""Issue #20, privacy, on new training partners 192-194: a health, family or contact-detail matter told as an ask or an
offer ("can you cover the Thursday call for me? I'm at the hospital with my dad", "use my gmail for this: ...", an offer
to move a meeting because a parent is moving into care) is never an open item, a follow-up or a quote in the plan; it is
one topic to keep out of the room, and a business ask in the same entry stays open. The plan check refuses a plan that
quotes such a favour.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_training_helpers import DATA, TODAY, parsed, plan_all

from assistant.planning.handling_asks import private_favour, private_sentences
from assistant.planning.plan_checks import check_plan
from assistant.planning.render import plan_markdown
from assistant.planning.situation import Situation, build_situation
from assistant.schema import FollowUp, OpenItem, Plan
from assistant.text.notes_format import parse_notes_text

NEW = ["192", "193", "194"]
# What each partner's private matter reads as in a plan (never to appear), and the business ask that must stay open.
PRIVATE = {
    "192": ("cover the Thursday", "hospital", "my dad"),
    "193": ("gmail", "@", "07700", "e-mail removed", "phone removed", "work inbox"),
    "194": ("steering group", "mum", "mother", "care home", "keep it quiet", "journal approvals"),
}
BUSINESS = {"192": "replacement plan for the depot scanners", "193": "cut-over plan for the repairs system",
            "194": "vendor shortlist for the new consolidation tool"}
AVOID_KINDS = {"192": ["personal"], "193": ["contact"], "194": ["personal", "audit"]}


@pytest.fixture(scope="module")
def plans(tmp_path_factory) -> dict[str, Plan]:  # type: ignore[no-untyped-def]
    return plan_all(NEW, Path(tmp_path_factory.mktemp("privacy10")))


def situation(prefix: str) -> Situation:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, None, TODAY)


def test_three_new_training_partners_in_varied_formats() -> None:
    text = " ".join(next(DATA.glob(p + "_*")).read_text() for p in NEW)
    for mark in ("Subject: Depot scanners", "[09:34] Rosa Lindgren:", "CIO journal", "03/11/2026"):
        assert mark in text, mark
    readme = (DATA / "README.md").read_text()
    assert all(f"| {p} " in readme for p in NEW)


@pytest.mark.parametrize("prefix", NEW)
def test_a_private_ask_or_offer_is_never_in_the_plan(plans: dict[str, Plan], prefix: str) -> None:
    plan = plans[prefix]
    shown = " ".join([plan_markdown(plan).split("## Keep out of the room")[0], *(s.text for s in plan.sections),
                      *(f.what for f in plan.followups)])
    for words in PRIVATE[prefix]:
        assert words.lower() not in shown.lower(), (prefix, words)


@pytest.mark.parametrize("prefix", NEW)
def test_the_business_ask_in_the_same_entry_stays_open(plans: dict[str, Plan], prefix: str) -> None:
    asks = [o for o in plans[prefix].open_items if o.kind == "request" and o.owner == "partner"]
    assert any(BUSINESS[prefix] in o.text for o in asks), [o.text for o in plans[prefix].open_items]


@pytest.mark.parametrize("prefix", NEW)
def test_the_private_matter_is_one_avoid_topic_with_a_why(prefix: str) -> None:
    sit = situation(prefix)
    assert [a.kind for a in sit.avoid] == AVOID_KINDS[prefix]
    assert all(a.why and len(a.why.split()) <= 20 for a in sit.avoid)
    assert not [i for i in sit.items if i.kind in ("request", "offer") and private_favour(i, sit.sentences)]


def test_the_plan_check_refuses_a_plan_that_quotes_a_private_favour(plans: dict[str, Plan]) -> None:
    sit = situation("192")
    favour = "And can you cover the Thursday planning call for me?"
    assert favour in private_sentences(sit.sentences)
    bad = plans["192"].model_copy(update={
        "script": [*plans["192"].script, f"On 18 November you asked: “{favour}” My answer comes by 15 December."],
        "open_items": [*plans["192"].open_items, OpenItem(kind="request", owner="partner", text=f"Beatriz asked: “{favour}”", quote=favour)],
        "followups": [*plans["192"].followups, FollowUp(what="Answer Beatriz's request of 18 November (“And can you cover the Thursday…”)", owner="CIO")],
    })
    checked, problems = check_plan(bad, sit, today=TODAY)
    text = plan_markdown(checked)
    assert "cover the Thursday" not in text
    assert any("private" in p for p in problems)
    assert any(BUSINESS["192"] in o.text for o in checked.open_items)  # the real ask survives the check


NOTES = """Stakeholder: Imke Vos, Head of Payroll
2026-11-02 call
Can you cover the licence cost for the new payroll module? My dad is in hospital this week, so replies will be slow.
Can you send me the payslip redesign by 12 December? Her mother passed away last month.
2026-11-09 call
Could you chair the Tuesday payroll review for me? I'm in hospital for tests that morning.
"""


def test_only_a_favour_about_the_partner_s_diary_goes_with_the_personal_matter() -> None:
    p = parse_notes_text(NOTES)
    sit = build_situation(p.notes, p.partner, None, TODAY)
    private = private_sentences(sit.sentences)
    assert "Could you chair the Tuesday payroll review for me?" in private
    assert not any("licence cost" in s or "payslip redesign" in s for s in private)


WORK_MAIL = """Stakeholder: Imke Vos, Head of Payroll

From: Imke Vos <imke.vos@payroll-co.example>
To: CIO <cio@payroll-co.example>
Date: 2026-11-12
Subject: Payslips

Can you send me the payslip redesign by 12 December? Call the office on 020 7946 0031 if it slips.
"""


def test_a_work_address_in_a_header_is_no_personal_contact_topic() -> None:
    p = parse_notes_text(WORK_MAIL)
    sit = build_situation(p.notes, p.partner, None, TODAY)
    assert not [a for a in sit.avoid if a.kind == "contact"]
