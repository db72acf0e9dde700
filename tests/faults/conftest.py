"""Fixtures of the fault tests: a private PostgreSQL cluster for the session, and for each test a
database of its own, an SMTP server, a task system's callback server and the hub in 2 workers.

Time is compressed by settings, not by a clock: the outbox waits HUB_OUTBOX_BACKOFF=1 s before
its first retry (60 s in production), at most 120 s (7,200 s): 1/60, so a second here is a minute
of back-off there. A sender's claim is leased for 10 s (300 s in production), still longer than
the SMTP timeout (5 s here, 30 s by default) as in production, so a worker killed mid-delivery
holds its messages for 10 s. The retry, lease and back-off code is the same; only the numbers
are smaller.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from agencies.enums import Role
from agencies.flows import add_account
from hub.clock import SystemClock
from hub.db import close_database, open_database
from tests.conftest import ADMIN_TOKEN, PII_HASH_KEY, PII_KEY, clean_environment
from tests.faults.harness import Hub, Police, query
from tests.mailserver import MailServer, free_port, mail_server
from tests.pgcluster import PrivateCluster, binaries
from tests.police import police
from tests.test_callbacks import TaskSystemServer

SECRET = "fault-test-secret-key-0123456789abcdefghijk"
PASSWORD = "fault-test-password"
TEMPLATE = "hub_template"
COMPRESSED = {  # back-off at 1/60 of production: a second here is a minute there
    "HUB_OUTBOX_BACKOFF": "1",
    "HUB_OUTBOX_BACKOFF_MAX": "120",
    "HUB_OUTBOX_LEASE": "10",
}


@pytest.fixture(scope="session")
def cluster() -> Iterator[PrivateCluster]:
    """A PostgreSQL server of the fault tests' own, with a migrated template database."""
    found = binaries()
    if found is None:
        reason = "the fault tests need PostgreSQL's server programs (initdb, pg_ctl, postgres)"
        if os.environ.get("HUB_REQUIRE_FAULTS") == "1":
            pytest.fail(f"HUB_REQUIRE_FAULTS=1: {reason}, and none is installed", pytrace=False)
        pytest.skip(f"{reason}: none under /usr/lib/postgresql/*/bin or on PATH")
    cluster = PrivateCluster(found)
    try:
        cluster.init()
        cluster.start()
        _create(cluster, TEMPLATE)
        upgraded = subprocess.run(
            [sys.executable, "-m", "hub", "db", "upgrade"],
            env=clean_environment() | {"HUB_DB_URL": cluster.url(TEMPLATE)},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert upgraded.returncode == 0, upgraded.stderr
        yield cluster
    finally:
        cluster.destroy()


def _create(cluster: PrivateCluster, name: str, template: str = "template1") -> None:
    subprocess.run(
        ["psql", "-q", cluster.url(), "-c", f'CREATE DATABASE "{name}" TEMPLATE "{template}"'],
        check=True,
        capture_output=True,
    )


def _drop(cluster: PrivateCluster, name: str) -> None:
    if cluster.running():
        subprocess.run(
            ["psql", "-q", cluster.url(), "-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'],
            capture_output=True,
            check=False,
        )


@dataclass
class World:
    url: str
    hub: Hub
    mail: MailServer
    task_system: TaskSystemServer
    police: Police
    cluster: PrivateCluster

    async def staff(self, department: str) -> str:
        """A staff account of the department (made once); returns its username."""
        username = f"staff-{department}"
        if not await query(self.url, "SELECT 1 FROM account WHERE username = $1", username):
            await add_account(
                username=username,
                password=PASSWORD,
                role=Role.STAFF,
                department=department,
                display_name=username,
                now=SystemClock().now(),
            )
        return username


@pytest.fixture
def mail() -> Iterator[MailServer]:
    with mail_server() as server:
        yield server


@pytest.fixture
async def world(
    cluster: PrivateCluster, nlu_model: Path, mail: MailServer, tmp_path: Path
) -> AsyncIterator[World]:
    name = f"hub_{uuid.uuid4().hex[:12]}"
    _create(cluster, name, TEMPLATE)
    url = cluster.url(name)
    await open_database(url)  # the test sets up accounts through the hub's own flows
    added = await police(SystemClock().now())
    task_system = TaskSystemServer(added.secret, free_port())
    await task_system.start()
    data = tmp_path / "data"
    (data / "nlu").mkdir(parents=True)
    shutil.copy(nlu_model, data / "nlu" / nlu_model.name)
    env = (
        clean_environment()
        | COMPRESSED
        | {
            "HUB_DATA_DIR": str(data),
            "HUB_DB_URL": url,
            "HUB_SECRET_KEY": SECRET,
            "HUB_PII_KEYS": PII_KEY,
            "HUB_PII_HASH_KEY": PII_HASH_KEY,
            "HUB_ADMIN_TOKEN": ADMIN_TOKEN,
            "HUB_PORT": str(free_port()),
            "HUB_SMTP_URL": f"{mail.url}?timeout=5",
            "HUB_SEND_INTERVAL": "0.5",
            "HUB_SWEEP_INTERVAL": "1",
            "HUB_CHAT_RATE_PER_ADDRESS": "100000",
            "HUB_CHAT_RATE_PER_SESSION": "1000",
        }
    )
    hub = Hub(env, tmp_path / "hub.log")
    world = World(
        url,
        hub,
        mail,
        task_system,
        Police(added.api_key, added.secret, added.officer_token, task_system.url),
        cluster,
    )
    try:
        await hub.start()
        yield world
    finally:
        hub.stop()
        await task_system.stop()
        await close_database()
        await asyncio.to_thread(_drop, cluster, name)
