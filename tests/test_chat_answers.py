"""Chat answers as a coach would: a direct answer, a line to say, a question back, whole passages, nothing stitched."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from assistant.conversation.chat import NOTHING_FOUND, OfflineAnswerer
from assistant.conversation.coach_answer import COACH_QUESTIONS, FALLBACK_QUESTION, followup_query, plain
from assistant.retrieval.embeddings import shared_embedder
from assistant.retrieval.knowledge import chunk_doc, load_knowledge
from assistant.schema import Hit

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
_DOCS = ("objection-", "owning-past", "moving-t-to-i", "quadrant-utility", "value-traps", "small-dated", "metrics-in", "teaching-finance")


@pytest.fixture(scope="module")
def corpus():  # type: ignore[no-untyped-def]
    embed = shared_embedder().embed
    docs = [d for d in load_knowledge(KNOWLEDGE).docs if any(k in d.ref for k in _DOCS)]  # a slice keeps the test fast
    chunks = [c for doc in docs for c in chunk_doc(doc)]
    vectors = embed([c.text for c in chunks])
    return embed, chunks, vectors


def _ask(corpus, question: str, k: int = 8):  # type: ignore[no-untyped-def]
    """Brute-force retrieval over the real knowledge chunks, then the offline answerer."""
    embed, chunks, vectors = corpus
    sims = vectors @ embed([question])[0]
    hits = [Hit(id=chunks[i].id, text=chunks[i].text, score=float(sims[i]), metadata=chunks[i].metadata) for i in np.argsort(-sims)[:k]]
    return OfflineAnswerer(embed).answer(question, hits)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", plain(text))


QUESTIONS = [
    "How do I answer a CFO who says IT costs too much?",
    "A partner says we will use a vendor instead. What do I say?",
    "How do I own a missed deadline with a partner?",
    "How do I teach a utility partner what information could do for them?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_answer_has_the_coach_shape_and_nothing_stitched(corpus, question: str) -> None:
    answer = _ask(corpus, question)
    material = _flat("\n".join(c.text for c in corpus[1]))
    assert answer.grounded and answer.sources
    direct = re.sub(r"\s*\[\d+\]$", "", answer.direct)
    assert direct, "a direct answer comes first"
    said = [s for s in re.split(r"(?<=[.!?])\s+", direct) if s]
    assert 1 <= len(said) <= 3
    assert all(s in material for s in said), "every sentence of the direct answer is the material's own, whole"
    assert answer.question_back in [q for _, q in COACH_QUESTIONS] + [FALLBACK_QUESTION]
    for text, number in answer.passages:
        assert _flat(text) in material and 1 <= number <= len(answer.sources), "passages are whole paragraphs, cited"
    assert answer.text.index(answer.direct) < answer.text.index("**From the coaching material:**")


def test_say_this_is_a_line_the_material_gives_the_cio(corpus) -> None:
    answer = _ask(corpus, "A partner says we will use a vendor instead. What do I say?")
    assert answer.say_this, "the vendor objection has phrases to say"
    assert f'"{answer.say_this}"' in _flat("\n".join(c.text for c in corpus[1]))
    assert answer.as_json()["say_this"] == answer.say_this and answer.as_json()["citations"]


def test_budget_question_shows_how_to_answer_not_only_what_is_behind_it(corpus) -> None:
    answer = _ask(corpus, "How do I answer a CFO who says IT costs too much?")
    refs = [s.ref for s in answer.sources]
    assert any("How to answer" in r or r.endswith("#In short") for r in refs)  # the document's own answer, or its how-to section
    assert not any("What not to do" in t for t, _ in answer.passages)


def test_nothing_relevant_stays_honest(corpus) -> None:
    answer = _ask(corpus, "What is the boiling point of tungsten at altitude?")
    assert not answer.grounded and answer.text == NOTHING_FOUND and not answer.say_this


def test_follow_up_carries_the_question_it_follows() -> None:
    history = [("user", "How do I answer a CFO who says IT costs too much?"), ("assistant", "…")]
    assert "CFO" in followup_query("And what if she says it again next month?", history)
    assert followup_query("How do I prepare a first meeting with a new head of HR about hiring data?", []).startswith("How do I prepare")


def test_follow_up_in_the_service_uses_the_conversation_so_far(demo_app) -> None:  # type: ignore[no-untyped-def]
    app, info = demo_app
    partner = app.coach.partners(info.actor, info.workspace_id)[0]
    app.coach.ask(info.actor, info.workspace_id, "How do I answer a CFO who says IT costs too much?", partner.id)
    follow_up, _ = app.coach.ask(info.actor, info.workspace_id, "And what should I say first?", partner.id)
    assert any("budget" in s.ref for s in follow_up.sources), [s.ref for s in follow_up.sources]
    alone, _ = app.coach.ask(info.actor, info.workspace_id, "And what should I say first?")
    assert not any("budget" in s.ref for s in alone.sources), "without the earlier question the follow-up has no budget context"


def test_a_question_about_what_to_show_says_what_to_show(corpus) -> None:
    answer = _ask(corpus, "Which numbers should I show the executive committee each quarter?")
    assert answer.grounded
    refs = [s.ref for s in answer.sources]
    assert any("metrics-in-their-place" in r or "metrics-and-comms" in r for r in refs), refs
    assert not any("Common mistakes" in r for r in refs[:1]), "what not to show is not the answer"
    assert not answer.direct.lstrip().startswith("|"), "a table is shown whole as a passage, never read as the direct answer"


def test_a_paragraph_that_introduces_a_list_is_never_shown_without_it() -> None:
    from assistant.conversation.coach_answer import section_units

    text = ("## Openings\nSet the tone early. Good openings:\n\n- Ask about their quarter.\n- Report what was kept.\n\n"
            "Close the meeting by reading back what was agreed. Here is how:")
    hit = Hit(id="x", text=text, score=0.9, metadata={"heading": "Openings", "ref": "k#Openings"})
    units = section_units(hit, 0)
    assert [u.text.splitlines()[0] for u in units] == ["Set the tone early. Good openings:"]
    assert units[0].is_list and "- Report what was kept." in units[0].text
