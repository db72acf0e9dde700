"""The dashboard page, its tables as CSV, and the same figures as JSON."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from agencies.auth import require_principal
from agencies.catalog import catalogue
from agencies.countdown import countdown
from agencies.dashboard import TABLES, Dashboard, DashboardFilter, Line, Row, dashboard
from agencies.portal.csv import csv_response
from agencies.portal.render import render
from hub.http import SHANGHAI, json_response
from hub.keys import CLOCK
from hub.openapi import ERROR, ApiRoutes, query_param, schema

routes = ApiRoutes("dashboard")
RATE_HEADER = ["受理量", "办结量", "响应率", "按时办结率", "解决率", "满意率", "回访数", "通报"]
DASHBOARD = schema(
    "Dashboard",
    {
        "type": "object",
        "required": ["total", "departments", "categories", "districts", "daily", "overdue"],
        "properties": {
            "period": {"type": "object"},
            "total": {"type": "object"},
            "departments": {"type": "array", "items": {"type": "object"}},
            "categories": {"type": "array", "items": {"type": "object"}},
            "districts": {"type": "array", "items": {"type": "object"}},
            "daily": {"type": "array", "items": {"type": "object"}},
            "overdue": {"type": "array", "items": {"type": "object"}},
        },
    },
)


async def _load(request: web.Request) -> tuple[Any, Dashboard]:
    principal = await require_principal(request)
    now = request.app[CLOCK].now()
    wanted = DashboardFilter.parse(request.query, principal, now.astimezone(SHANGHAI).date())
    return principal, await dashboard(principal, wanted, now)


@routes.get("/portal/dashboard")
async def page(request: web.Request) -> web.Response:
    principal, board = await _load(request)
    now = request.app[CLOCK].now()
    return await render(
        request,
        "dashboard.html",
        principal,
        d=board,
        f=board.filter,
        departments=catalogue().departments.values(),
        categories=catalogue().categories.values(),
        countdowns={case.id: countdown(case, now) for case in board.overdue},
        chart=_chart_data(board),
    )


@routes.get("/portal/dashboard/{table}.csv")
async def table_csv(request: web.Request) -> web.Response:
    table = request.match_info["table"]
    if table not in TABLES:
        raise web.HTTPNotFound()
    _, board = await _load(request)
    name = f"{table}-{board.filter.since}-{board.filter.until}"
    if table == "daily":
        return csv_response(name, ["日期", "受理量", "办结量"], board.daily)
    if table == "overdue":
        header = ["工单编号", "承办部门", "类别", "区", "状态", "时限", "超期"]
        now = request.app[CLOCK].now()
        return csv_response(name, header, [_overdue_line(c, now) for c in board.overdue])
    if table == "listed":
        header = ["工单编号", "承办部门", "时限", "应办时间", "通报时间", "当前状态"]
        return csv_response(name, header, [_listed_line(r) for r in board.listed])
    if table == "districts":
        return csv_response(
            name,
            ["区", "受理量", "办结量"],
            [[r.label, r.tally.received, r.tally.resolved] for r in board.districts],
        )
    rows: list[Row] = getattr(board, table)
    first = {"departments": "承办部门", "categories": "类别"}[table]
    return csv_response(name, [first, *RATE_HEADER], [[r.label, *_figures(r.tally)] for r in rows])


@routes.operation(
    "GET",
    "/api/dashboard",
    summary="统计看板：所选周期内各部门、各类别、各区的响应率、按时办结率、解决率、满意率与受理量",
    parameters=[
        query_param("from", "开始日期（含），默认本月1日"),
        query_param("to", "结束日期（含），默认今天"),
        query_param("department", "部门代码（仅中心账户可选）"),
        query_param("category", "诉求类别代码"),
    ],
    responses={200: DASHBOARD, 400: ERROR, 401: ERROR},
    auth=["bearer", "session"],
)
async def api_dashboard(request: web.Request) -> web.Response:
    _, board = await _load(request)
    now = request.app[CLOCK].now()
    return json_response(
        {
            "period": {
                "from": board.filter.since.isoformat(),
                "to": board.filter.until.isoformat(),
            },
            "total": _tally_json(board.total),
            "departments": [_row_json(r) for r in board.departments],
            "categories": [_row_json(r) for r in board.categories],
            "districts": [_row_json(r) for r in board.districts],
            "daily": [
                {"day": day.isoformat(), "received": got, "resolved": done}
                for day, got, done in board.daily
            ],
            "overdue": [
                dict(
                    zip(
                        ("number", "department", "category", "district", "status", "due", "late"),
                        _overdue_line(c, now),
                        strict=True,
                    )
                )
                for c in board.overdue
            ],
            "overdue_count": board.overdue_count,
            "listed": board.listed,
        }
    )


def _figures(t: Line) -> list[Any]:
    return [
        t.received,
        t.resolved,
        _pct(t.response_rate),
        _pct(t.on_time_rate),
        _pct(t.solve_rate),
        _pct(t.satisfaction_rate),
        t.solved.total,
        t.listed,
    ]


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}%"


def _tally_json(t: Line) -> dict[str, Any]:
    return {
        "received": t.received,
        "resolved": t.resolved,
        "response_rate": t.response_rate,
        "on_time_rate": t.on_time_rate,
        "solve_rate": t.solve_rate,
        "satisfaction_rate": t.satisfaction_rate,
        "revisits_answered": t.solved.total,
        "listed": t.listed,
    }


def _row_json(row: Row) -> dict[str, Any]:
    return {"label": row.label, "code": row.code} | _tally_json(row.tally)


def _overdue_line(case: Any, now: Any) -> list[Any]:
    left = countdown(case, now)
    return [
        case.number,
        case.department.name_zh if case.department else "",
        case.category.name_zh,
        case.district or "",
        case.status.label_zh,
        left.due.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if left else "",
        left.text if left else "",
    ]


def _listed_line(row: dict[str, Any]) -> list[Any]:
    return [
        row["number"],
        row["department_name"] or "",
        row["window_label"] or "",
        (row["due_at"] or "")[:16].replace("T", " "),
        (row["listed_at"] or "")[:16].replace("T", " "),
        row["status"],
    ]


def _chart_data(board: Dashboard) -> dict[str, Any]:
    def rate(value: float | None) -> float | None:
        return None if value is None else round(value * 100, 1)

    top = board.departments[:15]
    return {
        "daily": {
            "labels": [day.strftime("%m-%d") for day, _, _ in board.daily],
            "received": [got for _, got, _ in board.daily],
            "resolved": [done for _, _, done in board.daily],
        },
        "categories": {
            "labels": [r.label for r in board.categories[:10]],
            "received": [r.tally.received for r in board.categories[:10]],
        },
        "districts": {
            "labels": [r.label for r in board.districts],
            "received": [r.tally.received for r in board.districts],
        },
        "departments": {
            "labels": [r.label for r in top],
            "response": [rate(r.tally.response_rate) for r in top],
            "on_time": [rate(r.tally.on_time_rate) for r in top],
        },
    }
