"""Working time in mainland China: working days from chinese-calendar and overrides, and hours."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import chinese_calendar
import yaml

from config import CONFIG_DIR

log = logging.getLogger(__name__)

SHANGHAI = ZoneInfo("Asia/Shanghai")
WORKING_HOURS = ((time(8, 30), time(12, 0)), (time(14, 0), time(17, 30)))
_MAX_DAYS = 3660  # no limit in the catalogue comes near ten years; a guard against a bad calendar


@dataclass(frozen=True)
class Overrides:
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    years: frozenset[int] = frozenset()

    @classmethod
    def load(cls, path: Path) -> Overrides:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        holidays: set[date] = set()
        workdays: set[date] = set()
        for year, days in data.items():
            listed = {kind: _dates(path, year, (days or {}).get(kind)) for kind in KINDS}
            if any(d.year != int(year) for ds in listed.values() for d in ds):
                raise ValueError(f"{path}: a date under {year} belongs to another year")
            if listed["holidays"] & listed["workdays"]:
                raise ValueError(f"{path}: a date under {year} is both a holiday and a workday")
            holidays |= listed["holidays"]
            workdays |= listed["workdays"]
        return cls(frozenset(holidays), frozenset(workdays), frozenset(int(y) for y in data))


KINDS = ("holidays", "workdays")


def _dates(path: Path, year: object, values: object) -> set[date]:
    if values is None:
        return set()
    if not isinstance(values, list) or not all(
        isinstance(v, date) and not isinstance(v, datetime) for v in values
    ):
        raise ValueError(f"{path}: {year} must list dates as YYYY-MM-DD")
    return set(values)


@dataclass(frozen=True)
class WorkCalendar:
    """Counts working time: 08:30-12:00 and 14:00-17:30 on working days, Asia/Shanghai."""

    overrides: Overrides = field(default_factory=Overrides)
    hours: tuple[tuple[time, time], ...] = WORKING_HOURS
    tz: ZoneInfo = SHANGHAI

    def is_working_day(self, day: date) -> bool:
        """An entry of the override file wins; then chinese-calendar; then Monday-Friday."""
        if day in self.overrides.holidays:
            return False
        if day in self.overrides.workdays:
            return True
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:
            if day.year not in self.overrides.years:
                _warn_unknown_year(day.year)
            return day.weekday() < 5

    def periods(self, day: date) -> list[tuple[datetime, datetime]]:
        """The working periods of a day, empty on a day off."""
        if not self.is_working_day(day):
            return []
        return [(self._at(day, a), self._at(day, b)) for a, b in self.hours]

    def add_working_time(self, start: datetime, length: timedelta) -> datetime:
        """The instant when `length` of working time has passed since `start`."""
        remaining = length
        for begin, end in self._periods_from(start):
            begin = max(begin, start)
            if begin >= end:
                continue
            if remaining <= end - begin:
                return begin + remaining
            remaining -= end - begin
        raise ValueError("working time does not fit in the calendar")

    def working_time_between(self, start: datetime, end: datetime) -> timedelta:
        """Working time that passes between two instants (zero if end is not after start)."""
        total = timedelta()
        for begin, finish in self._periods_from(start):
            if begin >= end:
                break
            overlap = min(finish, end) - max(begin, start)
            total += max(overlap, timedelta())
        return total

    def nth_working_day_after(self, day: date, n: int) -> date:
        """The n-th working day strictly after `day` (n >= 1)."""
        found = 0
        for offset in range(1, _MAX_DAYS):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                found += 1
                if found == n:
                    return candidate
        raise ValueError("no such working day within ten years")

    def close_of_business(self, day: date) -> datetime:
        return self._at(day, self.hours[-1][1])

    def local_date(self, instant: datetime) -> date:
        return instant.astimezone(self.tz).date()

    def _periods_from(self, start: datetime) -> Iterator[tuple[datetime, datetime]]:
        first = self.local_date(start)
        for offset in range(_MAX_DAYS):
            yield from self.periods(first + timedelta(days=offset))

    def _at(self, day: date, moment: time) -> datetime:
        return datetime.combine(day, moment, tzinfo=self.tz)


@cache
def _warn_unknown_year(year: int) -> None:
    log.warning(
        "no holiday data for %s: counting Monday-Friday; add it to config/calendar/overrides.yml",
        year,
    )


@lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    """The calendar of the hub, with config/calendar/overrides.yml applied."""
    return WorkCalendar(Overrides.load(CONFIG_DIR / "calendar" / "overrides.yml"))
