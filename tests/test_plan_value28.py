"""Round 28: the value message says the partner's own goal line back whole, in the language they said it: the want
after its foil ("I don't want X, I want Y"), a Dutch or Portuguese line under their label or a lead-in that points
at them, what a unit of their measure is worth in a transcript's voice-tagged turn; never a request for a named
thing as their goal; with nothing of theirs, one question that would find it after one short sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_training_helpers import DATA, plan_all  # noqa: E402

from assistant.planning.value_lines import want_clause  # noqa: E402
from assistant.schema import Plan  # noqa: E402

STATEMENTS = {
    "1009": "Technology keeps every classroom and office working so staff can teach and students can learn.",
    "1010": "Technologie houdt het water schoon en het werk in het veld op schema.",
    "1011": "A tecnologia ajuda a cooperativa a vender melhor e a servir cada cliente.",
    "1012": "Technology keeps the terminal moving safely and helps every team decide with numbers they trust.",
    "1013": "Technology helps every member get a fair claim decision faster.",
    "1014": "Technology keeps every building safe, secure and running.",
}


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Plan]:
    return plan_all(list(STATEMENTS), tmp_path_factory.mktemp("value28"), STATEMENTS)


def test_the_want_after_its_foil(plans: dict[str, Plan]) -> None:
    msg = plans["1009"].value_message
    assert "“I want every classroom projector on by ten past nine.”" in msg, msg
    assert "roadmap" not in msg, msg  # the foil is never their goal


def test_a_line_in_their_language_is_quoted_whole(plans: dict[str, Plan]) -> None:
    assert "“Ik wil dat elke monteur 's ochtends zijn hele route op de tablet heeft.”" in plans["1010"].value_message
    msg = plans["1011"].value_message
    assert "“O portal não é um site, é a nossa loja. Se o cliente não encontra o preço, ele compra do vizinho.”" in msg, msg


def test_a_transcript_turn_of_theirs(plans: dict[str, Plan]) -> None:
    msg = plans["1012"].value_message
    assert "“Every hour a crane stands idle is forty boxes we do not move." in msg, msg
    assert "telemetry" not in msg.split("”")[0], msg  # our team member's cue is never theirs


def test_a_request_for_a_named_thing_is_no_goal(plans: dict[str, Plan]) -> None:
    msg = plans["1013"].value_message
    assert "Quillbox" not in msg, msg
    assert "My handlers spend half the morning re-keying claims from e-mail. I want them talking to members" in msg, msg


def test_nothing_of_theirs_one_short_sentence(plans: dict[str, Plan]) -> None:
    msg = plans["1014"].value_message  # with no goal of theirs: the meaning in one short line, never a stock question
    assert "?" not in msg and msg.startswith("Derek, ") and len(msg.split()) < 12, msg


def test_want_clause() -> None:
    assert want_clause("I don't need a roadmap from you, I want the ward rota to run itself.") == "I want the ward rota to run itself."
    assert want_clause("We do not need more reports we need the trucks out by six.") == "We need the trucks out by six."
    assert want_clause("Non voglio un altro cruscotto.") == ""
    assert want_clause("I want fewer calls.") == "I want fewer calls."


def test_training_files_exist() -> None:
    assert all(next(DATA.glob(f"{who}_*"), None) for who in STATEMENTS)
