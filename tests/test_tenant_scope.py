"""Every id argument is checked in the core: a partner id from another workspace is refused, and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from assistant.conversation.chat import Answer
from assistant.errors import CoachError
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import ChatMessage


@pytest.fixture(scope="module")
def two_tenants(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from assistant.factory import build_app
    from assistant.settings import Settings

    app = build_app(Settings(data_dir=tmp_path_factory.mktemp("tenants")), today=dt.date(2026, 11, 27))
    actors = []
    with app.sessions() as s:
        for name in ("cio-a", "cio-b"):
            user = create_user(s, name, "lantern-river-stone-7", "cio", name.upper())
            s.flush()
            actors.append(Actor(user.id, "cio", name.upper()))
        s.commit()
    a, b = actors
    ws_a, ws_b = app.coach.create_workspace(a, "A"), app.coach.create_workspace(b, "B")
    own = app.coach.add_partner(a, ws_a.id, "Dana Ruiz", "CFO")
    foreign = app.coach.add_partner(b, ws_b.id, "Omar Patel", "COO")
    return app, a, ws_a.id, own.id, foreign.id


def _messages(app) -> int:  # type: ignore[no-untyped-def]
    with app.sessions() as s:
        return int(s.scalar(select(func.count(ChatMessage.id))) or 0)


def test_ask_with_another_workspaces_partner_is_refused(two_tenants) -> None:  # type: ignore[no-untyped-def]
    app, a, ws_a, _own, foreign = two_tenants
    before = _messages(app)
    with pytest.raises(CoachError, match="partner does not exist in this workspace"):
        app.coach.ask(a, ws_a, "How do I answer a CFO who says IT costs too much?", partner_id=foreign)
    assert _messages(app) == before  # no chat message points at the other tenant's partner


@pytest.mark.parametrize("call", ["retrieve", "record_exchange", "chat_history", "ledger", "plans"])
def test_every_method_taking_a_partner_id_checks_it(two_tenants, call: str) -> None:  # type: ignore[no-untyped-def]
    app, a, ws_a, _own, foreign = two_tenants
    service = app.coach
    calls = {
        "retrieve": lambda: service.retrieve(a, ws_a, "budget", foreign),
        "record_exchange": lambda: service.record_exchange(a, ws_a, "q", Answer(text="a"), foreign),
        "chat_history": lambda: service.chat_history(a, ws_a, foreign),
        "ledger": lambda: service.ledger(a, ws_a, foreign),
        "plans": lambda: service.plans(a, ws_a, foreign),
    }
    before = _messages(app)
    with pytest.raises(CoachError, match="partner does not exist in this workspace"):
        calls[call]()
    assert _messages(app) == before


def test_ask_about_an_own_partner_still_works(two_tenants) -> None:  # type: ignore[no-untyped-def]
    app, a, ws_a, own, _foreign = two_tenants
    answer, message_id = app.coach.ask(a, ws_a, "How do I answer a CFO who says IT costs too much?", partner_id=own)
    assert answer.text and message_id
    assert [m.role for m in app.coach.chat_history(a, ws_a, own)] == ["user", "assistant"]
