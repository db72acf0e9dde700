"""The deliverer of each outbox channel this hub delivers."""

from __future__ import annotations

from datetime import datetime

import aiohttp

from hub.feedback.deliver import deliver_webhook
from hub.outbox.mail import email_deliverer
from hub.outbox.models import OutboxChannel, OutboxMessage
from hub.outbox.sender import Deliverers
from hub.settings import Settings
from intake.flows import deliver_chat


def default_deliverers(settings: Settings) -> Deliverers:
    """E-mail (hub/outbox/mail.py), task systems' callbacks and messages into conversations."""
    deliverers = Deliverers()
    deliverers.register(OutboxChannel.EMAIL, email_deliverer(settings))
    deliverers.register(OutboxChannel.WEBHOOK, WebhookDeliverer())
    deliverers.register(OutboxChannel.CHAT, ChatDeliverer())
    return deliverers


class WebhookDeliverer:
    """Signed callbacks to task systems (hub/feedback/deliver.py) over one HTTP session."""

    def __init__(self) -> None:
        self._http: aiohttp.ClientSession | None = None

    async def deliver(self, message: OutboxMessage, now: datetime) -> None:
        if self._http is None:
            self._http = aiohttp.ClientSession()
        await deliver_webhook(message, http=self._http, now=now)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None


class ChatDeliverer:
    """A message into the reporter's conversation (intake/flows.py), once however often tried."""

    async def deliver(self, message: OutboxMessage, now: datetime) -> None:
        await deliver_chat(message, now=now)

    async def close(self) -> None:
        return None
