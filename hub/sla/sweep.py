"""The sweep: reminders (催办), escalations (督办) and the public overdue list (通报) that fell due.

The database is the source of truth: what a case is owed is in its columns (hub/sla/schedule.py),
and the sweep finds it through the index on `sla_next_at`. Any number of hub processes sweep at
once; each case is claimed by one of them: FOR NO KEY UPDATE SKIP LOCKED on PostgreSQL (the others
skip the rows it holds, and find them no longer due once it commits), and on SQLite by taking the
database's single write lock before reading the case. What a case is owed, its events and their
messages are written in one transaction, so each is done exactly once, and a process that was down
catches up on everything that fell due meanwhile: a reminder that comes after the limit is dropped,
the escalation and the listing it missed are made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import F
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from agencies.access import SYSTEM
from agencies.models import Department
from hub.cases.enums import EventKind
from hub.cases.flows import record
from hub.cases.models import Case
from hub.db import supports_row_locks
from hub.http import iso
from hub.sla import schedule
from hub.sla.enums import Window

log = logging.getLogger(__name__)
BATCH = 200


@dataclass
class SweepReport:
    reminded: int = 0
    escalated: int = 0
    listed: int = 0
    failed: int = 0

    def add(self, other: SweepReport) -> None:
        self.reminded += other.reminded
        self.escalated += other.escalated
        self.listed += other.listed


async def sweep(now: datetime, *, batch: int = BATCH) -> SweepReport:
    """Do everything owed up to `now`; returns what was done."""
    report = SweepReport()
    failed: set[int] = set()
    claim = _claim_locked if supports_row_locks() else _claim_one_by_one
    while await claim(now, batch, report, failed) == batch:
        pass
    report.failed = len(failed)
    return report


def due_cases(now: datetime) -> QuerySet[Case]:
    """Cases owed something by `now`, most overdue first: a range scan of the sla_next_at index."""
    return Case.filter(sla_next_at__lte=now).order_by("sla_next_at", "id")


async def _claim_locked(now: datetime, batch: int, report: SweepReport, failed: set[int]) -> int:
    async with in_transaction():
        cases = (
            await _unfailed(due_cases(now), failed)
            .limit(batch)
            .select_for_update(skip_locked=True, no_key=True)
        )
        for case in cases:
            await _isolated(case.id, case, now, report, failed)
    return len(cases)


async def _claim_one_by_one(
    now: datetime, batch: int, report: SweepReport, failed: set[int]
) -> int:
    due = await _unfailed(due_cases(now), failed).limit(batch).only("id")
    for case in due:
        await _isolated(case.id, None, now, report, failed)
    return len(due)


async def _isolated(
    case_id: int, case: Case | None, now: datetime, report: SweepReport, failed: set[int]
) -> None:
    """Fire one case in its own transaction (a savepoint in a batch): a bad case stops no other."""
    try:
        async with in_transaction():
            case = case or await _locked(case_id, now)
            if case is not None:
                report.add(await fire(case, now))
    except Exception:
        log.exception("sweep: case %s failed; it stays due", case_id)
        failed.add(case_id)


async def _locked(case_id: int, now: datetime) -> Case | None:
    """SQLite: take the write lock first (a no-op update), then read; None if no longer due."""
    if not await Case.filter(id=case_id, sla_next_at__lte=now).update(sla_next_at=F("sla_next_at")):
        return None
    return await Case.get(id=case_id)


def _unfailed(query: QuerySet[Case], failed: set[int]) -> QuerySet[Case]:
    return query.exclude(id__in=list(failed)) if failed else query


async def fire(case: Case, now: datetime) -> SweepReport:
    """Write what a claimed case is owed by `now`, and clear it from the columns."""
    done = SweepReport()
    window, due = schedule.window_of(case), schedule.due_of(case)
    if window is None or due is None or case.suspended_at is not None:
        await Case.filter(id=case.id).update(sla_next_at=None)  # stale: nothing runs
        return done
    data = await _facts(case, window, due)
    columns: schedule.Columns = {name: getattr(case, name) for name in schedule.OWED}
    if _owed(columns, "remind_due_at", now) and now < due:  # a late reminder is no use
        await _note(
            case, EventKind.REMINDED, f"{window.label_zh}期限将至", data, now, case.remind_due_at
        )
        done.reminded += 1
    if _owed(columns, "escalate_due_at", now):
        await _note(case, EventKind.ESCALATED, f"已超过{window.label_zh}期限", data, now, due)
        done.escalated += 1
    if _owed(columns, "list_due_at", now):
        text = f"超过{window.label_zh}期限5个工作日，列入超期通报"
        await _note(case, EventKind.LISTED, text, data, now, case.list_due_at)
        done.listed += 1
    await Case.filter(id=case.id).update(**schedule.with_next(columns))
    return done


def _owed(columns: schedule.Columns, name: str, now: datetime) -> bool:
    """Whether this column is due; it is cleared either way once the sweep has seen it."""
    moment = columns[name]
    if moment is None or moment > now:
        return False
    columns[name] = None
    return True


async def _facts(case: Case, window: Window, due: datetime) -> dict[str, Any]:
    department = await Department.get_or_none(id=case.department_id) if case.department_id else None
    return {
        "window": window.value,
        "due_at": iso(due),
        "department": department.code if department else None,
    }


async def _note(
    case: Case,
    kind: EventKind,
    text: str,
    data: dict[str, Any],
    now: datetime,
    scheduled: datetime | None,
) -> None:
    await record(case, kind, SYSTEM, now, text=text, data=data | {"scheduled_at": iso(scheduled)})
