"""Session 16 guards found by the blind review of a fresh set (invented cases; fail on the code before them).

- a purpose item left as a verb's particle ("walk him through the outage story" -> "through the outage story") or an
  abstract noun ("trust on the rota tool") gets no line of its own;
- a "you want" whose object is a clause (a level, a complaint, our own work) is left out of the value message;
- a kept-out matter is never quoted as a long sentence (the confidential matter itself) in a plan a coach may see.
"""

from __future__ import annotations

import datetime as dt

from assistant.planning import avoid_naming
from assistant.planning.purpose_anchor import _DETERMINED, purpose_items
from assistant.planning.situation import build_situation
from assistant.planning.value_final import clause_as_want, finish_value
from assistant.schema import NoteText


def test_a_particle_left_by_a_framing_verb_is_no_item() -> None:
    assert purpose_items("through the outage story without a fight") == []  # "get him through ..." cut to its particle
    assert purpose_items("out the litigation hold story") == []
    assert "the spare router" in purpose_items("account for the spare router")


def test_only_a_thing_named_as_one_stands_in_a_line() -> None:
    assert _DETERMINED.match("the spare router") and _DETERMINED.match("your Wi-Fi quote")
    assert not _DETERMINED.match("trust on the rota tool") and not _DETERMINED.match("through the outage story")


def test_a_clause_in_the_want_slot_is_left_out() -> None:
    assert clause_as_want("Ines, you want IT is 3.9% of revenue, and I can't explain it.")
    assert clause_as_want("Kofi, you want our team double-booked the lorries.")
    assert not clause_as_want("Ines, you want close costs down from 9 days to 5.")
    assert not clause_as_want("You want it under 40 minutes.")
    message = finish_value("Ines, you want IT is 3.9% of revenue. For you, technology earns its keep by closing the books sooner.", "")
    assert "you want IT is" not in message and "closing the books sooner" in message


def test_a_long_confidential_sentence_is_not_quoted_as_the_topic() -> None:
    text = ("Partner: Ines Duarte, CFO\n\n2026-10-02\nConfidential, not for the meeting: the group is selling a minority stake in "
            "the logistics arm to a fund and the deal team meets every Thursday until March.\n")
    sit = build_situation([NoteText(text=text, date=dt.date(2026, 10, 2), ref="note 2026-10-02")], "Ines Duarte",
                          today=dt.date(2026, 10, 20))
    cue_lines = [s for s in sit.sentences if "not for the meeting" in s.text]
    assert cue_lines
    topic = avoid_naming.kept_out_topic(cue_lines[0], sit.sentences)
    assert len(topic.split()) <= avoid_naming.MAX_SENTENCE + 1


def test_a_matter_told_in_confidence_is_never_quoted() -> None:
    text = ("Partner: Ines Duarte, CFO\n\n2026-10-02\nBetween us, not for the meeting: we are buying the Porto depot.\n")
    sit = build_situation([NoteText(text=text, date=dt.date(2026, 10, 2), ref="note 2026-10-02")], "Ines Duarte",
                          today=dt.date(2026, 10, 20))
    cue_lines = [s for s in sit.sentences if "not for the meeting" in s.text]
    assert cue_lines
    assert avoid_naming.kept_out_topic(cue_lines[0], sit.sentences) == ""
