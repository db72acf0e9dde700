"""Reads of the outbox for hub operators: messages given up on, and the queue at a glance."""

from __future__ import annotations

from typing import Any

from tortoise.functions import Count

from hub.http import iso
from hub.outbox.models import OutboxMessage, OutboxStatus

MAX_PAGE = 200


async def dead_messages(limit: int = 50, before_id: int | None = None) -> list[dict[str, Any]]:
    """Messages the sender gave up on, newest first (page with before_id)."""
    query = OutboxMessage.filter(status=OutboxStatus.DEAD).select_related("case")
    if before_id is not None:
        query = query.filter(id__lt=before_id)
    rows = await query.order_by("-id").limit(max(1, min(limit, MAX_PAGE)))
    return [
        {
            "id": m.id,
            "channel": m.channel.value,
            "recipient": m.recipient,
            "subject": m.subject,
            "case": m.case.number if m.case else None,
            "attempts": m.attempts,
            "last_error": m.last_error,
            "created_at": iso(m.created_at),
            "last_attempt_at": iso(m.next_attempt_at),
        }
        for m in rows
    ]


async def queue_summary() -> dict[str, dict[str, int]]:
    """How many messages each channel has in each state: {"email": {"pending": 3, ...}}."""
    rows = (
        await OutboxMessage.all()
        .annotate(n=Count("id"))
        .group_by("channel", "status")
        .values("channel", "status", "n")
    )
    summary: dict[str, dict[str, int]] = {}
    for row in rows:
        summary.setdefault(str(row["channel"]), {})[str(row["status"])] = int(row["n"])
    return summary
