"""Round 26: with no goal of theirs read, the value message keeps what of theirs the older layers said, else quotes
their own line that meets the statement's meaning, else says that meaning in one short sentence; it never re-voices
the statement, never asks a question alone, never quotes the story of a miss and never credits a deputy's wish."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_training_helpers import DATA, plan_all  # noqa: E402

from assistant.schema import Plan  # noqa: E402

RUN = 3  # content words in a row as the statement has them, outside a quotation: the statement re-voiced
_STOP = set("the a an and or of to in on at for with by from so that our your their its it we you they us every each all "
            "is are be can what who this as than technology keeps keep helps lets gets gives".split())


def _words(text: str) -> list[str]:
    return [w.lower()[:5] for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _STOP and len(w) > 2]


def _run(message: str, statement: str) -> int:
    """The longest run of the statement's content words (5-letter stems) the message repeats outside quotations."""
    a, b = _words(re.sub(r"“[^”]*”", " ", message)), _words(statement)
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
    return best


STATEMENTS = {
    "898": "Technology gets every parcel sorted, loaded and out of the depot on time.",
    "899": "Technology lets the city's libraries lend, teach and welcome every reader.",
    "900": "Technology keeps every brewery line running and every pint accounted for.",
    "901": "Technology keeps Kestrel's freight, contracts and data moving safely and on time.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(list(STATEMENTS), tmp_path_factory.mktemp("value26"), STATEMENTS)


@pytest.mark.parametrize("who", list(STATEMENTS))
def test_no_goal_never_re_voices_the_statement(plans: dict[str, Plan], who: str) -> None:
    msg = plans[who].value_message
    assert msg, who
    assert _run(msg, STATEMENTS[who]) < RUN, msg  # three of its content words in a row, outside a quotation
    assert "earns its keep" not in msg and "Our part is" not in msg and not msg.endswith("?"), msg
    assert " team, " not in msg, msg  # never addressed to a team the notes do not give them


def test_their_own_line_is_quoted_whole(plans: dict[str, Plan]) -> None:
    msg = plans["898"].value_message
    assert "“My drivers judge the day by one thing: vans loaded and gone before seven.”" in msg, msg
    assert "froze" not in msg, msg  # the line about our miss is never the value test


def test_a_forgiven_third_party_line_is_not_the_value_test(plans: dict[str, Plan]) -> None:
    msg = plans["901"].value_message
    assert "court" not in msg and "Not your doing" not in msg, msg


def test_a_deputys_wish_is_never_theirs(plans: dict[str, Plan]) -> None:
    msg = plans["900"].value_message
    assert "agency" not in msg and "dashboard" not in msg, msg


def test_with_nothing_of_theirs_one_short_sentence(plans: dict[str, Plan]) -> None:
    msg = plans["899"].value_message
    assert len(re.findall(r"[.!?](?:\s|$)", msg)) == 1 and len(msg.split()) < 12, msg
    assert "kiosk" not in msg and "Wi-Fi" not in msg, msg  # the item on the table is the script's business


def test_no_long_sentence_is_shared_across_partners(plans: dict[str, Plan]) -> None:
    seen: dict[str, str] = {}
    for who, plan in plans.items():
        first = plan.value_message.split(",")[0]
        for s in re.split(r"(?<=[.!?”])\s+", plan.value_message):
            masked = re.sub(r"\d", "0", s.replace(first, "NAME"))
            if len(masked.split()) >= 12:
                assert masked not in seen, (who, seen.get(masked), s)
                seen[masked] = who


def test_training_files_exist() -> None:
    assert all(next(DATA.glob(f"{who}_*"), None) for who in STATEMENTS)
