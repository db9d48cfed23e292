"""Trusted partners stay trusted: a forgiven miss, a vendor's or the partner's own side's miss, the CIO's
own worries and verdict lines are no doubt, and recent praise outweighs an old complaint (issue #22)."""

from __future__ import annotations

import pytest

FORGIVEN = """Stakeholder: Marta Kowalczyk, Head of Claims
2026-02-10 call
Marta asked for the claims dashboard to show ageing by adjuster.
The March release of the claims portal went out two weeks late.
2026-02-24 meeting
Marta said: "We're past it, the portal works and my adjusters love it. Please don't keep apologising about March."
"""


def test_a_forgiven_miss_is_no_doubt(assess_text):
    result = assess_text(FORGIVEN)
    sentence = [e for e in result.evidence if "apologising" in e.quote]
    assert not (sentence and sentence[0].signal == "doubted")
    assert result.competence != "doubted"


VENDOR_MISS = """Stakeholder: Tomas Lind, Director of Warehousing
2026-03-03 meeting: scanner roll-out
Tomas wants the pick rates per shift in his morning report.
Tomas's scanners came three weeks late, and the supplier missed its own ship date twice.
Tomas said our team had the software ready on the day we promised.
"""


def test_a_pardon_with_a_but_is_no_pardon():
    from assistant.perception.cues import cue_hits

    assert "forgiven" in cue_hits("Yes it was late, and honestly we're past it.")
    assert "forgiven" not in cue_hits("We're past it, but I can't keep explaining your delays.")


def test_a_vendors_miss_is_no_doubt_about_us(assess_text):
    result = assess_text(VENDOR_MISS)
    assert result.scores["competence_doubted"] == 0.0
    assert result.competence == "proven"


PARTNER_SIDE = """Stakeholder: Aisha Bello, Head of Payroll
2026-03-05 meeting
Aisha asked for the payroll variance report to run automatically each month.
The go-live slipped a fortnight because her team sent the employee data late.
"""

PARTNER_SIDE_HEARD = """From: Aisha Bello <aisha.bello@hollis.example>
Sent: 5 March 2026 09:10
To: CIO <cio@hollis.example>
Subject: payroll go-live

The go-live slip was our fault, my team missed the data cut-off. Please send me the variance report every month.

Aisha
"""


@pytest.mark.parametrize("text", [PARTNER_SIDE, PARTNER_SIDE_HEARD])
def test_a_miss_on_the_partners_own_side_is_no_doubt(assess_text, text):
    result = assess_text("Stakeholder: Aisha Bello, Head of Payroll\n" + text if text.startswith("From") else text)
    assert result.scores["competence_doubted"] == 0.0


def test_the_cios_own_worry_is_no_evidence(assess_text):
    text = """Stakeholder: Olu Adeyemi, Chief Operating Officer
2026-03-02 meeting: network refresh
Olu asked for the depot outage report every Monday.
"""
    worry = "I fear he thinks we are slow and always late with projects.\n"
    result = assess_text(text + worry)
    assert result.scores == assess_text(text).scores  # the worry adds nothing
    assert all("fear" not in e.quote for e in result.evidence)


def test_the_cios_verdict_lines_are_never_evidence(assess_text):
    text = """Stakeholder: Lena Brandt, Head of Sales
2026-03-02 meeting
Lena wants the pipeline forecast in the CRM before the quarterly board pack.
"""
    verdicts = "CIO view: frustrated with our late projects, bypass risk\nCompetence: doubted, she escalated twice\n"
    result = assess_text(text + verdicts)
    assert all(not e.quote.lower().startswith(("cio view", "competence")) for e in result.evidence)
    assert result.scores == assess_text(text).scores


def test_plain_trust_and_the_basics_are_cues():
    from assistant.perception.cues import cue_hits

    assert cue_hits("You lot have never let me down.").get("proven") == ["not let me down"]
    assert "doubted" in cue_hits("They let us down again on the cutover.")
    assert "proven" in cue_hits("The model has been excellent and the pack is ready two days earlier.")
    assert "T" in cue_hits("She just wants us to keep the basics running.")


def test_recent_praise_outweighs_an_old_complaint(assess_text):
    """A guard on recency (half_life_days): a year-old escalation under three notes of praise reads as proven."""
    text = """Stakeholder: Priya Nair, Head of Customer Service
2026-03-10 meeting
Priya said the contact centre routing went live on time. She asked for a weekly dashboard of call reasons.
2026-01-20 call
Priya thanked the team: the knowledge base migration was smooth.
2025-03-02 meeting
Priya was frustrated that the telephony upgrade slipped again and said IT always says no.
She escalated the missed CRM deadline to the COO.
The CRM project failed its second test and she lost confidence in our estimates.
"""
    result = assess_text(text)
    assert result.competence == "proven"
    assert result.trend.startswith("competence perception improving")
