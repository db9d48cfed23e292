"""Blind-review packets for chat answers: one markdown file per coaching question.

    python -m evals.chat_packets --out /work/wt/chat_packets [--dataset evals/datasets/coach_questions.yaml]

Each packet holds only what a reviewer may see: the question (and, for a follow-up, the exchange it
follows), the partner's notes if any, and the answer as the CIO sees it on the Chat page. No engine
name, no expected contents. `good_answer` and `must_not` go to `<out>-expected.md` beside the packet
folder, for the lead: blind reviewers get the packet folder only (in round 4 a file inside it was read).
The answers come from the real facade (SQLite, the vector index, the offline engine) in a throwaway
data folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select

from assistant.app import Coach
from assistant.conversation.chat import Answer
from assistant.factory import App, build_app
from assistant.paths import KNOWLEDGE_DIR
from assistant.retrieval.ingest import ingest_knowledge
from assistant.services.partners import NoteDraft
from assistant.settings import Settings
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import User
from assistant.text.notes_format import parse_notes_text
from evals.dataset import DATASETS_DIR

DEFAULT_QUESTIONS = DATASETS_DIR / "coach_questions.yaml"


@dataclass
class Question:
    id: str
    question: str
    notes: str = ""
    follows: str = ""
    today: dt.date | None = None
    good_answer: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)


def _day(value: Any) -> dt.date | None:
    """A question's 'today': a YAML date, or the same written as a quoted ISO string."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def load_questions(path: Path = DEFAULT_QUESTIONS) -> list[Question]:
    raw: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = [Question(str(r["id"]), str(r["question"]), str(r.get("notes") or ""), str(r.get("follows") or ""), _day(r.get("today")),
                    [str(x) for x in r.get("good_answer") or []], [str(x) for x in r.get("must_not") or []]) for r in raw]
    ids = {q.id for q in out}
    missing = [q.follows for q in out if q.follows and q.follows not in ids]
    if missing:
        raise ValueError(f"{path}: 'follows' names unknown ids {missing}")
    return out


class Asker:
    """Asks the questions through the facade: one empty workspace for general questions, one partner per notes text."""

    def __init__(self, app: App):
        self.app = app
        with app.sessions() as s:  # a fresh CIO per run, so a reused data folder starts clean
            runs = len(list(s.scalars(select(User).where(User.username.like("packet-cio-%")))))
            user = create_user(s, f"packet-cio-{runs + 1}", "packet-writer-passphrase-1", "cio", "Packet CIO")
            s.commit()
            self.actor = Actor(user.id, "cio", user.display_name)
        self.general = app.coach.create_workspace(self.actor, "General questions").id
        self.workspace = app.coach.create_workspace(self.actor, "Partners").id
        self.partners: dict[str, int] = {}
        self.answers: dict[str, Answer] = {}

    def coach(self, today: dt.date | None) -> Coach:
        app = self.app
        return Coach(app.settings, app.sessions, app.index, app.engine, today=today)

    def partner(self, q: Question) -> int:
        if q.notes not in self.partners:
            parsed = parse_notes_text(q.notes)
            info = self.app.coach.add_partner(self.actor, self.workspace, parsed.partner or f"Partner {len(self.partners) + 1}", parsed.role or "")
            drafts = [NoteDraft(n.text, n.date, n.kind or "other", n.title or "") for n in parsed.notes]
            self.coach(q.today).add_notes(self.actor, self.workspace, info.id, drafts)
            self.partners[q.notes] = info.id
        return self.partners[q.notes]

    def ask(self, q: Question, by_id: dict[str, Question]) -> Answer:
        history: list[tuple[str, str]] = []
        if q.follows:
            before = by_id[q.follows]
            history = [("user", before.question), ("assistant", self.answers[before.id].text)]
        coach = self.coach(q.today)
        if q.notes:
            answer, _ = coach.ask(self.actor, self.workspace, q.question, self.partner(q), history=history)
        else:
            answer, _ = coach.ask(self.actor, self.general, q.question, None, history=history)
        self.answers[q.id] = answer
        return answer


def packet(q: Question, answer: Answer, by_id: dict[str, Question], answers: dict[str, Answer]) -> str:
    lines = [f"# Coaching question {q.id}", ""]
    if q.follows:
        before = by_id[q.follows]
        lines += ["## Earlier in this conversation", "", f"**CIO:** {before.question}", "", "**Coach:**", "", answers[before.id].text, ""]
    lines += ["## The CIO asks", "", q.question, ""]
    if q.notes:
        lines += ["## The CIO's notes on this partner", "", "```text", q.notes.rstrip(), "```", ""]
    if q.today:
        lines += [f"(Asked on {q.today:%-d %B %Y}.)", ""]
    lines += ["## The answer, as the CIO sees it", "", answer.text.rstrip(), ""]
    return "\n".join(lines)


def rubric(questions: list[Question]) -> str:
    lines = ["# What a good answer contains (read after each answer)", "",
             "Score each answer 1-5 on: specific, says true things naturally, actionable (coach-rubric.md).", ""]
    for q in questions:
        lines += [f"## {q.id}: {q.question}", "", *[f"- must: {g}" for g in q.good_answer], *[f"- must not: {m}" for m in q.must_not], ""]
    return "\n".join(lines)


def expected_file(out: Path) -> Path:
    """What each answer should contain: beside the packet folder, never inside it."""
    return out.parent / f"{out.name}-expected.md"


def write_packets(out: Path, dataset: Path = DEFAULT_QUESTIONS, data_dir: Path | None = None) -> list[Path]:
    questions = load_questions(dataset)
    by_id = {q.id: q for q in questions}
    folder = data_dir or Path(tempfile.mkdtemp(prefix="chat-packets-"))
    app = build_app(Settings(data_dir=folder))
    if app.index.count("knowledge") == 0:
        ingest_knowledge(app.index, KNOWLEDGE_DIR)
    asker = Asker(app)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for q in questions:
        answer = asker.ask(q, by_id)
        path = out / f"{q.id}.md"
        path.write_text(packet(q, answer, by_id, asker.answers), encoding="utf-8")
        written.append(path)
    expected_file(out).write_text(rubric(questions), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the packets (outside the repository)")
    parser.add_argument("--dataset", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--data-dir", type=Path, default=None, help="data folder to reuse (default: a new temporary one)")
    args = parser.parse_args(argv)
    written = write_packets(args.out, args.dataset, args.data_dir)
    print(f"{len(written)} packets written to {args.out}; expected contents in {expected_file(args.out)}")


if __name__ == "__main__":
    main()
