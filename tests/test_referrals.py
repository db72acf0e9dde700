"""Tasks in from the police system, and officers' one-tap referrals: one case per key, always."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from agencies.flows import revoke_tokens
from hub.app import create_app
from hub.cases.models import Case, Report
from hub.clock import FrozenClock
from hub.keys import NLU
from hub.settings import Settings
from hub.tasks.models import CaseTask, Referral, Task
from tests.police import FixedReading, Police, police, task_body


@pytest.fixture
async def api(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[TestClient]:
    app = create_app(settings, clock=clock, own_database=False)
    app[NLU] = FixedReading("fire_hazard", "台湾街")
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


@pytest.fixture
async def cop(orm: str, clock: FrozenClock) -> Police:
    return await police(clock.now())


async def new_task(api: TestClient, cop: Police, external_id: str = "RW-2026-0001") -> int:
    response = await api.post("/api/tasks", json=task_body(external_id), headers=cop.system_headers)
    assert response.status == 201, await response.text()
    return int((await response.json())["id"])


async def test_the_same_external_id_updates_the_task(api: TestClient, cop: Police) -> None:
    first = await api.post("/api/tasks", json=task_body(), headers=cop.system_headers)
    assert first.status == 201
    again = await api.post(
        "/api/tasks", json=task_body(subject="走访发现楼道堆放杂物"), headers=cop.system_headers
    )
    assert again.status == 200
    assert (await again.json())["id"] == (await first.json())["id"]
    assert [t.subject for t in await Task.all()] == ["走访发现楼道堆放杂物"]


@pytest.mark.parametrize(
    ("headers", "body", "status"),
    [
        ({}, task_body(), 401),
        ({"X-Api-Key": "hubk_not-a-key"}, task_body(), 401),
        (None, task_body(subject=""), 400),
        (None, task_body(callback_url="ftp://example/x"), 400),
        (None, task_body(officer="nobody"), 400),
        (None, task_body(people=["王某"]), 400),
    ],
)
async def test_bad_task_requests_store_nothing(
    api: TestClient, cop: Police, headers: dict[str, str] | None, body: dict, status: int
) -> None:
    response = await api.post(
        "/api/tasks", json=body, headers=cop.system_headers if headers is None else headers
    )
    assert response.status == status
    assert "error" in await response.json()
    assert await Task.all().count() == 0


async def test_a_referral_is_filed_from_the_task_and_linked(api: TestClient, cop: Police) -> None:
    task_id = await new_task(api, cop)
    response = await api.post(
        "/api/referrals",
        json={"task_id": task_id, "note": "已口头责令整改"},
        headers=cop.officer_headers("tap-0001-aaaa"),
    )
    assert response.status == 201, await response.text()
    body = await response.json()
    assert body["case"]["department"] == "fire_rescue"
    case = await Case.get(number=body["case"]["number"])
    report = await Report.get(case_id=case.id)
    assert report.channel == "officer"
    assert "飞线充电" in report.text and "地点：台湾街" in report.text
    assert "王某" in report.text and "已口头责令整改" in report.text
    assert report.details["task"]["external_id"] == "RW-2026-0001"
    assert await CaseTask.filter(case_id=case.id, task_id=task_id).exists()
    assert (await Task.get(id=task_id)).status == "routed"


async def test_concurrent_double_taps_file_one_case(api: TestClient, cop: Police) -> None:
    task_id = await new_task(api, cop)
    taps = [
        api.post(
            "/api/referrals",
            json={"task_id": task_id, "note": "请尽快处理"},
            headers=cop.officer_headers("double-tap-key-1"),
        )
        for _ in range(8)
    ]
    responses = await asyncio.gather(*taps)
    bodies = [await r.json() for r in responses]
    assert [r.status for r in responses] == [201] * 8
    assert all(b == bodies[0] for b in bodies)
    assert sum(r.headers.get("Idempotent-Replayed") == "true" for r in responses) == 7
    assert await Case.all().count() == 1
    assert await Referral.all().count() == 1
    assert await Report.all().count() == 1


async def test_a_retry_after_a_timeout_gets_the_first_answer(api: TestClient, cop: Police) -> None:
    task_id = await new_task(api, cop)
    headers = cop.officer_headers("retry-key-0001")
    first = await api.post("/api/referrals", json={"task_id": task_id}, headers=headers)
    retry = await api.post("/api/referrals", json={"task_id": task_id}, headers=headers)
    assert (first.status, retry.status) == (201, 201)
    assert await first.json() == await retry.json()
    assert await Case.all().count() == 1
    other = await api.post(
        "/api/referrals", json={"task_id": task_id}, headers=cop.officer_headers("second-key-01")
    )
    assert (await other.json())["case"]["number"] == (await first.json())["case"]["number"]
    assert (await other.json())["duplicate"] is True  # same matter, same place: joined


async def test_a_key_reused_for_another_request_is_refused(api: TestClient, cop: Police) -> None:
    task_id = await new_task(api, cop)
    headers = cop.officer_headers("reused-key-0001")
    await api.post("/api/referrals", json={"task_id": task_id, "note": "甲"}, headers=headers)
    reused = await api.post(
        "/api/referrals", json={"task_id": task_id, "note": "乙"}, headers=headers
    )
    assert reused.status == 422
    assert await Case.all().count() == 1


@pytest.mark.parametrize(
    ("key", "body", "status"),
    [
        (None, {"task_id": 1}, 400),
        ("short", {"task_id": 1}, 400),
        ("key-for-missing", {"task_id": 999}, 404),
        ("key-for-bad-body", {"task_id": "1"}, 400),
    ],
)
async def test_bad_referrals_file_nothing(
    api: TestClient, cop: Police, key: str | None, body: dict, status: int
) -> None:
    await new_task(api, cop)
    response = await api.post("/api/referrals", json=body, headers=cop.officer_headers(key))
    assert response.status == status
    assert await Case.all().count() == 0
    assert await Referral.all().count() == 0


async def test_only_the_officer_of_the_task_may_push_it(
    api: TestClient, cop: Police, clock: FrozenClock
) -> None:
    task_id = await new_task(api, cop)
    other = await police_officer(clock, "officer-li")
    response = await api.post(
        "/api/referrals",
        json={"task_id": task_id},
        headers={"Authorization": f"Bearer {other}", "Idempotency-Key": "other-officer-1"},
    )
    assert response.status == 404
    staff = await api.post(
        "/api/referrals",
        json={"task_id": task_id},
        headers={"Authorization": "Bearer hubt_forged", "Idempotency-Key": "forged-token-1"},
    )
    assert staff.status == 401
    assert await Case.all().count() == 0


async def test_a_revoked_token_is_refused(api: TestClient, cop: Police, clock: FrozenClock) -> None:
    listed = await api.get("/api/officer/tasks", headers=cop.officer_headers())
    assert listed.status == 200
    await revoke_tokens(cop.officer, now=clock.now())
    refused = await api.get("/api/officer/tasks", headers=cop.officer_headers())
    assert refused.status == 401


async def test_the_officer_sees_their_tasks_and_what_came_of_them(
    api: TestClient, cop: Police
) -> None:
    task_id = await new_task(api, cop)
    await api.post(
        "/api/referrals", json={"task_id": task_id}, headers=cop.officer_headers("list-key-0001")
    )
    tasks = (await (await api.get("/api/officer/tasks", headers=cop.officer_headers())).json())[
        "tasks"
    ]
    assert [t["external_id"] for t in tasks] == ["RW-2026-0001"]
    assert tasks[0]["cases"][0]["status_label"] == "待签收"
    assert tasks[0]["cases"][0]["department_name"] == "厦门市消防救援支队"


async def police_officer(clock: FrozenClock, username: str) -> str:
    from agencies.enums import Role
    from agencies.flows import add_account, issue_token

    await add_account(username=username, password=None, role=Role.OFFICER, now=clock.now())
    return await issue_token(username, now=clock.now())


async def test_the_database_constraint_alone_keeps_one_case_per_key(
    api: TestClient, cop: Police, clock: FrozenClock
) -> None:
    """Past the fast path: concurrent filings that all found no earlier referral."""
    from agencies.auth import principal_of_token
    from agencies.catalog import catalogue
    from hub.cases.enums import Channel
    from hub.cases.flows import NewReport
    from hub.tasks import flows
    from routing.decide import decide

    task_id = await new_task(api, cop)
    officer = await principal_of_token(cop.officer_token)
    assert officer is not None
    task = await flows.officer_task(officer, task_id)
    meaning = FixedReading("fire_hazard", "台湾街").understand(task.subject)
    filings = [
        flows.refer(
            officer=officer,
            key="constraint-key-1",
            fingerprint="f" * 64,
            task=task,
            new=NewReport(Channel.OFFICER, task.subject),
            decision=decide(meaning, catalogue(), threshold=0.45),
            now=clock.now(),
            duplicate_window=timedelta(0),
        )
        for _ in range(6)
    ]
    answers = await asyncio.gather(*filings)
    assert sorted(a.replayed for a in answers) == [False] + [True] * 5
    assert len({a.body["case"]["number"] for a in answers}) == 1
    assert await Case.all().count() == 1


async def test_the_case_knows_its_tasks(api: TestClient, cop: Police) -> None:
    from hub.tasks.service import tasks_of_case

    task_id = await new_task(api, cop)
    response = await api.post(
        "/api/referrals", json={"task_id": task_id}, headers=cop.officer_headers("case-tasks-1")
    )
    case = await Case.get(number=(await response.json())["case"]["number"])
    (linked,) = await tasks_of_case(case.id)
    assert linked["external_id"] == "RW-2026-0001" and linked["officer"] == "陈警官"
    assert linked["system"] == "公安任务系统" and linked["status"] == "routed"


async def test_concurrent_pushes_of_one_task_keep_one_row(api: TestClient, cop: Police) -> None:
    pushes = [
        api.post("/api/tasks", json=task_body(subject=f"第{i}次推送"), headers=cop.system_headers)
        for i in range(6)
    ]
    statuses = sorted(r.status for r in await asyncio.gather(*pushes))
    assert statuses == [200] * 5 + [201]
    assert await Task.all().count() == 1


async def test_the_task_system_can_reconcile_a_task(
    api: TestClient, cop: Police, clock: FrozenClock
) -> None:
    task_id = await new_task(api, cop)
    await api.post(
        "/api/referrals", json={"task_id": task_id}, headers=cop.officer_headers("reconcile-01")
    )
    found = await api.get("/api/tasks/RW-2026-0001", headers=cop.system_headers)
    body = await found.json()
    assert (found.status, body["status"]) == (200, "routed")
    assert body["cases"][0]["department_name"] == "厦门市消防救援支队"
    other = await add_system_key(clock, "另一任务系统")
    assert (await api.get("/api/tasks/RW-2026-0001", headers={"X-Api-Key": other})).status == 404
    assert (await api.get("/api/tasks/RW-2026-0001")).status == 401


async def add_system_key(clock: FrozenClock, name: str) -> str:
    from hub.tasks.flows import add_system

    return (await add_system(name, now=clock.now())).api_key
