"""The calendar arithmetic of the SLA rules, worked out by hand from ../shared/spec/README.md.

Expected instants are written out, not derived: a wrong calendar cannot agree with them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from agencies.catalog import catalogue
from hub.sla.calendar import SHANGHAI, Overrides, WorkCalendar, default_calendar
from hub.sla.deadlines import due_after, remind_at, resume, time_left
from hub.sla.limits import Limit

CAL = default_calendar()


def at(text: str) -> datetime:
    """A Xiamen wall-clock time."""
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def due(sla_class: str, window: str, start: str) -> str:
    sla = catalogue().sla_classes[sla_class]
    limit = sla.sign_within if window == "sign" else sla.resolve_within
    return due_after(sla.clock, limit, at(start), CAL).isoformat()


@pytest.mark.parametrize(
    ("sla_class", "window", "start", "expected"),
    [
        # A plain week: Friday afternoon to Monday morning, working minutes only.
        ("standard", "sign", "2026-11-27T16:00", "2026-11-30T09:00:00+08:00"),
        # Day limits end at 17:30 of the n-th working day after the day the clock starts.
        ("standard", "resolve", "2026-11-30T09:00", "2026-12-09T17:30:00+08:00"),
        ("registration", "resolve", "2026-11-26T10:00", "2026-12-01T17:30:00+08:00"),
        ("registration", "resolve", "2026-11-26T17:29", "2026-12-01T17:30:00+08:00"),
        # National Day 2026: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 are working days.
        ("standard", "sign", "2026-09-30T16:00", "2026-10-08T09:00:00+08:00"),
        ("standard", "resolve", "2026-09-30T16:00", "2026-10-15T17:30:00+08:00"),
        ("standard", "sign", "2026-09-19T16:00", "2026-09-20T10:30:00+08:00"),
        ("standard", "sign", "2026-10-09T17:00", "2026-10-10T10:00:00+08:00"),
        ("registration", "resolve", "2026-09-18T10:00", "2026-09-22T17:30:00+08:00"),
        ("complex", "resolve", "2026-09-28T11:00", "2026-10-23T17:30:00+08:00"),
        # Spring Festival 2026: 02-15..02-23 off, Saturdays 02-14 and 02-28 are working days.
        ("registration", "resolve", "2026-02-13T10:00", "2026-02-25T17:30:00+08:00"),
        ("standard", "sign", "2026-02-13T17:00", "2026-02-14T10:00:00+08:00"),
        ("registration", "sign", "2026-02-14T16:00", "2026-02-24T11:00:00+08:00"),
        ("standard", "resolve", "2026-02-14T10:00", "2026-03-03T17:30:00+08:00"),
        # The lunch break does not count.
        ("standard", "sign", "2026-11-30T11:00", "2026-11-30T15:00:00+08:00"),
        ("standard", "sign", "2026-11-30T10:00", "2026-11-30T12:00:00+08:00"),
        ("standard", "sign", "2026-11-30T12:30", "2026-11-30T16:00:00+08:00"),
        ("registration", "sign", "2026-11-30T10:00", "2026-11-30T16:00:00+08:00"),
        # A start outside working hours counts from the next working period.
        ("standard", "sign", "2026-11-30T07:00", "2026-11-30T10:30:00+08:00"),
        ("standard", "sign", "2026-11-30T18:30", "2026-12-01T10:30:00+08:00"),
        ("standard", "sign", "2026-11-28T09:00", "2026-11-30T10:30:00+08:00"),
        ("standard", "sign", "2026-11-30T17:30", "2026-12-01T10:30:00+08:00"),
        # Day limits: a start on a non-working day counts from the next working day (day 1) ...
        ("registration", "resolve", "2026-11-28T09:00", "2026-12-02T17:30:00+08:00"),
        ("registration", "resolve", "2026-10-03T09:00", "2026-10-10T17:30:00+08:00"),
        # ... and a start on a working day, even outside its hours, makes the next one day 1.
        ("registration", "resolve", "2026-11-30T07:00", "2026-12-03T17:30:00+08:00"),
        ("registration", "resolve", "2026-11-30T20:00", "2026-12-03T17:30:00+08:00"),
        ("registration", "resolve", "2026-09-20T09:00", "2026-09-23T17:30:00+08:00"),
        # Calendar classes run 24x7, holidays included.
        ("emergency", "sign", "2026-10-01T23:50", "2026-10-02T00:20:00+08:00"),
        ("emergency", "resolve", "2026-02-16T08:00", "2026-02-17T08:00:00+08:00"),
        ("urgent", "sign", "2026-11-28T23:00", "2026-11-29T01:00:00+08:00"),
        ("urgent", "resolve", "2026-09-30T16:00", "2026-10-03T16:00:00+08:00"),
    ],
)
def test_due_times(sla_class: str, window: str, start: str, expected: str) -> None:
    assert due(sla_class, window, start) == expected


def test_an_instant_in_utc_is_counted_in_xiamen_time() -> None:
    # 2026-11-30T17:00Z is Tuesday 01:00 in Xiamen: the clock starts at 08:30 that Tuesday.
    start = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    assert due_after("working", Limit(2, "h"), start, CAL) == at("2026-12-01T10:30")
    assert due_after("working", Limit(3, "d"), start, CAL) == at("2026-12-04T17:30")


@pytest.mark.parametrize(
    ("clock", "limit", "start", "share", "expected"),
    [
        ("working", "2h", "2026-11-30T09:00", 0.8, "2026-11-30T10:36"),
        ("working", "2h", "2026-11-30T11:00", 0.8, "2026-11-30T14:36"),
        ("working", "4h", "2026-11-27T16:00", 0.8, "2026-11-30T10:12"),
        ("calendar", "30m", "2026-10-01T23:50", 0.5, "2026-10-02T00:05"),
        ("calendar", "72h", "2026-11-28T10:00", 0.75, "2026-11-30T16:00"),
        # 7d from Monday 09:00: 6.5h + 7 x 7h = 55.5h of working time; 80% is 44.4h,
        # which is 6.5h on Monday, 35h Tuesday to the next Monday, 2.9h on Tuesday 12-08.
        ("working", "7d", "2026-11-30T09:00", 0.8, "2026-12-08T11:24"),
    ],
)
def test_reminders_fall_at_their_share_of_the_window(
    clock: str, limit: str, start: str, share: float, expected: str
) -> None:
    begin = at(start)
    end = due_after(clock, Limit.parse(limit), begin, CAL)  # type: ignore[arg-type]
    assert remind_at(clock, begin, end, share, CAL) == at(expected)  # type: ignore[arg-type]


def test_a_stopped_clock_resumes_with_the_time_that_was_left() -> None:
    # Due Monday 15:00; stopped Monday 10:00 with 3 working hours to go (10-12, 14-15).
    left = time_left("working", at("2026-11-30T10:00"), at("2026-11-30T15:00"), CAL)
    assert left == timedelta(hours=3)
    # Started again Thursday 2026-10-01 (National Day): the hours count from 10-08 08:30.
    assert resume("working", at("2026-10-01T09:00"), left, CAL) == at("2026-10-08T11:30")
    assert resume("calendar", at("2026-10-01T09:00"), left, CAL) == at("2026-10-01T12:00")
    assert time_left("calendar", at("2026-10-02T00:00"), at("2026-10-01T12:00"), CAL) == timedelta()


def test_overrides_win_for_their_dates_only(tmp_path: Path) -> None:
    path = tmp_path / "overrides.yml"
    path.write_text(
        "2026:\n  holidays: [2026-12-31]\n"
        "2027:\n  holidays: [2027-01-01]\n  workdays: [2027-01-09]\n",
        encoding="utf-8",
    )
    cal = WorkCalendar(Overrides.load(path))
    assert not cal.is_working_day(date(2026, 12, 31))
    # The library still knows the rest of 2026: National Day stays off, 10-10 stays on.
    assert not cal.is_working_day(date(2026, 10, 1))
    assert cal.is_working_day(date(2026, 10, 10))
    # A year the library does not know: Monday-Friday, with the file's dates.
    assert not cal.is_working_day(date(2027, 1, 1))
    assert cal.is_working_day(date(2027, 1, 4))
    assert cal.is_working_day(date(2027, 1, 9))
    assert not cal.is_working_day(date(2027, 1, 10))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2027:\n  holidays: [2028-01-01]\n", "another year"),
        ("2027:\n  holidays: [2027-01-04]\n  workdays: [2027-01-04]\n", "both"),
        ("2027:\n  holidays: ['next friday']\n", "YYYY-MM-DD"),
    ],
)
def test_a_wrong_override_file_is_refused(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "overrides.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        Overrides.load(path)


def test_the_shipped_override_file_loads() -> None:
    assert isinstance(default_calendar().overrides, Overrides)
