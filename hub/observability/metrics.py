"""Prometheus figures: what each worker counts, and what the database holds at scrape time.

Two kinds, each counted where it is true:
- Events only a worker sees (requests, latencies, NLU calls, deliveries) are prometheus-client
  counters and histograms. Under `hub serve --workers N` they live in prometheus-client's
  multiprocess mode (one mmap file per worker in PROMETHEUS_MULTIPROC_DIR), so whichever worker
  answers a scrape reports the sum over all workers of its machine, dead workers' counts included.
- State of the whole hub (cases by status, outbox backlog, overdue cases) is read from the database
  by the readers below at each scrape. A per-process gauge would be wrong after a restart and
  different in each worker; the database is the one truth, shared by every machine, so each
  machine reports the same values (aggregate them with max, not sum, across instances).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.metrics_core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector

from hub.cases.enums import CaseStatus
from hub.observability import service
from hub.outbox.models import OutboxChannel, OutboxStatus
from nlu import engine

log = logging.getLogger(__name__)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
READ_TIMEOUT = 5.0
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
NLU_OPERATIONS = frozenset({"understand", "intent", "entities", "place"})
DELIVERY_OUTCOMES = frozenset({"sent", "retry", "dead"})

disable_created_metrics()  # the *_created series only double what a scrape has to carry
REQUESTS = Counter("hub_http_requests", "HTTP requests answered", ["method", "route", "status"])
LATENCY = Histogram(
    "hub_http_request_duration_seconds",
    "Time to answer an HTTP request",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
IN_FLIGHT = Gauge(
    "hub_http_requests_in_flight", "Requests being answered now", multiprocess_mode="livesum"
)
NLU_LATENCY = Histogram(
    "hub_nlu_duration_seconds",
    "Time of one NLU call as a chat turn sees it (executor queue included)",
    ["operation"],
    buckets=LATENCY_BUCKETS,
)
DELIVERIES = Counter(
    "hub_outbox_deliveries", "Outbox delivery attempts by outcome", ["channel", "outcome"]
)

Reader = Callable[[datetime], Awaitable[Iterable[Metric]]]
_READERS: list[Reader] = []


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)


def observe_nlu(operation: str, seconds: float) -> None:
    """One NLU call (nlu/engine.py `run_nlu` reports every call here)."""
    NLU_LATENCY.labels(operation if operation in NLU_OPERATIONS else "other").observe(seconds)


engine.observe_calls(observe_nlu)


def count_delivery(channel: str, outcome: str) -> None:
    """One outbox delivery attempt: `sent`, `retry` (will try again) or `dead` (gave up)."""
    if outcome not in DELIVERY_OUTCOMES:
        raise ValueError(f"unknown delivery outcome {outcome!r}")
    DELIVERIES.labels(channel, outcome).inc()


def database_reader(reader: Reader) -> Reader:
    """Register an async function of `now` that returns metric families read from the database."""
    _READERS.append(reader)
    return reader


async def render(now: datetime) -> bytes:
    """The exposition text: this machine's counters plus the database's figures, read now."""
    families = await _read_database(now)
    return await asyncio.get_running_loop().run_in_executor(None, _exposition, families)


def multiprocess() -> bool:
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


def _exposition(families: list[Metric]) -> bytes:
    registry = CollectorRegistry(auto_describe=False)
    if multiprocess():
        MultiProcessCollector(registry)
    else:
        registry.register(_Fixed(list(REGISTRY.collect())))
    registry.register(_Fixed(families))
    return generate_latest(registry)


async def _read_database(now: datetime) -> list[Metric]:
    up = GaugeMetricFamily("hub_database_up", "Whether this scrape could read the database")
    families: list[Metric] = []
    try:
        async with asyncio.timeout(READ_TIMEOUT):
            for reader in _READERS:
                families.extend(await reader(now))
    except Exception as exc:  # the scrape still answers, with the database marked down
        log.warning("metrics: database figures unavailable: %s", type(exc).__name__)
        up.add_metric([], 0)
        return [up]
    up.add_metric([], 1)
    return [up, *families]


class _Fixed:
    """A collector that yields families gathered before the scrape."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterable[Metric]:
        return self.families


@database_reader
async def _cases(now: datetime) -> Iterable[Metric]:
    family = GaugeMetricFamily("hub_cases", "Cases by status", labels=["status"])
    counts = await service.cases_by_status()
    for status in sorted(set(counts) | {s.value for s in CaseStatus}):
        family.add_metric([status], counts.get(status, 0))
    return [family]


@database_reader
async def _overdue(now: datetime) -> Iterable[Metric]:
    family = GaugeMetricFamily(
        "hub_cases_overdue", "Open cases past their limit, by window", labels=["window"]
    )
    for window, count in sorted((await service.overdue_counts(now)).items()):
        family.add_metric([window], count)
    return [family]


@database_reader
async def _outbox(now: datetime) -> Iterable[Metric]:
    backlog = GaugeMetricFamily(
        "hub_outbox_messages", "Outbox messages by channel and status", labels=["channel", "status"]
    )
    counts = await service.outbox_by_status()
    every = {(c.value, s.value) for c in OutboxChannel for s in OutboxStatus}
    for channel, status in sorted(set(counts) | every):
        backlog.add_metric([channel, status], counts.get((channel, status), 0))
    oldest = GaugeMetricFamily(
        "hub_outbox_oldest_pending_seconds", "Age of the oldest message still waiting to leave"
    )
    oldest.add_metric([], await service.oldest_pending_message(now))
    return [backlog, oldest]
