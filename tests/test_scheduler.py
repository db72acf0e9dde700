"""The scheduled jobs: a pass that runs at shutdown finishes, and passes never overlap."""

from __future__ import annotations

import asyncio
import logging

import pytest

from hub.scheduler import Job, _tracked


async def test_shutdown_lets_a_running_pass_finish_without_an_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    finished: list[str] = []

    async def slow_pass() -> None:
        await asyncio.sleep(0.3)
        finished.append("pass")

    running: set[asyncio.Task[None]] = set()
    scheduler = AsyncIOScheduler()
    scheduler.add_job(_tracked(Job("slow", 10, slow_pass), running))
    scheduler.start()
    await asyncio.sleep(0.1)  # the pass is under way
    assert running

    scheduler.shutdown(wait=False)
    await asyncio.gather(*running)
    await asyncio.sleep(0)

    assert finished == ["pass"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_pass_still_running_skips_the_next_start() -> None:
    started = 0
    release = asyncio.Event()

    async def blocked_pass() -> None:
        nonlocal started
        started += 1
        await release.wait()

    running: set[asyncio.Task[None]] = set()
    start = _tracked(Job("blocked", 1, blocked_pass), running)
    await start()
    await asyncio.sleep(0)
    await start()
    await asyncio.sleep(0)
    assert started == 1 and len(running) == 1

    release.set()
    await asyncio.gather(*running)
    await start()
    await asyncio.sleep(0)
    assert started == 2
    release.set()
    await asyncio.gather(*running)


async def test_a_failing_pass_is_logged_and_runs_again(caplog: pytest.LogCaptureFixture) -> None:
    async def failing_pass() -> None:
        raise RuntimeError("database away")

    running: set[asyncio.Task[None]] = set()
    start = _tracked(Job("failing", 1, failing_pass), running)
    for _ in range(2):
        await start()
        await asyncio.gather(*running)

    failures = [r for r in caplog.records if "scheduled job failing failed" in r.getMessage()]
    assert len(failures) == 2
