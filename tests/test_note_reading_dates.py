"""Date reading never crashes on an undated line or a leap day (a crash loses the whole plan)."""

from __future__ import annotations

import datetime as dt

from assistant.planning.due_dates import dates_in


def test_a_day_with_no_anchor_reads_as_nothing_rather_than_crashing() -> None:
    assert dates_in("by 10.03", dt.date.min) in ([], [dt.date(1, 3, 10)], [dt.date(2, 3, 10)])
    assert dates_in("send it by 05.02.2027", dt.date.min) == [dt.date(2027, 2, 5)]


def test_a_leap_day_rolled_into_the_next_year_keeps_a_real_date() -> None:
    days = dates_in("by 29 February", dt.date(2028, 12, 1))
    assert days and all(d.year == 2029 and d.month == 2 for d in days)

