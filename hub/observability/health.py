"""Readiness: may this worker take traffic? Database reachable, migrations applied, NLU loaded.

Each check answers None when all is well, or a short Chinese sentence saying what is wrong. Other
parts of the hub add their own with `add_check` (for example the outbox sender or a model server).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from tortoise.exceptions import OperationalError

from hub.db import connection, migrations_location
from hub.keys import NLU, READY_CHECKS, SETTINGS

CHECK_TIMEOUT = 3.0
Check = Callable[[web.Application], Awaitable[str | None]]


def add_check(app: web.Application, name: str, check: Check) -> None:
    app.setdefault(READY_CHECKS, {})[name] = check


def standard_checks(app: web.Application) -> None:
    add_check(app, "database", database_reachable)
    add_check(app, "migrations", migrations_applied)
    add_check(app, "nlu", nlu_loaded)


async def readiness(app: web.Application) -> tuple[bool, dict[str, dict[str, Any]]]:
    """Every check's verdict, and whether all of them passed."""
    checks = app.get(READY_CHECKS, {})
    verdicts = await asyncio.gather(*(_run(check, app) for check in checks.values()))
    results = {
        name: {"ok": problem is None} | ({"message": problem} if problem else {})
        for name, problem in zip(checks, verdicts, strict=True)
    }
    return all(v is None for v in verdicts), results


async def _run(check: Check, app: web.Application) -> str | None:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            return await check(app)
    except TimeoutError:
        return f"检查超时（超过 {CHECK_TIMEOUT:g} 秒）"
    except Exception as exc:
        return f"检查失败（{type(exc).__name__}）"


async def database_reachable(app: web.Application) -> str | None:
    try:
        await connection().execute_query("SELECT 1")
    except Exception as exc:
        return f"数据库无法连接（{type(exc).__name__}）"
    return None


async def migrations_applied(app: web.Application) -> str | None:
    """Every migration this code ships is applied (a database ahead of the code is fine)."""
    shipped = shipped_migrations(app[SETTINGS].database_url)
    try:
        _, rows = await connection().execute_query(
            "SELECT version FROM aerich WHERE app = 'models'"
        )
    except OperationalError as exc:
        if "aerich" not in str(exc):
            raise
        rows = []  # no migration table yet: nothing is applied
    except Exception as exc:
        return f"数据库无法连接，无法核对迁移（{type(exc).__name__}）"
    pending = sorted(set(shipped) - {str(row["version"]) for row in rows})
    if pending:
        names = ", ".join(pending)
        return f"有 {len(pending)} 个数据库迁移尚未执行（{names}），请先运行 hub db upgrade"
    return None


async def nlu_loaded(app: web.Application) -> str | None:
    """An engine loading in the background says so with `ready`; loaded on demand: no wait."""
    engine = app.get(NLU)
    if engine is not None and not getattr(engine, "ready", True):
        return "NLU 模型尚未加载完成（或加载失败，见日志）"
    return None


def shipped_migrations(db_url: str) -> list[str]:
    return sorted(p.name for p in (migrations_location(db_url) / "models").glob("[0-9]*_*.py"))
