"""Coaching questions answered from the knowledge base and the partner's notes, kept per partner."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import select

from assistant.conversation.chat import Answer, validate_question
from assistant.conversation.coach_answer import followup_query
from assistant.errors import NotFoundError
from assistant.records import ChatEntry, from_row
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION, notes_collection_name
from assistant.schema import Hit
from assistant.services.base import ServiceBase
from assistant.store.access import Actor, require_owner
from assistant.store.models import ChatMessage


class ChatMixin(ServiceBase):
    def retrieve(self, actor: Actor, workspace_id: int | None, question: str, partner_id: int | None = None, k: int = 5) -> list[Hit]:
        hits = self.index.query(KNOWLEDGE_COLLECTION, question, k=k + 3)
        if workspace_id is not None:
            with self._sessions() as s:
                self._scope(s, actor, workspace_id, partner_id)
            where = {"stakeholder_id": partner_id} if partner_id else None
            hits += self.index.query(notes_collection_name(workspace_id), question, k=3, where=where)
        return sorted(hits, key=lambda h: h.score, reverse=True)

    def ask(self, actor: Actor, workspace_id: int, question: str, partner_id: int | None = None) -> tuple[Answer, int]:
        """Answer a coaching question and keep the exchange: (answer, the stored answer's id)."""
        stream, finish = self.ask_stream(actor, workspace_id, question, partner_id)
        for _ in stream:
            pass
        return finish()

    def ask_stream(self, actor: Actor, workspace_id: int, question: str, partner_id: int | None = None) -> tuple[Iterator[str], Callable[[], tuple[Answer, int]]]:
        """The answer's text as it arrives, then (answer, stored id) once the stream is spent."""
        question = validate_question(question)
        # A follow-up is read with the conversation so far (the question it follows), for retrieval and answering.
        earlier = [(m.role, m.content) for m in self.chat_history(actor, workspace_id, partner_id)[-6:]]
        query = followup_query(question, earlier)
        stream, final = self.engine.stream_answer(query, self.retrieve(actor, workspace_id, query, partner_id))

        def finish() -> tuple[Answer, int]:
            answer = final()
            return answer, self.record_exchange(actor, workspace_id, question, answer, partner_id)

        return stream, finish

    def ask_material_stream(self, question: str) -> tuple[Iterator[str], Callable[[], Answer]]:
        """An answer from the coaching material alone (no workspace, nothing stored): the CLI's `ask`."""
        question = validate_question(question)
        return self.engine.stream_answer(question, self.index.query(KNOWLEDGE_COLLECTION, question, k=8))

    def record_exchange(self, actor: Actor, workspace_id: int, question: str, answer: Answer, partner_id: int | None) -> int:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, partner_id)
            s.add(ChatMessage(workspace_id=workspace_id, partner_id=partner_id, role="user", content=question))
            reply = ChatMessage(workspace_id=workspace_id, partner_id=partner_id, role="assistant", content=answer.text, sources=[x.model_dump() for x in answer.sources])
            s.add(reply)
            s.commit()
            return reply.id

    def chat_history(self, actor: Actor, workspace_id: int, partner_id: int | None = None, search: str = "") -> list[ChatEntry]:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, partner_id)
            query = select(ChatMessage).where(ChatMessage.workspace_id == workspace_id)
            query = query.where(ChatMessage.partner_id == partner_id) if partner_id else query.where(ChatMessage.partner_id.is_(None))
            if search.strip():
                query = query.where(ChatMessage.content.ilike(f"%{search.strip()}%"))
            return [from_row(ChatEntry, m) for m in s.scalars(query.order_by(ChatMessage.id))]

    def give_feedback(self, actor: Actor, workspace_id: int, message_id: int, thumbs_up: bool, reason: str = "") -> None:
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            row = s.get(ChatMessage, message_id)
            if row is None or row.workspace_id != workspace_id or row.role != "assistant":
                raise NotFoundError("That answer does not exist in this workspace.")
            row.feedback = 1 if thumbs_up else 0
            row.feedback_reason = reason.strip()[:2000] or None
            s.commit()
