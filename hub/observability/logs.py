"""Logs as one JSON object a line, with the request id and case number, personal data masked.

`configure_logging` puts one handler on the root logger; every logger of the hub, aiohttp, gunicorn,
Tortoise and APScheduler writes through it, so every line passes `mask_fields` on the way out.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from aiohttp.http_exceptions import HttpProcessingError
from pythonjsonlogger.json import JsonFormatter

from hub.observability.masking import mask_fields, mask_text

REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)
CASE_NUMBER: ContextVar[str | None] = ContextVar("case_number", default=None)
_FIXED = ("time", "level", "logger", "pid")
CASE_SHAPE = re.compile(r"XM\d{14}")
_RENAMES = {"levelname": "level", "name": "logger", "process": "pid", "exc_info": "exception"}
QUIET = {
    "aiohttp.access": logging.WARNING,
    "tortoise": logging.WARNING,
    "asyncio": logging.WARNING,
    "apscheduler.executors": logging.WARNING,  # two lines a job run, every few seconds
}


def bind_case(number: str | None) -> None:
    """Name the case the current request or job is about in every later line it logs."""
    CASE_NUMBER.set(_case(number))


@contextmanager
def log_context(*, request_id: str | None = None, case: str | None = None) -> Iterator[None]:
    """Lines logged inside carry this request id and case number (a request, one sweep item)."""
    rid, number = REQUEST_ID.set(request_id), CASE_NUMBER.set(_case(case))
    try:
        yield
    finally:
        CASE_NUMBER.reset(number)
        REQUEST_ID.reset(rid)


class JsonLines(JsonFormatter):
    """One JSON object a line: time (UTC), level, logger, message, pid, request id, case, extras."""

    def __init__(self) -> None:
        super().__init__(
            "%(levelname)s %(name)s %(message)s %(process)d",
            rename_fields=_RENAMES,
            json_ensure_ascii=False,
            json_default=str,
        )

    def add_fields(
        self, log_data: dict[str, Any], record: logging.LogRecord, message_dict: dict[str, Any]
    ) -> None:
        log_data["time"] = _utc(record.created)
        super().add_fields(log_data, record, message_dict)
        log_data["request_id"] = REQUEST_ID.get()
        log_data["case"] = CASE_NUMBER.get()

    def process_log_record(self, log_data: dict[str, Any]) -> dict[str, Any]:
        return {k: v if k in _FIXED else mask_fields(v, k) for k, v in log_data.items()}


class MalformedRequests(logging.Filter):
    """A request aiohttp's parser refuses (a bare LF in a header, bytes in the request line) is
    answered 400 by aiohttp itself; it is the client's fault, one warning line, no traceback, so
    that a flood of them cannot bury the log in ERROR records."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if not isinstance(error, HttpProcessingError) or error.code >= 500:
            return True
        if record.name == "aiohttp.server":
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = f"{record.getMessage()}: {error.code} {error.message}".strip()
            record.args, record.exc_info, record.exc_text = None, None, None
        return True


class MaskedText(logging.Formatter):
    """The classic one-line text format, for a developer's terminal, masked the same way."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        context = " ".join(
            f"{k}={v}" for k, v in (("request", REQUEST_ID.get()), ("case", CASE_NUMBER.get())) if v
        )
        line = super().format(record)
        return mask_text(f"{line} [{context}]" if context else line)


def configure_logging(level: str = "INFO", form: str = "auto") -> None:
    """One masked handler on the root logger, to standard error; replaces any earlier set-up.

    `auto`: text for a person at a terminal, JSON lines for everything that collects logs.
    """
    handler = logging.StreamHandler(sys.stderr)
    as_json = form == "json" or (form == "auto" and not sys.stderr.isatty())
    handler.setFormatter(JsonLines() if as_json else MaskedText())
    handler.addFilter(MalformedRequests())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name, quiet in QUIET.items():
        logging.getLogger(name).setLevel(max(quiet, logging.getLevelName(level)))


def _case(number: str | None) -> str | None:
    """Only what has the shape of a case number: a path segment may hold anything."""
    return number if number and CASE_SHAPE.fullmatch(number) else None


def _utc(created: float) -> str:
    return datetime.fromtimestamp(created, UTC).isoformat(timespec="milliseconds")
