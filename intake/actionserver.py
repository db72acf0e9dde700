"""`hub actions`: the intake's actions served to Rasa Open Source (its action server protocol).

The same routes and answers as rasa-sdk's own server (rasa_sdk.endpoint): POST /webhook runs an
action through rasa-sdk's ActionExecutor (deflate-compressed bodies too), GET /actions lists them,
GET /health answers {"status": "ok"}. It is served by aiohttp rather than rasa-sdk's Sanic app so
the actions share the hub's database set-up, settings, clock and NLU engine in one process model.
"""

from __future__ import annotations

import json
import logging
import warnings
import zlib
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from rasa_sdk import utils
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import (
    ActionExecutionRejection,
    ActionMissingDomainException,
    ActionNotFoundException,
)

from hub.clock import Clock, SystemClock
from hub.db import close_database, open_database
from hub.settings import Settings
from intake.actions import RevisitAnswer, executor
from intake.wiring import LazyEngine, intake_for
from nlu.engine import Engine

log = logging.getLogger(__name__)
RUNNER = web.AppKey("runner", ActionExecutor)
PORT = 5055
MAX_BODY = 4 * 1024 * 1024  # Rasa sends the whole domain with the tracker


def create_action_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    engine: Engine | None = None,
    own_database: bool = True,
    answer_revisit: RevisitAnswer | None = None,
) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    nlu = engine or LazyEngine(settings, lambda: None)
    app[RUNNER] = executor(intake_for(settings, clock or SystemClock(), nlu, answer_revisit))
    if own_database:

        async def database(app: web.Application) -> AsyncIterator[None]:
            await open_database(settings.database_url)
            yield
            await close_database()

        app.cleanup_ctx.append(database)
    app.router.add_get("/health", health)
    app.router.add_get("/actions", actions)
    app.router.add_post("/webhook", webhook)
    return app


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def actions(request: web.Request) -> web.Response:
    names = [item.model_dump() for item in request.app[RUNNER].list_actions()]
    return web.json_response(names)


async def webhook(request: web.Request) -> web.Response:
    call = await _action_call(request)
    if call is None:
        return web.json_response({"error": "Invalid body request"}, status=400)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        utils.check_version_compatibility(call.get("version"))
    for warning in caught:  # logged, as rasa-sdk's server would print it
        log.warning("%s", warning.message)
    try:
        result = await request.app[RUNNER].run(call)
    except ActionExecutionRejection as exc:
        return _refused(exc, 400)
    except ActionNotFoundException as exc:
        log.error("%s", exc)
        return _refused(exc, 404)
    except ActionMissingDomainException as exc:
        return _refused(exc, 449)
    return web.json_response(result.model_dump() if result else None, dumps=_dumps)


async def _action_call(request: web.Request) -> dict[str, Any] | None:
    raw = await request.read()  # aiohttp has already inflated a deflate-encoded body
    try:
        call = json.loads(raw)
    except ValueError:
        try:
            call = json.loads(zlib.decompress(raw))
        except (zlib.error, ValueError):
            return None
    return call if isinstance(call, dict) else None


def _refused(exc: Any, status: int) -> web.Response:
    return web.json_response({"error": exc.message, "action_name": exc.action_name}, status=status)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)
