"""Probes and metrics for load balancers, orchestrators and Prometheus."""

from __future__ import annotations

import hmac

from aiohttp import web

from hub.errors import Unauthenticated
from hub.http import json_response
from hub.keys import CLOCK, SETTINGS
from hub.observability import health, metrics
from hub.openapi import ERROR, ApiRoutes, schema

routes = ApiRoutes("operations")

LIVENESS = schema(
    "Liveness",
    {"type": "object", "required": ["status"], "properties": {"status": {"type": "string"}}},
)
READINESS = schema(
    "Readiness",
    {
        "type": "object",
        "required": ["status", "checks"],
        "properties": {
            "status": {"type": "string", "enum": ["ready", "unavailable"]},
            "checks": {
                "type": "object",
                "description": "每项检查：database、migrations、nlu（已配置时）等",
                "additionalProperties": {
                    "type": "object",
                    "required": ["ok"],
                    "properties": {"ok": {"type": "boolean"}, "message": {"type": "string"}},
                },
            },
        },
    },
)
EXPOSITION = {"type": "string", "description": "Prometheus 文本格式 0.0.4"}


@routes.operation(
    "GET", "/livez", summary="存活探针：进程能应答（不访问数据库）", responses={200: LIVENESS}
)
async def livez(request: web.Request) -> web.Response:
    return json_response({"status": "alive"})


@routes.operation(
    "GET",
    "/readyz",
    summary="就绪探针：数据库可达、迁移已执行、NLU 模型已加载（已配置时）；否则 503",
    responses={200: READINESS, 503: READINESS},
)
async def readyz(request: web.Request) -> web.Response:
    ready, checks = await health.readiness(request.app)
    body = {"status": "ready" if ready else "unavailable", "checks": checks}
    return json_response(body, status=200 if ready else 503)


@routes.operation(
    "GET",
    "/metrics",
    summary="Prometheus 指标：请求、延迟、工单状态、外发积压、超期数、NLU 耗时",
    responses={200: EXPOSITION, 401: ERROR},
    auth=["bearer"],
    auth_optional=True,  # HUB_METRICS_TOKEN unset: open to the network the hub listens on
    media_type="text/plain",
)
async def metrics_page(request: web.Request) -> web.Response:
    _require_metrics_token(request)
    text = await metrics.render(request.app[CLOCK].now())
    return web.Response(body=text, headers={"Content-Type": metrics.CONTENT_TYPE})


def _require_metrics_token(request: web.Request) -> None:
    """With HUB_METRICS_TOKEN set, a scrape must present it as a Bearer token."""
    expected = request.app[SETTINGS].metrics_token
    if expected is None:
        return
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    secret = expected.get_secret_value().encode()
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), secret):
        raise Unauthenticated("读取指标需要 HUB_METRICS_TOKEN")
