"""The Week ahead page in a real browser against a real server: the demo week, a screenshot, one click to Meeting prep."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_helpers import SCREENSHOTS, chromium_tab, go, running_app, wait_idle
from week_helpers import light_demo_env


def test_week_ahead_shows_the_demo_week_and_opens_meeting_prep(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = light_demo_env(tmp_path)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with running_app(Path(env["COACH_DATA_DIR"]), tmp_path / "streamlit.log") as url, chromium_tab(height=2400) as tab:
        tab.goto(url)  # type: ignore[attr-defined]
        wait_idle(tab)
        go(tab, "Week ahead")
        prepare = tab.get_by_role("button", name="Prepare")  # type: ignore[attr-defined]
        blocks = tab.locator("div[data-testid='stVerticalBlock']")  # type: ignore[attr-defined]
        owen = blocks.filter(has_text="Weekly 1:1 Owen / Anjali").filter(has=prepare).last  # the meeting's own box: the innermost
        owen.get_by_text("With Owen Threlfall", exact=False).wait_for()
        tab.get_by_role("heading", name="Due for contact").wait_for()  # type: ignore[attr-defined]
        tab.screenshot(path=str(SCREENSHOTS / "week-ahead.png"), full_page=True)  # type: ignore[attr-defined]
        owen.get_by_role("button", name="Prepare").click()
        tab.get_by_role("heading", name="Meeting prep", exact=True).wait_for()  # type: ignore[attr-defined]
        wait_idle(tab)
        assert "Owen Threlfall" in tab.get_by_role("combobox", name="Partner").input_value()  # type: ignore[attr-defined]
        assert tab.get_by_label("Purpose of the meeting").input_value() == "Weekly 1:1 Owen / Anjali"  # type: ignore[attr-defined]
