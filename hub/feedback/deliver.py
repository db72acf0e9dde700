"""Deliverers of the outbox's webhook and chat channels (the outbox sender calls them)."""

from __future__ import annotations

from datetime import datetime

import aiohttp

from hub.feedback.signing import signature
from hub.outbox.models import OutboxMessage
from hub.tasks.models import TaskSystem

TIMEOUT = aiohttp.ClientTimeout(total=15, connect=5)
USER_AGENT = "xiamen-hub-callbacks/1"


class DeliveryFailed(Exception):
    """The receiver did not take the message; the sender tries again later."""


async def deliver_webhook(
    message: OutboxMessage, *, http: aiohttp.ClientSession, now: datetime
) -> None:
    """POST the callback body, signed with the task system's secret at the moment of sending."""
    system = await TaskSystem.get_or_none(id=message.payload.get("system_id"))
    if system is None or not system.active:
        raise DeliveryFailed("任务系统已停用或不存在")
    body = message.body.encode()
    timestamp = str(int(now.timestamp()))
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        "X-Hub-Event": message.subject or "",
        "X-Hub-Delivery": str(message.payload.get("delivery", message.id)),
        "X-Hub-Timestamp": timestamp,
        "X-Hub-Signature": signature(system.signing_secret, timestamp, body),
    }
    try:
        async with http.post(
            message.recipient, data=body, headers=headers, timeout=TIMEOUT, allow_redirects=False
        ) as response:
            if not 200 <= response.status < 300:
                raise DeliveryFailed(f"回调地址返回 HTTP {response.status}")
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise DeliveryFailed(f"回调地址无法访问：{exc!r}") from exc
