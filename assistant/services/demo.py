"""Load the fictional demo organisation into a workspace, with demo accounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.calendar.demo import DEMO_CIO
from assistant.factory import App
from assistant.paths import DEMO_DIR
from assistant.services.partners import NoteDraft
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.lifecycle import reset_password
from assistant.store.models import ConsistencyRound, StaffAnswer, User, Workspace
from assistant.store.passwords import random_password

DEMO_USERS = {"CIO": DEMO_CIO, "coach": "demo-coach", "admin": "demo-admin"}


@dataclass
class DemoInfo:
    actor: Actor
    workspace_id: int
    created: bool
    credentials: list[tuple[str, str, str]]  # (role, username, password): only when just created or reset


def load_organisation(path: Path = DEMO_DIR / "organisation.yaml") -> dict[str, Any]:
    org: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return org


def ensure_demo(app: App, folder: Path = DEMO_DIR, new_passwords: bool = False) -> DemoInfo:
    """Create the demo accounts (random passwords, returned once) and workspace once; later calls return them.

    Passwords are stored only as hashes: a later call returns no credentials unless `new_passwords`
    sets fresh random ones. Called at start-up in COACH_AUTH=demo only (assistant.services.bootstrap) and by `coach demo`.
    """
    credentials: list[tuple[str, str, str]] = []
    with app.sessions() as s:
        cio = s.scalar(select(User).where(User.username == DEMO_USERS["CIO"]))
        if cio is not None and new_passwords:
            credentials = _new_passwords(s)
        if cio is not None:
            ws = s.scalar(select(Workspace).where(Workspace.owner_id == cio.id).order_by(Workspace.id))
            if ws is not None:
                return DemoInfo(Actor(cio.id, "cio", cio.display_name), ws.id, False, credentials)
        org = load_organisation(folder / "organisation.yaml")
        if cio is None:
            names = {"CIO": org["cio"]["name"], "coach": "Morgan Hale (coach)", "admin": "Demo admin"}
            for role, username in DEMO_USERS.items():
                password = random_password()
                user = create_user(s, username, password, role.lower(), names[role])
                credentials.append((role, username, password))
                cio = user if role == "CIO" else cio
        s.commit()
        assert cio is not None
        actor = Actor(cio.id, "cio", cio.display_name)
    service = app.coach
    home = service.create_workspace(actor, f"{org['organisation']} (demo)", org["organisation"])
    service.set_value_statement(actor, home.id, org["value_statement"])
    ids: dict[str, int] = {}
    for partner in org["partners"]:
        row = service.add_partner(actor, home.id, partner["name"], partner.get("role", ""), partner.get("function", ""), partner.get("power"), partner.get("interest"),
                                  partner.get("email"))
        ids[partner["id"]] = row.id
        drafts = [NoteDraft(n["text"], _date(n.get("date")), n.get("kind", "other"), n.get("title", "")) for n in partner.get("notes", [])]
        if drafts:
            service.add_notes(actor, home.id, row.id, drafts)  # reassesses the partner once
    for c in org.get("commitments", []):
        promise = service.add_commitment(actor, home.id, ids[c["to"]], c["what"], c["owner"], _date(c.get("due")))
        if c.get("status") and c["status"] != "open":
            service.set_commitment_status(actor, home.id, promise.id, c["status"], c.get("how"), _date(c.get("delivered_on")))
    _load_staff_answers(app, home.id, folder / "staff_answers.csv")
    return DemoInfo(actor, home.id, True, credentials)


def _new_passwords(session: Session) -> list[tuple[str, str, str]]:
    """Fresh random passwords for the demo accounts that exist (they also end their sessions)."""
    credentials = []
    for role, username in DEMO_USERS.items():
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            password = random_password()
            reset_password(session, username, password)
            credentials.append((role, username, password))
    return credentials


def _load_staff_answers(app: App, workspace_id: int, path: Path) -> None:
    if not path.is_file():
        return
    from assistant.value_statement.consistency import load_answers_csv

    answers = load_answers_csv(path)
    with app.sessions() as s:
        round_ = ConsistencyRound(workspace_id=workspace_id, name="Demo round", token="demo-" + str(workspace_id), anonymous=False, opened_on=dt.date(2026, 10, 1), closed=True)
        s.add(round_)
        s.flush()
        for a in answers:
            s.add(StaffAnswer(round_id=round_.id, respondent=a.respondent, role=a.role, answer=a.answer, seconds=a.seconds))
        s.commit()


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
