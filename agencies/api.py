"""The JSON API of the portal: sessions, the queue, and the same case actions as the portal."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiohttp import web

from agencies.access import case_for, require_hub_wide
from agencies.actions import ACTIONS, CaseAction
from agencies.auth import (
    CSRF_HEADER,
    account_principal,
    csrf_token,
    end_session,
    require_principal,
    session_summary,
    start_session,
)
from agencies.countdown import countdown
from agencies.flows import log_in
from agencies.masking import mask_text, sees_personal_data
from agencies.params import Params
from agencies.queue import QueueFilter, queue_page, tab_counts
from agencies.service import case_json, department_name
from hub.cases.enums import CaseStatus
from hub.cases.models import Case
from hub.db import row_id
from hub.errors import InvalidInput
from hub.http import field, iso, json_response, read_json
from hub.keys import CLOCK
from hub.openapi import ERROR, ApiRoutes, path_param, query_param, schema
from hub.outbox.flows import retry_dead
from hub.outbox.service import dead_messages
from hub.privacy.flows import reveal_personal_data

routes = ApiRoutes("portal")
SESSION_AUTH = ["session"]
ACCOUNT_AUTH = ["bearer", "session"]

SESSION = schema(
    "Session",
    {
        "type": "object",
        "required": ["account", "csrf_token"],
        "properties": {
            "account": {
                "type": "object",
                "properties": {
                    "account_id": {"type": "integer", "nullable": True},
                    "name": {"type": "string"},
                    "role": {"type": "string"},
                    "role_label": {"type": "string"},
                    "department_id": {"type": "integer", "nullable": True},
                    "department_name": {"type": "string", "nullable": True},
                },
            },
            "csrf_token": {
                "type": "string",
                "description": f"以后每个写操作须在请求头 {CSRF_HEADER} 中带上",
            },
        },
    },
)
CREDENTIALS = {
    "type": "object",
    "required": ["username", "password"],
    "properties": {
        "username": {"type": "string", "maxLength": 60},
        "password": {"type": "string", "maxLength": 200},
    },
}
CASE_LIST = schema(
    "CaseList",
    {
        "type": "object",
        "required": ["cases", "next_cursor", "counts"],
        "properties": {
            "cases": {"type": "array", "items": {"type": "object"}},
            "next_cursor": {"type": "string", "nullable": True},
            "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
    },
)
CASE = {"$ref": "#/components/schemas/Case"}
CSRF = {
    "name": CSRF_HEADER,
    "in": "header",
    "required": False,
    "description": "会话登录时必填：POST /api/session 返回的 csrf_token",
    "schema": {"type": "string"},
}


def _now(request: web.Request) -> datetime:
    return request.app[CLOCK].now()


@routes.operation(
    "POST",
    "/api/session",
    summary="用户名密码登录：设置会话 Cookie，返回 CSRF 令牌",
    body=CREDENTIALS,
    responses={200: SESSION, 400: ERROR, 401: ERROR, 415: ERROR, 429: ERROR},
)
async def create_session(request: web.Request) -> web.Response:
    if request.content_type != "application/json":
        raise web.HTTPUnsupportedMediaType(reason="请求体须为 application/json")
    data = await read_json(request)
    username = field(data, "username", str, max_len=60)
    password = field(data, "password", str, max_len=200)
    account = await log_in(username, password, now=_now(request))
    token = await start_session(request, account)
    principal = account_principal(account)
    summary = session_summary(principal, await department_name(principal.department_id))
    return json_response({"account": summary, "csrf_token": token})


@routes.operation(
    "GET",
    "/api/session",
    summary="当前登录的账户与 CSRF 令牌",
    responses={200: SESSION, 401: ERROR},
    auth=SESSION_AUTH,
)
async def get_session_info(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    summary = session_summary(principal, await department_name(principal.department_id))
    return json_response({"account": summary, "csrf_token": await csrf_token(request)})


@routes.operation(
    "DELETE",
    "/api/session",
    summary="退出登录",
    parameters=[CSRF],
    responses={204: None, 401: ERROR, 403: ERROR},
    auth=SESSION_AUTH,
)
async def delete_session(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    await end_session(request, principal)
    return web.Response(status=204)


@routes.operation(
    "GET",
    "/api/cases",
    summary="可见的工单列表（与工作台队列相同的分栏与筛选，键集分页）",
    parameters=[
        query_param(
            "tab", "分栏：to_sign, in_progress, overdue, returned, triage, assist, mine, done, all"
        ),
        query_param("category", "诉求类别代码"),
        query_param("status", "状态"),
        query_param("district", "区，如 湖里区"),
        query_param("from", "受理日期起（含），2026-11-01"),
        query_param("to", "受理日期止（含），2026-11-30"),
        query_param("q", "工单编号或诉求内容关键词"),
        query_param("cursor", "上一页返回的 next_cursor"),
        query_param("limit", "每页条数，1-200", "integer"),
    ],
    responses={200: CASE_LIST, 400: ERROR, 401: ERROR},
    auth=ACCOUNT_AUTH,
)
async def list_cases(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    wanted = QueueFilter.parse(request.query, principal)
    now = _now(request)
    page = await queue_page(principal, wanted, now)
    return json_response(
        {
            "cases": [_row(case, now, sees_personal_data(principal, case)) for case in page.rows],
            "next_cursor": page.next_cursor,
            "counts": {tab.value: n for tab, n in (await tab_counts(principal, now)).items()},
        }
    )


def _row(case: Case, now: datetime, personal: bool) -> dict[str, Any]:
    left = countdown(case, now)
    return {
        "number": case.number,
        "status": case.status.value,
        "status_label": CaseStatus(case.status).label_zh,
        "category": case.category.code,
        "category_label": case.category.name_zh,
        "summary": case.summary if personal else mask_text(case.summary),
        "district": case.district,
        "street": case.street,
        "department": case.department.code if case.department else None,
        "department_name": case.department.name_zh if case.department else None,
        "assignee": case.assignee.display_name if case.assignee else None,
        "created_at": iso(case.created_at),
        "deadline": {
            "window": left.window,
            "due_at": iso(left.due),
            "seconds_left": left.seconds_left,
            "tone": left.tone,
        }
        if left
        else None,
        "version": case.version,
    }


@routes.operation(
    "POST",
    "/api/cases/{number}/personal-data",
    summary="查看工单的个人信息（不脱敏）：仅承办部门与中心，每次查看记入工单时间线",
    parameters=[path_param("number", "工单编号"), CSRF],
    responses={200: CASE, 401: ERROR, 403: ERROR, 404: ERROR},
    auth=ACCOUNT_AUTH,
)
async def reveal_case(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    number = request.match_info["number"]
    case = await reveal_personal_data(principal, number, now=_now(request))
    return json_response(await case_json(principal, case, revealed=True))


def _register(action: CaseAction) -> None:
    async def act(request: web.Request) -> web.Response:
        principal = await require_principal(request)
        if request.content_type != "application/json":
            raise web.HTTPUnsupportedMediaType(reason="请求体须为 application/json")
        data = await read_json(request)
        number = request.match_info["number"]
        await action.run(number, Params(data, typed=True), principal, _now(request))
        return json_response(await case_json(principal, await case_for(principal, number)))

    act.__name__ = f"case_{action.name}"
    routes.operation(
        "POST",
        f"/api/cases/{{number}}/{action.name}",
        summary=f"{action.label}（与工作台相同的操作）",
        body=action.body,
        parameters=[path_param("number", "工单编号"), CSRF],
        responses={
            200: CASE,
            400: ERROR,
            401: ERROR,
            403: ERROR,
            404: ERROR,
            409: ERROR,
            422: ERROR,
        },
        auth=ACCOUNT_AUTH,
    )(act)


for _action in ACTIONS:
    _register(_action)


DEAD_LIST = schema(
    "DeadMessages",
    {
        "type": "object",
        "required": ["messages"],
        "properties": {"messages": {"type": "array", "items": {"type": "object"}}},
    },
)


@routes.operation(
    "GET",
    "/api/outbox/dead",
    summary="投递失败（已放弃重试）的通知，最新的在前（中心调度员）",
    parameters=[
        query_param("limit", "条数，1-200", "integer"),
        query_param("before_id", "翻页：上一页最后一条的 id", "integer"),
    ],
    responses={200: DEAD_LIST, 400: ERROR, 401: ERROR, 403: ERROR},
    auth=ACCOUNT_AUTH,
)
async def list_dead_messages(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    require_hub_wide(principal)
    limit = _number(request.query.get("limit"), "limit", 50)
    before = request.query.get("before_id")
    messages = await dead_messages(
        limit=limit, before_id=_number(before, "before_id", 0) if before else None
    )
    return json_response({"messages": messages})


RETRIED = schema(
    "RetriedMessage",
    {
        "type": "object",
        "required": ["id", "status"],
        "properties": {"id": {"type": "integer"}, "status": {"type": "string"}},
    },
)


@routes.operation(
    "POST",
    "/api/outbox/{id}/retry",
    summary="重新发送一条投递失败的通知（中心调度员）",
    parameters=[path_param("id", "消息 id", "integer"), CSRF],
    responses={200: RETRIED, 400: ERROR, 401: ERROR, 403: ERROR, 404: ERROR, 422: ERROR},
    auth=ACCOUNT_AUTH,
)
async def retry_dead_message(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    message_id = _number(request.match_info["id"], "id", 0)
    message = await retry_dead(message_id, actor=principal, now=_now(request))
    return json_response({"id": message.id, "status": message.status.value})


def _number(raw: str | None, name: str, default: int) -> int:
    if raw is None or raw == "":
        return default
    number = row_id(raw)
    if number is None:
        raise InvalidInput(f"参数 {name} 应为正整数", field=name)
    return number
