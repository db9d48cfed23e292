"""A general answer does not argue against what the CIO never raised (a contrast with a benchmark for a dashboard question)."""

from __future__ import annotations

from assistant.conversation.unraised import drop_unraised, drop_unraised_line

ADVICE = ("Open with the outcomes the regions confirm rather than a cost benchmark: a benchmark invites a cut. Pick two outcomes "
          "the regional heads would sign, and keep any benchmark in an appendix.")
LINE = "“These are the outcomes your regional heads confirmed; the benchmark is in the appendix.”"


def test_a_contrast_the_question_never_raised_is_left_out() -> None:
    q = "Should my quarterly report to the executive committee be a scorecard of projects?"
    out = drop_unraised(ADVICE, q)
    assert "benchmark" not in out and out.startswith("Open with the outcomes the regions confirm.")
    assert "Pick two outcomes the regional heads would sign." in out
    assert drop_unraised_line(LINE, q, ADVICE) == "“These are the outcomes your regional heads confirmed.”"


def test_a_contrast_the_question_raises_stays() -> None:
    for q in ("Should I show our cost benchmarks to the executive committee?", "How do we compare with our peers on spend?"):
        assert drop_unraised(ADVICE, q) == ADVICE
        assert drop_unraised_line(LINE, q, ADVICE) == LINE


def test_text_without_a_contrast_is_unchanged() -> None:
    plain = "Pick two outcomes the regional heads would sign, and keep the list short."
    assert drop_unraised(plain, "What goes on the slide?") == plain


def test_a_negated_contrast_is_the_advice_and_stays() -> None:
    advice = "Do not send a newsletter instead of talking to the partner. Meet each one yourself."
    assert drop_unraised(advice, "How do I get the regional heads on side?") == advice


def test_an_explanation_of_the_advice_itself_stays() -> None:
    advice = "Offer one small fix instead of a grand recovery programme: one the partner cares about, due within weeks."
    assert drop_unraised(advice, "What do I offer her on Monday?") == "Offer one small fix: one the partner cares about, due within weeks."
