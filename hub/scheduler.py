"""Scheduled work of every hub process (HUB_SCHEDULER): APScheduler jobs started with the app.

Each job asks the database what is due, so any number of processes may run them side by side and
a process that starts after downtime catches up at once: the SLA sweep (reminders, escalations,
the overdue list), the outbox sender, the revisits (questions, and closing the unanswered), and
the erasure of self-reports' personal data past HUB_RETENTION_DAYS.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from hub.clock import Clock
from hub.feedback.flows import ask_due_revisits, close_unanswered
from hub.keys import CLOCK, DELIVERERS, SETTINGS
from hub.outbox.flows import RetryPolicy
from hub.outbox.sender import Deliverers, send_due
from hub.privacy.flows import erase_expired
from hub.settings import Settings
from hub.sla.sweep import sweep

log = logging.getLogger(__name__)
REVISITS_EVERY = 60.0  # seconds; revisits fall due on working days, a minute late is no matter
RETENTION_EVERY = 3600.0  # seconds; erasure is due by the day, a batch an hour keeps up


@dataclass(frozen=True)
class Job:
    name: str
    every: float  # seconds
    run: Callable[[], Awaitable[object]]


def jobs(settings: Settings, clock: Clock, deliverers: Deliverers) -> list[Job]:
    policy = RetryPolicy.of(settings)
    return [
        Job("sla-sweep", settings.sweep_interval, lambda: sweep(clock.now())),
        Job(
            "outbox-send",
            settings.send_interval,
            lambda: send_due(deliverers, clock, policy=policy),
        ),
        Job("revisits-ask", REVISITS_EVERY, lambda: ask_due_revisits(clock.now())),
        Job("revisits-close", REVISITS_EVERY, lambda: close_unanswered(clock.now())),
        Job(
            "personal-data-retention",
            RETENTION_EVERY,
            lambda: erase_expired(clock.now(), settings.retention_days),
        ),
    ]


async def scheduler(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: each job runs once at start-up, then at its interval until shutdown."""
    settings, deliverers = app[SETTINGS], app[DELIVERERS]
    if not settings.scheduler:
        yield
        await deliverers.close()
        return
    running: set[asyncio.Task[None]] = set()
    scheduler = AsyncIOScheduler(timezone=UTC)
    for job in jobs(settings, app[CLOCK], deliverers):
        tracked = _tracked(job, running)
        scheduler.add_job(tracked, name=f"{job.name} (now)")  # catch up on start
        scheduler.add_job(
            tracked,
            "interval",
            seconds=job.every,
            id=job.name,
            name=job.name,
            max_instances=1,
            coalesce=True,
        )
    scheduler.start()
    try:
        yield
    finally:
        scheduler.shutdown(wait=False)
        await asyncio.gather(*running, return_exceptions=True)  # let a running pass finish
        await deliverers.close()


def _tracked(job: Job, running: set[asyncio.Task[None]]) -> Callable[[], Awaitable[None]]:
    """The job as APScheduler starts it: a pass in a task of our own, one at a time.

    APScheduler cancels the coroutines it awaits when it shuts down; a pass runs in its own task
    so that shutdown lets it finish instead, and a pass still running skips the next interval.
    """
    current: asyncio.Task[None] | None = None

    async def run() -> None:
        try:
            result = await job.run()
            log.debug("%s: %s", job.name, result)
        except Exception:
            log.exception("scheduled job %s failed; it runs again at its next interval", job.name)

    async def start() -> None:
        nonlocal current
        if current is not None and not current.done():
            return
        current = asyncio.create_task(run(), name=job.name)
        running.add(current)
        current.add_done_callback(running.discard)

    return start
