"""A note carrying a remote image, raw HTML and links makes the real app (headless Chromium) fetch nothing from
a remote host, and shows those pieces as plain text: on the partner page, in a chat answer that quotes the
note, and in a meeting plan.

Every request the page makes is recorded; requests for hosts other than the app's loopback address are
aborted, so the test itself never reaches the network.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from browser_helpers import (
    CHROMIUM,
    ROOT,
    SCREENSHOTS,
    chromium_tab,
    go,
    open_partner_from_portfolio,
    pick,
    press_until,
    running_app,
    seeded_data_dir,
    wait_idle,
)

pytestmark = pytest.mark.browser

IMAGE = "![x](http://canary.example/img.png)"
RAW_HTML = "<img src=http://canary.example/raw.png>"
LINK = "[link](http://canary.example/page)"
BARE = "https://canary.example/bare"
NOTE = (
    f"Zora said the zebra crossing project slipped again {IMAGE} and the signal budget is now in doubt.\n"
    f"She wants the zebra crossing project finished before the school term {RAW_HTML} starts in spring.\n"
    f"Zora asked us to share the zebra crossing project plan {LINK} with her team by Friday, see {BARE} for it."
)
TITLE = "Zebra crossing ![t](http://canary.example/title.png)"
QUESTION = "What did Zora say about the zebra crossing project?"
LONG = 120_000

_ADD_NOTE = f"""
import datetime as dt
from assistant.services.demo import ensure_demo
from assistant.factory import build_app
app = build_app()
demo = ensure_demo(app)
partner = app.coach.add_partner(demo.actor, demo.workspace_id, "Zora Canary", "Head of Road Safety")
app.coach.add_note(demo.actor, demo.workspace_id, partner.id, {NOTE!r}, dt.date(2026, 11, 20), "meeting", {TITLE!r})
app.coach.assess(demo.actor, demo.workspace_id, partner.id)
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed; the browser test drives Debian's chromium package.")
    base = tmp_path_factory.mktemp("remote")
    data = seeded_data_dir(base / "data")
    env = {**os.environ, "COACH_DATA_DIR": str(data), "COACH_LLM": "offline"}
    subprocess.run([sys.executable, "-c", _ADD_NOTE], cwd=ROOT, env=env, check=True, timeout=600)
    with running_app(data, base / "streamlit.log") as url:
        yield url


@contextmanager
def _screenshot_on_failure(page) -> Iterator[None]:  # type: ignore[no-untyped-def]
    try:
        yield
    except BaseException:
        page.screenshot(path=str(SCREENSHOTS / "remote-content-failure.png"), full_page=True)
        raise


def _loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("data", "blob", "about") or parts.hostname in ("127.0.0.1", "localhost", "::1")


def assert_inert(page, where: str) -> None:  # type: ignore[no-untyped-def]
    """No element in the page links to or loads from the canary host."""
    for selector in (
        "img[src*='canary.example']",
        "a[href*='canary.example']",
        "[srcset*='canary.example']",
        "iframe",
        "object",
        "embed",
    ):
        found = page.locator(selector)
        assert found.count() == 0, f"{where}: {selector}: {found.first.evaluate('e => e.outerHTML')[:300]}"


def test_remote_content_in_a_note_is_never_fetched(server: str) -> None:
    requests: list[str] = []
    with chromium_tab(LONG) as page, _screenshot_on_failure(page):
        page.on("request", lambda request: requests.append(request.url))
        page.context.route("**/*", lambda route: route.continue_() if _loopback(route.request.url) else route.abort())
        page.goto(server)
        page.get_by_role("heading", name="Portfolio", exact=True).wait_for()
        wait_idle(page)

        # The partner page: the note's title, text and the quoted evidence.
        open_partner_from_portfolio(page, "Zora Canary")
        page.get_by_role("heading", name="Zora Canary").wait_for()
        wait_idle(page)
        page.get_by_role("tab", name="Notes", exact=True).click()
        note = page.get_by_test_id("stExpander").filter(has_text="Zebra crossing").first
        note.locator("summary").click()
        note.get_by_text("zebra crossing project slipped", exact=False).first.wait_for()
        notes = page.get_by_role("tabpanel", name="Notes", exact=True).inner_text()
        for piece in (IMAGE, RAW_HTML, LINK, BARE):
            assert piece in notes, piece
        assert_inert(page, "partner page")
        page.get_by_role("tab", name="Assessment", exact=True).click()
        wait_idle(page)
        assert_inert(page, "assessment")

        # Chat: the offline answer quotes the note's sentences (and its title) and shows them as text.
        go(page, "Chat")
        pick(page, "About", "Zora Canary")
        page.get_by_test_id("stChatInput").locator("textarea").fill(QUESTION)
        page.keyboard.press("Enter")
        # The answer (with a partner picked it starts from the notes) has arrived when it quotes them.
        page.get_by_test_id("stChatMessage").nth(1).get_by_text("zebra crossing project", exact=False).first.wait_for()
        wait_idle(page)
        answer = page.get_by_test_id("stChatMessage").last.inner_text()
        assert "zebra crossing project" in answer
        quoted = [piece for piece in (IMAGE, RAW_HTML, LINK, BARE) if piece in answer]
        assert len(quoted) >= 2, answer  # the answer quotes the sentences that carry them, verbatim
        assert_inert(page, "chat")
        page.screenshot(path=str(SCREENSHOTS / "remote-content-chat.png"), full_page=True)

        # Meeting prep: a plan built from the note.
        go(page, "Meeting prep")
        pick(page, "Partner", "Zora Canary")
        press_until(page, "Generate plan", page.get_by_text("Goal for this meeting", exact=False))
        wait_idle(page)
        assert_inert(page, "meeting prep")
        page.wait_for_timeout(1000)  # let any late image request show up

    remote = sorted({url for url in requests if not _loopback(url)})
    assert not remote, f"requests left for remote hosts: {remote}"
    assert any(url.startswith(server) for url in requests)  # the recorder did see the app's own traffic
