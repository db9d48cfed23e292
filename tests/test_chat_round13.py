"""Chat answers, round 13: a question with its own shape gets that shape, not a meeting preparation. Whether a date can be
promised is answered yes, no or only-if from the durations in the notes against the date asked about; whether to raise a
topic is answered with a recommendation: an audit matter or a confidence stays out, a third party's miss is never owned,
a miss the partner closed is not reopened, and the meeting goes to the partner's open item instead."""

from __future__ import annotations

import datetime as dt

from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.text.notes_format import parse_notes_text

TODAY = dt.date(2026, 11, 20)

# Partners written for these tests (not from any evaluation set), in different note formats.
ROSTER = """Partner: Henrietta Vallance, Director of Nursing
| Date | Note |
|---|---|
| 2026-09-14 | Henrietta runs the winter staffing plan; the new rosters go out to every ward on 5 January. |
| 2026-10-30 | Henrietta asked whether the e-rostering tool could be live for the January rosters. |
| 2026-11-12 | Our rostering lead Bram says configuring the tool for 40 wards needs 10 to 12 weeks once the ward templates are signed off; sign-off of the templates takes about four weeks. |
"""
KIOSK = """Stakeholder: Osvaldo Ferreira, Head of Retail Banking
3 Sep 2026 - Osvaldo asked for the branch kiosks to take card payments before the tax season opens on 1 April.
22 Oct 2026 - Our payments engineer Mirela estimates two weeks of work to switch the kiosks to the new card terminal.
"""
FERRY = """Partner: Ingeborg Lund, Head of Passenger Services
From: CIO
Date: 2026-09-02
Subject: booking site
The booking site was down for six hours on 30 August after Skyline Hosting, our hosting provider, lost a data centre.
From: Ingeborg Lund
Date: 2026-09-20
Subject: RE: booking site
You chased Skyline hard and they refunded the month. As far as I'm concerned that is closed. Let's talk about the app.
From: Ingeborg Lund
Date: 2026-11-02
Subject: app
Ingeborg asked for a costed plan for the new booking app by 15 December.
"""
DEPOT = """Partner: Casimir Oyelaran, Head of Fleet
2026-10-05: Depot scanners went dark for a full shift on 3 October when Brightwave, our mobile carrier, had a regional outage.
2026-10-06: Casimir: "Forty vans left late. I don't care whose mast it was."
2026-11-10: Casimir asked for the route optimiser trial at the northern depot by 18 December.
"""
PAYROLL = """Partner: Leontine Marais, Chief People Officer
* 2026-09-09 Meeting: payroll
Leontine wants payslips on the phone app before the new year. We promised the app pilot by 31 October. Owner: Gideon.
* 2026-10-21 Other: internal audit
Internal Audit found that payroll administrators could still approve their own overtime claims. The audit chair wants it kept inside Audit until the final report on 8 January: "Do not discuss it with the business yet."
* 2026-11-03 Meeting
In confidence she mentioned an operation in December; she will be away. Not to be shared.
Leontine asked for a rollout plan for all 12 sites by 10 December.
"""


def _part(notes: str, question: str) -> PartnerAnswer:
    parsed = parse_notes_text(notes)
    return partner_answer(question, parsed.partner or "", parsed.notes, None, [], TODAY, "", parsed.role or "")


def test_a_date_the_durations_cannot_meet_is_answered_no_with_the_durations() -> None:
    part = _part(ROSTER, "Henrietta wants the rostering tool live for the January rosters. Can I promise that?")
    text = " ".join(part.direct)
    assert part.direct[0].startswith("No"), part.direct
    assert "5 January" in text and "10 to 12 weeks" in text and "four weeks" in text, text
    assert "won't promise" in part.say_this, part.say_this
    assert "Start with" not in text, text


def test_a_date_the_durations_meet_is_a_conditional_yes() -> None:
    part = _part(KIOSK, "Can we commit to the kiosks taking cards before the tax season?")
    assert part.direct[0].startswith("Yes"), part.direct
    assert "1 April" in part.direct[0] and "two weeks" in part.direct[0], part.direct
    assert "checked" in part.say_this, part.say_this


def test_a_closed_third_party_miss_is_not_reopened() -> None:
    part = _part(FERRY, "Should I mention the Skyline outage to Ingeborg, or is that done?")
    assert part.direct[0].startswith("No, leave it out"), part.direct
    assert "Skyline's, not ours" in part.direct[0] and "closed" in part.direct[0], part.direct
    assert "sorry" not in part.say_this.lower() and "apolog" not in part.say_this.lower(), part.say_this
    assert any("costed plan for the new booking app" in x for x in part.direct), part.direct


def test_a_third_party_miss_that_still_hurts_is_acknowledged_not_owned() -> None:
    part = _part(DEPOT, "Do I apologise to Casimir for the scanner outage? It was Brightwave's network.")
    assert part.direct[0].startswith("Do not apologise for it as IT's miss"), part.direct
    assert "Brightwave" in part.direct[0], part.direct
    assert "sorry" not in part.say_this.lower() and "not ours" in part.say_this, part.say_this


def test_an_audit_matter_and_a_confidence_stay_out_and_the_open_item_leads() -> None:
    part = _part(PAYROLL, "Should I raise the overtime audit finding with Leontine, and should I ask after her health?")
    text = " ".join(part.direct)
    assert "confidence" in text and "surgery" not in text, text
    assert "No: leave the" in text and "final report on 8 January" in text, text
    assert "rollout plan for all 12 sites" in text, text
    assert "audit" not in part.say_this.lower() and "surgery" not in part.say_this.lower(), part.say_this


FORECAST = """Partner: Wilhelmina Okafor, Sales Director
2026-09-01 meeting: forecasting
Wilhelmina asked for the weekly sales forecast by 31 October. Owner: Teodora (analytics lead).
2026-11-02 email
Wilhelmina wrote: "I was promised a forecast in October. Instead I got a research paper on seasonality."
2026-11-16 hallway
Wilhelmina, calmer: "If I get the forecast for the two biggest regions by the 4th, I'm fine. The rest can wait."
"""
SCANNERS = """Partner: Ruairi Dempsey, Warehouse Manager
Dates are UK format.

04/08/2026 meeting: dock scanning
Ruairi wants every pallet scanned at the dock door. We promised handheld scanners in all three warehouses by 30/09/2026 (owner: Kofi, logistics systems lead).

29/09/2026 email
Kofi confirmed scanners installed and tested in 3 of 3 warehouses, a day early. Ruairi replied: "Good. Didn't expect that."

10/11/2026 call
Ruairi asked for a pick-rate report by warehouse before the peak season.
"""
KILNS = """#+TITLE: Notes: Philippa Nwosu (Plant Manager)
* <2026-08-04 Tue> Meeting: kiln monitoring
Philippa wants kiln temperatures on one screen. We promised a pilot with the 2 oldest kilns by 30 September. Owner: Kofi (automation lead).
* <2026-09-28 Mon> Meeting: pilot review
Pilot live with the 2 kilns, three days early. Philippa: "Now do all five before March." She wants a costed plan by 10 December.
"""


def test_the_own_team_hears_the_partners_latest_target_and_one_owner() -> None:
    part = _part(FORECAST, "My analytics team saw Wilhelmina's angry e-mail and they're demoralised. What should I say to them?")
    text = " ".join(part.direct)
    assert part.direct[0].startswith("Tell your team"), part.direct
    assert "If I get the forecast for the two biggest regions by the 4th" in text, text
    assert "Teodora, it's yours" in part.say_this and "research paper" not in part.say_this, part.say_this
    assert "Start with" not in text, text


def test_a_promise_a_later_line_shows_installed_or_live_is_not_called_overdue() -> None:
    for notes, name in ((SCANNERS, "Ruairi"), (KILNS, "Philippa")):
        part = _part(notes, f"What should I prepare for {name}?")
        text = " ".join(part.direct) + " " + part.say_this + " " + part.question_back
        assert "no delivery" not in text and "not done yet" not in text and "fell due" not in text, text


def test_a_carriers_outage_is_never_owned_in_a_general_answer() -> None:
    part = _part(DEPOT, "What should I prepare for my meeting with Casimir?")
    text = " ".join(part.direct) + " " + part.say_this
    assert "sorry" not in text.lower() and "own it" not in text.lower() and "was ours" not in text, text


LEDGER = """Name: Beatriz Kovalenko
Role: Chief Financial Officer
Activity type: Meeting | Date: 2026-09-10 | Notes: Beatriz: "Month-end takes us nine days. The auditors laugh at us." She wants the month-end close done in 4 days by the next audit.
Activity type: Email | Date: 2026-10-14 | Notes: Her controller Anil found 1,200 unmatched intercompany invoices; two entities were billed twice for the same service.
Activity type: Meeting | Date: 2026-11-04 | Notes: We presented a finance data hub with canonical models and a semantic layer. Beatriz stopped us: "I don't need a hub. What changes at the January close?"
"""


def test_a_pitch_is_in_the_partners_measure_and_answers_the_partners_question() -> None:
    part = _part(LEDGER, "How do I pitch the intercompany clean-up to Beatriz in her own terms?")
    text = " ".join(part.direct)
    assert "month-end close done in 4 days" in text and "What changes at the January close?" in text, text
    assert "billed twice" in text, text
    assert part.say_this.startswith("You want the month-end close done in 4 days"), part.say_this
    assert "Start with" not in text, text


def test_a_closed_miss_gets_a_line_that_moves_on_not_one_that_owns_a_fix() -> None:
    part = _part(FERRY.replace("Ingeborg asked for a costed plan for the new booking app by 15 December.\n", ""),
                 "Should I mention the Skyline outage to Ingeborg, or is that done?")
    assert "behind us" in part.say_this and "fix" not in part.say_this, part.say_this
