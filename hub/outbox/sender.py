"""The sender: delivers due outbox messages through the deliverer registered for their channel.

Each channel registers one deliverer (e-mail here; webhooks and chat by the features that own
them). A channel nobody registered is left alone: its messages wait, they are not tried.
A deliverer raises PermanentFailure when retrying cannot help (the message goes dead at once),
ChannelDown when the whole channel is unreachable (the rest of this run's messages for it are
counted as failed without another connection attempt), and anything else for a failure of this
one message. Every failure waits out the back-off of RetryPolicy.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from hub.clock import Clock
from hub.observability.metrics import count_delivery
from hub.outbox import flows
from hub.outbox.flows import RetryPolicy
from hub.outbox.models import OutboxChannel, OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)
RECORD_RETRY = 0.5  # seconds between tries to record deliveries while the database is away


class Deliverer(Protocol):
    async def deliver(self, message: OutboxMessage, now: datetime) -> None:
        """Hand the message over (at `now`, e.g. to sign it), or raise."""
        ...

    async def close(self) -> None:
        """Release connections; called when the process stops."""
        ...


class PermanentFailure(Exception):
    """The other side refused this message for good (e.g. SMTP 550 no such user)."""


class ChannelDown(Exception):
    """The channel cannot deliver anything right now (server unreachable, login refused)."""


class Deliverers:
    """The registry: one deliverer per channel."""

    def __init__(self) -> None:
        self._by_channel: dict[OutboxChannel, Deliverer] = {}

    def register(self, channel: OutboxChannel, deliverer: Deliverer) -> None:
        if channel in self._by_channel:
            raise ValueError(f"a deliverer for {channel} is registered already")
        self._by_channel[channel] = deliverer

    @property
    def channels(self) -> list[OutboxChannel]:
        return list(self._by_channel)

    def __getitem__(self, channel: OutboxChannel) -> Deliverer:
        return self._by_channel[channel]

    async def close(self) -> None:
        for deliverer in self._by_channel.values():
            await deliverer.close()


@dataclass
class SendReport:
    sent: int = 0
    retrying: int = 0
    dead: int = 0


async def send_due(
    deliverers: Deliverers,
    clock: Clock,
    *,
    policy: RetryPolicy | None = None,
    batch: int = 100,
) -> SendReport:
    """Deliver every message that is due now, batch by batch; returns what became of them.

    The channels of a batch are delivered side by side (a slow callback holds up no e-mail),
    each channel's messages one after the other.
    """
    policy = policy or RetryPolicy()
    report = SendReport()
    down: dict[OutboxChannel, str] = {}
    while live := [c for c in deliverers.channels if c not in down]:
        claimed = await flows.claim_due(live, clock.now(), lease=policy.lease, batch=batch)
        by_channel: dict[OutboxChannel, list[OutboxMessage]] = defaultdict(list)
        for message in claimed:
            by_channel[OutboxChannel(message.channel)].append(message)
        run = _Run(deliverers, clock, policy, report, down)
        await asyncio.gather(*(run.channel(c, messages) for c, messages in by_channel.items()))
        if len(claimed) < batch:
            break
    return report


@dataclass
class _Run:
    deliverers: Deliverers
    clock: Clock
    policy: RetryPolicy
    report: SendReport
    down: dict[OutboxChannel, str]

    async def channel(self, channel: OutboxChannel, messages: list[OutboxMessage]) -> None:
        """Deliver in order; each success is on record one commit later (see _Recorder)."""
        leased = min((m.next_attempt_at for m in messages), default=self.clock.now())
        recorder = _Recorder(self.clock, self.report, leased)
        try:
            for message in messages:
                if recorder.failing:  # the database is away: deliver nothing it cannot record
                    break
                if await self._attempt(channel, message):
                    recorder.delivered(message)
        finally:
            await recorder.flush()

    async def _attempt(self, channel: OutboxChannel, message: OutboxMessage) -> bool:
        permanent = False
        try:
            if channel in self.down:
                raise ChannelDown(self.down[channel])
            await self.deliverers[channel].deliver(message, self.clock.now())
            return True
        except PermanentFailure as exc:
            error, permanent = _describe(exc), True
        except ChannelDown as exc:
            error = self.down.setdefault(channel, _describe(exc))
        except Exception as exc:
            error = _describe(exc)
            log.warning("outbox message %s (%s) failed: %s", message.id, channel, error)
            log.debug("outbox message %s failed", message.id, exc_info=True)
        now = self.clock.now()
        status = await flows.mark_failed(message, error, now, self.policy, permanent=permanent)
        count_delivery(channel, "dead" if status == OutboxStatus.DEAD else "retry")
        if status == OutboxStatus.DEAD:
            log.error("outbox message %s to %s is dead: %s", message.id, message.recipient, error)
            self.report.dead += 1
        else:
            self.report.retrying += 1
        return False


class _Recorder:
    """Writes delivered messages down as sent while the next ones are being delivered.

    A sender killed between a delivery and its record sends that message again once its lease
    runs out, so the record must follow each delivery closely: every delivery starts the write
    of all those not yet written, in one statement, beside the next delivery. A slow database
    makes the batches bigger, not the deliveries slower; what a kill can repeat is the message
    being delivered and those of one commit in flight. When the database is away (restarted,
    failed over), the write is tried again until it is back or the lease is over, and no further
    message is delivered meanwhile: what was delivered is recorded, not sent twice.
    """

    def __init__(self, clock: Clock, report: SendReport, leased_until: datetime) -> None:
        self._clock = clock
        self._report = report
        left = (leased_until - clock.now()).total_seconds()
        self._give_up_at = time.monotonic() + max(left, 0.0)
        self._waiting: list[OutboxMessage] = []
        self._writing: asyncio.Task[None] | None = None
        self.failing = False

    def delivered(self, message: OutboxMessage) -> None:
        self._waiting.append(message)
        if self._writing is None or self._writing.done():
            if self._writing is not None and self._writing.exception() is not None:
                log.warning("outbox: recording deliveries failed; trying again")
            self._writing = asyncio.create_task(self._write())

    async def flush(self) -> None:
        """Every delivery on record; raises if the database would not take them in time."""
        if self._writing is not None:
            await asyncio.gather(self._writing, return_exceptions=True)
        if self._waiting:  # the last write gave up: once more, now, and the failure is the run's
            await self._write()

    async def _write(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                await flows.mark_sent(batch, self._clock.now())
            except Exception as exc:
                self._waiting[:0] = batch
                self.failing = True
                if time.monotonic() + RECORD_RETRY >= self._give_up_at:
                    raise
                log.warning("outbox: %d delivered, not yet recorded: %s", len(batch), exc)
                await asyncio.sleep(RECORD_RETRY)
                continue
            self.failing = False
            for message in batch:
                count_delivery(message.channel, "sent")
            self._report.sent += len(batch)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
