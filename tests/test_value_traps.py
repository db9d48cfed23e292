"""Value-trap checker: each kind on a clear example, and no false alarms on business text."""

from __future__ import annotations

import pytest

from assistant.planning.value_traps import ValueTrap, check_value_traps, suggest_rewrite, trap_summaries


def kinds(text: str) -> set[str]:
    return {trap.kind for trap in check_value_traps(text)}


@pytest.mark.parametrize(
    ("text", "kind", "phrase"),
    [
        ("Last quarter we delivered 99.9% uptime and our MTTR fell to two hours.", "it_metrics", "MTTR"),
        ("The service desk closed 1,200 tickets and met every SLA.", "it_metrics", "SLA"),
        ("IT exists to serve our internal customers across the group.", "customers", "internal customers"),
        (
            "The business is our customer, and we take every request seriously.",
            "customers",
            "The business is our customer",
        ),
        ("Our customers in finance raised 300 requests to IT last month.", "customers", "Our customers"),
        ("The new release adds 40 features and the platform can now handle workflows.", "feature_talk", "new release"),
        ("We upgraded the ERP to version 12.2 with new functionality.", "feature_talk", "functionality"),
        (
            "Our cloud-native microservices leverage kubernetes on our digital transformation journey.",
            "jargon",
            "digital transformation journey",
        ),
        (
            "Our budget is in line with benchmarks and IT spend as a % of revenue is low.",
            "budget_defence",
            "IT spend as a % of revenue",
        ),
    ],
)
def test_each_kind_detected(text: str, kind: str, phrase: str) -> None:
    traps = check_value_traps(text)
    assert any(t.kind == kind and t.phrase.lower() == phrase.lower() for t in traps), traps


def test_clean_business_text_has_no_traps() -> None:
    text = (
        "This quarter technology helped us ship 98% of orders on time, cut the quote turnaround from five days "
        "to one, and gave store managers a daily view of margin by product."
    )
    assert check_value_traps(text) == []


def test_external_customers_in_a_sales_context_are_fine() -> None:
    text = "Our customers' orders now ship a day earlier, and our customers bought more in the stores this spring."
    assert "customers" not in kinds(text)


def test_empty_text() -> None:
    assert check_value_traps("") == []
    assert check_value_traps("   ") == []
    assert suggest_rewrite("", []) == ""
    assert trap_summaries([]) == []


def test_one_entry_per_distinct_phrase_in_order() -> None:
    traps = check_value_traps("Servers, more servers, and uptime. Servers again.")
    assert [t.phrase.lower() for t in traps] == ["servers", "uptime"]


def test_lowercase_acronyms_are_ordinary_words() -> None:
    assert "jargon" not in kinds("We keep our people safe and our stores open.")
    assert "jargon" in kinds("We built an API for the partners.")


def test_summaries_and_rewrite_are_concrete() -> None:
    traps = check_value_traps("We had 99.9% uptime, and our microservices scale.")
    summaries = trap_summaries(traps)
    assert summaries[0].startswith("IT metric aimed at executives: '99.9% uptime'")
    assert all(isinstance(t, ValueTrap) for t in traps)
    rewrite = suggest_rewrite("We had 99.9% uptime, and our microservices scale.", traps)
    assert "orders shipped on time" in rewrite and "jargon" in rewrite.lower()
    assert suggest_rewrite("Orders shipped on time.", []).startswith("No value traps")


def test_value_message_translates_the_statement_into_the_partners_goal_within_the_word_limit() -> None:
    # Issue #20: the former test asserted that the statement's sentences were pasted in; that was the defect.
    import datetime as dt

    from assistant.planning.situation import Goal, Situation
    from assistant.planning.value_message import MAX_WORDS, translate_value_message
    from assistant.schema import FollowUp
    from assistant.text.prose import word_count

    statement = (
        "Brookfield Dairies exists to get fresh milk from 300 farms to every shelf within a day. "
        "Technology keeps the collection rounds running, and tells every farm what its milk earned."
    )
    goal = Goal("every tanker back at the plant by noon", "wants", "Ana wants every tanker back at the plant by noon.", dt.date(2026, 5, 1), "2026-05-01", False)
    step = FollowUp(what="Tanker arrival board", owner="CIO", due="2026-05-20")
    message, traps = translate_value_message(Situation(goals=[goal]), "Ana", statement, ["throughput", "downtime"], step, level="T")
    assert "you want every tanker back at the plant by noon" in message
    assert "systems it depends on" not in message and "Our part: the systems" not in message  # no stock line (round 13)
    words = statement.lower().replace(",", "").replace(".", "").split()
    assert not any(" ".join(words[i : i + 8]) in message.lower().replace(",", "") for i in range(len(words) - 7))
    assert word_count(message) <= MAX_WORDS and not traps  # round 25: the dated step is the script's business

