"""Consistency rounds: collection through a link, one answer each, history across rounds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.errors import InputError, NotFoundError, PermissionDenied
from assistant.services.rounds import RoundService
from assistant.value_statement.consistency import StaffAnswerIn

SHARED = [
    "We get fresh food to shops on time at a fair price.",
    "Technology helps us deliver fresh food on time, at a price that beats rivals.",
    "Our job is getting fresh orders out on time and keeping prices low.",
]
SCATTERED = ["Keeping servers patched.", "Closing tickets quickly.", "Cloud-native microservices for agility."]


def test_link_collection_and_history(demo_app):
    app, info = demo_app
    rounds = RoundService(app.sessions)
    first = rounds.open_round(info.actor, info.workspace_id, "Q3", anonymous=False, today=dt.date(2026, 7, 1))
    for i, text in enumerate(SCATTERED):
        rounds.submit(first.token, text, seconds=200 + i, respondent=f"person {i}")
    with pytest.raises(InputError, match="one answer each"):
        rounds.submit(first.token, "again", seconds=10, respondent="person 0")
    with pytest.raises(InputError, match="name"):
        rounds.submit(first.token, "no name given", seconds=10)
    second = rounds.open_round(info.actor, info.workspace_id, "Q4", anonymous=True, today=dt.date(2026, 10, 1))
    for text in SHARED:
        rounds.submit(second.token, text, seconds=60)
    stored = rounds.answers(info.actor, info.workspace_id, second.id)
    assert all(a.respondent is None for a in stored) and all(a.seconds == 60 for a in stored)
    history = rounds.history(info.actor, info.workspace_id, "We put fresh food on shelves on time, at a price that beats bigger rivals.")
    by_name = {h["round"]: h for h in history}
    assert by_name["Q4"]["consistency"] > by_name["Q3"]["consistency"]
    rounds.close_round(info.actor, info.workspace_id, second.id)
    with pytest.raises(InputError, match="closed"):
        rounds.submit(second.token, "late answer", seconds=5)


def test_bad_tokens_and_other_workspaces(demo_app):
    app, info = demo_app
    rounds = RoundService(app.sessions)
    with pytest.raises(NotFoundError):
        rounds.submit("not-a-token", "hello", seconds=1)
    opened = rounds.open_round(info.actor, info.workspace_id, "probe")
    with pytest.raises(InputError):
        rounds.submit(opened.token, "   ", seconds=1)
    from assistant.store.access import Actor

    with pytest.raises(PermissionDenied):
        rounds.answers(Actor(info.actor.user_id + 999, "cio"), info.workspace_id, opened.id)
    assert rounds.add_answers(info.actor, info.workspace_id, opened.id, [StaffAnswerIn(answer="pasted one")]) == 1


def test_staff_answer_page_through_the_link(demo_app, monkeypatch):
    """The round link opens a one-question page without any login, and records the answer."""
    from streamlit.testing.v1 import AppTest

    app, info = demo_app
    monkeypatch.setenv("COACH_DATA_DIR", str(app.settings.data_dir))
    opened = RoundService(app.sessions).open_round(info.actor, info.workspace_id, "Link test")
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "ui" / "app.py"), default_timeout=240)
    at.query_params["round"] = opened.token
    at.run()
    assert not at.exception
    at.text_area[0].input("We keep fresh food moving to the shelves on time.")
    at.button[0].click().run()
    assert not at.exception
    assert any("Thank you" in s.value for s in at.success)
    answers = RoundService(app.sessions).answers(info.actor, info.workspace_id, opened.id)
    assert [a.answer for a in answers] == ["We keep fresh food moving to the shelves on time."]
    assert answers[0].seconds is not None
