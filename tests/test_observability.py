"""Liveness, readiness and /metrics, through HTTP, on both databases."""

from __future__ import annotations

import uuid
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families
from tortoise import BaseDBAsyncClient

from agencies.access import SYSTEM
from hub.app import create_app
from hub.cases import flows
from hub.clock import FrozenClock
from hub.db import close_database, connection, open_database
from hub.keys import NLU
from hub.observability.health import shipped_migrations
from hub.outbox.models import OutboxChannel, OutboxMessage
from hub.settings import Settings
from hub.sla import flows as sla
from tests.conftest import POSTGRES_URL
from tests.factories import file_case, staff_of
from tests.police import FixedReading, police, task_body
from tests.tcpproxy import TcpProxy


def sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample of an exposition text (0 when the series is absent)."""
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()):
                return float(s.value)
    return 0.0


async def scrape(client: TestClient, **headers: str) -> str:
    response = await client.get("/metrics", headers=headers)
    assert response.status == 200, await response.text()
    assert response.content_type == "text/plain"
    return await response.text()


async def test_probes_are_in_the_api_description(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    assert {"/livez", "/readyz", "/metrics"} <= set(spec["paths"])
    assert "text/plain" in spec["paths"]["/metrics"]["get"]["responses"]["200"]["content"]
    assert "503" in spec["paths"]["/readyz"]["get"]["responses"]


async def test_alive_and_ready(client: TestClient) -> None:
    live = await client.get("/livez")
    assert (live.status, await live.json()) == (200, {"status": "alive"})
    ready = await client.get("/readyz")
    body = await ready.json()
    assert ready.status == 200, body
    assert body["status"] == "ready"
    assert {name: check["ok"] for name, check in body["checks"].items()} == {
        "database": True,
        "migrations": True,
        "nlu": True,
    }


async def test_not_ready_while_a_migration_is_pending(client: TestClient, db_url: str) -> None:
    (newest,) = shipped_migrations(db_url)[-1:]
    db = connection()
    _, rows = await db.execute_query(f"SELECT * FROM aerich WHERE version = {_p(db)}", [newest])
    await db.execute_query(f"DELETE FROM aerich WHERE version = {_p(db)}", [newest])
    try:
        response = await client.get("/readyz")
        body = await response.json()
        assert response.status == 503
        assert body["status"] == "unavailable"
        assert body["checks"]["database"] == {"ok": True}
        assert body["checks"]["migrations"]["ok"] is False
        assert newest in body["checks"]["migrations"]["message"]
        assert "hub db upgrade" in body["checks"]["migrations"]["message"]
    finally:
        values = ", ".join(_p(db, n) for n in (1, 2, 3))
        await db.execute_query(
            f"INSERT INTO aerich (version, app, content) VALUES ({values})",
            [rows[0]["version"], rows[0]["app"], rows[0]["content"]],
        )
    assert (await client.get("/readyz")).status == 200


class SlowModel(FixedReading):
    ready = False


async def test_not_ready_until_the_nlu_model_is_loaded(
    orm: str, settings: Settings, clock: FrozenClock
) -> None:
    app = create_app(settings, clock=clock, own_database=False)
    model = app[NLU] = SlowModel("fire_hazard", "台湾街")
    async with TestClient(TestServer(app)) as client:
        waiting = await client.get("/readyz")
        assert waiting.status == 503
        assert (await waiting.json())["checks"]["nlu"] == {
            "ok": False,
            "message": "NLU 模型尚未加载完成（或加载失败，见日志）",
        }
        model.ready = True
        assert (await client.get("/readyz")).status == 200


async def test_cases_backlog_and_overdue_are_read_from_the_database(
    client: TestClient, clock: FrozenClock
) -> None:
    for where in ("台湾街", "中山路", "开元路"):
        await file_case(clock.now(), text="老板拖欠工资", where=where)
    triage = await file_case(clock.now(), text="说不清楚的事", confidence=0.1)
    pending = {"channel": "email", "status": "pending"}
    announced = sample(await scrape(client), "hub_outbox_messages", **pending)
    for n in range(2):  # two messages written a while ago and still waiting
        await OutboxMessage.create(
            channel=OutboxChannel.EMAIL,
            recipient="dept@example.gov.cn",
            body=f"第 {n} 封",
            case=triage,
            next_attempt_at=clock.now(),
            created_at=clock.now() - timedelta(minutes=10 * (n + 1)),
        )
    text = await scrape(client)
    assert sample(text, "hub_database_up") == 1
    assert sample(text, "hub_cases", status="routed") == 3
    assert sample(text, "hub_cases", status="triage") == 1
    assert sample(text, "hub_cases", status="closed") == 0
    assert sample(text, "hub_cases_overdue", window="sign") == 0
    assert sample(text, "hub_outbox_messages", **pending) == announced + 2
    assert sample(text, "hub_outbox_messages", channel="webhook", status="dead") == 0
    assert sample(text, "hub_outbox_oldest_pending_seconds") == 20 * 60

    clock.advance(days=3)  # past every sign-off limit of a labour dispute
    later = await scrape(client)
    assert sample(later, "hub_cases_overdue", window="sign") == 3
    assert sample(later, "hub_cases_overdue", window="resolve") == 0


async def test_a_suspended_case_is_not_counted_late(client: TestClient, clock: FrozenClock) -> None:
    waiting, _late = [
        await flows.sign(
            (await file_case(clock.now(), category="fire_hazard", where=where)).number,
            actor=SYSTEM,
            now=clock.now(),
        )
        for where in ("台湾街", "中山路")
    ]
    staff = await staff_of("fire_rescue")
    await sla.suspend(
        waiting.number, reason="等待业主开门", actor=staff, now=clock.advance(hours=1)
    )
    clock.advance(days=5)  # past the 72 hours both had to resolve in
    text = await scrape(client)
    assert sample(text, "hub_cases_overdue", window="resolve") == 1


async def test_requests_are_counted_by_route_pattern_and_status(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    route = {"method": "GET", "route": "/api/cases/{number}"}
    before = await scrape(client)
    for n in range(3):
        missing = await client.get(f"/api/cases/XM2099010100000{n}", headers=admin_headers)
        assert missing.status == 404
    await client.get("/no/such/page")
    after = await scrape(client)
    count = "hub_http_requests_total"
    assert (
        sample(after, count, **route, status="404") - sample(before, count, **route, status="404")
        == 3
    )
    assert sample(after, count, route="unmatched", status="404") >= 1
    timed = "hub_http_request_duration_seconds_count"
    assert sample(after, timed, **route) - sample(before, timed, **route) == 3


async def test_nlu_calls_are_timed(orm: str, settings: Settings, clock: FrozenClock) -> None:
    app = create_app(settings, clock=clock, own_database=False)
    app[NLU] = FixedReading("fire_hazard", "台湾街")
    cop = await police(clock.now())
    async with TestClient(TestServer(app)) as client:
        before = await scrape(client)
        task = await client.post("/api/tasks", json=task_body(), headers=cop.system_headers)
        task_id = (await task.json())["id"]
        referral = await client.post(
            "/api/referrals",
            json={"task_id": task_id},
            headers=cop.officer_headers(uuid.uuid4().hex),
        )
        assert referral.status == 201, await referral.text()
        after = await scrape(client)
    name = "hub_nlu_duration_seconds_count"
    assert (
        sample(after, name, operation="understand") - sample(before, name, operation="understand")
        == 1
    )


async def test_a_metrics_token_guards_the_scrape(
    orm: str, settings: Settings, clock: FrozenClock
) -> None:
    token = "scrape-token-0123456789abcdefghijklmnop"
    guarded = Settings(**settings.model_dump() | {"metrics_token": token})
    app = create_app(guarded, own_database=False)
    async with TestClient(TestServer(app)) as client:
        refused = await client.get("/metrics", headers={"Authorization": "Bearer wrong"})
        assert refused.status == 401
        assert (await refused.json())["error"]["code"] == "unauthenticated"
        assert (await client.get("/metrics")).status == 401
        assert "hub_cases" in await scrape(client, Authorization=f"Bearer {token}")


async def test_request_ids_are_kept_when_well_formed(client: TestClient) -> None:
    kept = await client.get("/livez", headers={"X-Request-Id": "lb-7f3a.22"})
    assert kept.headers["X-Request-Id"] == "lb-7f3a.22"
    replaced = await client.get("/livez", headers={"X-Request-Id": "a b\tc"})
    assert len(replaced.headers["X-Request-Id"]) == 32
    missing = await client.get("/nowhere")
    assert len(missing.headers["X-Request-Id"]) == 32


@pytest.mark.postgres_only
async def test_not_ready_while_the_database_is_away_and_ready_once_back(
    db_url: str, settings: Settings, clock: FrozenClock
) -> None:
    url = urlsplit(str(POSTGRES_URL))
    proxy = TcpProxy(url.hostname or "127.0.0.1", url.port or 5432)
    await proxy.start()
    proxied = url._replace(netloc=f"{url.username}@127.0.0.1:{proxy.port}").geturl()
    await open_database(proxied)
    app = create_app(settings.model_copy(update={"db_url": proxied}), own_database=False)
    try:
        async with TestClient(TestServer(app)) as client:
            assert (await client.get("/readyz")).status == 200
            await proxy.cut()
            away = await client.get("/readyz")
            body = await away.json()
            assert away.status == 503
            assert body["checks"]["database"]["ok"] is False
            assert body["checks"]["database"]["message"].startswith("数据库无法连接")
            assert (await client.get("/livez")).status == 200
            metrics = await scrape(client)
            assert sample(metrics, "hub_database_up") == 0
            await proxy.start()
            assert (await client.get("/readyz")).status == 200
    finally:
        await proxy.cut()
        await close_database()


def _p(db: BaseDBAsyncClient, n: int = 1) -> str:
    """A query placeholder in the connection's dialect."""
    return f"${n}" if db.capabilities.dialect == "postgres" else "?"


@pytest.mark.parametrize(
    ("trusted", "forwarded", "caller"),
    [
        ("127.0.0.0/8", "203.0.113.9", "203.0.113.x"),
        ("127.0.0.0/8", "6.6.6.6, 203.0.113.9", "203.0.113.x"),  # what the client wrote is ignored
        ("127.0.0.0/8, 10.0.0.0/8", "198.51.100.7, 10.1.2.3", "198.51.100.x"),  # two proxies
        ("127.0.0.0/8", "not-an-address", "127.0.0.x"),
        ("", "203.0.113.9", "127.0.0.x"),  # no trusted proxy: the header counts for nothing
        ("10.0.0.0/8", "203.0.113.9", "127.0.0.x"),  # this peer is not the load balancer
    ],
)
async def test_the_caller_behind_a_trusted_load_balancer(
    orm: str,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
    trusted: str,
    forwarded: str,
    caller: str,
) -> None:
    behind = Settings(**settings.model_dump() | {"trusted_proxies": trusted})
    async with TestClient(TestServer(create_app(behind, own_database=False))) as client:
        with caplog.at_level("INFO", logger="hub.access"):
            await client.get("/livez", headers={"X-Forwarded-For": forwarded})
    (line,) = [r for r in caplog.records if r.name == "hub.access"]
    assert line.__dict__["http"]["remote"] == caller


def test_trusted_proxies_must_be_networks() -> None:
    with pytest.raises(ValueError, match="not a network"):
        Settings(trusted_proxies="10.0.0.0/8, the-load-balancer")
