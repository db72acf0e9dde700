"""Open311 GeoReport v2 under /open311/v2, in JSON and XML, with the standard's errors."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from aiohttp import web
from multidict import MultiMapping

from agencies.catalog import Category, catalogue
from hub.errors import HubError, InvalidInput, NotFound, Unauthenticated
from hub.http import read_form
from hub.keys import CLOCK, NLU, SETTINGS
from hub.tasks.flows import system_of_key
from intake.open311 import service
from intake.open311.formats import error, error_of, render
from intake.open311.requests import file_request
from intake.open311.services import definition_json, service_json, service_of, services

routes = web.RouteTableDef()
BASE = "/open311/v2"
FMT = "{fmt:json|xml}"
Query = MultiMapping[str]
Handler = Callable[[web.Request, str], Awaitable[web.Response]]


def georeport(handler: Handler) -> Callable[[web.Request], Awaitable[web.Response]]:
    """Errors in the standard's format ([{code, description}]), in the format asked for."""

    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.Response:
        fmt = request.match_info.get("fmt", "json")
        try:
            return await handler(request, fmt)
        except HubError as exc:
            return error_of(exc, fmt)

    return wrapped


@web.middleware
async def georeport_errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """What aiohttp refuses under /open311 (no such route or method, a body too large) is an
    error of the standard too, in the format the path asks for (JSON when it names none)."""
    if not request.path.startswith(BASE + "/"):
        return await handler(request)
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        response = error(_format_of(request.path), exc.status, exc.reason)
        if "Allow" in exc.headers:
            response.headers["Allow"] = exc.headers["Allow"]
        return response


def _format_of(path: str) -> str:
    return "xml" if path.endswith(".xml") else "json"


@routes.get(f"{BASE}/discovery.{FMT}")
@georeport
async def discovery(request: web.Request, fmt: str) -> web.Response:
    base = request.app[SETTINGS].public_url + BASE + "/"
    return render(
        {
            "changeset": "2026-11-28T00:00:00+08:00",
            "contact": "厦门市社会治理协同中枢",
            "key_service": "向中枢管理员申请 API key（hub systems add）",
            "endpoints": [
                {
                    "specification": "http://wiki.open311.org/GeoReport_v2",
                    "url": base,
                    "changeset": "2026-11-28T00:00:00+08:00",
                    "type": "production",
                    "formats": ["application/json", "text/xml"],
                }
            ],
        },
        fmt,
        "discovery",
        "",
    )


@routes.get(f"{BASE}/services.{FMT}")
@georeport
async def list_services(request: web.Request, fmt: str) -> web.Response:
    cat = catalogue()
    return render([service_json(cat, c) for c in services(cat)], fmt, "services", "service")


@routes.get(BASE + "/services/{code:[A-Za-z0-9_]+}." + FMT)
@georeport
async def service_definition(request: web.Request, fmt: str) -> web.Response:
    category = _service(request.match_info["code"])
    return render(definition_json(category), fmt, "service_definition", "")


@routes.post(f"{BASE}/requests.{FMT}")
@georeport
async def post_request(request: web.Request, fmt: str) -> web.Response:
    form = {k: v for k, v in (await read_form(request)).items() if isinstance(v, str)}
    key = form.get("api_key") or request.query.get("api_key", "")
    system = await system_of_key(key) if key else None
    if system is None:
        raise Unauthenticated("api_key 缺失或无效")
    settings = request.app[SETTINGS]
    answer = await file_request(
        system,
        form,
        engine=request.app[NLU],
        now=request.app[CLOCK].now(),
        threshold=settings.triage_threshold,
        duplicate_window=timedelta(hours=settings.duplicate_window_hours),
    )
    return render([answer], fmt, "service_requests", "request")


@routes.get(f"{BASE}/requests.{FMT}")
@georeport
async def list_requests(request: web.Request, fmt: str) -> web.Response:
    wanted = _filter(request.query)
    found = await service.service_requests(wanted, request.app[CLOCK].now())
    return render(found, fmt, "service_requests", "request")


@routes.get(BASE + "/requests/{number:[A-Za-z0-9]+}." + FMT)
@georeport
async def get_request(request: web.Request, fmt: str) -> web.Response:
    found = await service.service_request(request.match_info["number"])
    if found is None:
        raise NotFound(f"没有编号为 {request.match_info['number']} 的服务请求")
    return render([found], fmt, "service_requests", "request")


@routes.get(BASE + "/tokens/{token:[A-Za-z0-9]+}." + FMT)
@georeport
async def get_token(request: web.Request, fmt: str) -> web.Response:
    found = await service.token_request(request.match_info["token"])
    if found is None:
        raise NotFound(f"没有令牌 {request.match_info['token']}")
    return render([found], fmt, "service_requests", "request")


@routes.get(f"{BASE}/servicerequestupdates.{FMT}")
@georeport
async def list_updates(request: web.Request, fmt: str) -> web.Response:
    now = request.app[CLOCK].now()
    end = _date(request.query, "end_date") or now
    start = _date(request.query, "start_date") or end - timedelta(days=1)
    _check_span(start, end)
    updates = await service.request_updates(start, end)
    return render(updates, fmt, "service_requests_updates", "request_update")


def _service(code: str) -> Category:
    try:
        return service_of(catalogue(), code)
    except InvalidInput:
        raise NotFound(f"没有代码为 {code} 的服务") from None


def _filter(query: Query) -> service.RequestFilter:
    start, end = _date(query, "start_date"), _date(query, "end_date")
    if start and end:
        _check_span(start, end)
    statuses = _list(query, "status")
    if set(statuses) - {"open", "closed"}:
        raise InvalidInput("status 只能是 open 或 closed")
    return service.RequestFilter(
        numbers=_list(query, "service_request_id"),
        services=_list(query, "service_code"),
        start=start,
        end=end,
        statuses=statuses,
    )


def _list(query: Query, name: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in query.get(name, "").split(",") if v.strip())[:100]


def _date(query: Query, name: str) -> datetime | None:
    value = query.get(name)
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{name} 应为 W3C 日期时间，如 2026-11-30T00:00:00Z") from None
    if moment.tzinfo is None:
        raise InvalidInput(f"{name} 须带时区（Z 或 +08:00）")
    return moment


def _check_span(start: datetime, end: datetime) -> None:
    if end < start:
        raise InvalidInput("end_date 早于 start_date")
    if end - start > service.MAX_SPAN:
        raise InvalidInput("start_date 与 end_date 相距不能超过 90 天")
