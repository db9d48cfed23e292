"""General coaching questions (development set, not evaluation data) answered offline over a knowledge folder.

    python -m evals.chat_general [--knowledge knowledge/]

Brute-force retrieval over the folder's chunks (no index, no data folder), the same function filter as the
chat service, then the offline answerer; prints the direct answer, the line to say and the question back
for each question, so two versions of the material or the answerer can be compared side by side.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from assistant.conversation.chat import Answer, OfflineAnswerer
from assistant.conversation.coach_answer import fit_function
from assistant.paths import KNOWLEDGE_DIR
from assistant.retrieval.embeddings import shared_embedder
from assistant.retrieval.knowledge import chunk_doc, load_knowledge
from assistant.schema import Hit

QUESTIONS = (
    "What should I say when the head of legal asks why contract search costs so much?",
    "How do I get our marketing director interested in customer data?",
    "My COO only calls me when something breaks. How do I change that?",
    "How do I prepare for a first meeting with a new CFO?",
    "A product manager hired a contractor to build an app without us. What now?",
    "How do I write a value statement my team will repeat?",
    "My team keeps missing the dates we give a partner. What should I do?",
    "How do I show the executive committee what IT is worth?",
    "Should I let my direct reports give the delivery updates to partners?",
    "How can I tell whether a partner trusts my team?",
    "Our supply chain director thinks IT is just email and laptops. Where do I start?",
    "How do I say sorry for an outage without sounding defensive?",
)


def answers(knowledge: Path, questions: tuple[str, ...] = QUESTIONS) -> list[tuple[str, Answer]]:
    report = load_knowledge(knowledge)
    if not report.docs:
        raise SystemExit(f"No coaching documents in {knowledge}: {'; '.join(report.problems) or 'the folder has no .md files'}")
    embed = shared_embedder().embed
    chunks = [c for doc in report.docs for c in chunk_doc(doc)]
    vectors = embed([c.text for c in chunks])
    out = []
    for question in questions:
        sims = vectors @ embed([question])[0]
        hits = [Hit(id=chunks[i].id, text=chunks[i].text, score=float(sims[i]), metadata=chunks[i].metadata) for i in np.argsort(-sims)[:12]]
        out.append((question, OfflineAnswerer(embed).answer(question, fit_function(hits, question)[:8])))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, default=KNOWLEDGE_DIR)
    args = parser.parse_args(argv)
    for question, answer in answers(args.knowledge):
        print(f"Q: {question}\n  answer: {answer.direct}\n  say: {answer.say_this}\n  ask: {answer.question_back}\n")


if __name__ == "__main__":
    main()
