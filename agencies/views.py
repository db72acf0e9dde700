"""The public catalogue API."""

from __future__ import annotations

from aiohttp import web

from agencies.service import department_list
from hub.http import json_response
from hub.openapi import ApiRoutes, schema

routes = ApiRoutes("catalogue")

DEPARTMENTS = schema(
    "DepartmentList",
    {
        "type": "object",
        "required": ["departments"],
        "properties": {
            "departments": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["code", "name_zh"],
                    "properties": {
                        "code": {"type": "string"},
                        "name_zh": {"type": "string"},
                        "name_en": {"type": "string"},
                        "kind": {"type": "string"},
                        "scope": {"type": "string"},
                    },
                },
            }
        },
    },
)


@routes.operation("GET", "/api/departments", summary="85 个承办部门", responses={200: DEPARTMENTS})
async def list_departments(request: web.Request) -> web.Response:
    return json_response({"departments": await department_list()})
