"""Sign-in and coach review with local accounts (COACH_AUTH=local).

AppTest checks what each role sees after signing in (and that a bad or stale session shows nothing);
one browser test walks a plan through share → comment → send back → revise → resubmit → approve.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import (
    CHROMIUM,
    ROOT,
    SCREENSHOTS,
    chromium_tab,
    demo_login,
    go,
    press_until,
    running_app,
    seeded_data_dir,
    wait_idle,
)
from streamlit.testing.v1 import AppTest

if str(ROOT) not in sys.path:  # the ui package is not installed; the app adds the root itself when run
    sys.path.insert(0, str(ROOT))

from assistant.services.demo import DEMO_USERS  # noqa: E402

APP = str(ROOT / "ui" / "app.py")
TIMEOUT = 120
LONG = 120_000  # ms; the first run of a page loads models
VIEWPORT = {"width": 1400, "height": 1000}
_PAGE_HEIGHT = """() => {
  const block = document.querySelector("[data-testid='stMainBlockContainer']");
  const main = document.querySelector("[data-testid='stMain']");
  if (!block) return document.body.scrollHeight;
  return Math.ceil(block.getBoundingClientRect().top + (main ? main.scrollTop : 0) + block.scrollHeight);
}"""
WORKSPACE_PAGES = [
    "portfolio",
    "week_ahead",
    "partner",
    "meeting_prep",
    "rehearsal",
    "chat",
    "value_statement",
    "reviews",
    "settings",
]
PARTNER_NAMES = ("Carys Bellamy", "Hannah Voss", "Gareth Ince")

COMMENT = "Open with the delivery she praised before you ask for anything."
SEND_BACK_REASON = "The goal is vague: name the decision you want from her and by when."
REVISED_GOAL = "Agree that IT joins the pricing strategy day on 2026-12-10, with one named analyst."


# --------------------------------------------------------------------------- AppTest


@pytest.fixture(scope="module")
def local_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A seeded data folder served with COACH_AUTH=local; the app is built once and shared via get_app."""
    data = seeded_data_dir(tmp_path_factory.mktemp("review-ui") / "data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COACH_DATA_DIR", str(data))
        mp.setenv("COACH_LLM", "offline")
        mp.setenv("COACH_AUTH", "local")
        mp.setenv("COACH_SECRET_KEY", secrets.token_hex(32))
        from ui.state import _started, get_app

        _started.clear()
        app = get_app()
        assert app.settings.auth == "local"
        yield app
        _started.clear()


def open_app(**state: object) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def sign_in(at: AppTest, username: str, password: str) -> AppTest:
    [user_box, password_box] = at.text_input
    user_box.set_value(username)
    password_box.set_value(password)
    at.button(key="FormSubmitter:login-Sign in").click().run()
    assert not at.exception, at.exception
    return at


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def everything_shown(at: AppTest) -> str:
    """All text the page shows, for 'no data' checks."""
    parts = [
        str(e.value)
        for kind in ("markdown", "caption", "text", "info", "success", "warning", "error")
        for e in at.get(kind)
    ]
    parts += [str(df.value) for df in at.dataframe]
    return "\n".join(parts)


def assert_no_workspace_data(at: AppTest) -> None:
    shown = everything_shown(at)
    assert not at.dataframe, "no table of partners or users"
    for name in PARTNER_NAMES:
        assert name not in shown


def can_open(at: AppTest, page: str) -> bool:
    try:
        at.switch_page(f"views/{page}.py")
    except ValueError:
        return False
    at.run()
    assert not at.exception, at.exception
    return True


def test_not_signed_in_shows_the_sign_in_page(local_app) -> None:  # type: ignore[no-untyped-def]
    at = open_app()
    assert titles(at) == ["Sign in"]
    assert [t.label for t in at.text_input] == ["Username", "Password"]
    assert not at.sidebar.button, "no Sign out button before signing in"
    assert_no_workspace_data(at)
    assert not can_open(at, "portfolio")


def test_wrong_password_is_refused_and_shows_no_data(local_app) -> None:  # type: ignore[no-untyped-def]
    at = sign_in(open_app(), DEMO_USERS["CIO"], "not-the-password")
    assert titles(at) == ["Sign in"]
    assert any("Wrong username or password" in e.value for e in at.error)
    assert "session_token" not in at.session_state
    assert_no_workspace_data(at)
    assert not can_open(at, "portfolio")

    at = sign_in(open_app(), "nobody-here", "whatever-pass")
    assert any("Wrong username or password" in e.value for e in at.error)
    assert_no_workspace_data(at)


def test_cio_sees_the_workspace_pages(local_app) -> None:  # type: ignore[no-untyped-def]
    at = sign_in(open_app(), *demo_login("CIO"))
    assert titles(at) == ["Portfolio"]
    assert not at.error, [e.value for e in at.error]
    assert "Carys Bellamy" in set(at.dataframe[0].value["Name"])
    assert any("(cio)" in c.value for c in at.sidebar.caption)
    assert [b.label for b in at.sidebar.button] == ["Sign out"]
    for page in WORKSPACE_PAGES:
        assert can_open(at, page), page
    assert titles(at) == ["Settings and status"]
    assert not can_open(at, "users"), "a CIO does not manage users"


def test_coach_sees_only_the_review_inbox(local_app) -> None:  # type: ignore[no-untyped-def]
    at = sign_in(open_app(), *demo_login("coach"))
    assert titles(at) == ["Coach reviews"]
    assert not at.error, [e.value for e in at.error]
    assert any("(coach)" in c.value for c in at.sidebar.caption)
    assert_no_workspace_data(at)
    for page in WORKSPACE_PAGES + ["users"]:
        if page != "reviews":
            assert not can_open(at, page), f"a coach must not reach {page}"
    assert titles(at) == ["Coach reviews"]


def test_admin_sees_users_and_no_notes(local_app) -> None:  # type: ignore[no-untyped-def]
    at = sign_in(open_app(), *demo_login("admin"))
    assert titles(at) == ["Users"]
    assert not at.error, [e.value for e in at.error]
    users = at.dataframe[0].value
    assert set(DEMO_USERS.values()) <= set(users["username"])
    assert set(users.columns) == {"username", "name", "role", "locked", "disabled"}
    shown = everything_shown(at)
    for name in PARTNER_NAMES:
        assert name not in shown
    for page in WORKSPACE_PAGES:
        assert not can_open(at, page), f"an admin must not reach {page}"


def _token(app, username: str, secret: str, minutes: int, now: dt.datetime | None = None) -> str:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from assistant.store.access import Actor
    from assistant.store.accounts import issue_session
    from assistant.store.models import User

    with app.sessions() as s:
        user = s.scalar(select(User).where(User.username == username))
        actor = Actor(user.id, user.role, user.display_name, user.session_version)
    return issue_session(actor, secret, minutes, now=now)


def _stale_tokens(app) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from assistant.store.models import utcnow
    from assistant.store.signing import signing_key

    secret = signing_key(app.settings)
    good = _token(app, DEMO_USERS["CIO"], secret, 60)
    user_id, _role, version, expiry, mac = good.split(":")
    return {
        "expired": _token(app, DEMO_USERS["CIO"], secret, 5, now=utcnow() - dt.timedelta(hours=2)),
        "wrong secret": _token(app, DEMO_USERS["CIO"], "not-the-server-secret", 60),
        "role raised": f"{user_id}:admin:{version}:{expiry}:{mac}",
        "expiry pushed": f"{user_id}:cio:{version}:{int(expiry) + 86_400}:{mac}",
        "garbage": "not-a-token",
    }


@pytest.mark.parametrize("kind", ["expired", "wrong secret", "role raised", "expiry pushed", "garbage"])
def test_stale_or_tampered_session_asks_to_log_in_again(local_app, kind: str) -> None:  # type: ignore[no-untyped-def]
    token = _stale_tokens(local_app)[kind]
    at = open_app(session_token=token, workspace_id=1)
    assert titles(at) == ["Sign in"], kind
    assert any("Please log in again" in w.value for w in at.warning), [w.value for w in at.warning]
    assert "session_token" not in at.session_state
    assert "workspace_id" not in at.session_state
    assert_no_workspace_data(at)
    assert not can_open(at, "portfolio")


def test_valid_token_opens_the_workspace(local_app) -> None:  # type: ignore[no-untyped-def]
    """The control for the test above: the same kind of token, fresh and signed with the server key."""
    from assistant.store.signing import signing_key

    at = open_app(session_token=_token(local_app, DEMO_USERS["CIO"], signing_key(local_app.settings), 60))
    assert titles(at) == ["Portfolio"]


def test_sign_out_returns_to_the_sign_in_page(local_app) -> None:  # type: ignore[no-untyped-def]
    at = sign_in(open_app(), *demo_login("CIO"))
    assert titles(at) == ["Portfolio"]
    at.sidebar.button[0].click().run()
    assert not at.exception, at.exception
    assert titles(at) == ["Sign in"]
    assert "session_token" not in at.session_state
    assert_no_workspace_data(at)


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def review_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed; the browser test drives Debian's chromium package.")
    base = tmp_path_factory.mktemp("review-e2e")
    data = seeded_data_dir(base / "data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COACH_AUTH", "local")
        mp.setenv("COACH_SECRET_KEY", secrets.token_hex(32))
        with running_app(data, base / "streamlit.log") as url:
            yield url, data


@pytest.fixture(scope="module")
def browser_page(review_server):  # type: ignore[no-untyped-def]
    with chromium_tab(LONG, **VIEWPORT) as tab:
        yield tab


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Screenshot the whole page: Streamlit scrolls inside its main block, so grow the window to fit it first."""
    wait_idle(page)
    height = page.evaluate(_PAGE_HEIGHT)
    page.set_viewport_size({"width": VIEWPORT["width"], "height": max(VIEWPORT["height"], min(height, 12_000))})
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENSHOTS / f"review-{name}.png"), full_page=True)
    page.set_viewport_size(VIEWPORT)


def shown(page, text: str):  # type: ignore[no-untyped-def]
    """Text shown as Markdown (not the same words still sitting in an input box)."""
    return page.get_by_test_id("stMarkdownContainer").filter(has_text=text).first


def expect_picker_shows(page, label: str, status: str) -> None:  # type: ignore[no-untyped-def]
    """The plan selectbox shows `status` in its label: the label follows the plan's status, not a stale one."""
    from playwright.sync_api import expect

    expect(page.get_by_role("combobox", name=label, exact=True)).to_have_value(
        re.compile(re.escape(status)), timeout=LONG
    )


def expect_no_decision_form(page) -> None:  # type: ignore[no-untyped-def]
    """A decided plan offers no second decision (and no section edits) until the CIO resubmits it."""
    from playwright.sync_api import expect

    wait_idle(page)
    expect(page.get_by_role("button", name="Record decision")).to_have_count(0)
    expect(page.get_by_text("Comment or edit this section")).to_have_count(0)


def submit_once(button, done, unsent) -> None:  # type: ignore[no-untyped-def]
    """Click a form's submit button and wait for `done`. Headless Chromium now and then drops the first click
    on a button inside a just-opened expander; click again only if the form still holds the unsent text."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    button.click()
    try:
        done.wait_for(timeout=20_000)
    except PlaywrightTimeout:
        if not unsent():
            raise
        button.click()
        done.wait_for()


def type_into(box, text: str) -> None:  # type: ignore[no-untyped-def]
    """Fill a text box and leave it, so that the form's submit button sits still when it is clicked."""
    box.fill(text)
    box.blur()
    box.page.wait_for_timeout(300)


def browser_sign_in(page, username: str, password: str, landing: str) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("heading", name="Sign in", exact=True).wait_for()
    wait_idle(page)
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("heading", name=landing, exact=True).wait_for()
    wait_idle(page)


def browser_sign_out(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_test_id("stSidebar").get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="Sign in", exact=True).wait_for()
    wait_idle(page)


@pytest.mark.browser
def test_review_flow_in_the_browser(review_server, browser_page) -> None:  # type: ignore[no-untyped-def]
    url, data = review_server
    page = browser_page
    page.goto(url)
    try:
        _walk_the_review(page)
    except Exception:
        page.screenshot(path=str(data.parent / "failure.png"), full_page=True)
        print(f"failure screenshot: {data.parent / 'failure.png'}")
        raise
    _check_the_database(data)


def _walk_the_review(page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    # 1. The CIO signs in, generates a plan and shares it with the demo coach, notes included.
    browser_sign_in(page, *demo_login("CIO"), landing="Portfolio")
    go(page, "Meeting prep")
    press_until(page, "Generate plan", page.get_by_text("Goal for this meeting", exact=False))
    wait_idle(page)
    share = page.get_by_test_id("stForm").filter(has_text="Share plan for review")
    share.get_by_text("Also share this partner's notes with the coach").click()
    share.get_by_role("button", name="Share plan for review").click()
    page.get_by_text("Shared with Morgan Hale (coach); status: shared", exact=False).wait_for()
    shot(page, "01-share")
    browser_sign_out(page)

    # 2. The coach opens the plan, comments on the goal and sends the plan back with a reason.
    browser_sign_in(page, *demo_login("coach"), landing="Coach reviews")
    page.get_by_text("Status: Waiting for review", exact=False).wait_for()
    page.get_by_text("Shared notes", exact=False).first.wait_for()
    shot(page, "02-coach-inbox")
    goal = (
        page.get_by_test_id("stExpander").filter(has_text="Comment or edit this section").first
    )  # the goal comes first
    goal.get_by_text("Comment or edit this section").click()
    type_into(goal.get_by_label("Comment", exact=True), COMMENT)
    submit_once(
        goal.get_by_role("button", name="Save"),
        page.get_by_text("Saved.", exact=True),
        unsent=lambda: goal.get_by_label("Comment", exact=True).input_value() == COMMENT,
    )
    shown(page, COMMENT).wait_for()
    wait_idle(page)
    # The box empties after saving (retried: a rerun briefly shows the old and the new box side by side).
    expect(goal.get_by_label("Comment", exact=True).first).to_have_value("", timeout=LONG)
    shot(page, "03-coach-comment")
    decision = page.get_by_test_id("stForm").filter(has_text="Record decision")
    decision.get_by_text("Send back", exact=True).click()
    type_into(decision.get_by_label("Reasons (required to send back)"), SEND_BACK_REASON)
    decision.get_by_role("button", name="Record decision").click()
    page.get_by_text("Decision recorded", exact=False).wait_for()
    page.get_by_text("Status: Sent back", exact=False).wait_for()
    expect_picker_shows(page, "Plan", "(Sent back)")
    page.get_by_text("You have decided on this plan", exact=False).wait_for()
    expect_no_decision_form(page)
    shot(page, "04-sent-back")
    browser_sign_out(page)

    # 3. The CIO sees the decision and the comment, revises the goal and resubmits.
    browser_sign_in(page, *demo_login("CIO"), landing="Portfolio")
    go(page, "Coach reviews")
    page.get_by_text("Status: Sent back", exact=False).wait_for()
    shown(page, f"on Goal for this meeting: {COMMENT}").wait_for()
    shown(page, SEND_BACK_REASON).wait_for()
    shot(page, "05-cio-sent-back")
    revise = page.get_by_test_id("stForm").filter(has_text="Save revision and resubmit")
    type_into(revise.get_by_label("Goal for this meeting"), REVISED_GOAL)
    revise.get_by_role("button", name="Save revision and resubmit").click()
    page.get_by_text("Revised and resubmitted to the coach.").wait_for()
    page.get_by_text("Status: Resubmitted", exact=False).wait_for()
    expect_picker_shows(page, "Shared plan", "(Resubmitted)")
    shot(page, "06-resubmitted")
    browser_sign_out(page)

    # 4. The coach sees the revision and approves.
    browser_sign_in(page, *demo_login("coach"), landing="Coach reviews")
    page.get_by_text("Status: Resubmitted", exact=False).wait_for()
    shown(page, REVISED_GOAL).wait_for()
    decision = page.get_by_test_id("stForm").filter(has_text="Record decision")
    decision.get_by_text("Approve", exact=True).click()
    decision.get_by_role("button", name="Record decision").click()
    page.get_by_text("Decision recorded", exact=False).wait_for()
    page.get_by_text("Status: Approved", exact=False).wait_for()
    expect_picker_shows(page, "Plan", "(Approved)")
    expect_no_decision_form(page)
    shot(page, "07-approved")
    browser_sign_out(page)


def _check_the_database(data: Path) -> None:
    """The database agrees: approved, and the audit log tells the story in order."""
    from sqlalchemy import select

    from assistant.services.reviews import ReviewService
    from assistant.store.access import Actor
    from assistant.store.models import PlanRecord, User, make_engine, make_sessionmaker

    engine = make_engine(f"sqlite:///{data / 'coach.db'}")
    try:
        sessions = make_sessionmaker(engine)
        with sessions() as s:
            cio = s.scalar(select(User).where(User.username == DEMO_USERS["CIO"]))
            cio_actor = Actor(cio.id, cio.role, cio.display_name)
            shared = list(s.scalars(select(PlanRecord).where(PlanRecord.status != "draft")))
        assert len(shared) == 1, [(p.id, p.status) for p in shared]
        plan_id = shared[0].id
        review = ReviewService(sessions)
        view = review.view(cio_actor, plan_id)
        assert view.status == "approved"
        assert next(sec.text for sec in view.plan.sections if sec.key == "goal") == REVISED_GOAL
        actions = [entry.action for entry in review.audit_log(cio_actor, plan_id)]
        assert actions == ["shared", "comment", "sent_back", "revise", "resubmitted", "approved"], actions
        comments = [(c.section_key, c.text) for c in review.comments(cio_actor, plan_id)]
        assert comments == [("goal", COMMENT), ("", SEND_BACK_REASON)]
        assert review.shared_notes(Actor(shared[0].coach_id or 0, "coach"), plan_id), "the notes were shared"
    finally:
        engine.dispose()
