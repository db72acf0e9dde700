"""The outbox sender's e-mail throughput to an SMTP server on loopback, beside bare aiosmtplib.

    python bench/outbox_throughput.py                      # SQLite
    HUB_BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/hub_bench python bench/outbox_throughput.py

BENCH_MESSAGES messages (default 2,000) each way, to an aiosmtpd server on 127.0.0.1 (in its own
thread), medians of BENCH_RUNS runs:

- bare aiosmtplib.send(), one connection per message (what a simple sender does),
- bare aiosmtplib on one kept-open connection (the ceiling: no database, no bookkeeping),
- the hub's sender: the messages queued in the outbox table, claimed in batches, delivered over its
  kept-open connection and marked sent one by one (send_due, as the scheduler runs it).

The PostgreSQL database, when given, must exist and may be emptied (its outbox is truncated).
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import aiosmtplib
from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MESSAGES = int(os.environ.get("BENCH_MESSAGES", "2000"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
BODY = "你单位承办的工单 XM20261130000001 的签收期限即将到期，请抓紧签收。\n" * 5


class Counter:
    def __init__(self) -> None:
        self.received = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received += 1
        return "250 OK"


def _email(n: int) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "hub@xm.test"
    message["To"] = f"dept{n % 85}@xm.test"
    message["Subject"] = f"【催办】工单 XM{n:014d} 签收期限将至"
    message.set_content(BODY)
    return message


async def bare_per_message(port: int) -> None:
    for n in range(MESSAGES):
        await aiosmtplib.send(_email(n), hostname="127.0.0.1", port=port)


async def bare_one_connection(port: int) -> None:
    async with aiosmtplib.SMTP(hostname="127.0.0.1", port=port) as client:
        for n in range(MESSAGES):
            await client.send_message(_email(n))


async def _queue() -> None:
    """Not timed: the messages waiting in the outbox, as the flows leave them."""
    from hub.outbox.models import OutboxChannel, OutboxMessage

    await OutboxMessage.all().delete()
    now = datetime.now(UTC)
    await OutboxMessage.bulk_create(
        [
            OutboxMessage(
                channel=OutboxChannel.EMAIL,
                recipient=f"dept{n % 85}@xm.test",
                subject=f"【催办】工单 XM{n:014d} 签收期限将至",
                body=BODY,
                payload={},
                next_attempt_at=now,
                created_at=now,
            )
            for n in range(MESSAGES)
        ],
        batch_size=500,
    )


async def measure(run: Callable[[int], Awaitable[None]], counter: Counter, port: int) -> float:
    """Messages per second, median of RUNS; the server must have received every message."""
    rates = []
    for _ in range(RUNS):
        before = counter.received
        started = time.perf_counter()
        await run(port)
        seconds = time.perf_counter() - started
        assert counter.received - before == MESSAGES, counter.received - before
        rates.append(MESSAGES / seconds)
    return statistics.median(rates)


async def main() -> None:
    from hub.app import prepare_database
    from hub.db import close_database, open_database

    counter = Counter()
    port = _free_port()
    controller = Controller(counter, hostname="127.0.0.1", port=port)
    controller.start()
    print(f"{MESSAGES:,} messages each way, to aiosmtpd on 127.0.0.1:{port}; medians of {RUNS}")
    rows = [
        (
            "bare aiosmtplib.send(), a connection each",
            await measure(bare_per_message, counter, port),
        ),
        ("bare aiosmtplib, one connection", await measure(bare_one_connection, counter, port)),
    ]
    databases = [f"sqlite://{tempfile.mkdtemp()}/bench.sqlite3"]
    if os.environ.get("HUB_BENCH_DB_URL"):
        databases.append(os.environ["HUB_BENCH_DB_URL"])
    for url in databases:
        await open_database(url)
        await prepare_database(url)
        rate = await _timed_hub(counter, port)
        rows.append((f"hub sender ({url.split(':')[0]})", rate))
        await close_database()
    controller.stop()
    baseline = rows[0][1]
    print(f"\n{'':44}{'messages/s':>12}{'vs a connection each':>22}")
    for label, rate in rows:
        print(f"{label:44}{rate:>12,.0f}{rate / baseline:>21.2f}x")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _timed_hub(counter: Counter, port: int) -> float:
    """The hub's sender, timed from the first claim to the last message marked sent."""
    from hub.clock import SystemClock
    from hub.outbox.mail import SmtpDeliverer, SmtpServer
    from hub.outbox.models import OutboxChannel
    from hub.outbox.sender import Deliverers, send_due

    rates = []
    for _ in range(RUNS):
        await _queue()
        deliverers = Deliverers()
        server = SmtpServer.from_url(f"smtp://127.0.0.1:{port}")
        deliverers.register(OutboxChannel.EMAIL, SmtpDeliverer(server, "hub@xm.test"))
        before = counter.received
        started = time.perf_counter()
        report = await send_due(deliverers, SystemClock())
        seconds = time.perf_counter() - started
        await deliverers.close()
        assert report.sent == counter.received - before == MESSAGES, report
        rates.append(MESSAGES / seconds)
    return statistics.median(rates)


if __name__ == "__main__":
    asyncio.run(main())
