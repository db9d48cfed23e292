"""Lines the CIO says aloud are sentences to the partner (spoken_script.py, plan round 17).

No line to say is an instruction to the CIO or holds the CIO's note; our own promise is said in our own voice; the one
thing of a seat asked for says the yes; a purpose item no sentence can answer stays visible in the open list.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from assistant.factory import build_engine
from assistant.planning.planner import PlanInput
from assistant.planning.purpose_anchor import named_in
from assistant.planning.situation_types import Situation
from assistant.planning.spoken_script import bare_ask, plain_one_thing, sayable, to_cio
from assistant.schema import Plan
from assistant.settings import Settings
from tests.plan_training_helpers import STATEMENT, TODAY, parsed

_NOTE_IN_LINE = re.compile(r"your note|our note|say where it stands|with one owner and a date \(", re.IGNORECASE)


def _plan(prefix: str, purpose: str, data_dir: Path) -> Plan:
    engine = build_engine(Settings(data_dir=data_dir), None)
    p = parsed(prefix)
    return engine.plan(PlanInput(p.partner, p.role, None, p.notes, engine.assess(p.notes, partner=p.partner), purpose, STATEMENT, [], TODAY))


def _main_view(plan: Plan) -> list[str]:
    return [plan.one_thing, *plan.script, *(f"{o.text} {o.quote}" for o in plan.open_items)]


def _sayable(plan: Plan) -> None:
    for line in plan.script:
        assert not to_cio(line) and not _NOTE_IN_LINE.search(line), line


def test_untyped_purpose_item_goes_to_the_open_list_not_an_instruction(tmp_path: Path) -> None:
    plan = _plan("495", "go through the tenant portal uptime and answer his housing improvement board invitation", tmp_path)
    _sayable(plan)
    assert any(named_in("the tenant portal uptime", text) for text in _main_view(plan)), _main_view(plan)
    assert not any("portal" in line and not line.startswith("Today I want to") for line in plan.script)  # no instruction; the CIO may say the aim (round 28)
    assert any(line.startswith("Yes") for line in plan.script), plan.script  # the invitation gets its yes


def test_our_own_promise_keeps_its_words_and_the_owed_item_stays_visible(tmp_path: Path) -> None:
    plan = _plan("495", "answer his housing improvement board invitation and settle the missing second scheduling quote", tmp_path)
    _sayable(plan)
    assert any(named_in("the missing second scheduling quote", text) for text in _main_view(plan))
    sit, today = Situation(), dt.date(2026, 12, 5)
    kept = "On 2 November we said we would “have the rota export to you by 1 December”. Did it reach you?"
    assert sayable(kept, sit, today) == kept  # our promise in the note's words: the marks say whose words they are


def test_lines_hold_no_note_and_the_estimate_is_answered(tmp_path: Path) -> None:
    plan = _plan("496", "confirm the away day talk and preview the retention report estimate", tmp_path)
    _sayable(plan)
    assert any("estimate" in line for line in plan.script), plan.script


def test_partner_without_typed_ask_keeps_a_sayable_script(tmp_path: Path) -> None:
    plan = _plan("494", "give her the costed scoping note and a named lead before her vendor meetings", tmp_path)
    _sayable(plan)
    assert len(plan.script) <= 3


def test_helpers_on_invented_lines() -> None:
    assert to_cio("On the spare scanners: say where it stands today, with one owner and a date.")
    assert to_cio("Answer what Nadia asked on 3 May, with one owner.")
    assert not to_cio("Yes to your planning-day invitation; Arun will attend with me.")
    assert bare_ask("Needs a reply by 9 March.") and bare_ask("Could you confirm by 2 June?")
    assert not bare_ask("a costed plan for the depot printers by 20 November")
    assert plain_one_thing("Answer what Nadia asked on 3 May, with one owner (your note: “She wants the rota export.”).") == \
        "Answer what Nadia asked on 3 May, with one owner."


def test_an_ask_to_take_a_seat_is_answered_with_a_yes(tmp_path: Path) -> None:
    plan = _plan("497", "answer her winter resilience panel request", tmp_path)
    _sayable(plan)
    assert plan.script and plan.script[0].startswith("Yes, I'll join the winter resilience panel"), plan.script
    assert "who from my team" in plan.script[0]  # the next step: who comes along, with its date
    assert not any("still open" in line for line in plan.script), plan.script
    assert "plain yes" in plan.one_thing and "asked on" not in plan.one_thing and "“" not in plan.one_thing, plan.one_thing
