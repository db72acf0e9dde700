"""The case API."""

from __future__ import annotations

from aiohttp import web

from agencies.access import case_for
from agencies.auth import require_principal
from agencies.service import case_json
from hub.http import json_response
from hub.openapi import ERROR, ApiRoutes, path_param, schema

routes = ApiRoutes("cases")

CASE = schema(
    "Case",
    {
        "type": "object",
        "required": ["number", "status", "category", "department", "fields", "routing", "timeline"],
        "properties": {
            "number": {"type": "string", "example": "XM20261128000123"},
            "status": {"type": "string"},
            "category": {"type": "string"},
            "department": {"type": "string", "nullable": True},
            "unit": {"type": "string", "nullable": True},
            "district": {"type": "string", "nullable": True},
            "street": {"type": "string", "nullable": True},
            "fields": {"type": "object"},
            "routing": {"type": "object"},
            "sign_due_at": {"type": "string", "format": "date-time", "nullable": True},
            "resolve_due_at": {"type": "string", "format": "date-time", "nullable": True},
            "sla": {
                "type": "object",
                "description": "时限：当前窗口（sign 签收 / resolve 办结）、期限、挂起、延期",
                "properties": {
                    "window": {"type": "string", "nullable": True},
                    "due_at": {"type": "string", "format": "date-time", "nullable": True},
                    "suspended_at": {"type": "string", "format": "date-time", "nullable": True},
                    "next_reminder_at": {"type": "string", "format": "date-time", "nullable": True},
                    "extension": {"type": "object", "nullable": True},
                },
            },
            "timeline": {"type": "array", "items": {"type": "object"}},
        },
    },
)


@routes.operation(
    "GET",
    "/api/cases/{number}",
    summary="一件工单的详情（中心、管理员及承办/协办部门可见）",
    parameters=[path_param("number", "工单编号，如 XM20261128000123")],
    responses={200: CASE, 401: ERROR, 404: ERROR},
    auth=["bearer", "session"],
)
async def get_case(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    case = await case_for(principal, request.match_info["number"])
    return json_response(await case_json(principal, case))
