"""Mixed traffic against `hub serve --workers 2` on PostgreSQL, beside a bare aiohttp endpoint.

    .venv/bin/python bench/mixed_load.py [--seconds 30] [--processes 2] [--users 24]

One command: it recreates the database `hub_bench_mixed` on the PostgreSQL server of
HUB_BENCH_PG (default postgres://postgres@127.0.0.1:5432), trains the NLU into data/bench-mixed
once, starts the hub as deployed (gunicorn, 2 workers, the scheduler on in both) and a bare aiohttp
server (2 processes on one port, every path answered with a small JSON body after reading the
request), and drives each for the same fixed time with the same generator: `--processes` load
processes of `--users` closed-loop virtual users each, every user doing one thing after another in
this mix (a city's hub: residents' chat dominates, staff read far more than they write):

    55 %  chat turn: a resident walks a residence registration, 8 turns to the filed case
    10 %  an officer's referral: the task system pushes a task, the officer taps (2 requests)
    20 %  portal queue page (HTML), signed-in department staff
    15 %  portal case page (HTML) of one of the department's cases

Prints throughput, p50/p99 latency and error rate per kind and in all, for the hub and for the
bare endpoint, their ratio, and the load average of the machine (it is shared: compare ratios).
When wrk is installed it also measures the bare endpoint with wrk, to show the Python load
generator is not what limits the hub.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE = "hub_bench_mixed"
SECRET = "bench-secret-key-0123456789abcdefghijklmnop"
PASSWORD = "bench-password-0123"
MIX = {"chat": 55, "referral": 10, "queue": 20, "case": 15}
CONVERSATION = [
    "我刚搬来厦门，想办居住登记",
    "庄国栋",
    "35020319900101123X",
    "13959287416",
    "湖里区台湾街288号",
    "上个月",
    "务工",
    "/affirm",
]
PLACES = ["台湾街", "吕岭路", "华荣路", "莲花新村", "五缘湾", "江头", "中山路", "镇海路"]
SUBJECTS = [
    "走访发现{p}某出租屋楼道内多辆电动车飞线充电",
    "排查发现{p}附近工地二十余名工人被拖欠三个月工资",
    "巡逻发现{p}夜市烧烤摊占道经营，油烟扰民",
]


# -- the servers -------------------------------------------------------------------------


def serve_bare(port: int) -> None:
    async def answer(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response({"ok": True, "session_id": "bare", "replies": [{"text": "好"}]})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    web.run_app(app, host="127.0.0.1", port=port, print=None, reuse_port=True, access_log=None)


def hub_environment(db_url: str, data: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HUB_", "PROMETHEUS_"))}
    return env | {
        "HUB_DB_URL": db_url,
        "HUB_DATA_DIR": str(data),
        "HUB_PORT": str(port),
        "HUB_SECRET_KEY": SECRET,
        "HUB_PII_KEYS": "YmVuY2gtYW5kLXRlc3QtcGlpLWtleS0wMTIzNDU2Nzg=",
        "HUB_PII_HASH_KEY": "bench-and-test-pii-hash-key-0123456789abcdef",
        "HUB_CHAT_RATE_PER_ADDRESS": "1000000000",
        "HUB_CHAT_RATE_PER_SESSION": "1000000",
        "HUB_LOG_LEVEL": "WARNING",
    }


def start_hub(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "hub", "serve", "--workers", "2"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def run_hub(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "hub", *args], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"hub {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


async def fresh_database(server: str) -> str:
    import asyncpg

    connection = await asyncpg.connect(server.replace("postgres://", "postgresql://") + "/postgres")
    await connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    await connection.execute(f'CREATE DATABASE "{DATABASE}"')
    await connection.close()
    return f"{server}/{DATABASE}"


async def wait_up(url: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    async with aiohttp.ClientSession() as http:
        while time.monotonic() < deadline:
            try:
                async with http.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.3)
    raise SystemExit(f"{url} did not answer 200 within {seconds:.0f} s")


# -- the people ----------------------------------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.samples: list[tuple[str, float, bool]] = []

    async def call(
        self, http: aiohttp.ClientSession, kind: str, method: str, path: str, **kw: Any
    ) -> Any:
        began = time.perf_counter()
        ok, body = False, None
        try:
            async with http.request(method, path, **kw) as response:
                raw = await response.read()
                ok = response.status < 400
                if ok and response.content_type == "application/json":
                    body = json.loads(raw)
        except (aiohttp.ClientError, TimeoutError):
            pass
        self.samples.append((kind, time.perf_counter() - began, ok))
        return body


async def user(n: int, plan: dict[str, Any], until: float, recorder: Recorder) -> None:
    """One virtual user: a resident, an officer and a staff member by turns, as the mix says."""
    rng = random.Random(plan["seed"] * 1000 + n)
    staff = plan["staff"][n % len(plan["staff"])]
    jar = aiohttp.CookieJar(unsafe=True)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(plan["base"], cookie_jar=jar, timeout=timeout) as http:
        if not plan["bare"]:
            await http.post(
                "/api/session", json={"username": staff["username"], "password": PASSWORD}
            )
        session, step = None, 0
        kinds, weights = list(MIX), list(MIX.values())
        while time.perf_counter() < until:
            kind = rng.choices(kinds, weights)[0]
            if kind == "chat":
                text = CONVERSATION[step % len(CONVERSATION)]
                sent = {"session_id": session if step % len(CONVERSATION) else None, "text": text}
                body = await recorder.call(http, "chat turn", "POST", "/api/chat", json=sent)
                session = (body or {}).get("session_id") or session
                step += 1
            elif kind == "referral":
                await refer(http, plan, rng, recorder)
            elif kind == "queue":
                await recorder.call(http, "portal queue page", "GET", "/portal/queue")
            else:
                number = rng.choice(staff["cases"])
                await recorder.call(http, "portal case page", "GET", f"/portal/cases/{number}")


async def refer(
    http: aiohttp.ClientSession, plan: dict[str, Any], rng: random.Random, recorder: Recorder
) -> None:
    place = rng.choice(PLACES)
    task = {
        "external_id": f"BENCH-{uuid.uuid4().hex[:12]}",
        "type": "入户走访",
        "officer": "officer-bench",
        "subject": rng.choice(SUBJECTS).format(p=place),
        "place": place,
    }
    pushed = await recorder.call(
        http, "task push", "POST", "/api/tasks", json=task, headers={"X-Api-Key": plan["api_key"]}
    )
    task_id = (pushed or {}).get("id", 1)
    tap = {"Authorization": f"Bearer {plan['token']}", "Idempotency-Key": uuid.uuid4().hex}
    await recorder.call(
        http, "referral", "POST", "/api/referrals", json={"task_id": task_id}, headers=tap
    )


def generate(plan: dict[str, Any], users: int, seconds: float, out: Any) -> None:
    async def run() -> list[tuple[str, float, bool]]:
        recorder = Recorder()
        until = time.perf_counter() + seconds
        await asyncio.gather(*(user(n, plan, until, recorder) for n in range(users)))
        return recorder.samples

    out.put(asyncio.run(run()))


def drive(plan: dict[str, Any], processes: int, users: int, seconds: float) -> list[Any]:
    queue: Any = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=generate, args=(plan | {"seed": p}, users, seconds, queue))
        for p in range(processes)
    ]
    for worker in workers:
        worker.start()
    samples = [s for _ in workers for s in queue.get()]
    for worker in workers:
        worker.join()
    return samples


# -- set-up through the hub itself ---------------------------------------------------------


async def prepare(base: str, db_url: str, env: dict[str, str]) -> dict[str, Any]:
    """A task system, an officer, some referrals, and staff of the departments they went to."""
    api_key = run_hub("systems", "add", "--name", "公安任务系统", env=env).split("api_key: ")[1]
    api_key = api_key.split()[0]
    added = run_hub("users", "add", "--username", "officer-bench", "--role", "officer", env=env)
    token = added.strip().rsplit(" ", 1)[-1]
    plan: dict[str, Any] = {"base": base, "api_key": api_key, "token": token, "bare": False}
    recorder = Recorder()
    by_department: dict[str, list[str]] = defaultdict(list)
    async with aiohttp.ClientSession(base) as http:
        for i, place in enumerate(PLACES * 3):
            task = {
                "external_id": f"WARM-{i}",
                "type": "入户走访",
                "officer": "officer-bench",
                "subject": SUBJECTS[i % len(SUBJECTS)].format(p=place),
                "place": place,
            }
            pushed = await recorder.call(
                http, "task", "POST", "/api/tasks", json=task, headers={"X-Api-Key": api_key}
            )
            headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex}
            answer = await recorder.call(
                http,
                "ref",
                "POST",
                "/api/referrals",
                json={"task_id": pushed["id"]},
                headers=headers,
            )
            case = answer["case"]
            if case["department"] != "triage":
                by_department[case["department"]].append(case["number"])
    plan["staff"] = []
    for department, numbers in by_department.items():
        username = f"staff-{department}"
        run_hub(
            *("users", "add", "--username", username, "--password", PASSWORD),
            *("--role", "staff", "--department", department),
            env=env,
        )
        plan["staff"].append({"username": username, "cases": numbers})
    return plan


# -- figures -------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0.0


def table(name: str, samples: list[tuple[str, float, bool]], seconds: float) -> dict[str, float]:
    print(f"\n{name}")
    print(f"  {'':<20} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    kinds = sorted({k for k, _, _ in samples})
    for kind in [*kinds, "all"]:
        chosen = [s for s in samples if kind in ("all", s[0])]
        latencies = [t for _, t, _ in chosen]
        errors = sum(1 for *_, ok in chosen if not ok)
        print(
            f"  {kind:<20} {len(chosen):>9} {len(chosen) / seconds:>8.1f} "
            f"{percentile(latencies, 0.5):>8.1f} {percentile(latencies, 0.99):>8.1f} "
            f"{errors / max(len(chosen), 1):>7.2%}"
        )
    latencies = [t for _, t, _ in samples]
    return {
        "rate": len(samples) / seconds,
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
    }


def wrk_rate(url: str) -> float | None:
    if shutil.which("wrk") is None:
        return None
    done = subprocess.run(
        ["wrk", "-t2", "-c64", "-d10s", url], capture_output=True, text=True, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith("Requests/sec:"):
            return float(line.split()[1])
    return None


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--processes", type=int, default=2, help="load generator processes")
    parser.add_argument("--users", type=int, default=24, help="virtual users per process")
    parser.add_argument(
        "--server", default=os.environ.get("HUB_BENCH_PG", "postgres://postgres@127.0.0.1:5432")
    )
    args = parser.parse_args()
    data = ROOT / "data" / "bench-mixed"
    db_url = await fresh_database(args.server)
    hub_port, bare_port = 18091, 18092
    env = hub_environment(db_url, data, hub_port)
    if not (data / "nlu" / "model.joblib").exists():
        print("training the NLU model once into", data / "nlu")
        run_hub("nlu", "train", env=env)
    run_hub("db", "upgrade", env=env)
    hub = await asyncio.to_thread(start_hub, env)
    bare = [multiprocessing.Process(target=serve_bare, args=(bare_port,)) for _ in range(2)]
    for process in bare:
        process.start()
    try:
        base = f"http://127.0.0.1:{hub_port}"
        await wait_up(f"{base}/readyz")
        await asyncio.sleep(3)  # both workers: the second may still be loading its model
        await wait_up(f"{base}/readyz")
        plan = await prepare(base, db_url, env)
        bare_plan = plan | {"base": f"http://127.0.0.1:{bare_port}", "bare": True}
        load_before = os.getloadavg()
        drive(plan, args.processes, max(args.users // 4, 1), 5)  # warm up: pools, caches
        hub_samples = drive(plan, args.processes, args.users, args.seconds)
        load_hub = os.getloadavg()
        bare_samples = drive(bare_plan, args.processes, args.users, args.seconds)
        load_after = os.getloadavg()
        ceiling = wrk_rate(f"http://127.0.0.1:{bare_port}/healthz")
    finally:
        hub.terminate()
        hub.wait(timeout=60)
        for process in bare:
            process.terminate()
    users = args.processes * args.users
    print(
        f"mixed traffic, {args.seconds:.0f} s each, {args.processes} load processes x "
        f"{args.users} users ({users} in flight), hub: 2 workers on PostgreSQL, bare: 2 processes"
    )
    print(
        f"load average (1 min) before {load_before[0]:.1f}, after the hub run {load_hub[0]:.1f}, "
        f"after the bare run {load_after[0]:.1f}; {os.cpu_count()} cores"
    )
    mine = table("hub", hub_samples, args.seconds)
    base_line = table("bare aiohttp endpoint, the same requests", bare_samples, args.seconds)
    print(
        f"\nhub / bare: throughput {mine['rate'] / base_line['rate']:.1%}, "
        f"p50 {mine['p50'] / max(base_line['p50'], 0.001):.1f}x, "
        f"p99 {mine['p99'] / max(base_line['p99'], 0.001):.1f}x"
    )
    if ceiling is not None:
        print(
            f"wrk on the bare endpoint: {ceiling:.0f} req/s (the Python generator reached "
            f"{base_line['rate']:.0f} req/s there and {mine['rate']:.0f} on the hub: "
            f"the hub is {mine['rate'] / base_line['rate']:.0%} of what the generator can send)"
        )
    return 0


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    raise SystemExit(asyncio.run(main()))
