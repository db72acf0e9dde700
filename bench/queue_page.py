"""The department queue with 1,000,000 cases in PostgreSQL: page latency beside a bare endpoint.

    createdb -h 127.0.0.1 -U postgres hub_bench_queue
    .venv/bin/python bench/queue_page.py [--db postgres://postgres@127.0.0.1:5432/hub_bench_queue]
                                         [--cases 1000000] [--requests 200] [--fresh]

Fills the database once (kept for the next run unless --fresh), starts `hub serve` and a bare
aiohttp server in their own processes, signs in as a department's staff member and as a hub
operator, then times each page sequentially. Prints median and p95 per page and the ratio of the
median to the bare endpoint's median measured in the same run, and the query plan of the queue's
default tab.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agencies.access import Principal, PrincipalKind  # noqa: E402
from agencies.enums import Role  # noqa: E402
from agencies.flows import add_account  # noqa: E402
from agencies.models import Account, Department  # noqa: E402
from agencies.queue import ORDER, Tab, _tab_query  # noqa: E402
from hub.app import prepare_database  # noqa: E402
from hub.db import close_database, connection, open_database  # noqa: E402

PASSWORD = "bench-password-0123"
DATA_DIR = Path(tempfile.gettempdir()) / "hub-bench-data"  # kept: the NLU model trains once
BATCH = 100_000
BARE = """
import sys
from aiohttp import web
async def ok(request):
    return web.Response(text="ok")
app = web.Application()
app.router.add_get("/", ok)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
"""
# One case in 50 waits for sign-off, 3 in 100 are being worked, 1 in 100 is in triage or returned;
# the rest are resolved or closed. Open cases are recent (last 10 days), history spans two years.
FILL = """
INSERT INTO "case" (number, status, district, street, place, summary, details, routing, sla_class,
    excluded_departments, routed_at, sign_due_at, signed_at, resolve_due_at, resolved_at,
    closed_at, version, created_at, updated_at, category_id, department_id)
SELECT 'XM' || lpad(g::text, 14, '0'), s.status, d.district, d.street, d.place,
    s.summaries[1 + g % 8] || '（第' || g || '号）', '{}', '{"rule": "category_lead"}', $1, '[]',
    t.created + interval '2 minutes',
    t.created + interval '4 hours',
    CASE WHEN s.status IN ('routed', 'triage', 'returned') THEN NULL
         ELSE t.created + interval '1 hour' END,
    CASE WHEN s.status IN ('routed', 'triage', 'returned') THEN NULL
         ELSE t.created + interval '7 days' END,
    CASE WHEN s.status IN ('resolved', 'closed') THEN t.created + interval '3 days' END,
    CASE WHEN s.status = 'closed' THEN t.created + interval '4 days' END,
    3, t.created, t.created,
    ($2::int[])[1 + (11 * (g / 100) + g % 100) % array_length($2::int[], 1)],
    CASE WHEN s.status IN ('triage', 'returned') THEN NULL
         ELSE ($3::int[])[1 + (7 * (g / 100) + g % 100) % array_length($3::int[], 1)] END
FROM generate_series($4::int, $5::int) AS g
CROSS JOIN LATERAL (
    SELECT CASE WHEN g % 100 < 2 THEN 'routed' WHEN g % 100 < 5 THEN 'signed'
                WHEN g % 100 = 5 THEN 'triage' WHEN g % 100 = 6 THEN 'returned'
                WHEN g % 100 < 20 THEN 'resolved' ELSE 'closed' END AS status,
           ARRAY['拖欠工资三个月', '楼上半夜噪音扰民', '小区路灯不亮', '占道经营烧烤油烟',
                 '工地夜间施工', '楼道电动车充电', '出租屋登记', '物业乱收费'] AS summaries
) AS s
CROSS JOIN LATERAL (
    SELECT CASE WHEN s.status IN ('routed', 'signed', 'triage', 'returned')
                THEN now() - (g % 14400) * interval '1 minute'
                ELSE timestamptz '2024-11-01' + (g % 1000000) * interval '63 seconds' END AS created
) AS t
CROSS JOIN LATERAL (
    SELECT (ARRAY['思明区', '湖里区', '集美区', '海沧区', '同安区', '翔安区'])[1 + g % 6]
               AS district,
           (ARRAY['中华街道', '江头街道', '集美街道', '海沧街道', '大同街道', '新店街道'])
               [1 + g % 6] AS street,
           (ARRAY['中山路', '台湾街', '吕岭路', '五缘湾'])[1 + g % 4] AS place
) AS d
"""


async def fill(db_url: str, cases: int, fresh: bool) -> None:
    await open_database(db_url)
    try:
        await prepare_database(db_url)
        db = connection()
        if fresh:
            await db.execute_script('TRUNCATE "case" RESTART IDENTITY CASCADE')
        have = (await db.execute_query_dict('SELECT count(*) AS n FROM "case"'))[0]["n"]
        if have < cases:
            await _insert(db, have, cases)
        await _accounts()
    finally:
        await close_database()


async def _insert(db: object, have: int, cases: int) -> None:
    run = db.execute_query  # type: ignore[attr-defined]
    departments = [r["id"] for r in await db.execute_query_dict("SELECT id FROM department")]  # type: ignore[attr-defined]
    categories = [r["id"] for r in await db.execute_query_dict("SELECT id FROM category")]  # type: ignore[attr-defined]
    sla = (await db.execute_query_dict("SELECT code FROM sla_class LIMIT 1"))[0]["code"]  # type: ignore[attr-defined]
    started = time.perf_counter()
    for first in range(have + 1, cases + 1, BATCH):
        last = min(first + BATCH - 1, cases)
        await run(FILL, [sla, categories, departments, first, last])
        print(f"  cases {last:>9,} ({time.perf_counter() - started:.0f} s)", flush=True)
    await run('VACUUM ANALYZE "case"')


async def _accounts() -> None:
    for username, role, department in (
        ("bench-staff", Role.STAFF, "human_resources"),
        ("bench-operator", Role.OPERATOR, None),
    ):
        if not await Account.exists(username=username):
            await add_account(
                username=username,
                password=PASSWORD,
                role=role,
                department=department,
                now=datetime.now(UTC),
            )


async def plan(db_url: str) -> str:
    await open_database(db_url)
    try:
        department = await Department.get(code="human_resources")
        staff = Principal(
            PrincipalKind.ACCOUNT, "bench", role=Role.STAFF, department_id=department.id
        )
        column, _ = ORDER[Tab.TO_SIGN]
        query = _tab_query(staff, Tab.TO_SIGN, datetime.now(UTC))
        sql = query.order_by(column, "id").limit(51).sql(params_inline=True)
        rows = await connection().execute_query_dict(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
        return "\n".join(f"    {r['QUERY PLAN']}" for r in rows)
    finally:
        await close_database()


def _wait_for_nlu() -> None:
    """`hub serve` trains its NLU model once into the data folder; measure only after that."""
    model = DATA_DIR / "nlu" / "model.joblib"
    for _ in range(1200):
        if model.exists():
            time.sleep(2)
            return
        time.sleep(0.5)
    raise RuntimeError("the NLU model was not trained within 10 minutes")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _wait(url: str) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(600):
            try:
                async with session.get(url) as response:
                    if response.status < 500:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


async def _time(session: aiohttp.ClientSession, url: str, count: int) -> list[float]:
    for _ in range(10):  # warm up
        async with session.get(url) as response:
            await response.read()
    took = []
    for _ in range(count):
        started = time.perf_counter()
        async with session.get(url) as response:
            await response.read()
            assert response.status == 200, (url, response.status)
        took.append((time.perf_counter() - started) * 1000)
    return took


async def _signed_in(base: str, username: str) -> aiohttp.ClientSession:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with session.post(
        f"{base}/api/session", json={"username": username, "password": PASSWORD}
    ) as response:
        assert response.status == 200, await response.text()
    return session


async def measure(hub: str, bare: str, requests: int) -> list[tuple[str, list[float]]]:
    results = []
    async with aiohttp.ClientSession() as anonymous:
        results.append(("bare aiohttp endpoint (baseline)", await _time(anonymous, bare, requests)))
        results.append(("hub /healthz", await _time(anonymous, f"{hub}/healthz", requests)))
    staff = await _signed_in(hub, "bench-staff")
    operator = await _signed_in(hub, "bench-operator")
    try:
        deep = await _deep_cursor(staff, hub)
        pages = [
            ("department queue: 待签收 (default)", staff, "/portal/queue"),
            ("department queue: 办理中", staff, "/portal/queue?tab=in_progress"),
            ("department queue: 已超期", staff, "/portal/queue?tab=overdue"),
            ("department queue: 全部, page 40", staff, f"/portal/queue?tab=all&cursor={deep}"),
            (
                "department queue: search by number",
                staff,
                "/portal/queue?tab=all&q=XM00000000500013",
            ),
            ("department queue: filter 类别+区+日期", staff, _filtered()),
            ("department API GET /api/cases", staff, "/api/cases"),
            ("operator queue: 待分拨", operator, "/portal/queue"),
            ("operator queue: 待签收 (all departments)", operator, "/portal/queue?tab=to_sign"),
        ]
        for label, session, path in pages:
            results.append((label, await _time(session, f"{hub}{path}", requests)))
    finally:
        await staff.close()
        await operator.close()
    return results


async def _deep_cursor(session: aiohttp.ClientSession, hub: str) -> str:
    cursor = ""
    for _ in range(39):
        async with session.get(f"{hub}/api/cases?tab=all&cursor={cursor}") as response:
            following = (await response.json())["next_cursor"]
        if not following:
            break
        cursor = following
    return cursor


def _filtered() -> str:
    today = datetime.now(UTC).date().isoformat()
    return (
        f"/portal/queue?tab=all&category=dispute_labor&district=湖里区&from=2024-11-01&to={today}"
    )


def _pad(text: str, width: int) -> str:
    """Left-align text whose Chinese characters take two columns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(width - used, 1)


def report(results: list[tuple[str, list[float]]], cases: int, plan_text: str) -> None:
    base = statistics.median(results[0][1])
    print(f"\nqueue page with {cases:,} cases in PostgreSQL, {len(results[0][1])} requests each")
    print(f"{_pad('page', 46)}{'median ms':>10}{'p95 ms':>9}{'x baseline':>12}")
    for label, took in results:
        median = statistics.median(took)
        p95 = statistics.quantiles(took, n=20)[-1]
        print(f"{_pad(label, 46)}{median:>10.2f}{p95:>9.2f}{median / base:>12.1f}")
    print("\nplan of the department's default tab (待签收, first page):")
    print(plan_text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="postgres://postgres@127.0.0.1:5432/hub_bench_queue")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--fresh", action="store_true", help="empty the cases and fill again")
    args = parser.parse_args()
    print(f"filling {args.db} to {args.cases:,} cases (kept between runs)")
    asyncio.run(fill(args.db, args.cases, args.fresh))
    hub_port, bare_port = _free_port(), _free_port()
    env = os.environ | {
        "HUB_DB_URL": args.db,
        "HUB_PORT": str(hub_port),
        "HUB_SECRET_KEY": secrets.token_urlsafe(40),
        "HUB_PII_KEYS": "YmVuY2gtYW5kLXRlc3QtcGlpLWtleS0wMTIzNDU2Nzg=",
        "HUB_PII_HASH_KEY": "bench-and-test-pii-hash-key-0123456789abcdef",
        "HUB_SCHEDULER": "false",
        "HUB_LOG_LEVEL": "WARNING",
        "HUB_DATA_DIR": str(DATA_DIR),
    }
    hub = subprocess.Popen([sys.executable, "-m", "hub", "serve"], env=env, cwd=ROOT)
    bare = subprocess.Popen([sys.executable, "-c", BARE, str(bare_port)])
    try:
        hub_url, bare_url = f"http://127.0.0.1:{hub_port}", f"http://127.0.0.1:{bare_port}/"
        asyncio.run(_wait(f"{hub_url}/healthz"))
        asyncio.run(_wait(bare_url))
        _wait_for_nlu()
        results = asyncio.run(measure(hub_url, bare_url, args.requests))
    finally:
        hub.terminate()
        bare.terminate()
        hub.wait(timeout=30)
        bare.wait(timeout=30)
    report(results, args.cases, asyncio.run(plan(args.db)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
