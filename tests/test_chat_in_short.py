"""Each coaching document's "In short" section answers its main question, and the chat opens with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.conversation.chat import OfflineAnswerer
from assistant.conversation.coach_answer import (
    IN_SHORT,
    Unit,
    direct_answer,
    plain,
    say_this,
    section_units,
    with_document_answers,
)
from assistant.retrieval.embeddings import shared_embedder
from assistant.retrieval.knowledge import chunk_doc, in_short, load_knowledge
from assistant.schema import Hit
from assistant.text.prose import sentences

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"
DOCS = load_knowledge(KNOWLEDGE).docs


@pytest.mark.parametrize("doc", DOCS, ids=[d.path.name for d in DOCS])
def test_every_document_has_an_answer_that_stands_alone(doc) -> None:  # type: ignore[no-untyped-def]
    section = in_short(doc)
    assert section, f"{doc.ref} has no '## In short' section"
    advice, *rest = [p.strip() for p in section.split("\n\n") if p.strip()]
    said = sentences(plain(advice))
    assert 2 <= len(said) <= 3
    unit = Unit(advice, 0, "In short", False)
    assert direct_answer(unit) == plain(advice), "the chat would drop or cut a sentence of it"
    assert rest and rest[0].startswith("Say: “") and rest[0].endswith("”"), "a line to say closes the section"


def test_every_chunk_carries_its_documents_answer() -> None:
    doc = next(d for d in DOCS if d.path.name == "teaching-supply-chain.md")
    chunks = chunk_doc(doc)
    assert len(chunks) > 3 and all(c.metadata["in_short"] == in_short(doc) for c in chunks)


def _hit(doc_name: str, heading: str) -> Hit:
    doc = next(d for d in DOCS if d.path.name == doc_name)
    chunk = next(c for c in chunk_doc(doc) if c.heading.startswith(heading))
    return Hit(id=chunk.id, text=chunk.text, score=0.5, metadata=chunk.metadata)


def test_a_hit_on_a_documents_examples_brings_its_answer() -> None:
    hits = with_document_answers([_hit("teaching-supply-chain.md", "Traps to avoid")])
    assert [h.source.ref for h in hits] == ["knowledge/teaching-supply-chain.md#Traps to avoid with supply chain",
                                           "knowledge/teaching-supply-chain.md#In short"]
    assert with_document_answers(hits) == hits  # added once


def test_the_answer_opens_with_the_documents_answer_and_its_line() -> None:
    embed = shared_embedder().embed
    question = "Our supply chain director thinks IT is just email and laptops. Where do I start?"
    answer = OfflineAnswerer(embed).answer(question, [_hit("teaching-supply-chain.md", "Traps to avoid")])
    doc = next(d for d in DOCS if d.path.name == "teaching-supply-chain.md")
    advice, say = [p.strip() for p in in_short(doc).split("\n\n") if p.strip()][:2]
    assert answer.direct.startswith(plain(advice))
    assert f"“{answer.say_this}”" in say
    assert any(s.ref.endswith("#In short") for s in answer.sources)


def test_text_between_two_quotes_is_never_a_line_to_say() -> None:
    hit = Hit(id="k#0", text="Doc — Questions about competence\n"
              '- "With you": proven, at least for this kind of work and this partner.\n'
              '- "A vendor, with you doing the integration": partly doubted; a co-sourcing opening.\n',
              score=0.6, metadata={"kind": "knowledge", "ref": "k.md#Questions about competence", "heading": "Questions about competence", "doc": "k.md"})
    embed = shared_embedder().embed
    line = say_this(embed, "Would this partner run a big project with us or with a vendor?", section_units(hit, 0))
    assert "proven, at least" not in line and not line.startswith(":")


def test_in_short_heading_is_recognised() -> None:
    assert IN_SHORT.search("In short") and not IN_SHORT.search("In short, the traps")
