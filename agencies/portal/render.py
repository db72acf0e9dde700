"""Rendering portal pages: the template environment, the page frame, flashes, and HTML errors."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp.typedefs import Handler
from aiohttp_session import get_session

from agencies.access import Principal
from agencies.auth import csrf_token, principal_of
from agencies.countdown import describe
from agencies.service import department_name
from hub.errors import HubError, Unauthenticated
from hub.http import SHANGHAI
from hub.keys import CLOCK

STATIC_DIR = Path(__file__).resolve().parent / "static"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def setup_templates(app: web.Application) -> None:
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=jinja2.select_autoescape(["html"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(dt=_dt, day=_day, full=_full, left=describe, pct=_pct, qs=urlencode)
    env.globals["epoch_ms"] = lambda moment: int(moment.timestamp() * 1000)
    static = app.router.add_static(
        "/portal/static", STATIC_DIR, name="portal_static", append_version=True
    )
    env.globals["static"] = lambda name: str(static.url_for(filename=name))


def _dt(moment: datetime | None) -> str:
    return moment.astimezone(SHANGHAI).strftime("%m-%d %H:%M") if moment else "—"


def _full(moment: datetime | None) -> str:
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if moment else "—"


def _day(moment: datetime | None) -> str:
    return moment.astimezone(SHANGHAI).strftime("%Y-%m-%d") if moment else "—"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


async def flash(request: web.Request, kind: str, text: str) -> None:
    """A message shown once on the next page (kind: ok or error)."""
    (await get_session(request))["flash"] = [kind, text]


async def render(
    request: web.Request,
    template: str,
    principal: Principal | None,
    status: int = 200,
    **context: Any,
) -> web.Response:
    """A portal page in the frame (top bar, flash), with what every page needs."""
    session = await get_session(request)
    shown = session.pop("flash", None)
    now = request.app[CLOCK].now()
    context.update(
        me=principal,
        my_department=await department_name(principal.department_id) if principal else None,
        csrf=await csrf_token(request),
        flash=shown,
        now=now,
        path=request.path,
    )
    response = aiohttp_jinja2.render_template(template, request, context, status=status)
    response.headers["Cache-Control"] = "no-store"
    return response


@web.middleware
async def html_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """In the portal, errors are pages: sign-in for the anonymous, a clear message otherwise."""
    if not request.path.startswith("/portal") or request.path.startswith("/portal/static"):
        return await handler(request)
    try:
        return await handler(request)
    except Unauthenticated as exc:
        return await _to_login(request, exc)
    except HubError as exc:
        return await _error_page(request, exc.status, exc.message)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return await _error_page(request, exc.status, _HTTP_MESSAGES.get(exc.status, exc.reason))


_HTTP_MESSAGES = {
    404: "页面不存在",
    405: "不支持此操作方式",
    413: "提交的内容过大",
}


async def _to_login(request: web.Request, exc: Unauthenticated) -> web.StreamResponse:
    if request.method != "GET":
        return await _error_page(request, 401, f"{exc.message}。请重新登录后再操作")
    if exc.details.get("reason") in ("expired", "account"):
        await flash(request, "error", exc.message)
    target = request.path_qs if request.path != "/portal/login" else "/portal/queue"
    raise web.HTTPSeeOther(f"/portal/login?{urlencode({'next': target})}")


async def _error_page(request: web.Request, status: int, message: str) -> web.Response:
    try:
        principal = await principal_of(request) if request.method == "GET" else None
    except HubError:
        principal = None
    return await render(request, "error.html", principal, status=status, message=message)
