"""A case's deadlines and what the sweep owes its open window: reminder, escalation, overdue list.

A window opens when a case is routed (签收 window) or signed or reopened (办结 window).
It owes a reminder (催办) once `remind_at` of it has passed, an escalation (督办) when its
limit passes, and a place on the public overdue list (通报) five working days later. Each
instant is a column; `sla_next_at` is the earliest still owed, so the sweep finds due work
through one index.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agencies.catalog import SlaClass, catalogue
from hub.cases.enums import CaseStatus
from hub.cases.models import Case
from hub.http import iso
from hub.sla import deadlines
from hub.sla.calendar import default_calendar
from hub.sla.enums import WINDOW_OF, Window
from hub.sla.limits import Limit

LISTED_AFTER = Limit(5, "d")
DUE_COLUMN = {Window.SIGN: "sign_due_at", Window.RESOLVE: "resolve_due_at"}
OWED = ("remind_due_at", "escalate_due_at", "list_due_at")

Columns = dict[str, datetime | None]


def sla_class(code: str) -> SlaClass:
    return catalogue().sla_classes[code]


def window_due(code: str, window: Window, start: datetime) -> datetime:
    """When a window of this SLA class that opens at `start` closes."""
    sla = sla_class(code)
    limit = sla.sign_within if window == Window.SIGN else sla.resolve_within
    return deadlines.due_after(sla.clock, limit, start, default_calendar())


def listing_due(due: datetime) -> datetime:
    """When a case past its limit at `due` goes on the public overdue list (5 working days)."""
    return deadlines.due_after("working", LISTED_AFTER, due, default_calendar())


def window_of(case: Case) -> Window | None:
    return WINDOW_OF.get(CaseStatus(case.status))


def due_of(case: Case) -> datetime | None:
    """The limit of the case's open window (the stopped one while suspended)."""
    window = window_of(case)
    return getattr(case, DUE_COLUMN[window]) if window else None


def owed(code: str, start: datetime, due: datetime) -> Columns:
    """The sweep columns of a window that runs from `start` to `due`."""
    sla = sla_class(code)
    reminder = deadlines.remind_at(sla.clock, start, due, sla.remind_at, default_calendar())
    return with_next(
        {"remind_due_at": reminder, "escalate_due_at": due, "list_due_at": listing_due(due)}
    )


def with_next(columns: Columns) -> Columns:
    pending = [columns[name] for name in OWED if columns.get(name) is not None]
    return columns | {"sla_next_at": min(pending, default=None)}  # type: ignore[type-var]


def nothing_owed() -> Columns:
    return dict.fromkeys((*OWED, "sla_next_at"))


def open_window(
    case: Case, to: CaseStatus, now: datetime, changes: dict[str, Any]
) -> dict[str, Any]:
    """Add to a move's changes the deadline and sweep columns of the window it opens (if any).

    Every move into a window opens a fresh one (a re-dispatch restarts the sign-off clock); every
    move out of one stops the clock. Returns what the move's event records of it.
    """
    changes["suspended_at"] = None
    window = WINDOW_OF.get(to)
    if window is None:
        changes.update(nothing_owed())
        return {}
    code = changes.get("sla_class", case.sla_class)
    due = window_due(code, window, now)
    changes[DUE_COLUMN[window]] = due
    changes.update(owed(code, now, due))
    return {"due_at": iso(due)}


def paused_at(now: datetime) -> Columns:
    """Changes that stop the clock: the columns stay as they were, the sweep stops seeing them."""
    return {"suspended_at": now, "sla_next_at": None}


def restarted(case: Case, now: datetime) -> Columns:
    """Changes that start a suspended case's clock again, with the time that was left."""
    sla, cal, stopped = sla_class(case.sla_class), default_calendar(), case.suspended_at
    assert stopped is not None

    def shift(moment: datetime | None) -> datetime | None:
        if moment is None:
            return None
        left = deadlines.time_left(sla.clock, stopped, moment, cal)
        return deadlines.resume(sla.clock, now, left, cal)

    due = shift(case.resolve_due_at)
    assert due is not None
    columns = {
        "remind_due_at": shift(case.remind_due_at),
        "escalate_due_at": shift(case.escalate_due_at),
        "list_due_at": listing_due(due) if case.list_due_at else None,
    }
    return {"resolve_due_at": due, "suspended_at": None, **with_next(columns)}


def extended(case: Case, due: datetime, now: datetime) -> Columns:
    """Changes for a resolution limit moved to `due`: a fresh reminder, escalation and listing.

    While the case is suspended the columns are written as of the moment its clock stopped, and
    the sweep keeps ignoring them until the clock starts again.
    """
    start = case.suspended_at or now
    columns = owed(case.sla_class, min(start, due), due)
    if case.suspended_at is not None:
        columns["sla_next_at"] = None
    return {"resolve_due_at": due, **columns}
