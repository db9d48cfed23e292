"""A request passed on to another team ("Order sent to Purchasing") is a step toward the partner's ask, never its delivery."""

import datetime as dt

from assistant.conversation.delivered_since import settle_reported
from assistant.planning.situation import build_situation
from assistant.text.notes_format import parse_notes_text

NOTES = """Partner: Ines Barros, Head of Logistics
2026-05-04 call: Ines asked for scanners in all 12 depots by 1 September.
2026-05-20: Order sent to Purchasing with the 1 September date marked.
2026-09-10 note: Ines: "Still waiting, and the depots are asking."
"""


def _asks(notes: str) -> list:
    parsed = parse_notes_text(notes)
    sit = build_situation(parsed.notes, parsed.partner or "", [], dt.date(2026, 9, 20))
    settle_reported(sit)
    return [i for i in sit.items if i.kind == "request" and i.owner == "partner"]


def test_an_order_passed_to_purchasing_leaves_the_ask_open() -> None:
    asks = _asks(NOTES)
    assert asks and all(i.status != "done" for i in asks), [(i.status, i.done_quote) for i in asks]


def test_a_brief_delivery_line_still_settles_it() -> None:
    asks = _asks(NOTES.replace('2026-09-10 note: Ines: "Still waiting, and the depots are asking."', "2026-09-10 note: All 12 scanners delivered."))
    assert asks and asks[0].status == "done", [(i.status, i.done_quote) for i in asks]
