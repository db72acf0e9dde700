"""Feedback to police tasks: the case's status and result on every linked task, and a signed
callback to the task system through the outbox (format: docs/task-callbacks.md)."""

from __future__ import annotations

import json
from typing import Any

from agencies.models import Department
from hub.cases.enums import CaseStatus
from hub.cases.models import Case, CaseEvent
from hub.http import iso
from hub.outbox import flows as outbox
from hub.outbox.models import OutboxChannel
from hub.tasks.models import CaseTask, Task

# Timeline events a task system hears about, and the name each has in the callback.
TASK_EVENTS = {
    "signed": "case.signed",
    "returned": "case.returned",
    "dispatched": "case.dispatched",
    "resolved": "case.resolved",
    "reopened": "case.reopened",
    "extension_approved": "case.extended",
    "closed": "case.closed",
    "cancelled": "case.cancelled",
}


async def tell_tasks(case: Case, event: CaseEvent) -> None:
    """Every task linked to the case shows the news; those with a callback URL get a message."""
    links = await CaseTask.filter(case_id=case.id).select_related("task__system")
    if not links:
        return
    facts = await case_facts(case)
    for link in links:
        task = link.task
        await Task.filter(id=task.id).update(
            status=case.status.value, resolution=case.resolution_text, updated_at=event.at
        )
        if task.callback_url and task.system.active:
            await _callback(case, event, task, facts)


async def case_facts(case: Case) -> dict[str, Any]:
    """What a task system is told of a case."""
    department = await Department.get_or_none(id=case.department_id) if case.department_id else None
    return {
        "number": case.number,
        "status": case.status.value,
        "status_label": CaseStatus(case.status).label_zh,
        "department": department.code if department else None,
        "department_name": department.name_zh if department else None,
        "sign_due_at": iso(case.sign_due_at),
        "resolve_due_at": iso(case.resolve_due_at),
        "resolved_at": iso(case.resolved_at),
        "resolution": {"text": case.resolution_text, "result": _value(case.resolution_result)}
        if case.resolution_text
        else None,
    }


async def _callback(case: Case, event: CaseEvent, task: Task, facts: dict[str, Any]) -> None:
    delivery = f"{event.id}.{task.id}"
    name = TASK_EVENTS[event.kind]
    body: dict[str, Any] = {
        "id": delivery,
        "event": name,
        "occurred_at": iso(event.at),
        "text": event.text,
        "task": {"external_id": task.external_id, "status": case.status.value},
        "case": facts,
    }
    await outbox.enqueue(
        OutboxChannel.WEBHOOK,
        task.callback_url or "",
        subject=name,
        body=json.dumps(body, ensure_ascii=False, sort_keys=True),
        payload={"system_id": task.system_id, "delivery": delivery},
        case_id=case.id,
        now=event.at,
    )


def _value(result: Any) -> str | None:
    return getattr(result, "value", result)
