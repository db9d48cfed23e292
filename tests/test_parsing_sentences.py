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


def test_a_bullet_after_an_abbreviated_month_starts_a_new_sentence() -> None:
    # "Dec." may be an abbreviation mid-sentence, but a bullet on the next line always starts a new item
    text = "12 Oct 2026\n- Agreed: rollout plan to the steering group by 4 Dec.\n- Marta says the depot crews like the scanners.\n"
    texts = [s.text for s in sentence_spans(text)]
    assert "Agreed: rollout plan to the steering group by 4 Dec." in texts
    assert "Marta says the depot crews like the scanners." in texts


def test_an_abbreviated_month_mid_line_still_does_not_end_a_sentence() -> None:
    texts = [s.text for s in sentence_spans("We met on 4 Dec. at the depot and agreed the scope.\n")]
    assert texts == ["We met on 4 Dec. at the depot and agreed the scope."]
