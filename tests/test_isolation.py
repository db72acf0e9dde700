"""Strict separation: outside the lead and co-handling departments, a case does not exist.

Every route of the application (enumerated from the router, so a new route is covered the day it is
added) is called by each role from outside, with the case's number and with its id in every path
parameter and in the search. Each answer must be exactly the answer for a number that was never
issued, must not carry the case's number or text, and nothing about the case may change.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from agencies.access import SYSTEM
from agencies.enums import Role
from hub.app import create_app
from hub.cases import flows
from hub.cases.models import Case, CaseAssist, CaseEvent
from hub.clock import FrozenClock
from hub.outbox.models import OutboxChannel, OutboxMessage, OutboxStatus
from hub.settings import Settings
from hub.sla import flows as sla
from hub.sla.models import Extension
from nlu.pipeline import NluEngine
from tests.factories import account, file_case, sign_in, staff_of

MARKER = "隔离测试专用诉求内容"
PHANTOM = "XM20990101000099"
PHANTOM_ID = 999_999
# Routes whose answer changes from one call to the next for reasons of their own (a chat turn
# files a new report; a WebSocket handshake; the process's own counters); for these only "no trace
# of the case" is checked.
VARYING = {("POST", "/api/chat"), ("GET", "/api/chat/ws"), ("GET", "/metrics")}
ENDS_SESSION = {("DELETE", "/api/session"), ("POST", "/portal/logout")}
SEARCHES = ["", "tab=all", "tab=assist", "tab=returned", "tab=done", "tab=overdue"]
OUTSIDERS = [
    ("eco-staff", Role.STAFF, "ecology_environment"),
    ("eco-lead", Role.SUPERVISOR, "ecology_environment"),
    ("officer-li", Role.OFFICER, "police"),
]


def _routes(app: web.Application) -> list[tuple[str, str]]:
    found = []
    for route in app.router.routes():
        resource = route.resource
        if route.method == "HEAD" or resource is None or isinstance(resource, web.StaticResource):
            continue
        found.append((route.method, resource.canonical))
    return sorted(set(found))


def _paths(template: str, value: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: "json" if m.group(1) == "fmt" else value, template)


def _body(value: str) -> dict[str, Any]:
    return {
        "version": 1,
        "reason": "核实情况",
        "text": "核实情况",
        "note": "核实情况",
        "result": "resolved",
        "department": "ecology_environment",
        "assignee": "eco-staff",
        "length": "2d",
        "decision": "approve",
        "number": value,
        "task_id": value,
    }


async def _call(
    client: TestClient, method: str, path: str, value: str, csrf: str
) -> tuple[int, str]:
    body = _body(value)
    if method == "GET":
        response = await client.get(path, allow_redirects=False)
    elif path.startswith("/portal"):
        form = {k: str(v) for k, v in body.items()} | {"_csrf": csrf}
        response = await client.request(method, path, data=form, allow_redirects=False)
    else:
        response = await client.request(
            method, path, json=body, headers={"X-CSRF-Token": csrf}, allow_redirects=False
        )
    text = (await response.read()).decode("utf-8", "replace")
    return response.status, text + response.headers.get("Location", "")


async def _target(clock: FrozenClock) -> Case:
    """A case of human_resources (co-handled by labor_arbitration) with all a case can have."""
    case = await file_case(clock.now(), category="dispute_labor", text=MARKER + "，电话13812345678")
    lead = await staff_of("human_resources")
    await flows.sign(case.number, actor=lead, now=clock.now())
    await flows.add_note(case.number, text=MARKER + "进展", actor=lead, now=clock.now())
    await sla.request_extension(
        case.number, length="2d", reason=MARKER + "延期", actor=lead, now=clock.now()
    )
    await OutboxMessage.create(
        channel=OutboxChannel.EMAIL,
        recipient="hr@example.gov.cn",
        subject=MARKER,
        body=MARKER,
        case=case,
        status=OutboxStatus.DEAD,
        attempts=8,
        next_attempt_at=clock.now(),
        created_at=clock.now(),
    )
    return await Case.get(id=case.id)


async def _fingerprint(case: Case) -> tuple[Any, ...]:
    row = await Case.get(id=case.id)
    extension = await Extension.get(case_id=case.id)
    opinions = await CaseAssist.filter(case_id=case.id).values_list("opinion", flat=True)
    return (
        row.version,
        row.status,
        row.department_id,
        row.assignee_id,
        row.resolve_due_at,
        await CaseEvent.filter(case_id=case.id).count(),
        extension.status,
        tuple(opinions),
        await Case.all().count(),
    )


@pytest.fixture
async def full_client(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> AsyncIterator[TestClient]:
    """The whole application, the chat's trained NLU included."""
    app = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


@pytest.mark.slow
async def test_no_route_shows_or_changes_another_departments_case(
    full_client: TestClient, clock: FrozenClock
) -> None:
    client = full_client
    case = await _target(clock)
    await account("hr-staff", Role.STAFF, "human_resources")
    for username, role, department in OUTSIDERS:
        await account(username, role, department)
    routes = _routes(client.server.app)
    assert ("POST", "/api/cases/{number}/sign") in routes and ("GET", "/portal/queue") in routes
    before = await _fingerprint(case)

    # The harness can see a case: the lead department finds it by number and by search.
    await sign_in(client, "hr-staff")
    assert MARKER in (await (await client.get(f"/portal/cases/{case.number}")).text())
    assert case.number in (await (await client.get(f"/api/cases?tab=all&q={MARKER}")).text())

    checked = 0
    for name in ["anonymous", *(username for username, _, _ in OUTSIDERS)]:
        client.session.cookie_jar.clear()
        csrf = "" if name == "anonymous" else (await sign_in(client, name))["X-CSRF-Token"]
        for method, template in routes:
            for real, phantom in ((case.number, PHANTOM), (str(case.id), str(PHANTOM_ID))):
                listing = "{" not in template and method == "GET"
                queries = SEARCHES if listing and real == case.number else [""]
                for query in queries:
                    suffix = (
                        f"?{query}&q={real}" if query else (f"?q={real}" if method == "GET" else "")
                    )
                    shown = await _call(client, method, _paths(template, real) + suffix, real, csrf)
                    if (method, template) in ENDS_SESSION and name != "anonymous":
                        csrf = (await sign_in(client, name))["X-CSRF-Token"]
                    ghost_suffix = suffix.replace(real, phantom)
                    ghost = await _call(
                        client, method, _paths(template, phantom) + ghost_suffix, phantom, csrf
                    )
                    if (method, template) in ENDS_SESSION and name != "anonymous":
                        csrf = (await sign_in(client, name))["X-CSRF-Token"]
                    where = f"{name} {method} {template}{suffix}"
                    assert shown[0] < 500, (where, shown)
                    assert MARKER not in shown[1] and "13812345678" not in shown[1], where
                    if (method, template) in VARYING:
                        continue
                    assert shown[0] == ghost[0], (where, shown, ghost)
                    if real == case.number:  # ids are plain digits that pages hold anyway
                        echo = shown[1].replace(real, "<N>")
                        assert echo == ghost[1].replace(phantom, "<N>"), where
                    checked += 1
        assert await _fingerprint(case) == before, name
    assert checked > 300


async def test_hub_roles_see_every_case_but_cannot_work_it_for_the_department(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    await account("operator", Role.OPERATOR)
    await account("admin-wang", Role.ADMIN)
    for name in ("operator", "admin-wang"):
        headers = await sign_in(client, name)
        assert (await client.get(f"/portal/cases/{case.number}")).status == 200
        for action in ("sign", "resolve", "return", "assignee", "opinion", "extension"):
            response = await client.post(
                f"/api/cases/{case.number}/{action}",
                json={
                    "text": "x",
                    "reason": "x",
                    "result": "resolved",
                    "assignee": "x",
                    "length": "1d",
                },
                headers=headers,
            )
            assert response.status == 403, (name, action)
    assert (await Case.get(id=case.id)).version == case.version


async def test_a_case_leaves_a_department_when_dispatched_elsewhere(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    await account("hr-staff", Role.STAFF, "human_resources")
    await flows.dispatch(case.number, department="justice", actor=SYSTEM, now=clock.now())
    await sign_in(client, "hr-staff")
    assert (await client.get(f"/portal/cases/{case.number}")).status == 404
    listed = await (await client.get("/api/cases?tab=all")).json()
    assert listed["cases"] == []
