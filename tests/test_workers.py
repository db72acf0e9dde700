"""`hub serve --workers 2` on one PostgreSQL database: real processes, real traffic, real logs."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.conftest import ADMIN_TOKEN, PII_HASH_KEY, PII_KEY, clean_environment
from tests.test_cli import free_port, hub
from tests.test_observability import sample

SECRET = "test-secret-key-0123456789abcdefghijklmnop"
PHONE = "13959211234"
ID_NUMBER = "350203198805061234"
PASSPORT = "E87654321"
NAME = "林美玲"
REPORTS = 24
PLACES = [  # a place each, so that no report joins another's open case
    place
    for line in (Path(__file__).parents[1] / "config/catalog/jurisdictions.tsv")
    .read_text()
    .splitlines()
    for place in line.split("\t")[3].split(",")
][1 : REPORTS + 1]


@pytest.fixture
def env(tmp_path: Path, db_url: str, nlu_model: Path) -> dict[str, str]:
    (tmp_path / "data" / "nlu").mkdir(parents=True)
    shutil.copy(nlu_model, tmp_path / "data" / "nlu" / nlu_model.name)
    return clean_environment() | {
        "HUB_DATA_DIR": str(tmp_path / "data"),
        "HUB_DB_URL": db_url,
        "HUB_SECRET_KEY": SECRET,
        "HUB_PII_KEYS": PII_KEY,
        "HUB_PII_HASH_KEY": PII_HASH_KEY,
        "HUB_ADMIN_TOKEN": ADMIN_TOKEN,
        "HUB_PORT": str(free_port()),
        "HUB_SCHEDULER": "true",  # every worker sweeps and sends, as in production
        "HUB_SEND_INTERVAL": "0.5",
        "HUB_SWEEP_INTERVAL": "1",
    }


@pytest.fixture
def workers(db_url: str) -> int:
    """Two workers on PostgreSQL; the embedded database serves one process."""
    return 1 if db_url.startswith("sqlite") else 2


@contextmanager
def _serving(env: dict[str, str], workers: int, tmp_path: Path) -> Iterator[Path]:
    """The hub serving in its own processes until the block ends; yields its log file."""
    log = tmp_path / "hub.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "hub", "serve", "--workers", str(workers)],
            env=env,
            stdout=out,
            stderr=out,
        )
        try:
            _wait_ready(f"http://127.0.0.1:{env['HUB_PORT']}/readyz", process, log)
            yield log
        finally:
            process.terminate()
            assert process.wait(timeout=40) == 0, log.read_text()[-3000:]


def test_requests_spread_over_workers_and_every_figure_adds_up(
    env: dict[str, str], workers: int, tmp_path: Path
) -> None:
    api_key = _printed(hub("systems", "add", "--name", "公安任务系统", env=env), "api_key: ")
    token = _printed(
        hub("users", "add", "--username", "officer-lin", "--role", "officer", env=env),
        "API token (shown once; log in on the phone at /officer): ",
    )
    base = f"http://127.0.0.1:{env['HUB_PORT']}"
    with _serving(env, workers, tmp_path) as log:
        statuses, numbers, scrapes = asyncio.run(_traffic(base, api_key, token))
        mailed = _all_mail_sent(base)
    understood = sample(scrapes[0], "hub_nlu_duration_seconds_count", operation="understand")

    assert statuses == Counter({201: 2 * REPORTS + REPORTS, 200: REPORTS, 404: REPORTS}), statuses
    assert len(set(numbers)) == REPORTS  # each double tap filed one case, whichever worker took it
    assert REPORTS <= understood <= 2 * REPORTS  # a racing second tap may read the text too
    for text in scrapes:  # every scrape, whichever worker answered, reports the same totals
        filed = sum(sample(text, "hub_cases", status=s) for s in ("routed", "triage"))
        assert filed == REPORTS
        nlu = sample(text, "hub_nlu_duration_seconds_count", operation="understand")
        assert nlu == understood
        assert sample(text, "hub_http_requests_total", route="/api/tasks", status="201") == REPORTS
        referrals = sample(text, "hub_http_requests_total", route="/api/referrals", status="201")
        assert referrals == 2 * REPORTS
        assert sample(text, "hub_http_requests_in_flight") == 1  # the scrape itself

    # the senders of both workers shared the outbox: each message left exactly once
    maildir = Path(env["HUB_DATA_DIR"]) / "maildir"
    message_ids = [
        line
        for f in maildir.glob("*/*")
        for line in f.read_text().splitlines()
        if line.startswith("Message-ID:")
    ]
    assert mailed >= REPORTS and len(message_ids) == mailed == len(set(message_ids))

    lines = log.read_text().splitlines()
    entries = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(entries) == len(lines) - 1  # all but the start-up banner on standard output
    served_by = Counter(e["pid"] for e in entries if e["logger"] == "hub.access")
    assert len(served_by) == workers, served_by
    assert min(served_by.values()) >= REPORTS // 4  # both workers took a real share
    assert not [e for e in entries if e["level"] in ("ERROR", "CRITICAL")]
    cases = {e["case"] for e in entries if e["logger"] == "hub.access" and e["case"]}
    assert cases >= set(numbers)  # the access line names the case it touched
    whole = log.read_text()
    for secret in (PHONE, ID_NUMBER, PASSPORT, NAME, token, api_key):
        assert secret not in whole


def test_several_workers_need_postgres_and_one_signing_key(
    env: dict[str, str], db_url: str
) -> None:
    if db_url.startswith("sqlite"):
        refused = hub("serve", "--workers", "2", env=env)
        assert refused.returncode == 2
        assert "PostgreSQL" in refused.stderr
    else:
        refused = hub("serve", env={k: v for k, v in env.items() if k != "HUB_SECRET_KEY"})
        assert refused.returncode == 2
        assert "HUB_SECRET_KEY" in refused.stderr


async def _traffic(
    base: str, api_key: str, token: str
) -> tuple[Counter[int], list[str], list[str]]:
    """Tasks in, a double tap on each, the cases read back, and lookups carrying personal data."""
    statuses: Counter[int] = Counter()
    connector = aiohttp.TCPConnector(force_close=True)  # a new connection, a new chance of worker
    async with aiohttp.ClientSession(base, connector=connector) as http:

        async def call(method: str, path: str, **kwargs: Any) -> dict[str, Any]:
            async with http.request(method, path, **kwargs) as response:
                statuses[response.status] += 1
                return dict(await response.json())

        async def report(n: int) -> str:
            task = await call("POST", "/api/tasks", json=_task(n), headers={"X-Api-Key": api_key})
            tap = {"Authorization": f"Bearer {token}", "Idempotency-Key": uuid.uuid4().hex}
            first, second = await asyncio.gather(
                *(
                    call("POST", "/api/referrals", json={"task_id": task["id"]}, headers=tap)
                    for _ in range(2)
                )
            )
            assert first["case"]["number"] == second["case"]["number"]
            number = str(first["case"]["number"])
            admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
            await call("GET", f"/api/cases/{number}", headers=admin)
            await call("GET", f"/api/cases/{ID_NUMBER}", params={"q": PHONE}, headers=admin)
            return number

        numbers = await asyncio.gather(*(report(n) for n in range(REPORTS)))
        scrapes = []
        for _ in range(6):
            async with http.get("/metrics") as response:
                assert response.status == 200
                scrapes.append(await response.text())
    return statuses, list(numbers), scrapes


def _all_mail_sent(base: str) -> int:
    """Wait until no e-mail is pending; returns how many were sent (from /metrics).

    The workers' delivery counters must then add up to the database's count of sent messages.
    """
    import urllib.request

    deadline = time.monotonic() + 60
    while True:
        with urllib.request.urlopen(f"{base}/metrics", timeout=5) as response:
            text = response.read().decode()
        pending = sample(text, "hub_outbox_messages", channel="email", status="pending")
        sent = sample(text, "hub_outbox_messages", channel="email", status="sent")
        counted = sample(text, "hub_outbox_deliveries_total", channel="email", outcome="sent")
        if pending == 0 and counted == sent:  # the workers' counters agree with the database
            return int(sent)
        assert time.monotonic() < deadline, f"after a minute: {pending} pending, {counted}/{sent}"
        time.sleep(0.5)


def _task(n: int) -> dict[str, Any]:
    return {
        "external_id": f"RW-2026-{n:05d}",
        "type": "入户走访",
        "station": "江头派出所",
        "officer": "officer-lin",
        "subject": f"走访发现{PLACES[n]}出租屋楼道飞线充电，"
        f"租客{NAME}身份证{ID_NUMBER}，护照{PASSPORT}",
        "place": PLACES[n],
        "people": [{"name": NAME, "phone": PHONE, "role": "租客"}],
    }


def _printed(result: subprocess.CompletedProcess[str], prefix: str) -> str:
    assert result.returncode == 0, result.stderr
    return next(line.split(prefix, 1)[1] for line in result.stdout.splitlines() if prefix in line)


def _wait_ready(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    import urllib.request

    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        assert process.poll() is None, log.read_text()[-3000:]
        assert time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(0.2)
