"""Health and the API description."""

from __future__ import annotations

from aiohttp import web

from agencies.models import Department
from hub.http import json_response
from hub.openapi import ApiRoutes, document, schema

routes = ApiRoutes("hub")

HEALTH = schema(
    "Health",
    {
        "type": "object",
        "required": ["status"],
        "properties": {"status": {"type": "string"}, "departments": {"type": "integer"}},
    },
)


@routes.operation("GET", "/healthz", summary="服务与数据库是否正常", responses={200: HEALTH})
async def healthz(request: web.Request) -> web.Response:
    return json_response({"status": "ok", "departments": await Department.all().count()})


@routes.get("/api/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    return json_response(document())
