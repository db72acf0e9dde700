"""The database: Tortoise ORM set-up, aerich migrations per dialect, and the catalogue seed."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import AbstractAsyncContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import tortoise.backends.sqlite.executor  # noqa: F401  (registers the adapter replaced below)
from aerich import Command
from tortoise import BaseDBAsyncClient, Tortoise
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.transactions import in_transaction

from agencies.models import Category

log = logging.getLogger(__name__)


def _utc_text(moment: datetime) -> str:
    return (moment.astimezone(UTC) if moment.tzinfo else moment).isoformat(" ")


# SQLite keeps instants as text and compares them as text: written with the offset they came
# with (Tortoise's adapter), 16:12+08:00 would sort after 09:00+00:00. Stored in UTC, text order is
# time order, on SQLite as on PostgreSQL.
sqlite3.register_adapter(datetime, _utc_text)

MODEL_MODULES = [
    "agencies.models",
    "hub.cases.models",
    "hub.tasks.models",
    "hub.outbox.models",
    "hub.feedback.models",
    "hub.sla.models",
    "intake.models",
    "hub.privacy.models",
    "aerich.models",
]
# Row ids are 32-bit integers in PostgreSQL: a larger one names no row (and must not reach
# the driver, which refuses it).
MAX_ID = 2**31 - 1


def row_id(text: str) -> int | None:
    """A row id written in ASCII digits (not ², not beyond the column), or None."""
    if not text.isascii() or not text.isdigit() or len(text) > 10 or int(text) > MAX_ID:
        return None
    return int(text)


MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

Dialect = Literal["sqlite", "postgres"]


def dialect_of(db_url: str) -> Dialect:
    return "sqlite" if urlsplit(db_url).scheme == "sqlite" else "postgres"


def tortoise_config(db_url: str) -> dict[str, Any]:
    # The connection is named after its dialect: Tortoise caches SQL per connection name, and the
    # test suite talks to SQLite and PostgreSQL in one process.
    name = dialect_of(db_url)
    return {
        "connections": {name: _with_driver_options(db_url)},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": name}},
        "use_tz": True,
        "timezone": "UTC",
    }


def connection() -> BaseDBAsyncClient:
    """The database connection of this task (the transaction's, inside one)."""
    return Category._meta.db


def transaction() -> AbstractAsyncContextManager[Any]:
    """A transaction of its own, or the caller's when it runs inside one.

    Inside the caller's, a nested `in_transaction` would cost a SAVEPOINT and its RELEASE (two
    round trips) to protect the caller from a failure it never survives: an error propagates
    through the caller's transaction and rolls back all of it.
    """
    if isinstance(connection(), TransactionalDBClient):
        return nullcontext()
    return in_transaction()


def supports_row_locks() -> bool:
    """PostgreSQL claims rows with FOR UPDATE SKIP LOCKED; SQLite has one writer at a time."""
    return bool(connection().capabilities.support_for_update)


def _with_driver_options(db_url: str) -> str | dict[str, Any]:
    """SQLite waits for a lock held by another process instead of failing at once; PostgreSQL
    connections go back to the pool without asyncpg's reset query (RESET ALL, UNLISTEN *, ...),
    one round trip per query saved: the hub keeps no session state on a connection (no LISTEN,
    no SET, no advisory locks), and an open transaction is still rolled back on release."""
    if dialect_of(db_url) == "postgres":
        config = expand_db_url(db_url)
        config["credentials"].setdefault("reset", _no_session_state)
        return config
    if "busy_timeout" in db_url:
        return db_url
    return db_url + ("&" if "?" in db_url else "?") + "busy_timeout=10000"


async def _no_session_state(connection: Any) -> None:
    """asyncpg's pool `reset`: nothing to reset (see `_with_driver_options`)."""


def migrations_location(db_url: str) -> Path:
    return MIGRATIONS_DIR / dialect_of(db_url)


async def open_database(db_url: str) -> None:
    """Connect the ORM of this process (one per process, shared by all its tasks)."""
    if dialect_of(db_url) == "sqlite":
        _sqlite_path(db_url).parent.mkdir(parents=True, exist_ok=True)
    await Tortoise.init(config=tortoise_config(db_url), _enable_global_fallback=True)


async def close_database() -> None:
    await Tortoise.close_connections()


async def upgrade_schema(db_url: str) -> list[str]:
    """Apply the migrations the database has not seen yet; returns their names."""
    command = Command(
        tortoise_config(db_url), app="models", location=str(migrations_location(db_url))
    )
    await command.init()
    applied = await command.upgrade(run_in_transaction=True)
    for name in applied:
        log.info("applied migration %s", name)
    return applied


def _sqlite_path(db_url: str) -> Path:
    split = urlsplit(db_url)
    return Path((split.netloc + split.path) or ":memory:")
