"""What is open between us (issue #20, plan round 14): typed facts decide what the open list holds. Training partners
214-217 (chat with the CIO's bracketed asides, a journal of asks delivered in other words, minutes with twin action
rows and a repeated ask, an e-mail with a plea, a keep-out instruction and a private matter)."""

from __future__ import annotations

from assistant.planning.situation import build_situation
from assistant.planning.situation_types import Item
from tests.plan_training_helpers import TODAY, parsed


def _items(prefix: str) -> list[Item]:
    p = parsed(prefix)
    return build_situation(p.notes, p.partner, today=TODAY).items


def _open_theirs(prefix: str) -> list[str]:
    return [i.quote for i in _items(prefix) if i.owner == "partner" and i.kind in ("request", "offer") and i.status == "open"]


def test_the_cios_bracketed_aside_is_no_offer_and_a_keep_out_line_no_request() -> None:
    quotes = _open_theirs("214")
    assert not [q for q in quotes if "Brightwell" in q or "forward" in q]
    assert [q for q in quotes if "lapsed subscribers" in q]
    note = [i for i in _items("214") if i.kind == "promise" and "answer by 6 March" in i.quote]
    assert len(note) == 1 and note[0].status == "done"  # the aside under it says it was sent


def test_asks_delivered_in_other_words_are_closed() -> None:
    items = {i.quote: i for i in _items("215") if i.kind == "request"}
    assert items["Omari asked for e-prescribing on clinics 2-5 by the summer."].done_quote.startswith("E-prescribing now live in clinics 2 to 5")
    assert items["Asked for the waiting list figures every week, split by specialty."].status == "done"  # "now go to him"
    assert items["Asked for the kiosk check-in to stop printing duplicate slips."].done_quote == "Kiosk check-in fix live 2 March."
    assert _open_theirs("215") == ["He asked for a costed plan for evening clinics by 11 December, for his board."]  # "Asked for it ..." is the same ask


def test_twin_action_rows_are_one_promise() -> None:
    ours = [i for i in _items("216") if i.kind == "promise" and i.owner == "us" and "Wi-Fi" in i.quote]
    assert len(ours) == 1 and ours[0].due is not None and ours[0].due.isoformat() == "2026-12-04"


def test_a_plea_a_keep_out_line_a_musing_and_a_private_matter_are_no_requests() -> None:
    quotes = _open_theirs("217")
    assert quotes == ["The loans committee meets on 21 January and I'd like you to take a permanent seat on it.",
                      "Can you send me the object-tracking estimate by 8 December?"]
    offers = [i for i in _items("217") if i.kind == "offer"]
    assert len(offers) == 1 and "permanent seat" in offers[0].quote


def test_an_enumeration_is_no_speaker_label_and_a_question_answered_on_the_spot_is_not_open() -> None:
    quotes = _open_theirs("218")
    assert [q.split(":")[0] for q in quotes] == ["One", "Two"], quotes  # "One: Saoirse asked ..." is the CIO's narration
    answered = [i for i in _items("218") if "fad" in i.quote]
    assert answered and answered[0].kind == "answered_request" and answered[0].status != "done"  # no delivery to build on


def test_a_bare_estimate_in_the_next_line_is_the_same_ask() -> None:
    quotes = _open_theirs("219")
    assert len(quotes) == 1 and "freezer alarms" in quotes[0], quotes


def test_a_line_marked_not_for_the_room_is_private_and_a_diary_preference_is_no_ask() -> None:
    from assistant.planning import situation_cues as cue
    from assistant.planning.handling_asks import handling_only

    assert cue.private("Personal, not for the room: Tomas's father moved into a care home and he travels up on Fridays.")
    assert cue.personal_matter("Marta's husband is in hospital this week.")
    ask = Item("request", "partner", "open", "She asked not to have meetings on Friday afternoons.", None, "n1", "asked",
               "not to have meetings on Friday afternoons")
    assert handling_only(ask)


def test_a_count_of_asks_and_keeping_a_finding_between_us_are_no_asks() -> None:
    from assistant.planning.handling_asks import handling_only
    from assistant.planning.note_reading import Partner
    from assistant.planning.whose_ask import not_theirs

    count = Item("request", "partner", "open", "In March he asked for three things.", None, "n1", "asked", "for three things.")
    assert not_theirs(count, Partner.from_name("Arturo Benz"))
    for comp in ("that it stays between us and the DPO until the council meets", "that it's dealt with between officers"):
        assert handling_only(Item("request", "partner", "open", f"She asked {comp}.", None, "n1", "asked", comp))
