"""Who said it weighs the assessment: the partner's words count, the CIO's opinions never decide alone,
someone else's complaints and problems are no doubt about us, signatures and quoted history do not count."""

from __future__ import annotations

import pytest

from assistant.perception.voices import voiced_sentences
from assistant.schema import NoteText

JOURNAL_OPINION = """Stakeholder: Hamid Rahimi, Director of Logistics
2026-01-14 meeting: route planning
Hamid wants the route optimiser fed with live traffic and order data: "Planning on yesterday's numbers costs us a truck a day."
Deep down I think he rates our delivery team highly and trusts our dates.
2026-02-20 call
He asked for the depot dashboards to refresh hourly, not nightly.
I suspect he sees us as the most reliable department he works with.
"""


def test_cio_opinions_alone_never_decide_competence(assess_text):
    result = assess_text(JOURNAL_OPINION)
    assert result.dependence in ("I", "BT")  # the partner's own words decide this axis
    assert result.competence == "unknown"  # only the CIO's reading speaks to competence
    assert all(e.speaker != "cio" for e in result.evidence)


VENDOR_THREAD = """Stakeholder: Grace Okafor, Head of Customer Service
From: Grace Okafor <grace.okafor@northbay.example>
Sent: 3 March 2026 09:12
To: CIO Office <cio@northbay.example>
Subject: new contact centre go-live

Please send me the go-live checklist and the training dates for my agents before Friday.

Grace

From: Pavel Novak <pavel@swiftlink-solutions.example>
Sent: 2 March 2026 17:40
To: Grace Okafor <grace.okafor@northbay.example>
Subject: RE: new contact centre go-live

Your IT team missed every access deadline we asked for, the integration slipped three times and their change board is a bottleneck.

Kind regards,
Pavel Novak
Account Manager, SwiftLink Solutions Ltd
Award-winning delivery, always on time, always on budget
"""


def test_a_vendors_complaint_is_no_doubt_about_us(assess_text):
    result = assess_text(VENDOR_THREAD)
    assert result.competence != "doubted"
    assert result.scores["competence_doubted"] == 0.0  # nor does the vendor's boast in its signature count
    assert result.scores["competence_proven"] == 0.0


THIRD_PARTY_PROSE = """Stakeholder: Ines Duarte, Head of Retail Operations
2026-03-02 meeting: store openings
The shopfitting contractor missed the install date at two stores and the openings slipped a week.
The carrier lost the tills in transit and the Braga store opened late.
Ines said the new stores were "the smoothest IT set-up we've had, your people were ready before the builders were".
"""


def test_problems_put_on_a_third_party_count_for_nothing_against_us(assess_text):
    result = assess_text(THIRD_PARTY_PROSE)
    assert result.competence == "proven"
    assert result.scores["competence_doubted"] == 0.0


def test_partner_words_in_a_thread_are_hers_and_quoted_history_counts_once():
    thread = """From: Ravi Menon <ravi@acme.example>
Sent: 5 March 2026 10:00
Subject: RE: forecast

Thanks Dana, I will ask the data team to look at it this week.

On Wed, 4 Mar 2026 at 16:20, Dana Whitfield <dana@acme.example> wrote:
> We need the demand forecast in the planning tool before the spring range is locked.
> Without it my buyers are guessing.
"""
    note = NoteText(ref="note 1", text=f"{thread}\n{thread}")
    voiced = voiced_sentences(note, partner="Dana Whitfield")
    dana = [v for v in voiced if v.speaker == "partner"]
    assert [v.text.split()[0] for v in dana] == ["We", "Without"]  # once each, though quoted twice
    assert all(v.text in note.text for v in voiced)  # evidence stays verbatim
    assert {v.speaker for v in voiced if v.text.startswith("Thanks Dana")} == {"other"}


def test_a_corrected_speaker_wins():
    text = "Dana wants forecasts in the planning tool.\nThe vendor said our project office is slow."
    note = NoteText(ref="n", text=text, speakers={"the vendor said our project office is slow.": "partner"})
    speakers = [v.speaker for v in voiced_sentences(note, partner="Dana Whitfield")]
    assert speakers == ["partner", "partner"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("She's now asked the same consultants to advise on the acquisition.", "partner"),
        ("His site manager added that they had been using a phone hotspot.", "partner"),
        ("At the end Barry asked for the list of licences we pay for.", "unknown"),  # "At" is no one
        ("Has asked her PA to handle IT items from now on.", "unknown"),
        ("Pieter wants my view of their ERP before any offer.", "partner"),  # "my view" here is no opinion of mine
        ('"My team wrote it all on paper and typed it later."', "unknown"),  # a closing quote opens no quotation
        ("The shopfitting contractor missed the install date.", "other"),
    ],
)
def test_who_a_sentence_reports(sentence, speaker):
    from assistant.text.speakers import People, prose_speaker

    assert prose_speaker(sentence, People("Barry Osei", []) if "Barry" in sentence else People("Pieter Hoogendijk"))[0] == speaker


def test_courtesy_and_the_business_own_lateness_are_not_competence_cues():
    from assistant.perception.cues import cue_hits

    assert "proven" not in cue_hits("Thank you for the proposal and for the time your team put into it.")
    assert "proven" in cue_hits("Thank you, the rollout went live on time.")
    assert "doubted" not in cue_hits("He wants a live view of van positions and late deliveries.")
    assert "doubted" in cue_hits("Third time this month the VPN dropped in the middle of a board call.")
    assert "doubted" in cue_hits("I am not sure the team can take this on as well.")


def test_words_joined_across_speaker_labels_stay_verbatim_evidence():
    chat = (
        "Marcus Webb: the data platform is too slow for us. we've started a trial with a cloud vendor\n"
        "Marcus Webb: not a dig at your team, we just can't wait another quarter\n"
        "CIO: understood. we can have the pipeline ready in six weeks\n"
    )
    voiced = voiced_sentences(NoteText(ref="n", text=chat), partner="Marcus Webb")
    assert all(v.text in chat and chat[v.start : v.end] == v.text for v in voiced)
    assert "we've started a trial with a cloud vendor" in [v.text for v in voiced]
    assert [v.speaker for v in voiced if v.text.startswith("we can have")] == ["cio"]
