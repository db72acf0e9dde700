"""The application factory: routes, middlewares and the resources every worker holds."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import date

from aiohttp import web
from aiohttp_session import session_middleware

from agencies import api as agency_api
from agencies import views as agency_views
from agencies.auth import session_storage
from agencies.catalog import catalogue
from agencies.flows import sync_catalogue
from agencies.portal import dashboard as portal_dashboard
from agencies.portal import render as portal_render
from agencies.portal import supervision as portal_supervision
from agencies.portal import views as portal_views
from hub import middleware
from hub import views as hub_views
from hub.cases import views as case_views
from hub.clock import Clock, SystemClock
from hub.db import close_database, open_database, upgrade_schema
from hub.keys import CHAT, CLOCK, DELIVERERS, NLU, PUSHER, SETTINGS
from hub.notify.templates import configure_links
from hub.observability import health
from hub.observability import views as observability_views
from hub.outbox.channels import default_deliverers
from hub.privacy.keys import use_keys
from hub.privacy.rotation import check_keys
from hub.scheduler import scheduler
from hub.settings import Settings
from hub.sla.calendar import SHANGHAI
from hub.tasks import views as task_views
from intake import views as intake_views
from intake.actions import RevisitAnswer
from intake.officer import views as officer_views
from intake.open311 import views as open311_views
from intake.wiring import chat_for, pushing
from nlu.engine import Engine
from nlu.training import BackgroundEngine

log = logging.getLogger(__name__)
MAX_REQUEST_BODY = 1024 * 1024


def create_app(
    settings: Settings,
    *,
    clock: Clock | None = None,
    own_database: bool = True,
    engine: Engine | None = None,
    answer_revisit: RevisitAnswer | None = None,
) -> web.Application:
    """The hub's application; `own_database=False` when the caller has connected the ORM already.

    `engine` is the NLU (loaded once per worker when not given); `answer_revisit` is the verb the
    chat calls with a reporter's revisit answer (hub/feedback/flows.py `answer_revisit` by default).
    """
    app = web.Application(
        middlewares=[
            middleware.forwarded,
            middleware.request_id,
            session_middleware(session_storage(settings)),
            middleware.errors,
            portal_render.html_errors,
            open311_views.georeport_errors,
        ],
        client_max_size=MAX_REQUEST_BODY,
    )
    app[SETTINGS] = settings
    app[CLOCK] = clock or SystemClock()
    configure_links(settings.public_url)
    use_keys(settings)
    if own_database:
        app.cleanup_ctx.append(database)
    app[NLU] = engine or BackgroundEngine(settings.data_dir, today=lambda: _today(app))
    if engine is None and settings.nlu_preload:
        app.cleanup_ctx.append(nlu_engine)
    app[CHAT], app[PUSHER] = chat_for(settings, app[CLOCK], lambda: app.get(NLU), answer_revisit)
    app.cleanup_ctx.append(pushing)
    app[DELIVERERS] = default_deliverers(settings)
    app.cleanup_ctx.append(scheduler)
    health.standard_checks(app)
    for module in (
        hub_views,
        observability_views,
        agency_views,
        case_views,
        task_views,
        officer_views,
        open311_views,
        intake_views,
        agency_api,
        portal_views,
        portal_supervision,
        portal_dashboard,
    ):
        app.router.add_routes(module.routes)
    portal_render.setup_templates(app)
    return app


async def database(app: web.Application) -> AsyncIterator[None]:
    """Connect; the embedded database also migrates and loads the catalogue by itself."""
    settings = app[SETTINGS]
    await open_database(settings.database_url)
    if settings.embedded_database:
        await prepare_database(settings.database_url)
    await check_keys()
    yield
    await close_database()


def _today(app: web.Application) -> date:
    """The reference date of relative dates in messages (明天, 下周一): today in Xiamen."""
    return app[CLOCK].now().astimezone(SHANGHAI).date()


async def nlu_engine(app: web.Application) -> AsyncIterator[None]:
    """Load the NLU model (training it if missing) in a thread while the hub starts serving."""
    engine = app[NLU]
    assert isinstance(engine, BackgroundEngine)
    engine.start()
    yield


async def prepare_database(db_url: str) -> None:
    """Apply pending migrations and load the catalogue; what `hub db upgrade` does."""
    applied = await upgrade_schema(db_url)
    created = await sync_catalogue(catalogue())
    if applied or any(created.values()):
        log.info("database ready: migrations %s, catalogue rows added %s", applied, created)
