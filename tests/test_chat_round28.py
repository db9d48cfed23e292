"""Chat answers, round 28 (evals/datasets/chat_dev_round15.yaml): a subject the question names by its day ("the outage on the
14th") is the note of that day, even in other words, and never "not mentioned"; the partner's reading rests on no CIO
impression, note to self or scheduling line, and an axis with only such evidence is said as unknown."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.schema import Assessment, Evidence
from tests.chat_dev_helpers import answer_text, dev_round, missing_and_forbidden

QUESTIONS: list[dict[str, Any]] = dev_round("chat_dev_round15.yaml")


def test_the_dev_set_has_its_size() -> None:
    assert 15 <= len(QUESTIONS) <= 25
    assert all(q.get("must") or q.get("must_not_say") for q in QUESTIONS)


@pytest.mark.parametrize("q", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_answer_holds_what_it_must_and_not_what_it_must_not(q: dict[str, Any]) -> None:
    assert missing_and_forbidden(q) == ([], []), answer_text(q)


def _assessment(*evidence: Evidence, dependence: str = "T", competence: str = "proven", quadrant: str = "utility") -> Assessment:
    return Assessment(partner="Ayla Demir", dependence=dependence, competence=competence, quadrant=quadrant, confidence=0.7,
                      evidence=list(evidence))


def test_a_scheduling_line_or_an_impression_carries_no_reading() -> None:
    from assistant.conversation.reading_evidence import fit_reading

    a = _assessment(Evidence(quote="Her PA moved our March one-to-one to the 14th.", axis="dependence", signal="T", speaker="unknown"),
                    Evidence(quote="My guess: to her we are the printer repair crew.", axis="dependence", signal="T", speaker="cio"),
                    Evidence(quote="The expense app upgrade went in on the promised day.", axis="competence", signal="proven", speaker="unknown"))
    fit = fit_reading(a)
    assert fit.dependence == "unknown" and fit.quadrant == "unknown", fit
    assert fit.competence == "proven" and [e.axis for e in fit.evidence] == ["competence"]


def test_a_note_to_self_about_our_failure_is_no_doubt_of_the_partner() -> None:
    from assistant.conversation.reading_evidence import fit_reading

    a = _assessment(Evidence(quote="Note to self: the second cutover rehearsal failed on conversion errors.", axis="competence",
                             signal="doubted", speaker="cio"),
                    Evidence(quote="Ayla wants the demand model in every pricing decision.", axis="dependence", signal="I", speaker="partner"),
                    dependence="I", competence="doubted", quadrant="bypass_risk")
    fit = fit_reading(a)
    assert (fit.dependence, fit.competence, fit.quadrant) == ("I", "unknown", "unknown")


def test_the_partner_s_own_words_keep_the_reading() -> None:
    from assistant.conversation.reading_evidence import fit_reading

    a = _assessment(Evidence(quote='Ayla: "It just has to run; I ask nothing else of IT."', axis="dependence", signal="T", speaker="partner"),
                    Evidence(quote="I think she trusts the team now.", axis="competence", signal="proven", speaker="cio"),
                    Evidence(quote="The laptop swap was done in two days; she said thanks.", axis="competence", signal="proven", speaker="unknown"))
    fit = fit_reading(a)
    assert (fit.dependence, fit.competence, fit.quadrant) == ("T", "proven", "utility")
    assert len(fit.evidence) == 2


def test_the_reading_said_in_chat_quotes_no_scheduling_line() -> None:
    import datetime as dt

    from assistant.conversation.partner_answer import partner_answer
    from assistant.text.notes_format import parse_notes_text

    notes = ("Partner: Ayla Demir, Head of Pricing\n2027-01-05: Ayla: \"It just has to run; I ask nothing else of IT.\"\n"
             "2027-02-01: Her PA moved our March one-to-one to the 14th.\n")
    parsed = parse_notes_text(notes, today=dt.date(2027, 2, 10))
    a = _assessment(Evidence(quote="Her PA moved our March one-to-one to the 14th.", axis="dependence", signal="T", speaker="unknown",
                             date="2027-02-01"), competence="unknown", quadrant="unknown")
    part = partner_answer("How does Ayla see us?", parsed.partner or "", parsed.notes, a, [], dt.date(2027, 2, 10), "", parsed.role or "")
    said = " ".join(part.direct)
    assert "moved our March" not in said and "plumbing" not in said, said
