"""Typed keys of what the application holds, all in one place."""

from __future__ import annotations

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
