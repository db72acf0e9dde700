"""Officers' one-tap referrals under double taps, on PostgreSQL, beside a bare aiohttp endpoint.

    HUB_BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/hub_bench python bench/referrals.py

The database must exist and may be emptied (every table is truncated first). Each of TASKS tasks is
pushed with a double tap (two requests with the same Idempotency-Key at once), CONCURRENCY taps in
flight; the same number of requests then goes to a bare aiohttp JSON endpoint in the same process.
Prints requests per second and latency percentiles of both, their ratio, and checks that exactly one
case was filed per key. The hub's trained NLU classifies each referral (trained first if missing).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from aiohttp import ClientSession, TCPConnector, web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TASKS = int(os.environ.get("BENCH_TASKS", "300"))
CONCURRENCY = int(os.environ.get("BENCH_CONCURRENCY", "20"))
PLACES = ["台湾街", "吕岭路", "华荣路", "莲花新村", "五缘湾", "江头"]
SUBJECTS = [
    "走访发现{p}某出租屋楼道内多辆电动车飞线充电",
    "排查发现{p}附近工地二十余名工人被拖欠三个月工资",
    "巡逻发现{p}夜市烧烤摊占道经营，油烟扰民",
    "走访发现{p}一处老旧房屋外墙开裂，有坠落危险",
]


async def main() -> None:
    from hub.app import create_app, prepare_database
    from hub.clock import SystemClock
    from hub.db import close_database, open_database
    from hub.settings import Settings
    from nlu.training import load_engine

    url = os.environ.get("HUB_BENCH_DB_URL")
    if not url or not url.startswith("postgres"):
        sys.exit("set HUB_BENCH_DB_URL=postgres://… (an empty database; it is truncated)")
    data_dir = Path(os.environ.get("HUB_DATA_DIR", "data"))
    print(f"loading the NLU model from {data_dir} (training it if missing) ...", flush=True)
    engine = load_engine(data_dir)
    await open_database(url)
    await _empty(url, prepare_database)
    settings = Settings(db_url=url, data_dir=data_dir, scheduler=False, nlu_preload=False)
    app = create_app(settings, clock=SystemClock(), own_database=False, engine=engine)
    hub_url = await _serve(app, 8871)
    bare_url = await _serve(_bare_app(), 8872)
    headers, task_ids = await _setup(hub_url)
    async with ClientSession(connector=TCPConnector(limit=CONCURRENCY * 2)) as http:
        await _push(http, hub_url, headers, task_ids[:5], "warm")  # first requests load lazies
        hub_times, hub_wall = await _push(http, hub_url, headers, task_ids[5:], "tap")
        bare_times, bare_wall = await _bare(http, bare_url, len(hub_times))
    await _report(hub_times, hub_wall, bare_times, bare_wall, len(task_ids) - 5)
    await close_database()


async def _empty(url: str, prepare: Any) -> None:
    from tortoise import Tortoise

    from hub.db import connection

    await prepare(url)
    tables = [m._meta.db_table for m in Tortoise.apps.get_models_iterable()]
    tables = [t for t in tables if t not in ("aerich",)]
    keep = {"department", "category", "sla_class", "unit", "place"}
    wipe = ", ".join(f'"{t}"' for t in tables if t not in keep)
    await connection().execute_script(f"TRUNCATE {wipe} RESTART IDENTITY CASCADE")


async def _serve(app: web.Application, port: int) -> str:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return f"http://127.0.0.1:{port}"


def _bare_app() -> web.Application:
    async def answer(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response({"case": {"number": "XM20261130000001"}}, status=201)

    app = web.Application()
    app.router.add_post("/api/referrals", answer)
    return app


async def _setup(hub_url: str) -> tuple[dict[str, str], list[int]]:
    from agencies.enums import Role
    from agencies.flows import add_account, issue_token
    from hub.clock import SystemClock
    from hub.tasks.flows import add_system

    now = SystemClock().now()
    system = await add_system("公安任务系统", now=now)
    await add_account(username="bench-officer", password=None, role=Role.OFFICER, now=now)
    token = await issue_token("bench-officer", now=now)
    ids = []
    async with ClientSession() as http:
        for i in range(TASKS + 5):
            place = PLACES[i % len(PLACES)]
            body = {
                "external_id": f"BENCH-{i:05d}",
                "type": "入户走访",
                "officer": "bench-officer",
                "subject": SUBJECTS[i % len(SUBJECTS)].format(p=place) + f"（第{i}户）",
                "place": place,
            }
            response = await http.post(
                f"{hub_url}/api/tasks", json=body, headers={"X-Api-Key": system.api_key}
            )
            ids.append((await response.json())["id"])
    return {"Authorization": f"Bearer {token}"}, ids


async def _push(
    http: ClientSession, url: str, headers: dict[str, str], task_ids: list[int], prefix: str
) -> tuple[list[float], float]:
    gate = asyncio.Semaphore(CONCURRENCY)
    times: list[float] = []

    async def once(task_id: int, key: str) -> None:
        async with gate:
            start = time.perf_counter()
            response = await http.post(
                f"{url}/api/referrals",
                json={"task_id": task_id, "note": "一键推送"},
                headers=headers | {"Idempotency-Key": key},
            )
            await response.read()
            assert response.status == 201, await response.text()
            times.append(time.perf_counter() - start)

    start = time.perf_counter()
    taps = [once(t, f"{prefix}-{t:06d}-key") for t in task_ids for _ in range(2)]
    await asyncio.gather(*taps)
    return times, time.perf_counter() - start


async def _bare(http: ClientSession, url: str, count: int) -> tuple[list[float], float]:
    gate = asyncio.Semaphore(CONCURRENCY)
    times: list[float] = []

    async def once() -> None:
        async with gate:
            start = time.perf_counter()
            response = await http.post(f"{url}/api/referrals", json={"task_id": 1})
            await response.read()
            times.append(time.perf_counter() - start)

    start = time.perf_counter()
    await asyncio.gather(*(once() for _ in range(count)))
    return times, time.perf_counter() - start


async def _report(
    hub: list[float], hub_wall: float, bare: list[float], bare_wall: float, tasks: int
) -> None:
    from hub.cases.models import Case
    from hub.tasks.models import Referral

    referrals = await Referral.all().count()
    cases = await Case.filter(referrals__id__isnull=False).distinct().count()

    def line(name: str, times: list[float], wall: float) -> str:
        q = statistics.quantiles(sorted(times), n=100)
        return (
            f"{name:<26}{len(times) / wall:>9.1f} req/s   p50 {q[49] * 1000:7.1f} ms"
            f"   p99 {q[98] * 1000:7.1f} ms"
        )

    print(f"\n{tasks} tasks, each pushed with a double tap, {CONCURRENCY} requests in flight")
    print(line("hub POST /api/referrals", hub, hub_wall))
    print(line("bare aiohttp endpoint", bare, bare_wall))
    ratio = (len(hub) / hub_wall) / (len(bare) / bare_wall)
    print(f"hub / bare request rate    {ratio:.3f}")
    print(f"keys sent {tasks + 5}, referrals stored {referrals}, cases {cases} (a referral of the")
    print("  same matter at the same place within the duplicate window joins the open case)")
    print("one case per key:", "yes" if referrals == tasks + 5 else "NO")


if __name__ == "__main__":
    asyncio.run(main())
