"""Coaching questions answered from the knowledge base and the partner's notes, kept per partner."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import select

from assistant.conversation.chat import Answer, stream_text, validate_question, with_partner, without_repeats
from assistant.conversation.coach_answer import fit_function, followup_query, retrieval_query
from assistant.conversation.new_partner import new_partner_part
from assistant.conversation.partner_answer import PartnerAnswer, partner_answer
from assistant.errors import InputError, NotFoundError
from assistant.planning.inputs import LedgerItem
from assistant.records import ChatEntry, from_row
from assistant.retrieval.vector_index import KNOWLEDGE_COLLECTION, notes_collection_name
from assistant.schema import Hit, Source
from assistant.services.base import note_texts
from assistant.services.perceptions import PerceptionsMixin
from assistant.store.access import Actor, require_owner
from assistant.store.models import ChatMessage, Partner
from assistant.text.prose import first_name

History = Sequence[tuple[str, str]]  # (role, text), oldest first


class ChatMixin(PerceptionsMixin):
    def retrieve(self, actor: Actor, workspace_id: int | None, question: str, partner_id: int | None = None, k: int = 5) -> list[Hit]:
        hits = self.index.query(KNOWLEDGE_COLLECTION, question, k=k + 3)
        if workspace_id is not None:
            with self._sessions() as s:
                self._scope(s, actor, workspace_id, partner_id)
            where = {"stakeholder_id": partner_id} if partner_id else None
            hits += self.index.query(notes_collection_name(workspace_id), question, k=3, where=where)
        return sorted(hits, key=lambda h: h.score, reverse=True)

    def ask(self, actor: Actor, workspace_id: int, question: str, partner_id: int | None = None, history: History | None = None) -> tuple[Answer, int]:
        """Answer a coaching question and keep the exchange: (answer, the stored answer's id)."""
        stream, finish = self.ask_stream(actor, workspace_id, question, partner_id, history)
        for _ in stream:
            pass
        return finish()

    def ask_stream(self, actor: Actor, workspace_id: int, question: str, partner_id: int | None = None,
                   history: History | None = None) -> tuple[Iterator[str], Callable[[], tuple[Answer, int]]]:
        """The answer's text as it arrives, then (answer, stored id) once the stream is spent.

        A follow-up is read with the conversation so far: `history` when given, else the stored exchanges of
        this scope. With a partner selected (or named in the question or the one it follows) the answer leads
        with that partner's perception and open items, citing the notes.
        """
        question = validate_question(question)
        earlier = list(history) if history is not None else [(m.role, m.content) for m in self.chat_history(actor, workspace_id, partner_id)]
        query = followup_query(question, earlier[-6:])
        about = partner_id or self._named_partner(actor, workspace_id, query)
        said_before = next((text for role, text in reversed(earlier) if role == "assistant"), "")
        part = self._partner_part(actor, workspace_id, about, question, said_before) if about else None  # intents from the words asked now
        part = part or (None if said_before else new_partner_part(question))  # someone new, introduced by the question: a first meeting
        hits = fit_function(self.retrieve(actor, workspace_id, retrieval_query(query), about), question, self._role(actor, workspace_id, about))
        final: Callable[[], Answer]
        if part is None and not said_before:
            stream, final = self.engine.stream_answer(query, hits)
        else:  # a follow-up shows what is new, not the last answer again; the partner's notes speak through typed items
            answer = (without_repeats(self.engine.answer(query, hits), said_before) if part is None
                      else with_partner(self.engine.answer(query, [h for h in hits if h.source.kind != "note"]), part, said_before, question,
                                    query))
            stream, final = stream_text(answer.text), lambda: answer

        def finish() -> tuple[Answer, int]:
            answer = final()
            return answer, self.record_exchange(actor, workspace_id, question, answer, partner_id)

        return stream, finish

    def partner_by_name(self, actor: Actor, workspace_id: int, name: str) -> int:
        """The id of the workspace's partner with this full or first name (case-insensitive); a clear error otherwise."""
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            rows = list(s.scalars(select(Partner).where(Partner.workspace_id == workspace_id).order_by(Partner.name)))
        wanted = " ".join(name.split()).lower()
        found = [p for p in rows if p.name.lower() == wanted] or [p for p in rows if first_name(p.name).lower() == wanted]
        if len(found) == 1:
            return found[0].id
        known = ", ".join(p.name for p in rows) or "none yet"
        if found:
            raise InputError(f"More than one partner is called {name!r} in workspace {workspace_id}; give the full name ({known}).")
        raise NotFoundError(f"There is no partner called {name!r} in workspace {workspace_id}. Partners there: {known}.")

    def _named_partner(self, actor: Actor, workspace_id: int, text: str) -> int | None:
        """The one partner of the workspace the text names (full or first name), if exactly one."""
        with self._sessions() as s:
            require_owner(s, actor, workspace_id)
            rows = list(s.scalars(select(Partner).where(Partner.workspace_id == workspace_id)))
        named = [p.id for p in rows if any(re.search(rf"\b{re.escape(n)}\b", text, re.I) for n in {p.name, first_name(p.name)} if n)]
        return named[0] if len(named) == 1 else None

    def _role(self, actor: Actor, workspace_id: int, partner_id: int | None) -> str:
        """The selected partner's role ("" when none), to keep coaching material for other functions out."""
        if not partner_id:
            return ""
        with self._sessions() as s:
            return self._partner_row(s, actor, workspace_id, partner_id).role or ""

    def _partner_part(self, actor: Actor, workspace_id: int, partner_id: int, question: str, said_before: str = "") -> PartnerAnswer:
        """What the partner's notes, latest assessment and promise ledger say that bears on the question."""
        with self._sessions() as s:
            partner = self._partner_row(s, actor, workspace_id, partner_id)
            notes = [t for n in self._note_rows(s, partner_id) for t in note_texts(n)]
            assessment = self._current(s, workspace_id, partner) if notes else None
            ledger = [LedgerItem(c.what, c.owner, c.due, c.status, c.delivered_on, c.how) for c in self._commitment_rows(s, workspace_id, partner_id)]
            return partner_answer(question, partner.name, notes, assessment, ledger, self.today(), said_before, partner.role or "")

    def ask_material_stream(self, question: str) -> tuple[Iterator[str], Callable[[], Answer]]:
        """An answer from the coaching material alone (no workspace, nothing stored): the CLI's `ask`."""
        question = validate_question(question)
        return self.engine.stream_answer(question, self.index.query(KNOWLEDGE_COLLECTION, retrieval_query(question), k=8))

    def record_exchange(self, actor: Actor, workspace_id: int, question: str, answer: Answer, partner_id: int | None) -> int:
        with self._sessions() as s:
            self._scope(s, actor, workspace_id, partner_id)
            s.add(ChatMessage(workspace_id=workspace_id, partner_id=partner_id, role="user", content=question))
            notes = [Source(kind="note", ref=n.ref, title=answer.partner, excerpt=n.quote) for n in answer.notes]  # shown under Sources too
            reply = ChatMessage(workspace_id=workspace_id, partner_id=partner_id, role="assistant", content=answer.text,
                                sources=[x.model_dump() for x in answer.sources + notes])
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

