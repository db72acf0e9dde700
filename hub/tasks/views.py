"""The task systems' API: police tasks in (create or update by external id)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from hub.errors import InvalidInput, NotFound, Unauthenticated
from hub.http import field, json_response, read_json
from hub.keys import CLOCK
from hub.openapi import ERROR, ApiRoutes, path_param, schema
from hub.tasks import flows
from hub.tasks.models import TaskSystem
from hub.tasks.service import system_task, task_json

routes = ApiRoutes("tasks")

PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "phone": {"type": "string"},
        "role": {"type": "string", "example": "户主"},
    },
}
TASK_IN = schema(
    "TaskIn",
    {
        "type": "object",
        "required": ["external_id", "type", "subject"],
        "properties": {
            "external_id": {"type": "string", "maxLength": 100, "example": "RW-2026-000871"},
            "type": {"type": "string", "maxLength": 60, "example": "入户走访"},
            "station": {"type": "string", "maxLength": 60, "example": "江头派出所"},
            "officer": {"type": "string", "description": "民警在中枢的用户名"},
            "subject": {"type": "string", "maxLength": 2000},
            "place": {"type": "string", "maxLength": 200},
            "people": {"type": "array", "items": PERSON, "maxItems": flows.MAX_PEOPLE},
            "callback_url": {
                "type": "string",
                "format": "uri",
                "description": "办理结果回调地址（签名的 JSON POST，见 docs/task-callbacks.md）",
            },
        },
    },
)
TASK = schema(
    "Task",
    {
        "type": "object",
        "required": ["id", "external_id", "status"],
        "properties": {
            "id": {"type": "integer"},
            "external_id": {"type": "string"},
            "type": {"type": "string"},
            "station": {"type": "string", "nullable": True},
            "subject": {"type": "string"},
            "place": {"type": "string", "nullable": True},
            "people": {"type": "array", "items": PERSON},
            "callback_url": {"type": "string", "nullable": True},
            "status": {"type": "string"},
            "resolution": {"type": "string", "nullable": True},
            "cases": {
                "type": "array",
                "items": {"type": "object"},
                "description": "由此任务推送的工单及其状态、办理结果（仅查询时返回）",
            },
        },
    },
)


@routes.operation(
    "POST",
    "/api/tasks",
    summary="任务系统推送任务标准件（同一 external_id 再次推送即更新）",
    body=TASK_IN,
    responses={200: TASK, 201: TASK, 400: ERROR, 401: ERROR},
    auth=["api_key"],
)
async def post_task(request: web.Request) -> web.Response:
    system = await require_system(request)
    fields = task_fields(await read_json(request))
    task, created = await flows.save_task(system, fields, now=request.app[CLOCK].now())
    return json_response(task_json(task), status=201 if created else 200)


@routes.operation(
    "GET",
    "/api/tasks/{external_id}",
    summary="任务系统查询一件任务及其推送工单的办理情况（与回调相同的信息，用于对账）",
    parameters=[path_param("external_id", "任务在任务系统中的编号")],
    responses={200: TASK, 401: ERROR, 404: ERROR},
    auth=["api_key"],
)
async def get_task(request: web.Request) -> web.Response:
    system = await require_system(request)
    external_id = request.match_info["external_id"]
    found = await system_task(system.id, external_id)
    if found is None:
        raise NotFound(f"没有编号为 {external_id} 的任务")
    return json_response(found)


async def require_system(request: web.Request) -> TaskSystem:
    """The task system whose key is in the X-Api-Key header."""
    key = request.headers.get("X-Api-Key", "").strip()
    system = await flows.system_of_key(key) if key else None
    if system is None:
        raise Unauthenticated("缺少或无效的 X-Api-Key")
    return system


def task_fields(data: dict[str, Any]) -> flows.TaskFields:
    people = field(data, "people", list, required=False) or []
    return flows.TaskFields(
        external_id=_text(data, "external_id", 100),
        type=_text(data, "type", 60),
        subject=_text(data, "subject", 2000),
        station=field(data, "station", str, required=False, max_len=60),
        officer=field(data, "officer", str, required=False, max_len=60),
        place=field(data, "place", str, required=False, max_len=200),
        people=[_person(p) for p in people],
        callback_url=field(data, "callback_url", str, required=False, max_len=500),
    )


def _text(data: dict[str, Any], name: str, max_len: int) -> str:
    value = str(field(data, name, str, max_len=max_len)).strip()
    if not value:
        raise InvalidInput(f"字段 {name} 不能为空", field=name)
    return value


def _person(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InvalidInput("people 的每一项必须是对象", field="people")
    person = {
        k: field(value, k, str, required=False, max_len=100) for k in ("name", "phone", "role")
    }
    return {k: v for k, v in person.items() if v}
