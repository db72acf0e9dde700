"""Reads of police tasks, shaped for the task system's API and the officer's phone."""

from __future__ import annotations

from typing import Any

from agencies.access import Principal
from hub.cases.enums import CaseStatus
from hub.http import iso
from hub.tasks.models import CaseTask, Task

OFFICER_TASK_LIMIT = 100


def task_json(task: Task) -> dict[str, Any]:
    """A task as the task system sees it after saving it."""
    return {
        "id": task.id,
        "external_id": task.external_id,
        "type": task.type,
        "station": task.station,
        "subject": task.subject,
        "place": task.place,
        "people": task.people,
        "callback_url": task.callback_url,
        "status": task.status,
        "resolution": task.resolution,
        "created_at": iso(task.created_at),
        "updated_at": iso(task.updated_at),
    }


async def system_task(system_id: int, external_id: str) -> dict[str, Any] | None:
    """A task as its system sees it, with the cases pushed from it (to reconcile callbacks)."""
    task = await Task.get_or_none(system_id=system_id, external_id=external_id)
    if task is None:
        return None
    links = await CaseTask.filter(task_id=task.id).select_related("case__department")
    briefs = [_case_brief(link) for link in sorted(links, key=lambda row: row.created_at)]
    return task_json(task) | {"cases": briefs}


async def officer_tasks(officer: Principal) -> list[dict[str, Any]]:
    """The officer's tasks, latest first, each with the cases pushed from it and their results."""
    tasks = (
        await Task.filter(officer_id=officer.account_id)
        .order_by("-updated_at", "-id")
        .limit(OFFICER_TASK_LIMIT)
    )
    links = await CaseTask.filter(task_id__in=[t.id for t in tasks]).select_related(
        "case__department"
    )
    cases: dict[int, list[dict[str, Any]]] = {}
    for link in sorted(links, key=lambda row: row.created_at):
        cases.setdefault(link.task_id, []).append(_case_brief(link))
    return [task_json(t) | {"cases": cases.get(t.id, [])} for t in tasks]


def _case_brief(link: CaseTask) -> dict[str, Any]:
    case = link.case
    return {
        "number": case.number,
        "status": case.status.value,
        "status_label": CaseStatus(case.status).label_zh,
        "department_name": case.department.name_zh if case.department else None,
        "resolution": case.resolution_text,
        "resolved_at": iso(case.resolved_at),
    }


async def tasks_of_case(case_id: int) -> list[dict[str, Any]]:
    """The police tasks a case is linked to, for the case page (portal) and the case API."""
    links = await CaseTask.filter(case_id=case_id).select_related("task__system", "task__officer")
    return [
        {
            "external_id": link.task.external_id,
            "system": link.task.system.name,
            "type": link.task.type,
            "station": link.task.station,
            "officer": link.task.officer.display_name if link.task.officer else None,
            "subject": link.task.subject,
            "status": link.task.status,
            "linked_at": iso(link.created_at),
        }
        for link in sorted(links, key=lambda row: row.created_at)
    ]
