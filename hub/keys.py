"""Typed keys of what the application holds, all in one place."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from hub.clock import Clock
from hub.outbox.sender import Deliverers
from hub.settings import Settings
from intake.channel import Chat
from intake.push import Pusher
from nlu.engine import Engine

SETTINGS = web.AppKey("settings", Settings)
CLOCK = web.AppKey("clock", Clock)
REQUEST_ID = web.RequestKey("request_id", str)
NLU = web.AppKey("nlu", Engine)  # the NLU engine of this worker, loaded once
CHAT = web.AppKey("chat", Chat)
PUSHER = web.AppKey("pusher", Pusher)
DELIVERERS = web.AppKey("deliverers", Deliverers)  # the outbox deliverer of each channel
READY_CHECKS = web.AppKey(
    "ready_checks", dict[str, Callable[[web.Application], Awaitable[str | None]]]
)  # name -> check answering None when ready, else what is wrong (hub/observability/health.py)
