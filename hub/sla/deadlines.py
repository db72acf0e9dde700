"""Deadline arithmetic of the SLA rules (../shared/spec/README.md), on a working calendar."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from hub.sla.calendar import WorkCalendar
from hub.sla.limits import Limit

ClockKind = Literal["calendar", "working"]


def due_after(clock: ClockKind, limit: Limit, start: datetime, cal: WorkCalendar) -> datetime:
    """When a window of `limit` that opens at `start` closes.

    Calendar clock: elapsed time. Working clock: working minutes for m/h limits; for d limits the
    close of business of the n-th working day after the day the clock starts.
    """
    if clock == "calendar":
        return start + timedelta(minutes=limit.minutes)
    if limit.unit == "d":
        return cal.close_of_business(cal.nth_working_day_after(cal.local_date(start), limit.amount))
    return cal.add_working_time(start, timedelta(minutes=limit.minutes))


def time_left(clock: ClockKind, now: datetime, due: datetime, cal: WorkCalendar) -> timedelta:
    """Time that still counts against the limit (working time on the working clock)."""
    if clock == "calendar":
        return max(due - now, timedelta())
    return cal.working_time_between(now, due)


def resume(clock: ClockKind, at: datetime, left: timedelta, cal: WorkCalendar) -> datetime:
    """The new due time when a clock stopped with `left` to go starts again at `at`."""
    if clock == "calendar":
        return at + left
    return cal.add_working_time(at, left)


def remind_at(
    clock: ClockKind, start: datetime, due: datetime, share: float, cal: WorkCalendar
) -> datetime:
    """The instant (to the second) when `share` of the window from `start` to `due` is used."""
    used = time_left(clock, start, due, cal) * share
    return resume(clock, start, timedelta(seconds=int(used.total_seconds())), cal)
