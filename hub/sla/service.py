"""Reads of the SLA engine: deadlines on demand and the clock state shown on a case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agencies.catalog import catalogue
from hub.cases.models import Case
from hub.errors import InvalidInput
from hub.http import iso
from hub.sla import schedule
from hub.sla.calendar import SHANGHAI
from hub.sla.enums import ExtensionStatus, Window
from hub.sla.models import Extension


def due_from(sla_class: str, window: str, start: str) -> datetime:
    """When a window of a class opening at `start` (ISO 8601; Xiamen time if naive) closes."""
    if sla_class not in catalogue().sla_classes:
        known = ", ".join(catalogue().sla_classes)
        raise InvalidInput(f"没有名为 {sla_class} 的时限类别（可选：{known}）")
    if window not in set(Window):
        raise InvalidInput(f"时限窗口只能是 sign（签收）或 resolve（办结），不是 {window}")
    try:
        moment = datetime.fromisoformat(start)
    except ValueError:
        raise InvalidInput(f"不是 ISO 8601 时间：{start}（例如 2026-09-30T16:00）") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=SHANGHAI)
    return schedule.window_due(sla_class, Window(window), moment)


async def sla_detail(case: Case) -> dict[str, Any]:
    """The clock of a case as the API and the portal show it."""
    window = schedule.window_of(case)
    extension = await Extension.get_or_none(case_id=case.id)
    return {
        "window": window.value if window else None,
        "due_at": iso(schedule.due_of(case)),
        "suspended_at": iso(case.suspended_at),
        "next_reminder_at": iso(case.remind_due_at),
        "extension": _extension(extension) if extension else None,
    }


def _extension(extension: Extension) -> dict[str, Any]:
    return {
        "length": extension.length,
        "reason": extension.reason,
        "status": extension.status.value,
        "status_label": ExtensionStatus(extension.status).label_zh,
        "requested_by": extension.requested_by,
        "requested_at": iso(extension.requested_at),
        "decided_by": extension.decided_by,
        "decided_at": iso(extension.decided_at),
        "decision_note": extension.decision_note,
        "granted_due_at": iso(extension.granted_due_at),
    }
