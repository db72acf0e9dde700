"""The figures /metrics reads from the database at each scrape: the same for every worker."""

from __future__ import annotations

from datetime import datetime

from tortoise.functions import Count, Min

from hub.cases.enums import CaseStatus
from hub.cases.models import Case
from hub.outbox.models import OutboxMessage, OutboxStatus

RESOLVING = (CaseStatus.SIGNED, CaseStatus.REOPENED)


async def cases_by_status() -> dict[str, int]:
    rows = await Case.annotate(n=Count("id")).group_by("status").values("status", "n")
    return {str(row["status"]): int(row["n"]) for row in rows}


async def outbox_by_status() -> dict[tuple[str, str], int]:
    rows = (
        await OutboxMessage.annotate(n=Count("id"))
        .group_by("channel", "status")
        .values("channel", "status", "n")
    )
    return {(str(row["channel"]), str(row["status"])): int(row["n"]) for row in rows}


async def oldest_pending_message(now: datetime) -> float:
    """Seconds since the oldest message still waiting to leave was written (0 when none)."""
    rows = (
        await OutboxMessage.filter(status=OutboxStatus.PENDING)
        .annotate(oldest=Min("created_at"))
        .values("oldest")
    )
    oldest = rows[0]["oldest"] if rows else None
    return max((now - oldest).total_seconds(), 0.0) if oldest else 0.0


async def overdue_counts(now: datetime) -> dict[str, int]:
    """Open cases past their sign-off or resolution limit, now; a suspended clock is not late."""
    running = Case.filter(suspended_at=None)
    sign = await running.filter(status=CaseStatus.ROUTED, sign_due_at__lt=now).count()
    resolve = await running.filter(status__in=RESOLVING, resolve_due_at__lt=now).count()
    return {"sign": sign, "resolve": resolve}
