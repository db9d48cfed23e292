"""One sentence splitter: abbreviations, initials and decimals stay inside their sentence; spans stay verbatim."""

from __future__ import annotations

import pytest

from assistant.text.prose import sentences
from assistant.text.sentences import sentence_spans

CASES = [
    (
        "Dr. Patel said the U.S. team liked it. Mr. Jones agreed. Costs fell 3.5 percent this year.",
        ["Dr. Patel said the U.S. team liked it.", "Mr. Jones agreed.", "Costs fell 3.5 percent this year."],
    ),
    (
        "We met J. R. Smith at 9 a.m. today. She asked for more, e.g. dashboards. Fine.",
        ["We met J. R. Smith at 9 a.m. today.", "She asked for more, e.g. dashboards.", "Fine."],
    ),
    ("She moved to the U.S. Then she left. Great news! Really?", ["She moved to the U.S.", "Then she left.", "Great news!", "Really?"]),
    ("Prof. Lee and Mrs. Chan (i.e. the board) signed. She said no. We left.", ["Prof. Lee and Mrs. Chan (i.e. the board) signed.", "She said no.", "We left."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spans_keep_abbreviations_initials_and_decimals(text, expected):
    spans = sentence_spans(text, min_words=1)
    assert [s.text for s in spans] == expected
    assert all(text[s.start : s.end] == s.text for s in spans)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_prose_sentences_use_the_same_rules(text, expected):
    assert sentences(text) == expected


def test_short_agreement_does_not_vanish_at_the_default_length():
    spans = [s.text for s in sentence_spans("The board met on budget. Mr. Jones agreed. Dr. Patel objected strongly.")]
    assert "Mr. Jones agreed." in spans
    assert "Dr. Patel objected strongly." in spans


def test_prose_sentences_still_split_bullets_and_collapse_wrapping():
    assert sentences("First line of a\nwrapped sentence. Second.\n\n- a bullet point\n- another one") == [
        "First line of a wrapped sentence.",
        "Second.",
        "a bullet point",
        "another one",
    ]
