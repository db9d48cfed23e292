"""The Week ahead page with AppTest: the demo week, one click to Meeting prep, an uploaded calendar, a bad file."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest
from week_helpers import ROOT, ics_tomorrow, light_demo_env

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

APP = str(ROOT / "ui" / "app.py")


@pytest.fixture(scope="module", autouse=True)
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    env = light_demo_env(tmp_path_factory.mktemp("week-ui"))
    with pytest.MonkeyPatch.context() as mp:
        for key, value in env.items():
            mp.setenv(key, value)
        from ui.state import _started, get_app

        _started.clear()
        yield get_app()
        _started.clear()


def week_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page("views/week_ahead.py").run()
    assert not at.exception, at.exception
    return at


def text(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown).replace("\\", "")  # escape_md escapes ":" and the like


def partner_id(app: object, name: str) -> int:
    from assistant.services.demo import ensure_demo

    info = ensure_demo(app)  # type: ignore[arg-type]
    return next(p.id for p in app.coach.partners(info.actor, info.workspace_id) if p.name == name)  # type: ignore[attr-defined]


def test_the_demo_week_is_listed_with_prep_status_and_prepare_opens_meeting_prep_on_the_partner(app: object) -> None:
    at = week_page()
    shown = text(at)
    assert "Weekly 1:1 Owen / Anjali" in shown  # a Monday meeting: in every seven-day window
    assert "With **Owen Threlfall**" in shown and "last note" in shown
    assert at.dataframe, "the due-for-contact table"
    owen = partner_id(app, "Owen Threlfall")
    button = next(b for b in at.button if b.key and b.key.endswith(f"_{owen}"))
    button.click().run()
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == ["Meeting prep"]
    assert at.selectbox(key="prep_partner").value == owen
    assert at.text_input(key="prep_purpose").value == "Weekly 1:1 Owen / Anjali"


def test_an_uploaded_calendar_replaces_the_demo_and_a_bad_file_is_named(app: object) -> None:
    at = week_page()
    at.file_uploader(key="week_ics").set_value(("mine.ics", ics_tomorrow("Route data review", "Priyanka Dhillon"), "text/calendar")).run()
    assert not at.exception, at.exception
    shown = text(at)
    assert "Route data review" in shown and "With **Priyanka Dhillon**" in shown
    assert "Weekly 1:1 Owen / Anjali" not in shown
    at.file_uploader(key="week_ics").set_value(("broken.ics", b"this is not a calendar", "text/calendar")).run()
    assert not at.exception, at.exception
    assert any("broken.ics is not a readable calendar file" in e.value for e in at.error)


def test_the_partner_page_stores_the_calendar_email_used_for_matching(app: object) -> None:
    from assistant.services.demo import ensure_demo

    denise = partner_id(app, "Denise Holroyd")
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state["partner_id"] = denise
    at.run()
    at.switch_page("views/partner.py").run()
    at.text_input(key=f"email_{denise}").set_value("denise at hw")
    at.button(key=f"save_email_{denise}").click().run()
    assert any("not an e-mail address" in e.value for e in at.error)
    at.text_input(key=f"email_{denise}").set_value(" Denise.H@HebdenWray.example ").run()
    at.button(key=f"save_email_{denise}").click().run()
    assert not at.exception, at.exception
    info = ensure_demo(app)  # type: ignore[arg-type]
    assert app.coach.partner(info.actor, info.workspace_id, denise).email == "denise.h@hebdenwray.example"  # type: ignore[attr-defined]
    at = week_page()
    calendar = ics_tomorrow("People plan", "Dee").replace(b"someone@partner.example", b"denise.h@hebdenwray.example")
    at.file_uploader(key="week_ics").set_value(("hr.ics", calendar, "text/calendar")).run()
    assert "With **Denise Holroyd**" in text(at) and "Matched by email" in "\n".join(c.value for c in at.caption)
