"""Portal pages: sign-in, the work queue, the case page and its actions."""

from __future__ import annotations

from datetime import datetime

from aiohttp import web

from agencies.access import case_for
from agencies.actions import ACTIONS, CaseAction
from agencies.auth import check_csrf, end_session, require_principal, start_session
from agencies.catalog import catalogue
from agencies.countdown import countdown
from agencies.flows import log_in
from agencies.params import Params
from agencies.portal.csv import csv_response
from agencies.portal.render import flash, render
from agencies.queue import QueueFilter, queue_page, tab_counts, tabs_for
from agencies.service import case_page
from hub.cases.enums import CaseStatus
from hub.cases.models import Case
from hub.errors import HubError, InvalidInput
from hub.http import read_form
from hub.keys import CLOCK
from hub.privacy.flows import reveal_personal_data

routes = web.RouteTableDef()
MAX_LOGIN_FIELD = 200
CSV_ROWS = 5000


def _now(request: web.Request) -> datetime:
    return request.app[CLOCK].now()


@routes.get("/portal")
async def home(request: web.Request) -> web.Response:
    raise web.HTTPSeeOther("/portal/queue")


@routes.get("/portal/login")
async def login_form(request: web.Request) -> web.Response:
    return await render(request, "login.html", None, next=_next(request.query.get("next")))


@routes.post("/portal/login")
async def login(request: web.Request) -> web.Response:
    await check_csrf(request)
    form = await read_form(request)
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    target = _next(str(form.get("next", "")))
    try:
        if len(username) > MAX_LOGIN_FIELD or len(password) > MAX_LOGIN_FIELD:
            raise InvalidInput("用户名或密码过长")
        account = await log_in(username.strip(), password, now=_now(request))
    except HubError as exc:
        return await render(
            request,
            "login.html",
            None,
            status=exc.status,
            error=exc.message,
            next=target,
            username=username[:MAX_LOGIN_FIELD],
        )
    await start_session(request, account)
    raise web.HTTPSeeOther(target)


@routes.post("/portal/logout")
async def logout(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    await end_session(request, principal)
    raise web.HTTPSeeOther("/portal/login")


@routes.get("/portal/queue")
async def queue(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    wanted = QueueFilter.parse(request.query, principal)
    now = _now(request)
    page = await queue_page(principal, wanted, now)
    return await render(
        request,
        "queue.html",
        principal,
        page=page,
        counts=await tab_counts(principal, now),
        tabs=tabs_for(principal),
        countdowns={case.id: countdown(case, now) for case in page.rows},
        categories=catalogue().categories.values(),
        districts=catalogue().districts,
        statuses=list(CaseStatus),
        department_names={code: d.name_zh for code, d in catalogue().departments.items()},
        category_names={code: c.name_zh for code, c in catalogue().categories.items()},
    )


@routes.get("/portal/queue.csv")
async def queue_csv(request: web.Request) -> web.StreamResponse:
    """The rows of the current tab and filters (up to CSV_ROWS) as a spreadsheet."""
    principal = await require_principal(request)
    wanted = QueueFilter.parse(request.query, principal)
    now = _now(request)
    rows: list[Case] = []
    cursor: str | None = None
    while len(rows) < CSV_ROWS:
        page = await queue_page(
            principal, QueueFilter(**{**wanted.__dict__, "cursor": cursor, "limit": 200}), now
        )
        rows.extend(page.rows)
        cursor = page.next_cursor
        if cursor is None:
            break
    header = ["工单编号", "类别", "诉求摘要", "区", "街道", "状态", "承办部门", "时限", "受理时间"]
    body = [
        [
            c.number,
            c.category.name_zh,
            c.summary,
            c.district or "",
            c.street or "",
            CaseStatus(c.status).label_zh,
            c.department.name_zh if c.department else "",
            _deadline_text(c, now),
            c.created_at,
        ]
        for c in rows[:CSV_ROWS]
    ]
    return csv_response(f"queue-{wanted.tab.value}", header, body)


def _deadline_text(case: Case, now: datetime) -> str:
    left = countdown(case, now)
    return f"{left.window}{left.text}" if left else ""


@routes.get("/portal/cases/{number}")
async def case(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    found = await case_for(principal, request.match_info["number"])
    page = await case_page(principal, found, _now(request))
    return await render(request, "case.html", principal, p=page, c=page.case)


@routes.post("/portal/cases/{number}/personal-data")
async def reveal(request: web.Request) -> web.Response:
    """The case page with personal data unmasked, once the view is on the timeline."""
    principal = await require_principal(request)
    found = await reveal_personal_data(principal, request.match_info["number"], now=_now(request))
    page = await case_page(principal, found, _now(request), revealed=True)
    shown = await render(request, "case.html", principal, p=page, c=page.case)
    shown.headers["Cache-Control"] = "no-store"
    return shown


def _register(action: CaseAction) -> None:
    async def act(request: web.Request) -> web.Response:
        principal = await require_principal(request)
        number = request.match_info["number"]
        form = await read_form(request)
        try:
            await action.run(number, Params(form, typed=False), principal, _now(request))
        except HubError as exc:
            found = await case_for(principal, number)
            page = await case_page(principal, found, _now(request))
            return await render(
                request,
                "case.html",
                principal,
                status=exc.status,
                p=page,
                c=page.case,
                error=exc.message,
                failed=action.name,
            )
        await flash(request, "ok", action.done)
        raise web.HTTPSeeOther(f"/portal/cases/{number}")

    act.__name__ = f"portal_{action.name}"
    routes.post(f"/portal/cases/{{number}}/{action.name}")(act)


for _action in ACTIONS:
    _register(_action)


def _next(target: str | None) -> str:
    """Only a page of the portal itself is a place to go after signing in."""
    if target and target.startswith("/portal/") and not target.startswith("//"):
        return target
    return "/portal/queue"
