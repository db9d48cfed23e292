"""Coach review workflow, audit trail and access rules."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from assistant.errors import InputError, PermissionDenied
from assistant.services.reviews import ReviewService
from assistant.store.access import Actor
from assistant.store.accounts import create_user
from assistant.store.models import User


@pytest.fixture(scope="module")
def setup(demo_app):
    app, info = demo_app
    with app.sessions() as s:
        coach = s.scalar(select(User).where(User.username == "demo-coach"))
        outsider = create_user(s, "other-coach", "lantern-river-stone-7", "coach", "Other coach")
        admin = s.scalar(select(User).where(User.username == "demo-admin"))
        s.commit()
        coach_actor = Actor(coach.id, "coach", coach.display_name)
        outsider_actor = Actor(outsider.id, "coach", "Other coach")
        admin_actor = Actor(admin.id, "admin", "admin")
    partner = app.coach.partners(info.actor, info.workspace_id)[0]
    plan_id, _ = app.coach.plan(info.actor, info.workspace_id, partner.id, "quarterly review")
    return app, info, ReviewService(app.sessions), coach_actor, outsider_actor, admin_actor, plan_id


def test_share_comment_send_back_revise_resubmit_approve(setup):
    app, info, review, coach, outsider, admin, plan_id = setup
    with pytest.raises(PermissionDenied):
        review.view(coach, plan_id)  # not shared yet
    review.share(info.actor, info.workspace_id, plan_id, coach.user_id)
    assert [v.plan_id for v in review.inbox(coach)] == [plan_id]
    review.comment(coach, plan_id, "opening", "Open with the payroll miss, in his words.", rating=3)
    review.edit_section(coach, plan_id, "opening", "Graham, I want to start with March's payroll run.")
    with pytest.raises(InputError):
        review.decide(coach, plan_id, "send_back", "")
    review.decide(coach, plan_id, "send_back", "The goal is too big for one meeting.")
    assert review.view(info.actor, plan_id).status == "sent_back"
    view = review.view(info.actor, plan_id)
    assert view.coach_edits["opening"].startswith("Graham")
    revised = view.plan.model_copy(deep=True)
    revised.sections[0].text = "Agree one dated fix for the month-end pack."
    review.revise(info.actor, info.workspace_id, plan_id, revised)
    review.share(info.actor, info.workspace_id, plan_id, coach.user_id)
    assert review.view(coach, plan_id).status == "resubmitted"
    review.decide(coach, plan_id, "approve_with_edits")
    actions = [e.action for e in review.audit_log(info.actor, plan_id)]
    assert actions == ["shared", "comment", "edit", "sent_back", "revise", "resubmitted", "approved_with_edits"]
    case = review.export_case(info.actor, plan_id)
    assert case["decision"] == "approved_with_edits" and case["coach_rating"] == 3


def test_access_rules(setup):
    app, info, review, coach, outsider, admin, plan_id = setup
    for actor in (outsider, admin):
        with pytest.raises(PermissionDenied):
            review.view(actor, plan_id)
        with pytest.raises(PermissionDenied):
            review.comment(actor, plan_id, "goal", "hello")
    with pytest.raises(PermissionDenied):
        review.decide(info.actor, plan_id, "approve")  # a CIO cannot approve their own plan
    with pytest.raises(PermissionDenied):
        review.shared_notes(coach, plan_id)  # notes not shared
    with pytest.raises(PermissionDenied):
        review.view(coach, plan_id + 10_000)  # tampered id: same message, no data
    with app.sessions() as s, pytest.raises(PermissionDenied):
        create_user(s, "sneaky", "lantern-river-stone-7", "admin", by=coach)  # no escalation


def test_sharing_notes_is_explicit(setup):
    app, info, review, coach, outsider, admin, plan_id = setup
    partner = app.coach.partners(info.actor, info.workspace_id)[1]
    other_plan, _ = app.coach.plan(info.actor, info.workspace_id, partner.id)
    review.share(info.actor, info.workspace_id, other_plan, coach.user_id, share_notes=True)
    notes = review.shared_notes(coach, other_plan)
    assert notes and all(n.partner_id == partner.id for n in notes)
    with pytest.raises(PermissionDenied):
        review.shared_notes(outsider, other_plan)
