"""`hub serve`: one process, or N worker processes under gunicorn sharing one port.

One worker runs aiohttp directly (the embedded database, a laptop, a demo). Several run under
gunicorn's arbiter with aiohttp's GunicornWebWorker: the arbiter binds the port once, forks the
workers, restarts one that dies or hangs, and stops them gracefully on SIGTERM. Each worker builds
its own application (no preloading: no database connection or NLU model crosses a fork).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from aiohttp import web
from gunicorn import glogging
from gunicorn.app.base import BaseApplication

from hub.settings import Settings, SettingsError

GRACEFUL_SECONDS = 30
KEEPALIVE_SECONDS = 75  # longer than a load balancer's idle timeout (60 s on most)
METRICS_DIR = "PROMETHEUS_MULTIPROC_DIR"


def check_deployment(settings: Settings, workers: int) -> None:
    """Refuse what would break across workers: SQLite shared by processes, per-machine keys."""
    if workers > 1 and settings.embedded_database:
        raise SettingsError(
            "HUB_WORKERS > 1 needs PostgreSQL (HUB_DB_URL): the embedded SQLite database "
            "serves one process"
        )
    if not settings.embedded_database and settings.secret_key is None:
        raise SettingsError(
            "HUB_SECRET_KEY must be set on PostgreSQL: every worker and every machine must sign "
            "sessions with the same key"
        )
    for name, value in (
        ("HUB_PII_KEYS", settings.pii_keys),
        ("HUB_PII_HASH_KEY", settings.pii_hash_key),
    ):
        if not settings.embedded_database and value is None:
            raise SettingsError(
                f"{name} must be set on PostgreSQL: every worker and every machine must seal and "
                "find personal data with the same keys (docs/deployment.md, Secrets)"
            )


def serve(settings: Settings, workers: int) -> None:
    check_deployment(settings, workers)
    if workers > 1 or os.environ.get(METRICS_DIR):  # set by the operator: used even by one
        os.environ[METRICS_DIR] = str(fresh_metrics_dir(settings))
    if workers == 1:
        from hub.app import create_app

        app = create_app(settings)
        web.run_app(app, host=settings.host, port=settings.port, print=None, access_log=None)
        return
    HubWorkers(settings, workers).run()


def fresh_metrics_dir(settings: Settings) -> Path:
    """Where the workers keep their counters; emptied at start, so a restart begins at zero."""
    folder = Path(os.environ.get(METRICS_DIR) or settings.data_dir / "metrics")
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.db"):
        old.unlink()
    return folder


class HubWorkers(BaseApplication):
    """gunicorn, configured from the hub's settings rather than from its own command line."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        super().__init__()

    def load_config(self) -> None:
        for name, value in gunicorn_options(self.settings, self.workers).items():
            self.cfg.set(name, value)

    def load(self) -> web.Application:
        from hub.app import create_app

        return create_app(self.settings)


def gunicorn_options(settings: Settings, workers: int) -> dict[str, Any]:
    return {
        "bind": [f"{settings.host}:{settings.port}"],
        "workers": workers,
        "worker_class": "aiohttp.GunicornWebWorker",
        "proc_name": "hub",
        "preload_app": False,
        "graceful_timeout": GRACEFUL_SECONDS,
        "keepalive": KEEPALIVE_SECONDS,
        "accesslog": None,  # the hub writes its own line per request (hub/middleware.py)
        "errorlog": "-",
        "loglevel": settings.log_level.lower(),
        "logger_class": GunicornLogs,
        "child_exit": _child_exit,
        "control_socket_disable": True,
    }


class GunicornLogs(glogging.Logger):
    """gunicorn's own messages go through the hub's masked JSON handler on the root logger."""

    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in list(log.handlers):
                log.removeHandler(handler)
            log.propagate = True


def _child_exit(server: Any, worker: Any) -> None:
    """A dead worker's live gauges (requests in flight) leave the sum; its counters stay."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
    logging.getLogger("hub.serve").info("worker %s exited", worker.pid)
