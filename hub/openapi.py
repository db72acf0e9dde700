"""The OpenAPI document at /api/openapi.json, written by the routes themselves as they register."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiohttp import web

Handler = Callable[[web.Request], Any]

_PATHS: dict[str, dict[str, Any]] = {}
_SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "details": {"type": "object"},
                },
            }
        },
    }
}
ERROR = {"$ref": "#/components/schemas/Error"}


def schema(name: str, body: dict[str, Any]) -> dict[str, str]:
    """Register a component schema; returns a reference to it."""
    _SCHEMAS[name] = body
    return {"$ref": f"#/components/schemas/{name}"}


class ApiRoutes(web.RouteTableDef):
    """A route table whose routes also describe themselves in the OpenAPI document."""

    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag

    def operation(
        self,
        method: str,
        path: str,
        *,
        summary: str,
        responses: dict[int, Any],
        body: dict[str, Any] | None = None,
        parameters: list[dict[str, Any]] | None = None,
        auth: list[str] | None = None,
        auth_optional: bool = False,
        media_type: str = "application/json",
    ) -> Callable[[Handler], Handler]:
        """`media_type` is what the successful (2xx) responses carry; errors are always JSON.

        `auth_optional`: the credentials are asked only where a setting turns them on.
        """
        spec: dict[str, Any] = {
            "tags": [self.tag],
            "summary": summary,
            "operationId": "",
            "responses": {
                str(code): _response(code, s, media_type if code < 300 else "application/json")
                for code, s in responses.items()
            },
        }
        if body is not None:
            spec["requestBody"] = {
                "required": True,
                "content": {"application/json": {"schema": body}},
            }
        if parameters:
            spec["parameters"] = parameters
        spec["security"] = [{name: []} for name in auth or []] + ([{}] if auth_optional else [])

        def register(handler: Handler) -> Handler:
            spec["operationId"] = handler.__name__
            _PATHS.setdefault(path, {})[method.lower()] = spec
            return self.route(method, path)(handler)

        return register


def _response(code: int, body: Any, media_type: str = "application/json") -> dict[str, Any]:
    if body is None:
        return {"description": "no content"}
    described = {"description": "ok" if code < 400 else "error"}
    return described | {"content": {media_type: {"schema": body}}}


def path_param(name: str, description: str, kind: str = "string") -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": kind},
    }


def query_param(name: str, description: str, kind: str = "string") -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": {"type": kind},
    }


def document() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "厦门市社会治理协同中枢 API", "version": "0.1.0"},
        "paths": dict(sorted(_PATHS.items())),
        "components": {
            "schemas": _SCHEMAS,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "session": {"type": "apiKey", "in": "cookie", "name": "HUB_SESSION"},
                "api_key": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            },
        },
    }
