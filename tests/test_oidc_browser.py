"""OIDC sign-in end to end (COACH_AUTH=oidc): the real app in headless Chromium, a real OpenID provider on 127.0.0.1.

The provider only vouches for an e-mail. The app signs the person in as the local account whose username is
that e-mail, with the local account's role; anyone else gets no access and sees no data. The provider's
own role and group claims grant nothing.
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browser_helpers import CHROMIUM, SCREENSHOTS, chromium_tab, running_app
from oidc_provider import LocalProvider, identity, local_oidc_provider

from bench.localproc import free_loopback_port

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore:get_jwt_config:DeprecationWarning"),  # inside the mock provider's Authlib use
]

LONG = 120_000  # ms; the first run of a page builds the app
LOCAL_EMAIL = "ada.lovelace@example.org"
# The provider sends the e-mail in another case, and claims an admin role the local account does not have.
ADA = identity("ada", "Ada.Lovelace@Example.ORG", name="Ada from the provider", role="admin", roles=["admin"], groups=["admins"])
MALLORY = identity("mallory", "mallory@example.org", name="Mallory", role="admin", roles=["admin"])
EVE = identity("eve", LOCAL_EMAIL, verified=False, name="Eve")  # Ada's e-mail, but the provider has not verified it
ADA_PARTNER = "Imogen Marsh"  # a partner in Ada's workspace
PARTNERS = (ADA_PARTNER, "Carys Bellamy", "Hannah Voss", "Gareth Ince")  # hers and the demo CIO's
SIGN_IN_BUTTON = "Sign in with your organisation's account"


def _prepare_data(data: Path) -> int:
    """A fresh data folder holding what an admin set up: Ada's CIO account (username = her e-mail), her
    workspace and one partner in it. Returns her user id."""
    from assistant.store.accounts import create_user
    from assistant.store.migrate import upgrade
    from assistant.store.models import Partner, Workspace, make_engine, make_sessionmaker

    data.mkdir(parents=True)
    engine = make_engine(f"sqlite:///{data / 'coach.db'}")
    try:
        upgrade(engine)
        with make_sessionmaker(engine)() as s:
            user = create_user(s, LOCAL_EMAIL, secrets.token_urlsafe(18), "cio", "Ada Lovelace")
            workspace = Workspace(name="Ada's workspace", owner_id=user.id)
            s.add(workspace)
            s.flush()
            s.add(Partner(workspace_id=workspace.id, name=ADA_PARTNER, role="CFO"))
            s.commit()
            return user.id
    finally:
        engine.dispose()


def _secrets_toml(app_port: int, provider: LocalProvider) -> str:
    return "\n".join([
        "[auth]",
        f'redirect_uri = "http://127.0.0.1:{app_port}/oauth2callback"',
        f'cookie_secret = "{secrets.token_hex(32)}"',
        'client_id = "cio-coach"',
        f'client_secret = "{secrets.token_hex(16)}"',
        f'server_metadata_url = "{provider.metadata_url}"',
        "",
    ])


@pytest.fixture(scope="module")
def oidc_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, LocalProvider, int]]:
    """The app with COACH_AUTH=oidc, a local CIO account for Ada's e-mail, and the provider it trusts."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed; the browser test drives Debian's chromium package.")
    base = tmp_path_factory.mktemp("oidc-e2e")
    data = base / "data"
    ada_id = _prepare_data(data)
    (base / "knowledge").mkdir()  # signing in needs no coaching material; an empty folder keeps start-up short
    with local_oidc_provider([ADA, MALLORY, EVE]) as provider:
        port = free_loopback_port()
        secrets_file = base / "secrets.toml"  # outside the repository: Streamlit is pointed at it
        secrets_file.write_text(_secrets_toml(port, provider))
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("COACH_AUTH", "oidc")
            mp.setenv("COACH_KNOWLEDGE_DIR", str(base / "knowledge"))
            mp.setenv("STREAMLIT_SECRETS_FILES", str(secrets_file))
            mp.setenv("COACH_SECRET_KEY", "oidc-test-signing-key-" + "k" * 32)  # local/OIDC mode refuses to start without one
            with running_app(data, base / "streamlit.log", port=port) as url:
                yield url, data, provider, ada_id


@pytest.fixture
def fresh_tab() -> Iterator[tuple[object, list[str]]]:
    """A fresh browser (no cookies) and the URL of every request it makes."""
    with chromium_tab(LONG) as tab:
        seen: list[str] = []
        tab.context.on("request", lambda request: seen.append(request.url))  # type: ignore[attr-defined]
        yield tab, seen


def wait_idle(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=LONG)


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_timeout(300)
    page.screenshot(path=str(SCREENSHOTS / f"oidc-{name}.png"), full_page=True)


def sign_in_at_provider(page, url: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    """Open the app, press its sign-in button, and sign in as `sub` on the provider's page."""
    page.goto(url)
    page.get_by_role("heading", name="Sign in", exact=True).wait_for()
    wait_idle(page)
    page.get_by_role("button", name=SIGN_IN_BUTTON).click()
    page.get_by_role("heading", name="Authorize Client").wait_for()  # the provider's own page
    page.get_by_role("button", name=sub, exact=True).click()
    page.wait_for_url(f"{url}/**")
    wait_idle(page)


def off_machine(urls: list[str]) -> list[str]:
    return [u for u in urls if urlsplit(u).scheme in ("http", "https", "ws", "wss")
            and urlsplit(u).hostname not in ("127.0.0.1", "localhost", "::1")]


def audit(data: Path, action: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data / "coach.db") as db:
        return db.execute("SELECT user_id, target, detail FROM audit_log WHERE action = ?", (action,)).fetchall()


def assert_no_access(page) -> None:  # type: ignore[no-untyped-def]
    """No workspace pages, no signed-in user, no partner's name anywhere in the page (input values included)."""
    from playwright.sync_api import expect

    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)
    expect(page.get_by_role("heading", name="Portfolio", exact=True)).to_have_count(0)
    expect(page.get_by_text("Signed in as")).to_have_count(0)
    html = page.content()
    assert not [name for name in PARTNERS if name in html]


def test_known_email_signs_in_with_the_local_role_and_signs_out(oidc_app, fresh_tab) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    url, data, provider, ada_id = oidc_app
    page, seen = fresh_tab
    sign_in_at_provider(page, url, "ada")

    # Signed in as the local account: its name and its role (cio), not the provider's name or admin claim.
    page.get_by_role("heading", name="Portfolio", exact=True).wait_for()
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text("Signed in as Ada Lovelace (cio)")).to_be_visible()
    nav = page.get_by_test_id("stSidebarNav")
    expect(nav.get_by_text("Meeting prep", exact=True)).to_be_visible()
    expect(nav.get_by_text("Users", exact=True)).to_have_count(0)
    # Her own workspace: her partner, none of the demo CIO's.
    expect(page.get_by_role("combobox", name="Open a partner")).to_have_value(re.compile(ADA_PARTNER))
    wait_idle(page)
    html = page.content()
    assert "Ada from the provider" not in html
    assert [name for name in PARTNERS if name in html] == [ADA_PARTNER]
    shot(page, "01-signed-in")

    # The app exchanged the code for a signed id_token itself, checking it against the provider's keys.
    assert "POST /oauth2/token" in provider.requests and "GET /jwks" in provider.requests
    assert [row[0] for row in audit(data, "login_oidc")] == [ada_id]

    # Signing out ends the provider's identity in the app too: the next visit asks to sign in again.
    sidebar.get_by_role("button", name="Sign out").click()
    page.get_by_role("heading", name="End Session").wait_for()  # the provider's end-session page
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(f"{url}/**")
    page.get_by_role("button", name=SIGN_IN_BUTTON).wait_for()
    page.goto(url)
    page.get_by_role("button", name=SIGN_IN_BUTTON).wait_for()
    wait_idle(page)
    assert_no_access(page)
    assert off_machine(seen) == []


def test_unknown_email_gets_no_access(oidc_app, fresh_tab) -> None:  # type: ignore[no-untyped-def]
    url, data, _, _ = oidc_app
    page, seen = fresh_tab
    sign_in_at_provider(page, url, "mallory")

    page.get_by_text("No account exists for mallory@example.org. Ask an admin").wait_for()
    assert_no_access(page)
    shot(page, "02-unknown-email")
    page.goto(url)  # a second visit with the provider's cookie still set: still nothing
    page.get_by_text("No account exists for mallory@example.org").wait_for()
    assert_no_access(page)
    assert ("", "mallory@example.org") in [row[1:] for row in audit(data, "login_oidc_refused")]
    assert off_machine(seen) == []


def test_unverified_email_gets_no_access(oidc_app, fresh_tab) -> None:  # type: ignore[no-untyped-def]
    url, _, _, _ = oidc_app
    page, seen = fresh_tab
    sign_in_at_provider(page, url, "eve")

    page.get_by_text(f"Your identity provider has not verified the e-mail {LOCAL_EMAIL}").wait_for()
    assert_no_access(page)
    assert off_machine(seen) == []
