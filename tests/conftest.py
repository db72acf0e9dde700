"""Fixtures: a real database per test (SQLite always, PostgreSQL when HUB_TEST_DB_URL is set)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from tortoise import Tortoise

from hub.app import create_app, prepare_database
from hub.clock import FrozenClock
from hub.db import close_database, connection, open_database
from hub.privacy.keys import use_keys
from hub.settings import Settings
from nlu.pipeline import NluEngine
from nlu.training import load_engine

POSTGRES_URL = os.environ.get("HUB_TEST_DB_URL")
BACKENDS = ["sqlite", *(["postgres"] if POSTGRES_URL else [])]
ADMIN_TOKEN = "test-admin-token-0123456789abcdefghijklmnop"
PII_KEY = "k8K4tq2Ue3e9Q2mM7y8zXn0f3cW1aP5bR6sT7uV8wXk="
PII_HASH_KEY = "test-pii-hash-key-0123456789abcdefghijklmnop"
PII_ENV = {"HUB_PII_KEYS": PII_KEY, "HUB_PII_HASH_KEY": PII_HASH_KEY}  # a hub in its own process
# Monday 2026-11-30 09:00 in Xiamen: a plain working day, in working hours.
MONDAY_9AM = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)
MONDAY = date(2026, 11, 30)

_postgres_ready = False


@pytest.fixture(params=BACKENDS)
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A migrated database holding the catalogue and nothing else."""
    if request.param == "sqlite":
        url = f"sqlite://{tmp_path / 'hub.sqlite3'}"
    else:
        if "postgres_only" in request.keywords and not POSTGRES_URL:
            pytest.skip("needs HUB_TEST_DB_URL")
        url = str(POSTGRES_URL)
    await open_database(url)
    if request.param == "postgres":
        await _empty_postgres()
    await prepare_database(url)
    await close_database()
    yield url


async def _empty_postgres() -> None:
    global _postgres_ready
    db = connection()
    if not _postgres_ready:
        await prepare_database(str(POSTGRES_URL))
        _postgres_ready = True
    tables = [
        m._meta.db_table
        for m in Tortoise.apps.get_models_iterable()
        if m._meta.db_table != "aerich"
    ]
    await db.execute_script(
        "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "postgres_only" in item.keywords and "[sqlite]" in item.nodeid:
            item.add_marker(pytest.mark.skip(reason="runs against PostgreSQL only"))


@pytest.fixture
async def orm(db_url: str) -> AsyncIterator[str]:
    """The ORM connected to the test database, for tests that call flows directly."""
    await open_database(db_url)
    yield db_url
    await close_database()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(MONDAY_9AM)


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(
        db_url=db_url,
        data_dir=tmp_path / "data",
        admin_token=ADMIN_TOKEN,
        secret_key="test-secret-key-0123456789abcdefghijklmnop",
        pii_keys=PII_KEY,
        pii_hash_key=PII_HASH_KEY,
        scheduler=False,
        nlu_preload=False,
    )


@pytest.fixture(autouse=True)
def personal_data_keys(tmp_path: Path) -> None:
    """The test keys, for the flows tests call without an app (an app loads the same ones)."""
    use_keys(Settings(data_dir=tmp_path / "data", pii_keys=PII_KEY, pii_hash_key=PII_HASH_KEY))


@pytest.fixture
async def client(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[TestClient]:
    app = create_app(settings, clock=clock, own_database=False)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


@pytest.fixture
def admin_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture(scope="session")
def nlu_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The NLU model trained from the project's corpus, once per test session."""
    data = tmp_path_factory.mktemp("nlu-data")
    load_engine(data)  # trains and saves the artifact once for the session
    return data


@pytest.fixture(scope="session")
def engine(nlu_data_dir: Path) -> NluEngine:
    """The real NLU engine, with 2026-11-30 (a Monday) as today."""
    return load_engine(nlu_data_dir, today=lambda: MONDAY)


def clean_environment() -> dict[str, str]:
    """This process's environment without the hub's settings, for a hub in its own process."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("HUB_", "PROMETHEUS_"))}


@pytest.fixture(scope="session")
def nlu_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The NLU model, trained once for the tests that run the hub in its own processes."""
    data = tmp_path_factory.mktemp("nlu")
    trained = subprocess.run(
        [sys.executable, "-m", "hub", "nlu", "train"],
        env=clean_environment() | {"HUB_DATA_DIR": str(data)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert trained.returncode == 0, trained.stderr
    return data / "nlu" / "model.joblib"
