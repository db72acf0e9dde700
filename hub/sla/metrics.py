"""Department figures for a period, computed from the timeline events (the dashboard calls these).

- 响应率 (response): of the sign-off windows opened in the period, the share signed within the
  limit. A window that ended otherwise (returned, re-dispatched, cancelled) counts only if it ran
  past its limit first; one still open counts once past its limit, as late.
- 按时办结率 (on-time resolution): of the resolution windows opened in the period (on sign-off or
  reopening), the share resolved within the limit as it stood then (extensions and suspensions
  move it). Open cases past their limit count as late; a suspended case is not judged.
- 解决率 and 满意率: of the revisit answers given in the period (events of kind "revisit" with data
  {"satisfied": bool, "solved": bool}), the share solved and the share satisfied, for the
  department the case was with.
- The overdue list (通报): the cases listed in the period, five working days past a limit.

Windows come from the events' own records (each window-opening event holds its due time, each
extension or resumption the new one), so the figures can be recomputed for any past period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agencies.catalog import catalogue
from hub.cases.enums import EventKind
from hub.cases.models import Case, CaseEvent
from hub.http import iso
from hub.sla.calendar import SHANGHAI
from hub.sla.enums import Window

K = EventKind
OPENING = {K.ROUTED: Window.SIGN, K.DISPATCHED: Window.SIGN, K.SIGNED: Window.RESOLVE}
OPENING[K.REOPENED] = Window.RESOLVE
ENDING = {K.SIGNED, K.RESOLVED, K.RETURNED, K.DISPATCHED, K.CANCELLED}
RELEVANT = [*OPENING, *ENDING, K.EXTENSION_APPROVED, K.SUSPENDED, K.RESUMED, K.REVISIT]
CHUNK = 1000


@dataclass
class Share:
    """n of total; rate is None when there is nothing to judge."""

    n: int = 0
    total: int = 0

    def count(self, yes: bool) -> None:
        self.total += 1
        self.n += int(yes)

    def as_json(self) -> dict[str, Any]:
        rate = round(self.n / self.total, 4) if self.total else None
        return {"n": self.n, "total": self.total, "rate": rate}


@dataclass
class Figures:
    response: Share = field(default_factory=Share)  # 响应率
    on_time: Share = field(default_factory=Share)  # 按时办结率
    solved: Share = field(default_factory=Share)  # 解决率
    satisfied: Share = field(default_factory=Share)  # 满意率
    listed: int = 0


@dataclass
class _Window:
    kind: Window
    department: str | None
    opened: datetime
    due: datetime | None
    paused: bool = False
    ended: datetime | None = None
    done: bool = False  # ended by signing (sign) or resolving (resolve)

    def verdict(self, now: datetime) -> bool | None:
        """On time, late, or not to be judged (yet)."""
        if self.due is None:
            return None
        if self.done and self.ended is not None:
            return self.ended <= self.due
        if self.ended is not None:  # returned, re-dispatched, cancelled
            return False if self.ended > self.due else None
        if self.paused:
            return None
        return False if now > self.due else None


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """The calendar month in Xiamen, as [start, end)."""
    start = datetime(year, month, 1, tzinfo=SHANGHAI)
    end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=SHANGHAI)
    return start, end


async def department_metrics(
    start: datetime,
    end: datetime,
    *,
    now: datetime,
    department: str | None = None,
    category: str | None = None,
) -> list[dict[str, Any]]:
    """Each department's figures for [start, end), judged at `now`; in catalogue order.

    With `category`, only the cases of that category count.
    """
    figures: dict[str, Figures] = defaultdict(Figures)
    cases = await _cases_active_in(start, end, category)
    for events in _by_case(await _events_of(cases)):
        _tally(events, start, end, now, figures)
    listed = CaseEvent.filter(kind=K.LISTED, at__gte=start, at__lt=end)
    if category is not None:
        listed = listed.filter(case__category__code=category)
    for event in await listed:
        figures[event.data.get("department") or "?"].listed += 1
    names = {code: d.name_zh for code, d in catalogue().departments.items()}
    return [
        {"department": code, "name": names[code], **_figures_json(figures[code])}
        for code in names
        if (code in figures and department is None) or code == department
    ]


async def category_metrics(
    start: datetime, end: datetime, *, now: datetime, department: str | None = None
) -> list[dict[str, Any]]:
    """Each category's figures for [start, end), of every department or of one; catalogue order."""
    figures: dict[str, Figures] = defaultdict(Figures)
    cases = await _cases_active_in(start, end)
    categories = dict(await Case.filter(id__in=cases).values_list("id", "category__code"))
    for events in _by_case(await _events_of(cases)):
        group = str(categories.get(events[0].case_id))
        _tally(events, start, end, now, figures, group=group, only=department)
    names = {code: c.name_zh for code, c in catalogue().categories.items()}
    return [
        {"category": code, "name": names[code], **_figures_json(figures[code])}
        for code in names
        if code in figures
    ]


def _figures_json(figures: Figures) -> dict[str, Any]:
    return {
        "response": figures.response.as_json(),
        "on_time_resolution": figures.on_time.as_json(),
        "solved": figures.solved.as_json(),
        "satisfied": figures.satisfied.as_json(),
        "listed": figures.listed,
    }


async def overdue_list(start: datetime, end: datetime) -> list[dict[str, Any]]:
    """The period's public overdue list (通报): each case listed in [start, end), oldest first."""
    listed = (
        await CaseEvent.filter(kind=K.LISTED, at__gte=start, at__lt=end)
        .select_related("case")
        .order_by("at", "id")
    )
    names = {code: d.name_zh for code, d in catalogue().departments.items()}
    return [
        {
            "number": e.case.number,
            "summary": e.case.summary,
            "department": e.data.get("department"),
            "department_name": names.get(e.data.get("department") or ""),
            "window": e.data.get("window"),
            "window_label": Window(e.data["window"]).label_zh if e.data.get("window") else None,
            "due_at": e.data.get("due_at"),
            "listed_at": iso(e.at),
            "status": e.case.status.value,
        }
        for e in listed
    ]


async def _cases_active_in(
    start: datetime, end: datetime, category: str | None = None
) -> list[int]:
    """Cases with a window opened or a revisit answered in the period (of one category)."""
    kinds = [*OPENING, K.REVISIT]
    opened = CaseEvent.filter(kind__in=kinds, at__gte=start, at__lt=end)
    if category is not None:
        opened = opened.filter(case__category__code=category)
    return sorted({e.case_id for e in await opened.only("id", "case_id")})


async def _events_of(case_ids: list[int]) -> list[CaseEvent]:
    events: list[CaseEvent] = []
    for first in range(0, len(case_ids), CHUNK):
        chunk = case_ids[first : first + CHUNK]
        events += await CaseEvent.filter(case_id__in=chunk, kind__in=RELEVANT).order_by(
            "case_id", "at", "id"
        )
    return events


def _by_case(events: list[CaseEvent]) -> Iterable[list[CaseEvent]]:
    grouped: dict[int, list[CaseEvent]] = defaultdict(list)
    for event in events:
        grouped[event.case_id].append(event)
    return grouped.values()


def _tally(
    events: list[CaseEvent],
    start: datetime,
    end: datetime,
    now: datetime,
    figures: dict[str, Figures],
    *,
    group: str | None = None,
    only: str | None = None,
) -> None:
    """Walk one case's timeline: its windows and revisits, counted for their departments.

    With `group`, everything counts under that key instead (a category), and with `only`, only
    what was with that department counts.
    """
    department: str | None = None
    windows: list[_Window] = []
    for event in events:
        kind, current = event.kind, windows[-1] if windows else None
        if kind in (K.ROUTED, K.DISPATCHED):
            department = event.data.get("department")
        if current is not None and current.ended is None and kind in ENDING:
            current.ended, current.done = event.at, _completes(current.kind, kind)
        if kind in OPENING:
            windows.append(_Window(OPENING[EventKind(kind)], department, event.at, _due(event)))
        elif current is not None and current.ended is None:
            _adjust(current, event)
        counted = department is not None and only in (None, department)
        if kind == K.REVISIT and start <= event.at < end and counted:
            key = group or str(department)
            figures[key].solved.count(bool(event.data.get("solved")))
            figures[key].satisfied.count(bool(event.data.get("satisfied")))
    for window in windows:
        verdict = window.verdict(now)
        if only is not None and window.department != only:
            continue
        if start <= window.opened < end and window.department and verdict is not None:
            shares = figures[group or window.department]
            (shares.response if window.kind == Window.SIGN else shares.on_time).count(verdict)


def _completes(window: Window, kind: str) -> bool:
    return (window, kind) in ((Window.SIGN, K.SIGNED), (Window.RESOLVE, K.RESOLVED))


def _adjust(window: _Window, event: CaseEvent) -> None:
    if event.kind in (K.EXTENSION_APPROVED, K.RESUMED) and event.data.get("due_at"):
        window.due = _due(event)
    if event.kind in (K.SUSPENDED, K.RESUMED):
        window.paused = event.kind == K.SUSPENDED


def _due(event: CaseEvent) -> datetime | None:
    due = event.data.get("due_at")
    return datetime.fromisoformat(due) if due else None
