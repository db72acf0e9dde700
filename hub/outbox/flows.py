"""Writes on the outbox: queue a message (inside the caller's transaction), claim due ones for a
sender, settle each attempt, and put a dead message back in the queue.

A claim is a lease: the message's next_attempt_at moves `lease` into the future, so no other sender
takes it meanwhile, and a sender that dies mid-delivery leaves it to be tried again when the lease
runs out. Delivery is therefore at least once; e-mail carries a stable Message-ID for that reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from agencies.access import Principal
from hub.db import supports_row_locks
from hub.errors import Forbidden, NotFound, RuleViolation
from hub.outbox.models import OutboxChannel, OutboxMessage, OutboxStatus
from hub.settings import Settings

MAX_ERROR = 2000


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential back-off: 1, 2, 4 ... minutes, at most 2 hours apart; dead after max_attempts."""

    max_attempts: int = 10
    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=2)
    lease: timedelta = timedelta(minutes=5)

    @classmethod
    def of(cls, settings: Settings) -> RetryPolicy:
        """The policy set by HUB_OUTBOX_MAX_ATTEMPTS, HUB_OUTBOX_BACKOFF(_MAX), HUB_OUTBOX_LEASE."""
        return cls(
            max_attempts=settings.outbox_max_attempts,
            first_delay=timedelta(seconds=settings.outbox_backoff),
            max_delay=timedelta(seconds=settings.outbox_backoff_max),
            lease=timedelta(seconds=settings.outbox_lease),
        )

    def delay(self, attempts: int) -> timedelta:
        """The wait after the `attempts`-th failed attempt."""
        return min(self.max_delay, self.first_delay * 2 ** max(attempts - 1, 0))


async def enqueue(
    channel: OutboxChannel,
    recipient: str,
    *,
    body: str,
    now: datetime,
    subject: str | None = None,
    payload: dict[str, Any] | None = None,
    case_id: int | None = None,
) -> OutboxMessage:
    """Queue a message; call it inside the transaction of the change it announces."""
    return await OutboxMessage.create(
        channel=channel,
        recipient=recipient,
        subject=subject,
        body=body,
        payload=payload or {},
        case_id=case_id,
        next_attempt_at=now,
        created_at=now,
    )


async def claim_due(
    channels: list[OutboxChannel], now: datetime, *, lease: timedelta, batch: int
) -> list[OutboxMessage]:
    """Up to `batch` pending messages that are due, leased to the caller until now + lease."""
    due = (
        OutboxMessage.filter(status=OutboxStatus.PENDING, next_attempt_at__lte=now)
        .filter(channel__in=channels)
        .order_by("next_attempt_at", "id")
        .limit(batch)
    )
    until = now + lease
    if supports_row_locks():
        async with in_transaction():
            claimed = await due.select_for_update(skip_locked=True)
            await OutboxMessage.filter(id__in=[m.id for m in claimed]).update(next_attempt_at=until)
    else:  # each claim one guarded statement: of two senders, the second updates nothing
        claimed = [m for m in await due if await _lease(m, now, until)]
    for message in claimed:
        message.next_attempt_at = until
    return claimed


async def _lease(message: OutboxMessage, now: datetime, until: datetime) -> bool:
    return bool(
        await OutboxMessage.filter(
            id=message.id, status=OutboxStatus.PENDING, next_attempt_at__lte=now
        ).update(next_attempt_at=until)
    )


async def mark_sent(messages: list[OutboxMessage], now: datetime) -> None:
    """Record delivered messages, in one statement."""
    await OutboxMessage.filter(id__in=[m.id for m in messages], status=OutboxStatus.PENDING).update(
        status=OutboxStatus.SENT, sent_at=now, attempts=F("attempts") + 1, last_error=None
    )


async def mark_failed(
    message: OutboxMessage,
    error: str,
    now: datetime,
    policy: RetryPolicy,
    *,
    permanent: bool = False,
) -> OutboxStatus:
    """Count a failed attempt: try again after the back-off, or give up (dead)."""
    attempts = message.attempts + 1
    dead = permanent or attempts >= policy.max_attempts
    status = OutboxStatus.DEAD if dead else OutboxStatus.PENDING
    await OutboxMessage.filter(id=message.id, status=OutboxStatus.PENDING).update(
        status=status,
        attempts=attempts,
        last_error=error[:MAX_ERROR],
        next_attempt_at=now if dead else now + policy.delay(attempts),
    )
    return status


async def retry_dead(message_id: int, *, actor: Principal, now: datetime) -> OutboxMessage:
    """A hub operator sends a dead message again, with a fresh count of attempts."""
    if not actor.hub_wide:
        raise Forbidden("只有中心调度员和管理员可以重发消息")
    message = await OutboxMessage.get_or_none(id=message_id)
    if message is None:
        raise NotFound(f"没有编号为 {message_id} 的消息")
    if message.status != OutboxStatus.DEAD:
        raise RuleViolation("只有发送失败（已放弃）的消息可以重发", status=message.status.value)
    won = await OutboxMessage.filter(id=message_id, status=OutboxStatus.DEAD).update(
        status=OutboxStatus.PENDING, attempts=0, next_attempt_at=now
    )
    if not won:
        raise RuleViolation("该消息已被他人重发")
    await message.refresh_from_db()
    return message
