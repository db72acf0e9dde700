"""The officer's phone: the task list page, the task list API and the one-tap referral."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from aiohttp import web

from agencies.auth import require_officer
from hub.errors import InvalidInput
from hub.http import field, json_response, read_json
from hub.keys import CLOCK, NLU, SETTINGS
from hub.openapi import ERROR, ApiRoutes, schema
from hub.tasks.service import officer_tasks
from intake.officer import referrals

routes = ApiRoutes("officer")
PAGE = Path(__file__).resolve().parent / "static" / "officer.html"
KEY = re.compile(r"^[\x21-\x7e]{8,200}$")

REFERRAL_IN = schema(
    "ReferralIn",
    {
        "type": "object",
        "required": ["task_id"],
        "properties": {
            "task_id": {"type": "integer", "description": "任务在中枢的编号（任务列表中的 id）"},
            "note": {"type": "string", "maxLength": referrals.MAX_NOTE},
        },
    },
)
REFERRAL = schema(
    "Referral",
    {
        "type": "object",
        "required": ["task_id", "case", "duplicate"],
        "properties": {
            "task_id": {"type": "integer"},
            "external_id": {"type": "string"},
            "duplicate": {"type": "boolean", "description": "并入了同一事项的在办工单"},
            "case": {
                "type": "object",
                "properties": {
                    "number": {"type": "string"},
                    "status": {"type": "string"},
                    "status_label": {"type": "string"},
                    "category": {"type": "string"},
                    "department": {"type": "string", "description": "部门代码，或 triage"},
                    "department_name": {"type": "string", "nullable": True},
                    "unit": {"type": "string", "nullable": True},
                    "sign_due_at": {"type": "string", "nullable": True},
                },
            },
        },
    },
)
OFFICER_TASKS = schema(
    "OfficerTasks",
    {
        "type": "object",
        "required": ["tasks"],
        "properties": {"tasks": {"type": "array", "items": {"type": "object"}}},
    },
)
IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": True,
    "description": "每次推送一个新的随机键（8-200 个可见 ASCII 字符）；重试时原样重发",
    "schema": {"type": "string"},
}


@routes.get("/officer")
async def officer_page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(PAGE, headers={"Cache-Control": "no-cache"})


@routes.operation(
    "GET",
    "/api/officer/tasks",
    summary="民警的任务标准件及其推送结果",
    responses={200: OFFICER_TASKS, 401: ERROR, 403: ERROR},
    auth=["bearer"],
)
async def list_officer_tasks(request: web.Request) -> web.Response:
    officer = await require_officer(request)
    return json_response({"tasks": await officer_tasks(officer)})


@routes.operation(
    "POST",
    "/api/referrals",
    summary="一键推送：把任务中发现的事项推送到中枢（同一 Idempotency-Key 只立一件工单）",
    body=REFERRAL_IN,
    parameters=[IDEMPOTENCY_KEY],
    responses={201: REFERRAL, 400: ERROR, 401: ERROR, 404: ERROR, 422: ERROR},
    auth=["bearer"],
)
async def post_referral(request: web.Request) -> web.Response:
    officer = await require_officer(request)
    key = _idempotency_key(request)
    data = await read_json(request)
    settings = request.app[SETTINGS]
    answer = await referrals.push(
        officer=officer,
        task_id=field(data, "task_id", int),
        note=field(data, "note", str, required=False, max_len=referrals.MAX_NOTE) or "",
        key=key,
        engine=request.app[NLU],
        now=request.app[CLOCK].now(),
        threshold=settings.triage_threshold,
        duplicate_window=timedelta(hours=settings.duplicate_window_hours),
    )
    headers = {"Idempotent-Replayed": "true"} if answer.replayed else {}
    return json_response(answer.body, status=201, headers=headers)


def _idempotency_key(request: web.Request) -> str:
    key = request.headers.get("Idempotency-Key", "")
    if not KEY.match(key):
        raise InvalidInput("缺少 Idempotency-Key 请求头（8-200 个可见 ASCII 字符）")
    return key
