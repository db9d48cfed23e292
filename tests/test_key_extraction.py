"""The key benchmark's matching: a plan item counts for a key item only on the same side, by date or by content."""

from evals.key_extraction import score_partner

KEY = {
    "expected": {"quadrant": "utility"},
    "open": [
        {"kind": "request", "text": "Priced offer for thirty handheld readers and a delivery week", "date": "2026-11-17",
         "due": "2026-12-11"},
        {"kind": "promise", "text": "Extend wireless coverage to the loading dock in next year's plan", "date": "2026-10-02", "due": None},
    ],
    "misses": [{"what": "carrier outage", "cause": "third_party", "forgiven": True}],
}


def _item(kind: str, owner: str, date: str | None, text: str, status: str = "open") -> dict[str, object]:
    return {"kind": kind, "owner": owner, "status": status, "date": date, "due": None, "text": text, "quote": ""}


def test_date_match_on_the_right_side_counts() -> None:
    plan = {"quadrant": "utility", "open_items": [_item("request", "partner", "2026-11-18", "Ein Preis bis Freitag")]}
    c = score_partner(KEY, plan, "x")
    assert (c.quadrant, c.theirs, c.theirs_found, c.ours_found, c.theirs_open_hits) == (1, 1, 1, 0, 1)
    assert c.missed == ["x ours: Extend wireless coverage to the loading dock in next year's plan"]


def test_wrong_side_or_unrelated_item_does_not_count() -> None:
    plan = {"quadrant": "partner", "open_items": [_item("promise", "us", "2026-11-17", "quote"),
                                                  _item("promise", "us", "2026-06-01", "new laptops for the lab")]}
    c = score_partner(KEY, plan, "x")
    assert (c.quadrant, c.theirs_found, c.ours_found, c.ours_items, c.ours_open_hits) == (0, 0, 0, 2, 0)


def test_content_match_and_done_status_and_wrong_ownership() -> None:
    plan = {"quadrant": "utility", "open_items": [
        _item("promise", "us", None, "Extend the loading dock coverage, in the plan", status="done"),
        _item("miss", "us", "2026-09-01", "the carrier outage"),
    ]}
    c = score_partner(KEY, plan, "x")
    assert (c.ours_found, c.closed, c.ours_open_hits, c.wrong_own) == (1, 1, 0, 1)
