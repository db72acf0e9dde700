"""The fault tests' world: the hub in its own processes (`hub serve --workers 2`) on a private
PostgreSQL cluster, a real SMTP server and a task system's real HTTP server on loopback, clients
that retry as real ones do, and the ledger that holds what was received against the database.

A worker is killed at a chosen statement: the test holds a table lock that the statement needs,
finds the PostgreSQL backend waiting for it, finds the hub worker on the other end of that
backend's connection (by its TCP port), and SIGKILLs that worker while its transaction is open.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
import psutil

READY_WITHIN = 120.0  # seconds; the machine is shared and often loaded
RETRY_PAUSE = 0.3


class Hub:
    """`hub serve --workers N` in its own process group, with the workers it forked."""

    def __init__(self, env: dict[str, str], log: Path, workers: int = 2) -> None:
        self.env = env
        self.log = log
        self.workers = workers
        self.process: subprocess.Popen[bytes] | None = None
        self.killed: list[int] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.env['HUB_PORT']}"

    async def start(self) -> None:
        self.process = await asyncio.to_thread(self._spawn)
        await self.ready()

    def _spawn(self) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as out:
            return subprocess.Popen(
                [sys.executable, "-m", "hub", "serve", "--workers", str(self.workers)],
                env=self.env,
                stdout=out,
                stderr=out,
            )

    async def ready(self) -> None:
        """Every worker has answered /readyz with 200 (model loaded, database there)."""
        deadline = time.monotonic() + READY_WITHIN
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True)) as http:
            while True:
                self._alive()
                pids = set(self.pids())
                if len(pids) == self.workers and pids <= self._ready_pids():
                    return
                assert time.monotonic() < deadline, self.tail()
                await _ready(http, self.base)  # each lands on one worker or another
                await asyncio.sleep(0.05)

    def pids(self) -> list[int]:
        assert self.process is not None
        try:
            children = psutil.Process(self.process.pid).children()
        except psutil.NoSuchProcess:
            return []
        return [c.pid for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]

    def worker_with_port(self, port: int) -> int:
        """The worker that holds a TCP connection from local port `port`."""
        for pid in self.pids():
            for conn in psutil.Process(pid).net_connections(kind="tcp"):
                if conn.laddr and conn.laddr.port == port:
                    return pid
        raise AssertionError(f"no worker holds a connection from port {port}: {self.pids()}")

    def kill(self, pid: int) -> None:
        assert pid in self.pids(), (pid, self.pids())
        os.kill(pid, signal.SIGKILL)
        self.killed.append(pid)

    async def replaced(self, pid: int) -> None:
        """The arbiter has started a worker in place of `pid`, and that worker answers ready."""
        deadline = time.monotonic() + READY_WITHIN
        while pid in self.pids() or len(self.pids()) < self.workers:
            assert time.monotonic() < deadline, self.tail()
            await asyncio.sleep(0.2)
        await self.ready()

    def _ready_pids(self) -> set[int]:
        """Workers that have answered /readyz with 200, from the access lines of the log."""
        ready = set()
        for line in self.log.read_text(errors="replace").splitlines():
            if '"/readyz"' in line and '"status": 200' in line:
                ready.add(json.loads(line)["pid"])
        return ready

    def stop(self) -> int | None:
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=45)
            except subprocess.TimeoutExpired:
                os.killpg(os.getpgid(self.process.pid), signal.SIGKILL)
                self.process.wait()
        return self.process.returncode

    def tail(self, size: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-size:] if self.log.exists() else ""

    def _alive(self) -> None:
        assert self.process is not None and self.process.poll() is None, self.tail()


async def _ready(http: aiohttp.ClientSession, base: str) -> bool:
    try:
        async with http.get(f"{base}/readyz", timeout=aiohttp.ClientTimeout(total=3)) as response:
            return response.status == 200
    except (aiohttp.ClientError, TimeoutError):
        return False


# -- the database, seen from outside the hub -------------------------------------------------


async def query(url: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    connection = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        return list(await connection.fetch(sql, *args))
    finally:
        await connection.close()


async def value(url: str, sql: str, *args: Any) -> Any:
    rows = await query(url, sql, *args)
    return rows[0][0] if rows else None


@asynccontextmanager
async def table_locked(url: str, table: str) -> AsyncIterator[None]:
    """Hold SHARE mode on a table: reads go on, any INSERT or UPDATE of it waits until the end."""
    connection = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        async with connection.transaction():
            await connection.execute(f'LOCK TABLE "{table}" IN SHARE MODE')
            yield
    finally:
        await connection.close()


async def waiting_backend(
    url: str, statement: str, request: asyncio.Task[Any] | None = None, within: float = 60.0
) -> int:
    """The client port of a backend waiting for a lock in a statement that starts so (while the
    request that should lead there is still on its way)."""
    deadline = time.monotonic() + within
    while True:
        if request is not None and request.done():
            raise AssertionError(f"answered before reaching {statement!r}: {request.result()}")
        rows = await query(
            url,
            "SELECT client_port FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database() AND query LIKE $1 ORDER BY backend_start",
            statement + "%",
        )
        if rows:
            return int(rows[0]["client_port"])
        assert time.monotonic() < deadline, f"nobody waited on {statement!r} in {within:.0f} s"
        await asyncio.sleep(0.05)


async def kill_waiting(
    hub: Hub, url: str, statement: str, request: asyncio.Task[Any] | None = None
) -> int:
    """SIGKILL the worker whose transaction waits at `statement` (a table the test holds locked);
    returns the dead worker's pid."""
    port = await waiting_backend(url, statement, request)
    pid = hub.worker_with_port(port)
    hub.kill(pid)
    return pid


# -- clients that retry as real ones do -----------------------------------------------------


@dataclass
class Tally:
    """What the clients sent and what they were answered."""

    sent: int = 0  # requests, retries included
    statuses: Counter[int] = field(default_factory=Counter)
    broken: int = 0  # connections dropped or refused
    gave_up: int = 0

    @property
    def retried(self) -> int:
        return self.broken + sum(n for s, n in self.statuses.items() if s >= 500)


class Client:
    """HTTP to the hub that sends a request again after a dropped connection or a 5xx."""

    def __init__(self, base: str, tally: Tally, attempts: int = 60) -> None:
        self.base = base
        self.tally = tally
        self.attempts = attempts
        self.http = aiohttp.ClientSession(
            base,
            connector=aiohttp.TCPConnector(force_close=True),
            cookie_jar=aiohttp.CookieJar(unsafe=True),
        )

    async def close(self) -> None:
        await self.http.close()

    async def call(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        timeout = aiohttp.ClientTimeout(total=60)
        for _ in range(self.attempts):
            self.tally.sent += 1
            try:
                async with self.http.request(method, path, timeout=timeout, **kwargs) as response:
                    self.tally.statuses[response.status] += 1
                    body = await response.json(content_type=None)
                    if response.status < 500:
                        return response.status, body
            except (aiohttp.ClientError, TimeoutError, ValueError):
                self.tally.broken += 1
            await asyncio.sleep(RETRY_PAUSE)
        self.tally.gave_up += 1
        raise AssertionError(f"{method} {path}: no answer after {self.attempts} tries")


@dataclass
class Police:
    api_key: str
    secret: str
    officer_token: str
    callback_url: str


async def file_referral(client: Client, police: Police, n: int, place: str) -> dict[str, Any]:
    """A task pushed by the police system, and the officer's one tap on it (retried, one key)."""
    status, task = await client.call(
        "POST",
        "/api/tasks",
        json=task_body(n, place, police.callback_url),
        headers={"X-Api-Key": police.api_key},
    )
    assert status in (200, 201), task
    headers = {
        "Authorization": f"Bearer {police.officer_token}",
        "Idempotency-Key": uuid.uuid4().hex,
    }
    status, answer = await client.call(
        "POST", "/api/referrals", json={"task_id": task["id"]}, headers=headers
    )
    assert status in (200, 201), answer
    return {"key": headers["Idempotency-Key"], "task": task, **answer}


def task_body(n: int, place: str, callback_url: str) -> dict[str, Any]:
    return {
        "external_id": f"RW-2026-{n:05d}",
        "type": "入户走访",
        "station": "江头派出所",
        "officer": "officer-chen",
        "subject": f"走访发现{place}出租屋楼道内多辆电动车飞线充电，存在火灾隐患",
        "place": place,
        "people": [{"name": "王某", "phone": "13800000000", "role": "房东"}],
        "callback_url": callback_url,
    }


RESIDENCE = [  # a residence registration, from the first message to the confirmation
    "我刚搬来厦门，想办居住登记",
    "庄国栋",
    "35020319900101123X",
    "13959287416",
    "湖里区台湾街288号",
    "上个月",
    "务工",
]
CONFIRM = "/affirm"


async def say(client: Client, session: str | None, text: str) -> dict[str, Any]:
    status, body = await client.call(
        "POST", "/api/chat", json={"session_id": session, "text": text}
    )
    assert status == 200, body
    return dict(body)


async def to_confirmation(client: Client) -> str:
    """A resident walks the residence registration up to the confirmation; returns the session."""
    session = None
    for text in RESIDENCE:
        session = (await say(client, session, text))["session_id"]
    assert session is not None
    return str(session)


async def sign_in(client: Client, username: str, password: str) -> dict[str, str]:
    status, body = await client.call(
        "POST", "/api/session", json={"username": username, "password": password}
    )
    assert status == 200, body
    return {"X-CSRF-Token": body["csrf_token"]}


# -- the ledger -----------------------------------------------------------------------------


@dataclass
class Deliveries:
    """One channel's deliveries: what the database says, what the receiver got."""

    channel: str
    sent: set[str]  # keys of the messages the database records as sent
    other: Counter[str]  # messages by any other status
    received: Counter[str]  # key -> times the receiver got it

    @property
    def duplicates(self) -> int:
        return sum(n - 1 for n in self.received.values() if n > 1)

    @property
    def lost(self) -> set[str]:
        """Recorded as sent, never received."""
        return self.sent - set(self.received)

    @property
    def unrecorded(self) -> set[str]:
        """Received, but the database does not say it was sent."""
        return set(self.received) - self.sent

    def line(self) -> str:
        return (
            f"{self.channel}: {len(self.sent)} sent per the database, "
            f"{sum(self.received.values())} received ({len(self.received)} distinct), "
            f"{self.duplicates} duplicates, {len(self.lost)} lost, other rows {dict(self.other)}"
        )


KEYS = {  # how a receiver tells messages apart: the e-mail's Message-ID, the callback's delivery id
    "email": "id::text",
    "webhook": "payload->>'delivery'",
}


async def deliveries(url: str, channel: str, received: Counter[str]) -> Deliveries:
    rows = await query(
        url,
        f"SELECT {KEYS[channel]} AS key, status FROM outbox_message WHERE channel = $1",
        channel,
    )
    sent = {str(r["key"]) for r in rows if r["status"] == "sent"}
    other = Counter(str(r["status"]) for r in rows if r["status"] != "sent")
    return Deliveries(channel, sent, other, received)


def mail_received(messages: list[Any]) -> Counter[str]:
    """Outbox ids of the e-mails an inbox got (Message-ID <outbox-ID@domain>), with repeats."""
    return Counter(str(m["Message-ID"]).split("outbox-", 1)[1].split("@", 1)[0] for m in messages)


async def settled(url: str, within: float = 90.0) -> None:
    """Wait until no outbox message is pending (sent or dead, each one)."""
    sql = "SELECT count(*) FROM outbox_message WHERE status = 'pending'"
    await _until_none(url, sql, "messages still pending", within)


async def swept(url: str, within: float = 90.0) -> None:
    """Wait until the sweep has done everything due (no case's next SLA instant has passed)."""
    sql = 'SELECT count(*) FROM "case" WHERE sla_next_at <= now()'
    await _until_none(url, sql, "cases still due", within)


async def _until_none(url: str, count_sql: str, what: str, within: float) -> None:
    deadline = time.monotonic() + within
    while True:
        left = await value(url, count_sql)
        if left == 0:
            return
        assert time.monotonic() < deadline, f"{left} {what}"
        await asyncio.sleep(0.3)


async def figures(url: str, scenario: str, tally: Tally, mail: Counter[str], calls: Counter[str],
                  **extra: Any) -> dict[str, Any]:  # fmt: skip
    """What a scenario sent, what the database holds, what the receivers got: printed, and added
    as a JSON line to the file named by HUB_FAULT_REPORT (bench/faults.py reads it)."""
    email, webhook = await deliveries(url, "email", mail), await deliveries(url, "webhook", calls)
    found = {
        "scenario": scenario,
        "requests": tally.sent,
        "retried": tally.retried,
        "server_errors": sum(n for s, n in tally.statuses.items() if s >= 500),
        "dropped_connections": tally.broken,
        "cases": await value(url, 'SELECT count(*) FROM "case"'),
        "reports": await value(url, "SELECT count(*) FROM report"),
        **{
            f"{d.channel}_{k}": v
            for d in (email, webhook)
            for k, v in (
                ("sent", len(d.sent)),
                ("received", sum(d.received.values())),
                ("duplicates", d.duplicates),
                ("lost", len(d.lost)),
                ("not_sent", sum(d.other.values())),
            )
        },
        **extra,
    }
    print(json.dumps(found, ensure_ascii=False))
    if target := os.environ.get("HUB_FAULT_REPORT"):
        await asyncio.to_thread(_append, Path(target), json.dumps(found, ensure_ascii=False))
    return found


def _append(path: Path, line: str) -> None:
    with path.open("a") as out:
        out.write(line + "\n")
