"""A person's path through the real app in headless Chromium: portfolio → partner → note → plan → chat."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from browser_helpers import (
    CHROMIUM,
    SCREENSHOTS,
    chromium_tab,
    go,
    open_partner_from_portfolio,
    press_until,
    running_app,
    seeded_data_dir,
    wait_idle,
)

pytestmark = pytest.mark.browser

NOTE = (
    "Carys said the photo library move went well: we delivered it on the date we promised and her agency "
    "praised it. She now trusts our estimates and wants us at the pricing strategy day."
)
QUESTION = "How do I answer a CFO who says IT costs too much?"
LONG = 120_000  # ms; the first run of a page loads models


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed; the browser test drives Debian's chromium package.")
    base = tmp_path_factory.mktemp("e2e")
    data = seeded_data_dir(base / "data")
    with running_app(data, base / "streamlit.log") as url:
        yield url, data


@pytest.fixture(scope="module")
def page(server):  # type: ignore[no-untyped-def]
    with chromium_tab(LONG) as tab:
        yield tab


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_timeout(500)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_user_journey(server, page) -> None:  # type: ignore[no-untyped-def]
    url, data = server

    # 1. The portfolio opens on the demo workspace: map and partner table.
    page.goto(url)
    page.get_by_role("heading", name="Portfolio", exact=True).wait_for()
    page.get_by_test_id("stDataFrame").wait_for()
    page.get_by_test_id("stVegaLiteChart").first.wait_for()
    wait_idle(page)
    shot(page, "01-portfolio")

    # 2. Open a partner from the portfolio.
    open_partner_from_portfolio(page, "Carys Bellamy")
    page.get_by_role("heading", name="Partner", exact=True).wait_for()
    page.get_by_role("heading", name="Carys Bellamy").wait_for()
    wait_idle(page)
    shot(page, "02-partner")

    # 3. Add a note by pasting text; it is saved, indexed and the partner reassessed.
    page.get_by_role("tab", name="Notes", exact=True).click()
    page.get_by_label("Note text").fill(NOTE)
    page.get_by_label("Title").first.fill("Photo library follow-up")
    page.get_by_role("button", name="Save note").click()
    page.get_by_text("Note saved and the assessment updated.").wait_for()
    wait_idle(page)
    page.get_by_role("tab", name="Notes", exact=True).click()
    page.get_by_text("Photo library follow-up").first.wait_for()
    shot(page, "03-note-added")

    # 4. The assessment now quotes the new note.
    page.get_by_role("tab", name="Assessment", exact=True).click()
    assessment = page.get_by_role("tabpanel", name="Assessment", exact=True)
    assessment.get_by_text("trusts our estimates", exact=False).first.wait_for()
    shot(page, "04-assessment-updated")

    # 5. Meeting prep: generate a plan and see a citation.
    go(page, "Meeting prep")
    press_until(page, "Generate plan", page.get_by_text("Goal for this meeting", exact=False))
    wait_idle(page)
    page.get_by_text(
        "Details: where the partner stands", exact=False
    ).first.click()  # the sections sit under the main view
    citation = page.get_by_test_id("stCaptionContainer").filter(has_text="Sources:").first
    citation.wait_for()
    assert "knowledge/" in citation.inner_text() or "note " in citation.inner_text()
    shot(page, "05-plan")

    # 6. Chat: ask, read the answer with its sources, give a thumbs-up.
    go(page, "Chat")
    page.get_by_test_id("stChatInput").locator("textarea").fill(QUESTION)
    page.keyboard.press("Enter")
    page.get_by_text("From the coaching material", exact=False).first.wait_for()
    wait_idle(page)
    page.get_by_test_id("stExpander").filter(has_text="Sources").last.wait_for()
    page.get_by_test_id("stFeedback").last.get_by_label("Thumbs up").click()
    page.get_by_text("Thanks: your feedback is saved.").wait_for()
    wait_idle(page)
    shot(page, "06-chat-feedback")

    with sqlite3.connect(data / "coach.db") as db:
        feedback = db.execute(
            "SELECT feedback FROM chat_messages WHERE role = 'assistant' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert feedback == (1,)
