"""The engines behind one interface: assess, plan and answer. Offline is the default."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

import numpy as np

from assistant.conversation.chat import Answer, OfflineAnswerer, stream_text
from assistant.conversation.rehearsal_session import ChatFn
from assistant.perception.assessment import LedgerSignal, assess_notes
from assistant.perception.classifier import PerceptionClassifier
from assistant.planning.offline_planner import OfflinePlanner
from assistant.planning.planner import PlanInput, Retriever
from assistant.planning.playbooks import load_playbooks, load_value_frames
from assistant.schema import Assessment, Hit, NoteText, Plan


class Engine(Protocol):
    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def warm_up(self) -> None:
        """Load the local models now (start-up), so no user waits for them."""

    def chat_fn(self) -> ChatFn | None:
        """Free-form chat for role-play and debriefs (names redacted where needed); None offline."""

    def assess(self, notes: list[NoteText], partner: str | None = None, ledger: LedgerSignal | None = None) -> Assessment: ...

    def plan(self, inp: PlanInput) -> Plan: ...

    def stream_plan(self, inp: PlanInput) -> tuple[Iterator[str], Callable[[], Plan]]: ...

    def answer(self, question: str, hits: list[Hit]) -> Answer: ...

    def stream_answer(self, question: str, hits: list[Hit]) -> tuple[Iterator[str], Callable[[], Answer]]: ...


class OfflineEngine:
    """Deterministic, no network: exemplar classifier, playbooks and extractive answers."""

    name = "offline"

    def __init__(self, embed, classifier: Callable[[], PerceptionClassifier], retrieve: Retriever | None = None):  # type: ignore[no-untyped-def]
        self._embed = embed
        self._classifier = classifier
        self._planner = OfflinePlanner(load_playbooks(), load_value_frames(), retrieve)
        self._answerer = OfflineAnswerer(embed)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self._embed(texts))

    def chat_fn(self) -> ChatFn | None:
        return None  # offline role-play and debriefs are rule-based

    def warm_up(self) -> None:
        self._embed(["warm up"])
        self._classifier()

    def assess(self, notes: list[NoteText], partner: str | None = None, ledger: LedgerSignal | None = None) -> Assessment:
        return assess_notes(notes, self._classifier(), self._embed, partner=partner, ledger=ledger)

    def plan(self, inp: PlanInput) -> Plan:
        return self._planner.plan(inp)

    def stream_plan(self, inp: PlanInput) -> tuple[Iterator[str], Callable[[], Plan]]:
        """The offline plan is ready at once: nothing to stream."""
        plan = self.plan(inp)
        return iter(()), lambda: plan

    def answer(self, question: str, hits: list[Hit]) -> Answer:
        return self._answerer.answer(question, hits)

    def stream_answer(self, question: str, hits: list[Hit]) -> tuple[Iterator[str], Callable[[], Answer]]:
        answer = self.answer(question, hits)
        return stream_text(answer.text), lambda: answer
