"""Chat exports whose times are micro- or nanoseconds since 1970 date their entries on the right day."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.text.exports import plain_exports

_PARTNER = Path(__file__).parent / "data" / "plan_training" / "1180_fleet_chat_export_micro.md"


def _days(text: str) -> list[str]:
    return re.findall(r"^(\d{4}-\d{2}-\d{2}) chat$", plain_exports(text), re.MULTILINE)


def test_microsecond_and_nanosecond_stamps_date_their_days() -> None:
    assert _days(_PARTNER.read_text(encoding="utf-8")) == ["2026-09-22", "2026-10-14", "2026-11-19"]


def test_every_message_survives_the_export() -> None:
    plain = plain_exports(_PARTNER.read_text(encoding="utf-8"))
    assert "tunnel stretch" in plain and "fuel-card data" in plain and "vendor API key" in plain


def test_seconds_and_milliseconds_still_read() -> None:
    text = ('{"messages": [{"ts": 1790066400, "user_name": "A", "text": "one"},'
            ' {"ts": "1791969120000", "user_name": "B", "text": "two"}]}')
    assert _days(text) == ["2026-09-22", "2026-10-14"]


def test_a_number_out_of_any_epoch_range_is_no_date() -> None:
    text = '{"messages": [{"ts": 12345, "user_name": "A", "text": "one"}]}'
    assert _days(text) == []
