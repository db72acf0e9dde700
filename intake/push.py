"""Delivers to open WebSockets the messages other parts of the hub append to their conversations.

Sign-off and resolution notices and revisit questions are written as ChatMessage rows, by any
worker process (the outbox sender, a portal action, the scheduler). Each worker polls for them: one
query a second for all the sockets it holds, whatever their number, on SQLite and PostgreSQL alike.
LISTEN/NOTIFY would save the second of delay, but needs a dedicated connection per worker, exists
only on PostgreSQL, and loses notices sent while a worker reconnects; the rows are the truth, so
polling them cannot miss one. Row ids become visible out of order under concurrent inserts, so the
poll looks back a margin of ids and each socket remembers what it has delivered.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from aiohttp import web

from intake.service import message_json, outgoing_since

log = logging.getLogger(__name__)
LOOK_BACK = 10_000  # ids: how far behind the newest delivered id a late commit may appear
Send = Callable[[dict[str, Any]], Awaitable[None]]


class Subscriber:
    def __init__(self, conversation_id: str, send: Send, delivered: set[int]) -> None:
        self.conversation_id = conversation_id
        self.send = send
        self.delivered = set(delivered)

    @property
    def cursor(self) -> int:
        return max(self.delivered, default=0)

    async def deliver(self, message: dict[str, Any]) -> None:
        if message["id"] in self.delivered:
            return
        self.delivered.add(message["id"])
        await self.send({"type": "message", "message": message})


class Pusher:
    """This worker's open chat sockets, and the loop that feeds them."""

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self.subscribers: set[Subscriber] = set()

    def subscribe(self, subscriber: Subscriber) -> None:
        self.subscribers.add(subscriber)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self.subscribers.discard(subscriber)

    async def poll_once(self) -> int:
        """Deliver what is new; returns how many messages went out."""
        subscribers = list(self.subscribers)
        if not subscribers:
            return 0
        after = max(0, min(s.cursor for s in subscribers) - LOOK_BACK)
        ids = sorted({s.conversation_id for s in subscribers})
        sent = 0
        for row in await outgoing_since(ids, after):
            if row.extra.get("reply"):
                continue  # a turn's own reply: the socket that sent the message has it already
            message = message_json(row)
            for subscriber in subscribers:
                if subscriber.conversation_id == row.conversation_id:
                    before = len(subscriber.delivered)
                    with contextlib.suppress(ConnectionError, RuntimeError):
                        await subscriber.deliver(message)
                    sent += len(subscriber.delivered) - before
        return sent

    async def run(self) -> None:
        while True:
            try:
                await self.poll_once()
            except Exception:
                log.exception("chat push poll failed; trying again")
            await asyncio.sleep(self.interval)


async def pushing(app: web.Application) -> AsyncIterator[None]:
    """cleanup_ctx: the worker's poll loop runs while the app does."""
    from hub.keys import PUSHER

    task = asyncio.create_task(app[PUSHER].run())
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
