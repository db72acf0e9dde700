"""Chat turn throughput and latency on PostgreSQL, beside a bare aiohttp JSON endpoint.

    .venv/bin/python bench/chat_turns.py [--db postgres://postgres@127.0.0.1:5432/hub_bench]
                                         [--conversations 200] [--seconds 15] [--workers 1]

Both servers run as separate processes on loopback, with the same number of workers. Three
measurements, in one run:
1. the bare endpoint (parse the JSON body, answer a fixed JSON reply) at full speed, closed loop,
   `--conversations` clients: its request rate is the baseline;
2. the hub at full speed, closed loop, `--conversations` conversations each walking through a
   residence registration to the filed case and starting again: its capacity;
3. the hub offered 20% of the baseline's rate, open loop, spread over the same conversations:
   whether it sustains that rate, and the turn latency while it does (p50, p99).
The hub runs with the stand-in NLU of the tests when the trained engine is not on this build, so
the figures are the chat's own cost (dialogue, rasa-sdk actions, database) plus an executor hop.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CONVERSATION = [
    "我要办居住登记",
    "庄国栋",
    "35020319900101123X",
    "13959287416",
    "湖里区台湾街288号",
    "上个月",
    "务工",
    "/affirm",
]
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/hub_bench"


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
    from tests.chat_engine import ScriptedEngine

    logging.basicConfig(level=logging.WARNING)
    settings = Settings(
        db_url=db_url,
        scheduler=False,
        chat_rate_per_session=1_000_000,
        chat_rate_per_address=1_000_000_000,
        secret_key="bench-secret-key-0123456789abcdefghijklmnop",
    )
    app = create_app(settings, engine=_engine(settings, ScriptedEngine))
    web.run_app(app, host="127.0.0.1", port=port, print=None, reuse_port=True, access_log=None)


def _engine(settings: Any, fallback: Any) -> Any:
    from intake.wiring import load_engine

    try:
        return load_engine(settings)
    except RuntimeError:
        return fallback()


async def prepare(db_url: str) -> None:
    from hub.app import prepare_database
    from hub.db import close_database, open_database

    await open_database(db_url)
    await prepare_database(db_url)
    await close_database()


def start(target: Any, *args: Any, workers: int) -> list[multiprocessing.Process]:
    processes = [
        multiprocessing.Process(target=target, args=args, daemon=True) for _ in range(workers)
    ]
    for process in processes:
        process.start()
    return processes


async def wait_up(url: str) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(200):
            try:
                async with http.post(url, json={"text": "你好"}) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise SystemExit(f"server at {url} did not come up")


# -- load ---------------------------------------------------------------------------------


class Tally:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors = 0
        self.cases = 0

    def rate(self, seconds: float) -> float:
        return len(self.latencies) / seconds

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0


async def converse(
    http: aiohttp.ClientSession, url: str, tally: Tally, until: float, pace: float | None
) -> None:
    """One person after another on one line: each walks the form to the filed case."""
    session = None
    step = 0
    next_at = time.perf_counter()
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
    tally = Tally()
    pace = conversations / rate if rate else None
    connector = aiohttp.TCPConnector(limit=conversations)
    async with aiohttp.ClientSession(connector=connector) as http:
        until = time.perf_counter() + seconds
        await asyncio.gather(
            *(converse(http, url, tally, until, pace) for _ in range(conversations))
        )
    return tally


def line(name: str, tally: Tally, seconds: float) -> str:
    return (
        f"{name:<34} {tally.rate(seconds):>9.0f} req/s   p50 {tally.percentile(0.5):>7.1f} ms"
        f"   p99 {tally.percentile(0.99):>7.1f} ms   errors {tally.errors}"
    )


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=os.environ.get("HUB_BENCH_DB_URL", DEFAULT_DB))
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--share", type=float, default=0.20, help="of the bare rate offered")
    args = parser.parse_args()
    await prepare(args.db)
    bare_url, hub_url = "http://127.0.0.1:18081/api/chat", "http://127.0.0.1:18082/api/chat"
    servers = start(serve_bare, 18081, workers=args.workers)
    servers += start(serve_hub, 18082, args.db, workers=args.workers)
    try:
        await wait_up(bare_url)
        await wait_up(hub_url)
        await drive(hub_url, args.conversations, 2, None)  # warm up: pools, caches, JIT-free
        bare = await drive(bare_url, args.conversations, args.seconds, None)
        full = await drive(hub_url, args.conversations, args.seconds, None)
        target = bare.rate(args.seconds) * args.share
        offered = await drive(hub_url, args.conversations, args.seconds, target)
    finally:
        for process in servers:
            process.terminate()
    print(
        f"chat turns, PostgreSQL, {args.conversations} conversations, "
        f"{args.workers} worker(s) each, {args.seconds:.0f} s per run"
    )
    print(line("bare aiohttp JSON endpoint", bare, args.seconds))
    print(line("hub chat turns, full speed", full, args.seconds))
    print(line(f"hub offered {args.share:.0%} of bare ({target:.0f}/s)", offered, args.seconds))
    ratio = full.rate(args.seconds) / bare.rate(args.seconds)
    sustained = offered.rate(args.seconds) / target
    print(
        f"hub capacity / bare rate: {ratio:.1%}; at {args.share:.0%} of bare the hub delivered "
        f"{sustained:.1%} of the offered rate, p99 {offered.percentile(0.99):.1f} ms; "
        f"cases filed {full.cases + offered.cases}"
    )
    ok = sustained >= 0.97 and offered.percentile(0.99) < 100 and offered.errors == 0
    print("target (>= 20% of bare sustained, p99 < 100 ms):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    raise SystemExit(asyncio.run(main()))
