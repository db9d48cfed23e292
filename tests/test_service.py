"""Workspace service: notes saved before indexing, ledger, plans, chat, and tenant isolation."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.errors import AuthError, InputError, NotFoundError, PermissionDenied
from assistant.retrieval.vector_index import notes_collection_name
from assistant.store.access import Actor
from assistant.store.accounts import authenticate, check_session, create_user, issue_session


@pytest.fixture(scope="module")
def two_cios(demo_app):
    app, info = demo_app
    with app.sessions() as s:
        other = create_user(s, "other-cio", "lantern-river-stone-7", "cio", "Other CIO")
        s.commit()
        other_actor = Actor(other.id, "cio", "Other CIO")
    ws_b = app.coach.create_workspace(other_actor, "Other org")
    partner_b = app.coach.add_partner(other_actor, ws_b.id, "Zed Canary", "CFO", "finance")
    canaries = [f"CANARY-{i:03d}-aardvark" for i in range(10)]
    for i, canary in enumerate(canaries):
        app.coach.add_note(other_actor, ws_b.id, partner_b.id, f"Zed said the {canary} budget must fall. Secret {canary}.", dt.date(2026, 1, 1 + i))
    return app, info, other_actor, ws_b.id, partner_b.id, canaries


def test_demo_workspace_is_loaded(demo_app):
    app, info = demo_app
    rows = app.coach.portfolio(info.actor, info.workspace_id)
    assert len(rows) >= 8
    assert {r.quadrant for r in rows} - {"unknown"}
    assert any(r.overdue_promises for r in rows)


def test_note_is_saved_then_indexed_and_edit_delete_keep_index_in_step(demo_app):
    app, info = demo_app
    service, ws = app.coach, info.workspace_id
    partner = service.partners(info.actor, ws)[0]
    note = service.add_note(info.actor, ws, partner.id, "They praised the quick fix of the quarterly forecast pack.", dt.date(2026, 11, 20), "meeting")
    name = notes_collection_name(ws)
    assert service.index.metadata_by_id(name, where={"note_id": note.id})
    service.update_note(info.actor, ws, note.id, "Completely new text about the warehouse pilot.")
    chunks = service.index.metadata_by_id(name, where={"note_id": note.id})
    assert len(chunks) == 1
    service.delete_note(info.actor, ws, note.id)
    assert service.index.metadata_by_id(name, where={"note_id": note.id}) == {}
    with pytest.raises(InputError):
        service.add_note(info.actor, ws, partner.id, "   ")


def test_followups_accepted_into_ledger_once(demo_app):
    app, info = demo_app
    partner = app.coach.partners(info.actor, info.workspace_id)[1]
    plan_id, plan = app.coach.plan(info.actor, info.workspace_id, partner.id, "budget review")
    created = app.coach.accept_followups(info.actor, info.workspace_id, plan_id)
    assert len(created) == len(plan.followups) > 0
    with pytest.raises(InputError):
        app.coach.accept_followups(info.actor, info.workspace_id, plan_id)


def test_override_keeps_history(demo_app):
    app, info = demo_app
    partner = app.coach.partners(info.actor, info.workspace_id)[2]
    before = len(app.coach.history(info.actor, info.workspace_id, partner.id))
    with pytest.raises(InputError):
        app.coach.override(info.actor, info.workspace_id, partner.id, "BT", "proven", "")
    result = app.coach.override(info.actor, info.workspace_id, partner.id, "BT", "proven", "Spoke at length at the offsite")
    assert result.quadrant == "partner"
    history = app.coach.history(info.actor, info.workspace_id, partner.id)
    assert len(history) == before + 1 and history[-1].override_reason


def test_chat_answer_cites_and_feedback_is_stored(demo_app):
    app, info = demo_app
    answer, message_id = app.coach.ask(info.actor, info.workspace_id, "How do I answer a CFO who says IT costs too much?")
    assert answer.sources and "[1]" in answer.text
    app.coach.give_feedback(info.actor, info.workspace_id, message_id, True, "useful")
    history = app.coach.chat_history(info.actor, info.workspace_id, search="CFO")
    assert any(m.feedback == 1 for m in history)
    with pytest.raises(InputError):
        app.coach.ask(info.actor, info.workspace_id, "x" * 20_000)


def test_isolation_canaries_never_cross_workspaces(two_cios):
    app, info, other, ws_b, partner_b, canaries = two_cios
    service, ws_a, actor_a = app.coach, info.workspace_id, info.actor
    probes = 0
    for canary in canaries:
        for question in (canary, f"What did Zed say about {canary}?", f"{canary} budget", "Zed Canary secret budget", f"notes {canary}"):
            hits = service.retrieve(actor_a, ws_a, question)
            answer = service.engine.answer(question, hits)
            assert all(canary not in h.text for h in hits)
            assert canary not in answer.text
            probes += 1
    for partner in service.partners(actor_a, ws_a)[:3]:
        plan_id, plan = service.plan(actor_a, ws_a, partner.id)
        dump = plan.model_dump_json() + service.latest_assessment(actor_a, ws_a, partner.id).model_dump_json()
        assert not any(c in dump for c in canaries)
        probes += 1
    for message in service.chat_history(actor_a, ws_a, search="CANARY"):
        assert not any(c in message.content for c in canaries)
    probes += 1
    assert probes >= 50


def test_a_cio_cannot_read_another_workspace_by_changing_ids(two_cios):
    app, info, other, ws_b, partner_b, _ = two_cios
    with pytest.raises(PermissionDenied):
        app.coach.notes(info.actor, ws_b, partner_b)
    with pytest.raises(PermissionDenied):
        app.coach.plan(info.actor, ws_b, partner_b)
    with pytest.raises((PermissionDenied, NotFoundError)):
        app.coach.notes(info.actor, info.workspace_id, partner_b)
    coach = Actor(info.actor.user_id + 1000, "coach")
    with pytest.raises(PermissionDenied):
        app.coach.partners(coach, info.workspace_id)
    admin = Actor(info.actor.user_id, "admin")
    with pytest.raises(PermissionDenied):
        app.coach.notes(admin, info.workspace_id, app.coach.partners(info.actor, info.workspace_id)[0].id)


def test_login_lockout_and_sessions(demo_app):
    app, _ = demo_app
    now = dt.datetime(2026, 11, 27, 9, 0)
    with app.sessions() as s:
        create_user(s, "lock-me", "correct-horse", "coach")
        s.commit()
        with pytest.raises(AuthError, match="Wrong"):
            authenticate(s, "lock-me", "nope", now)
        for _ in range(4):
            with pytest.raises(AuthError):
                authenticate(s, "lock-me", "nope", now)
        with pytest.raises(AuthError, match="Wrong username or password"):
            authenticate(s, "lock-me", "correct-horse", now)
        actor = authenticate(s, "lock-me", "correct-horse", now + dt.timedelta(minutes=16))
        token = issue_session(actor, "secret", minutes=30, now=now)
        assert check_session(s, token, "secret", now=now).user_id == actor.user_id
        with pytest.raises(AuthError, match="expired"):
            check_session(s, token, "secret", now=now + dt.timedelta(hours=1))
        with pytest.raises(AuthError, match="not valid"):
            check_session(s, token.replace(":coach:", ":admin:"), "secret", now=now)
