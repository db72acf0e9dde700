"""Chat turn throughput and latency on PostgreSQL, beside a bare aiohttp JSON endpoint.

    .venv/bin/python bench/chat_turns.py [--db postgres://postgres@127.0.0.1:5432/hub_bench]
        [--conversations 200] [--seconds 15] [--workers 2] [--clients 1] [--share 0.2]
        [--ports 18081,18082]

Both servers run as separate processes on loopback with the same number of workers; the hub runs
the trained NLU (under HUB_DATA_DIR, trained first when missing). The load comes from `--clients`
processes (aiohttp, `--conversations` in all), so the generator is not the bottleneck, and, for the
bare endpoint, also from wrk when it is installed (C, one thread: the highest bare rate this
machine shows, so the hardest baseline). Measurements, in one run:
1. the bare endpoint (parse the JSON body, answer a fixed JSON reply) at full speed, closed loop:
   its request rate is the baseline (wrk's when there is wrk, else the clients');
2. the hub at full speed, closed loop, each conversation walking a residence registration from
   its opening message to the filed case and starting again: its capacity;
3. the hub offered `--share` of the baseline's rate, open loop, spread over the conversations
   (each sends on its own schedule whatever the answers' delay): whether it sustains that rate,
   and the turn latency while it does (p50, p99).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONVERSATION = [  # a resident registering: short answers, a correction, the read-back
    "我要办居住登记",
    "庄国栋",
    "35020319900101123X",
    "13959287416",
    "湖里区台湾街288号",
    "上个月",
    "务工",
    "不对，电话是13959287417",
    "确认",
]
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/hub_bench"
BARE_PORT, HUB_PORT = 18081, 18082


# -- servers ------------------------------------------------------------------------------


def serve_bare(port: int) -> None:
    async def chat(request: web.Request) -> web.Response:
        body = await request.json()
        reply = {"text": "好的", "buttons": []}
        return web.json_response({"session_id": body.get("session_id"), "replies": [reply]})

    app = web.Application()
    app.router.add_post("/api/chat", chat)
    web.run_app(app, host="127.0.0.1", port=port, print=None, reuse_port=True, access_log=None)


def serve_hub(port: int, db_url: str) -> None:
    import logging

    from hub.app import create_app
    from hub.settings import Settings
    from intake.wiring import load_engine

    logging.basicConfig(level=logging.WARNING)
    settings = Settings(
        db_url=db_url,
        scheduler=False,
        chat_rate_per_session=1_000_000,
        chat_rate_per_address=1_000_000_000,
        secret_key="bench-secret-key-0123456789abcdefghijklmnop",
    )
    app = create_app(settings, engine=load_engine(settings))
    web.run_app(app, host="127.0.0.1", port=port, print=None, reuse_port=True, access_log=None)


async def prepare(db_url: str) -> None:
    from hub.app import prepare_database
    from hub.db import close_database, open_database

    await open_database(db_url)
    await prepare_database(db_url)
    await close_database()


async def cases_filed(db_url: str) -> int:
    from hub.cases.models import Case
    from hub.db import close_database, open_database

    await open_database(db_url)
    try:
        return await Case.all().count()
    finally:
        await close_database()


def cpu_seconds(processes: list[multiprocessing.Process]) -> float:
    """User and system CPU the processes have used so far (Linux /proc; 0 elsewhere)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    for process in processes:
        try:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def start(target: Any, *args: Any, workers: int) -> list[multiprocessing.Process]:
    processes = [
        multiprocessing.Process(target=target, args=args, daemon=True) for _ in range(workers)
    ]
    for process in processes:
        process.start()
    return processes


async def wait_up(url: str) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            try:
                async with http.post(url, json={"text": "你好"}) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit(f"server at {url} did not come up")


# -- load ---------------------------------------------------------------------------------


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    cases: int = 0
    seconds: float = 1.0

    def merge(self, other: Tally) -> None:
        self.latencies += other.latencies
        self.errors += other.errors
        self.cases += other.cases

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0


async def converse(
    http: aiohttp.ClientSession, url: str, tally: Tally, until: float, pace: float | None
) -> None:
    """One person after another on one line: each walks the form to the filed case."""
    session = None
    step = 0
    next_at = time.perf_counter() + (pace or 0) * (os.getpid() % 97) / 97
    while time.perf_counter() < until:
        if pace is not None:
            next_at += pace
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
        text = CONVERSATION[step % len(CONVERSATION)]
        session = None if step % len(CONVERSATION) == 0 else session
        began = time.perf_counter()
        try:
            async with http.post(url, json={"session_id": session, "text": text}) as response:
                body = await response.json(content_type=None)
                if response.status != 200:
                    tally.errors += 1
                    continue
        except aiohttp.ClientError:
            tally.errors += 1
            continue
        tally.latencies.append(time.perf_counter() - began)
        session = body.get("session_id") or session
        tally.cases += 1 if body.get("case") else 0
        step += 1


async def drive(url: str, conversations: int, seconds: float, rate: float | None) -> Tally:
    tally = Tally(seconds=seconds)
    pace = conversations / rate if rate else None
    connector = aiohttp.TCPConnector(limit=conversations)
    async with aiohttp.ClientSession(connector=connector) as http:
        until = time.perf_counter() + seconds
        await asyncio.gather(
            *(converse(http, url, tally, until, pace) for _ in range(conversations))
        )
    return tally


def _client(url: str, conversations: int, seconds: float, rate: float | None) -> Tally:
    return asyncio.run(drive(url, conversations, seconds, rate))


def load(url: str, conversations: int, seconds: float, rate: float | None, clients: int) -> Tally:
    """The conversations spread over `clients` processes; their tallies merged."""
    share = [conversations // clients + (i < conversations % clients) for i in range(clients)]
    tally = Tally(seconds=seconds)
    with ProcessPoolExecutor(clients, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = [
            pool.submit(_client, url, n, seconds, rate * n / conversations if rate else None)
            for n in share
        ]
        for part in parts:
            tally.merge(part.result())
    return tally


WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = '{"session_id": null, "text": "你好"}'
wrk.headers["Content-Type"] = "application/json"
"""


def wrk_bare(url: str, conversations: int, seconds: float) -> tuple[float, float, float] | None:
    """(requests/s, p50 ms, p99 ms) of the bare endpoint under wrk, or None without wrk."""
    wrk = shutil.which("wrk")
    if wrk is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    command = [wrk, "-t1", f"-c{conversations}", f"-d{int(seconds)}s", "--latency"]
    out = subprocess.run([*command, "-s", script.name, url], capture_output=True, text=True)
    os.unlink(script.name)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out.stdout)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out.stdout)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out.stdout)
    if not (rate and p50 and p99):
        raise SystemExit(f"wrk said: {out.stdout}{out.stderr}")
    return float(rate.group(1)), _ms(p50), _ms(p99)


def _ms(match: re.Match[str]) -> float:
    return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]


def line(name: str, rate: float, p50: float, p99: float, errors: int = 0) -> str:
    return (
        f"{name:<42} {rate:>8.0f} req/s   p50 {p50:>7.1f} ms   p99 {p99:>7.1f} ms   errors {errors}"
    )


async def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--db", default=os.environ.get("HUB_BENCH_DB_URL", DEFAULT_DB))
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=1, help="load generator processes")
    parser.add_argument("--share", type=float, default=0.20, help="of the bare rate offered")
    parser.add_argument(
        "--ports",
        default=f"{BARE_PORT},{HUB_PORT}",
        help="bare,hub: servers listen with SO_REUSEPORT, so another run on the same ports "
        "would share their requests",
    )
    args = parser.parse_args()
    await prepare(args.db)
    before = await cases_filed(args.db)
    load_before = os.getloadavg()[0]
    bare_port, hub_port = (int(p) for p in args.ports.split(","))
    bare_url = f"http://127.0.0.1:{bare_port}/api/chat"
    hub_url = f"http://127.0.0.1:{hub_port}/api/chat"
    bare_servers = start(serve_bare, bare_port, workers=args.workers)
    hub_servers = start(serve_hub, hub_port, args.db, workers=args.workers)
    n, seconds, clients = args.conversations, args.seconds, args.clients
    try:
        await wait_up(bare_url)
        await wait_up(hub_url)
        load(hub_url, n, 3, None, clients)  # warm up: pools, caches, every worker's model
        spent = cpu_seconds(bare_servers)
        bare = load(bare_url, n, seconds, None, clients)
        bare_cpu = (cpu_seconds(bare_servers) - spent) / max(1, len(bare.latencies))
        wrk = wrk_bare(bare_url, n, seconds)
        spent = cpu_seconds(hub_servers)
        full = load(hub_url, n, seconds, None, clients)
        hub_cpu = (cpu_seconds(hub_servers) - spent) / max(1, len(full.latencies))
        baseline = wrk[0] if wrk else bare.rate
        target = baseline * args.share
        offered = load(hub_url, n, seconds, target, clients)
    finally:
        for process in bare_servers + hub_servers:
            process.terminate()
    filed = await cases_filed(args.db) - before
    print(
        f"chat turns, PostgreSQL, {n} conversations, {args.workers} worker(s) each, "
        f"{clients} client processes, {seconds:.0f} s per run, {os.cpu_count()} cores"
    )
    if wrk:
        print(line("bare aiohttp JSON endpoint (wrk)", *wrk))
    print(line("bare aiohttp JSON endpoint (clients)", bare.rate, *_p(bare), bare.errors))
    print(line("hub chat turns, full speed", full.rate, *_p(full), full.errors))
    label = f"hub offered {args.share:.0%} of bare ({target:.0f}/s)"
    print(line(label, offered.rate, *_p(offered), offered.errors))
    print(
        f"server CPU: bare {bare_cpu * 1000:.2f} ms a request, hub {hub_cpu * 1000:.2f} ms a turn"
        f" (PostgreSQL's own not counted); load average before the run {load_before:.1f}"
    )
    sustained = offered.rate / target
    print(
        f"hub capacity / bare rate: {full.rate / baseline:.1%}; at {args.share:.0%} of bare the "
        f"hub delivered {sustained:.1%} of the offered rate, p99 {offered.percentile(0.99):.1f} ms;"
        f" cases filed {filed}"
    )
    ok = sustained >= 0.97 and offered.percentile(0.99) < 100 and offered.errors == 0
    verdict = "met" if ok else "NOT met"
    print(f"target (>= {args.share:.0%} of bare sustained, p99 < 100 ms): {verdict}")
    print(json.dumps({"bare": baseline, "hub": full.rate, "p99": offered.percentile(0.99)}))
    return 0 if ok else 1


def _p(tally: Tally) -> tuple[float, float]:
    return tally.percentile(0.5), tally.percentile(0.99)


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    raise SystemExit(asyncio.run(main()))
