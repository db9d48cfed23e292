"""Load the fictional demo organisation into a workspace, with demo accounts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml
from sqlalchemy import select

from assistant.factory import App
from assistant.paths import DEMO_DIR
from assistant.services.partners import NoteDraft
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import ConsistencyRound, StaffAnswer, User, Workspace

DEMO_CIO = ("demo-cio", "demo-cio-pass")
DEMO_COACH = ("demo-coach", "demo-coach-pass")
DEMO_ADMIN = ("demo-admin", "demo-admin-pass")


@dataclass
class DemoInfo:
    actor: Actor
    workspace_id: int
    created: bool
    credentials: list[tuple[str, str, str]]


def load_organisation(path: Path = DEMO_DIR / "organisation.yaml") -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def ensure_demo(app: App, folder: Path = DEMO_DIR) -> DemoInfo:
    """Create the demo accounts and workspace once; later calls return them."""
    credentials = [("CIO", *DEMO_CIO), ("coach", *DEMO_COACH), ("admin", *DEMO_ADMIN)]
    with app.sessions() as s:
        cio = s.scalar(select(User).where(User.username == DEMO_CIO[0]))
        if cio is not None:
            ws = s.scalar(select(Workspace).where(Workspace.owner_id == cio.id).order_by(Workspace.id))
            if ws is not None:
                return DemoInfo(Actor(cio.id, "cio", cio.display_name), ws.id, False, credentials)
        org = load_organisation(folder / "organisation.yaml")
        if cio is None:
            cio = create_user(s, DEMO_CIO[0], DEMO_CIO[1], "cio", org["cio"]["name"])
            create_user(s, DEMO_COACH[0], DEMO_COACH[1], "coach", "Morgan Hale (coach)")
            create_user(s, DEMO_ADMIN[0], DEMO_ADMIN[1], "admin", "Demo admin")
        s.commit()
        actor = Actor(cio.id, "cio", cio.display_name)
    service = app.coach
    ws = service.create_workspace(actor, f"{org['organisation']} (demo)", org["organisation"])
    service.set_value_statement(actor, ws.id, org["value_statement"])
    ids: dict[str, int] = {}
    for partner in org["partners"]:
        row = service.add_partner(actor, ws.id, partner["name"], partner.get("role", ""), partner.get("function", ""), partner.get("power"), partner.get("interest"))
        ids[partner["id"]] = row.id
        drafts = [NoteDraft(n["text"], _date(n.get("date")), n.get("kind", "other"), n.get("title", "")) for n in partner.get("notes", [])]
        if drafts:
            service.add_notes(actor, ws.id, row.id, drafts)  # reassesses the partner once
    for c in org.get("commitments", []):
        promise = service.add_commitment(actor, ws.id, ids[c["to"]], c["what"], c["owner"], _date(c.get("due")))
        if c.get("status") and c["status"] != "open":
            service.set_commitment_status(actor, ws.id, promise.id, c["status"], c.get("how"), _date(c.get("delivered_on")))
    _load_staff_answers(app, ws.id, folder / "staff_answers.csv")
    return DemoInfo(actor, ws.id, True, credentials)


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
        return value  # type: ignore[return-value]
    return dt.date.fromisoformat(str(value))
