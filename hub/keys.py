"""Typed keys of what the application holds, all in one place."""

from __future__ import annotations

from aiohttp import web

from hub.clock import Clock
from hub.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
CLOCK = web.AppKey("clock", Clock)
REQUEST_ID = web.RequestKey("request_id", str)
