"""Every page of the Streamlit app, driven with AppTest against a seeded temporary data folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from browser_helpers import ROOT, seeded_data_dir
from streamlit.testing.v1 import AppTest

if str(ROOT) not in sys.path:  # the ui package is not installed; the app adds the root itself when run
    sys.path.insert(0, str(ROOT))

APP = str(ROOT / "ui" / "app.py")
TIMEOUT = 120
QUESTION = "How do I answer a CFO who says IT costs too much?"


@pytest.fixture(scope="module", autouse=True)
def app_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One data folder with the demo workspace for the module; the app is built once and shared via get_app."""
    data = seeded_data_dir(tmp_path_factory.mktemp("ui") / "data")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COACH_DATA_DIR", str(data))
        mp.setenv("COACH_LLM", "offline")
        from ui.state import _started, get_app

        _started.clear()
        app = get_app()
        yield app
        _started.clear()


def open_app(page: str | None = None, **state: object) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(page).run()
        assert not at.exception, at.exception
    return at


def titles(at: AppTest) -> list[str]:
    return [t.value for t in at.title]


def all_markdown(at: AppTest) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


def _actor(app):  # type: ignore[no-untyped-def]
    from assistant.services.demo import ensure_demo

    return ensure_demo(app).actor


def _ws(app) -> int:  # type: ignore[no-untyped-def]
    from assistant.services.demo import ensure_demo

    return ensure_demo(app).workspace_id


def partner_id(app, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(p.id for p in app.coach.partners(_actor(app), _ws(app)) if p.name == name)


def test_portfolio_shows_map_and_partner_table() -> None:
    at = open_app()
    assert titles(at) == ["Portfolio"]
    assert not at.error
    table = at.dataframe[0].value
    assert len(table) >= 10
    assert {"Name", "Role", "Quadrant", "Confidence", "Last contact", "Open promises", "Overdue", "Attention"} <= set(table.columns)
    assert "Carys Bellamy" in set(table["Name"])
    assert at.get("vega_lite_chart"), "the perception map is drawn"


def test_portfolio_opens_the_chosen_partner(app_data) -> None:  # type: ignore[no-untyped-def]
    at = open_app()
    sid = partner_id(app_data, "Hannah Voss")
    at.selectbox(key="portfolio_pick").set_value(sid)
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert titles(at) == ["Partner"]
    assert at.session_state["partner_id"] == sid
    assert "Hannah Voss" in [s.value for s in at.subheader]


def test_partner_page_adds_a_note_and_reassesses(app_data) -> None:  # type: ignore[no-untyped-def]
    sid = partner_id(app_data, "Gareth Ince")
    at = open_app("views/partner.py", partner_id=sid)
    assert titles(at) == ["Partner"]
    assert [m.label for m in at.metric][:4] == ["Quadrant", "Dependence", "Competence", "Confidence"]
    before = len(app_data.coach.history(_actor(app_data), _ws(app_data), sid))
    notes_before = len(at.expander)
    at.text_area[0].set_value(
        "Gareth asked for a weekly dashboard of stock levels and said the new forecasting report saved his team a day. "
        "We will deliver the supplier scorecard by 2026-12-15."
    )
    at.text_input[0].set_value("Weekly catch-up")
    at.button(key="FormSubmitter:add_note-Save note").click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert any("Note saved" in s.value for s in at.success)
    assert len(at.expander) == notes_before + 1
    after = app_data.coach.history(_actor(app_data), _ws(app_data), sid)
    assert len(after) == before + 1, "saving a note reassesses the partner"
    assert any("supplier scorecard" in m for m in all_markdown(at).split("\n"))


def test_partner_page_shows_a_user_error_for_an_empty_note(app_data) -> None:  # type: ignore[no-untyped-def]
    at = open_app("views/partner.py", partner_id=partner_id(app_data, "Lewis Okonjo"))
    at.button(key="FormSubmitter:add_note-Save note").click().run()
    assert not at.exception
    assert any("The note is empty" in e.value for e in at.error)


def test_partner_page_override_and_ledger(app_data) -> None:  # type: ignore[no-untyped-def]
    sid = partner_id(app_data, "Owen Threlfall")
    at = open_app("views/partner.py", partner_id=sid)
    form_inputs = [t for t in at.text_input if t.label == "Reason"]
    form_inputs[0].set_value("He asked me to join the pricing review.")
    at.button(key="FormSubmitter:override-Save override").click().run()
    assert not at.exception, at.exception
    assert any("Override saved" in s.value for s in at.success)
    latest = app_data.coach.latest_assessment(_actor(app_data), _ws(app_data), sid)
    assert latest is not None and latest.engine.startswith("override")

    [what] = [t for t in at.text_input if t.label == "What we promised"]
    what.set_value("Send the cut-over plan")
    at.button(key="FormSubmitter:add_commitment-Add to ledger").click().run()
    assert not at.exception, at.exception
    assert any("Commitment added" in s.value for s in at.success)
    assert any("Send the cut-over plan" in set(df.value.get("What", [])) for df in at.dataframe)


def test_meeting_prep_generates_a_plan_with_sources(app_data) -> None:  # type: ignore[no-untyped-def]
    at = open_app("views/meeting_prep.py", partner_id=partner_id(app_data, "Carys Bellamy"))
    assert titles(at) == ["Meeting prep"]
    assert at.text_input(key="prep_purpose").value == "next regular meeting"
    at.button(key="generate").click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    text = all_markdown(at)
    assert "Goal for this meeting" in text
    assert "Opening" in text
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Sources:") and "knowledge/" in c for c in captions)
    assert len(at.get("download_button")) == 2

    at.button(key="accept_followups").click().run()
    assert not at.exception, at.exception
    assert any("promise ledger" in s.value for s in at.success)


def test_meeting_prep_edits_and_saves_the_plan(app_data) -> None:  # type: ignore[no-untyped-def]
    at = open_app("views/meeting_prep.py", partner_id=partner_id(app_data, "Denise Holroyd"))
    at.button(key="generate").click().run()
    at.toggle(key="plan_editing").set_value(True).run()
    assert not at.exception, at.exception
    at.text_area[0].set_value("Agree one dated delivery to show this month.")
    at.button(key="FormSubmitter:edit_plan-Save plan").click().run()
    assert not at.exception, at.exception
    assert any("Plan saved" in s.value for s in at.success)
    assert "Agree one dated delivery to show this month." in all_markdown(at)


def test_chat_answers_with_sources_and_takes_feedback(app_data) -> None:  # type: ignore[no-untyped-def]
    at = open_app("views/chat.py")
    assert titles(at) == ["Chat"]
    at.chat_input[0].set_value(QUESTION).run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    roles = [m.name for m in at.chat_message]
    assert roles[-2:] == ["user", "assistant"]
    answer = at.chat_message[-1]
    assert "From the coaching material" in "\n".join(m.value for m in answer.markdown)
    assert any(e.label.startswith("Sources") for e in answer.expander)

    at.feedback[-1].set_value(1).run()
    assert not at.exception, at.exception
    messages = app_data.coach.chat_history(_actor(app_data), _ws(app_data))
    assert messages[-1].role == "assistant" and messages[-1].feedback == 1

    at.text_input(key="chat_search").set_value("no-such-word-xyz").run()
    assert any("Nothing in this conversation matches" in i.value for i in at.info)


def test_value_statement_traps_and_consistency() -> None:
    at = open_app("views/value_statement.py")
    assert titles(at) == ["Value statement"]
    assert any("Current statement" in m for m in all_markdown(at).split("\n"))
    at.text_area(key="trap_text").set_value("We achieved 99.9% uptime and closed 4,000 tickets this quarter.")
    at.button(key="check_traps").click().run()
    assert not at.exception, at.exception
    assert at.warning, "value traps are flagged"

    at.button(key="run_consistency").click().run()
    assert not at.exception, at.exception
    labels = [m.label for m in at.metric]
    assert "Consistency" in labels and "Alignment with the statement" in labels
    assert "Themes" in all_markdown(at)


def test_value_statement_saves_a_new_version(app_data) -> None:  # type: ignore[no-untyped-def]
    at = open_app("views/value_statement.py")
    before = len(app_data.coach.value_statement_versions(_actor(app_data), _ws(app_data)))
    at.text_area[0].set_value("Technology helps us put fresh food into every shop on time, at a price that beats bigger rivals.")
    at.button(key="FormSubmitter:statement-Save as new version").click().run()
    assert not at.exception, at.exception
    assert any(f"version {before + 1}" in s.value for s in at.success)
    at.text_area[0].set_value("too short")
    at.button(key="FormSubmitter:statement-Save as new version").click().run()
    assert any("between 10 and 2,000 characters" in e.value for e in at.error)


def test_settings_page_shows_engine_and_index() -> None:
    at = open_app("views/settings.py")
    assert titles(at) == ["Settings and status"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Engine"] == "offline"
    assert int(metrics["Coaching material chunks"]) > 0
    assert int(metrics["Note chunks in this workspace"]) > 0
    assert any("Database:" in t.value for t in at.text)


def test_password_in_database_url_is_masked() -> None:
    from ui.state import mask_password

    assert mask_password("postgresql+psycopg://coach:s3cret@db:5432/coach") == "postgresql+psycopg://coach:***@db:5432/coach"
    assert mask_password("sqlite:///data/coach.db") == "sqlite:///data/coach.db"


def test_rehearsal_page_runs_a_drill_and_a_debrief() -> None:
    at = open_app("views/rehearsal.py")
    assert titles(at)[0].startswith("Rehears")
    at.button(key="rehearse_start").click().run()
    assert not at.exception, at.exception
    at.chat_input[0].set_value("You're right, we missed the date and that's on me. Kwame will send you the first piece by Friday 4 December; what matters most to your team?").run()
    assert not at.exception, at.exception
    at.button(key="rehearse_end").click().run()
    assert not at.exception, at.exception
    assert "debrief" in (all_markdown(at) + " ".join(str(s.value) for s in at.subheader)).lower()
    at.button(key="rehearse_save").click().run()
    assert not at.exception, at.exception


def test_partner_page_shows_how_a_note_was_read_and_takes_a_speaker_correction(app_data) -> None:  # type: ignore[no-untyped-def]
    actor, ws = _actor(app_data), _ws(app_data)
    sid = partner_id(app_data, "Lewis Okonjo")
    vendor_line = "Your IT people missed every date we gave them and the release board is far too slow."
    thread = (
        "From: Lewis Okonjo <lewis@example.org>\nSent: 2 Nov 2026 09:00\nSubject: RE: portal\n\n"
        "I want the partner portal live before the spring campaign; it is how we will grow this year.\n\n"
        f"On Sun, 1 Nov 2026 at 18:00, Kim Vendor <kim@vendor.example> wrote:\n> {vendor_line}\n"
    )
    note = app_data.coach.add_note(actor, ws, sid, thread, None, "email", "portal thread")
    at = open_app("views/partner.py", partner_id=sid)
    assert "How notes were read" in [t.label for t in at.tabs]
    sentence = at.selectbox(key=f"fix_sentence_{note.id}")
    assert vendor_line in sentence.options
    tables = [d.value for d in at.dataframe if "Sentence" in d.value.columns]
    said = {row["Sentence"]: row["Speaker"] for table in tables for _, row in table.iterrows()}
    assert said[vendor_line] == "someone else" and said[thread.split("\n")[4].split(";")[0] + "; it is how we will grow this year."] == "the partner"
    sentence.set_value(vendor_line)
    at.selectbox(key=f"fix_speaker_{note.id}").set_value("partner")
    at.button(key=f"FormSubmitter:speaker_fix_{note.id}-Correct the speaker").click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert any("Speaker corrected" in s.value for s in at.success)
    [reading] = [r for r in app_data.coach.note_readings(actor, ws, sid) if r.note_id == note.id]
    assert [s.speaker for e in reading.entries for s in e.sentences if s.text == vendor_line] == ["partner"]
    assert "(corrected)" in " ".join(str(v) for d in at.dataframe if "Speaker" in d.value.columns for v in d.value["Speaker"])
