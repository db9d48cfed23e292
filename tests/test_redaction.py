"""Redaction: reversible placeholders for names and identifiers, and its recall on the labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assistant.engines.redaction import Redactor, redact_messages

DATASET = Path(__file__).resolve().parents[1] / "evals" / "datasets" / "redaction_set.yaml"
CASES = yaml.safe_load(DATASET.read_text(encoding="utf-8"))


def test_dataset_is_large_and_labels_appear_in_text():
    assert len(CASES) >= 40
    assert sum(len(c["identifiers"]) for c in CASES) >= 250
    for case in CASES:
        for ident in case["identifiers"]:
            assert str(ident) in case["text"], (case["id"], ident)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_round_trip_restores_every_snippet(case):
    redactor = Redactor(case["names"])
    redacted = redactor.redact(case["text"])
    assert redactor.restore(redacted) == case["text"]


def test_recall_over_labelled_set():
    total, replaced, missed = 0, 0, []
    for case in CASES:
        redacted = Redactor(case["names"]).redact(case["text"])
        for ident in map(str, case["identifiers"]):
            total += 1
            if ident in redacted:
                missed.append(f"{case['id']}: {ident}")
            else:
                replaced += 1
    recall = replaced / total
    print(f"redaction recall: {replaced}/{total} = {recall:.3f}; missed: {missed}")
    assert recall >= 0.98, missed


def test_placeholders_are_consistent_within_a_conversation():
    redactor = Redactor(["Dana Whitfield"], own_name="Sam Carter")
    first = redactor.redact("Dana Whitfield wrote to dana@acme.com. Dana's team agreed.")
    second = redactor.redact("Ask Dana Whitfield again; cc dana@acme.com and Sam.")
    assert "[PERSON_1]" in first and "[PERSON_1]" in second
    assert "[PERSON_1_FIRST]" in first  # the first name alone: same person, its own form
    assert first.count("[EMAIL_1]") == 1 and second.count("[EMAIL_1]") == 1
    assert "[PERSON_2_FIRST]" in second  # the CIO's own first name
    assert redactor.mapping["[PERSON_1]"] == "Dana Whitfield"
    assert redactor.mapping["[EMAIL_1]"] == "dana@acme.com"


def test_business_words_survive():
    text = ("Finance wants the ERP upgrade before Q3 close. The Steering Committee meets in March; "
            "Procurement and HR owe the Board a budget for FY2026, ISO 27001 and the Salesforce renewal on 2025-09-16.")
    redacted = Redactor(["Dana Whitfield"]).redact(text)
    assert redacted == text


def test_detectors_cover_the_listed_formats():
    text = ("Ring +44 20 7946 0958, (415) 555-0199, 07700 900123, 020 7946 0958 or +1-212-555-0100. "
            "IBAN GB82 WEST 1234 5698 7654 32, EMP-12345, NI QQ 12 34 56 C, SSN 123-45-6789, LS1 4DY, "
            "https://www.linkedin.com/in/priya-shah-77/, 192.168.1.20. Mr Ellison said yes; Tomasz from FP&A agreed; "
            "I cc'd Li Wei. Later Priya Shah joined.")
    redacted = Redactor().redact(text)
    for ident in ["+44 20 7946 0958", "(415) 555-0199", "07700 900123", "020 7946 0958", "+1-212-555-0100",
                  "GB82 WEST 1234 5698 7654 32", "EMP-12345", "QQ 12 34 56 C", "123-45-6789", "LS1 4DY",
                  "linkedin.com/in/priya-shah-77", "192.168.1.20", "Ellison", "Tomasz", "Li Wei", "Priya Shah"]:
        assert ident not in redacted, ident
    assert "FP&A" in redacted and "Later" in redacted


def test_restore_handles_loose_echoes():
    redactor = Redactor(["Dana Whitfield"])
    redactor.redact("Dana Whitfield (dana@acme.com) and Dana.")
    echoed = "PERSON_1 said [Person_1]; {PERSON_1}, [PERSON 1], [person_1_first] at [email_1]. person 1 is prose; [PERSON_9] is unknown."
    assert redactor.restore(echoed) == (
        "Dana Whitfield said Dana Whitfield; Dana Whitfield, Dana Whitfield, Dana at dana@acme.com. "
        "person 1 is prose; [PERSON_9] is unknown."
    )


def test_restore_stream_handles_placeholders_split_across_chunks():
    redactor = Redactor(["Dana Whitfield"])
    redactor.redact("Dana Whitfield and Dana")
    chunks = ["Ask [PERS", "ON_1] and PERSON", "_1_FIRST", " today, then [PERSON", "_1]."]
    assert "".join(redactor.restore_stream(chunks)) == "Ask Dana Whitfield and Dana today, then Dana Whitfield."


def test_redact_messages_keeps_roles():
    redactor = Redactor(["Dana Whitfield"])
    out = redact_messages(redactor, [("system", "Notes about Dana Whitfield."), ("human", "What does Dana want?")])
    assert out == [("system", "Notes about [PERSON_1]."), ("human", "What does [PERSON_1_FIRST] want?")]
