"""The SLA sweep over 1,000,000 open cases on PostgreSQL, beside the same search without its index.

    HUB_BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/hub_bench python bench/sla_sweep.py

The database must exist and may be emptied (case tables are truncated first). It is filled with
BENCH_CASES open cases (default 1,000,000) whose next SLA instants spread over 30 days, one in a
thousand already due. Measured, each the median of BENCH_RUNS runs:

- the sweep's claim: its first batch (200 cases, FOR NO KEY UPDATE SKIP LOCKED, rolled back),
- finding every due case through the index on sla_next_at,
- the baseline: the same search as a sequential scan (index scans off for the query),

with the query plans (EXPLAIN ANALYZE), then one real sweep of the due cases (timeline events and
e-mails written) and its rate.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CASES = int(os.environ.get("BENCH_CASES", "1000000"))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
DUE_EVERY = 1000  # one case in a thousand is due


async def main() -> None:
    from hub.app import prepare_database
    from hub.db import close_database, open_database
    from hub.sla.calendar import SHANGHAI

    url = os.environ.get("HUB_BENCH_DB_URL")
    if not url or not url.startswith("postgres"):
        sys.exit("set HUB_BENCH_DB_URL=postgres://… (an empty database; it is truncated)")
    now = datetime(2026, 12, 1, 10, 0, tzinfo=SHANGHAI)
    await open_database(url)
    await prepare_database(url)
    started = time.perf_counter()
    await _fill(now)
    print(f"{CASES:,} open cases written and analysed in {time.perf_counter() - started:.1f} s")
    claim, find, scan = await _queries(now)
    await _measure(claim, find, scan)
    await _sweep(now)
    await close_database()


async def _fill(now: datetime) -> None:
    from hub.db import connection

    db = connection()
    await db.execute_script(
        'TRUNCATE "case", case_event, outbox_message, case_extension RESTART IDENTITY CASCADE'
    )
    labor = await db.execute_query_dict("SELECT id FROM category WHERE code='dispute_labor'")
    category = labor[0]["id"]
    departments = [r["id"] for r in await db.execute_query_dict("SELECT id FROM department")]
    # One statement: every case signed, its next instant somewhere in the next 30 days, except
    # one in DUE_EVERY, whose reminder fell due in the last hour.
    await db.execute_query(
        f"""
        INSERT INTO "case" (number, status, category_id, department_id, summary, details,
            routing, sla_class, excluded_departments, routed_at, sign_due_at, signed_at,
            resolve_due_at, remind_due_at, escalate_due_at, list_due_at, sla_next_at, version,
            created_at, updated_at)
        SELECT 'BX' || lpad(i::text, 14, '0'), 'signed', $1,
            (ARRAY{departments})[1 + i % {len(departments)}], '基准测试工单', '{{}}', '{{}}',
            'standard', '[]', t - interval '1 day', t, t - interval '20 hours',
            t + interval '7 days', next, t + interval '7 days', t + interval '14 days', next, 1,
            t - interval '1 day', t
        FROM generate_series(1, {CASES}) AS i,
            LATERAL (SELECT $2::timestamptz AS t) AS base,
            LATERAL (SELECT CASE WHEN i % {DUE_EVERY} = 0
                THEN t - interval '1 second' * (i % 3600)
                ELSE t + interval '1 second' * (1 + (i::bigint * 2591) % 2592000) END AS next) AS n
        """,
        [category, now],
    )
    await db.execute_script('VACUUM ANALYZE "case"')


async def _queries(now: datetime) -> tuple[str, str, str]:
    """The sweep's own SQL, from its own query builder (hub/sla/sweep.py)."""
    from hub.sla.sweep import BATCH, due_cases

    claim = due_cases(now).limit(BATCH).select_for_update(skip_locked=True, no_key=True)
    find = due_cases(now).only("id").sql(params_inline=True)
    # Its own text, so the driver's prepared statement is planned with index scans off (a plan
    # cached for the indexed text would be reused otherwise).
    return claim.sql(params_inline=True), find, f"{find} /* baseline: sequential scan */"


async def _measure(claim: str, find: str, scan: str) -> None:
    print(f"\nclaim query: {claim}\n")
    claim_ms = await _runs(claim, rollback=True)
    find_ms = await _runs(find)
    scan_ms = await _runs(scan, sequential=True)
    rows = len(await _execute(find))
    print(f"{'':38}{'median':>10}{'min':>10}{'max':>10}")
    for label, times in [
        ("claim a batch (index, SKIP LOCKED)", claim_ms),
        (f"find all {rows:,} due cases (index)", find_ms),
        ("baseline: same, sequential scan", scan_ms),
    ]:
        print(f"{label:38}{_ms(statistics.median(times))}{_ms(min(times))}{_ms(max(times))}")
    ratio = statistics.median(scan_ms) / statistics.median(find_ms)
    print(f"\nthe index finds the due cases {ratio:,.0f}x faster than the sequential scan")
    for label, sql, sequential in [("claim", claim, False), ("find", find, False)]:
        await _plan(label, sql, sequential)
    await _plan("baseline", scan, True)


async def _runs(sql: str, *, rollback: bool = False, sequential: bool = False) -> list[float]:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        await _execute(sql, rollback=rollback, sequential=sequential)
        times.append((time.perf_counter() - started) * 1000)
    return times


async def _execute(sql: str, *, rollback: bool = False, sequential: bool = False) -> list[Any]:
    from tortoise.transactions import in_transaction

    class Rollback(Exception):
        pass

    rows: list[Any] = []
    try:
        async with in_transaction() as db:
            if sequential:
                await db.execute_script(
                    "SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off"
                )
            rows = await db.execute_query_dict(sql)
            if rollback or sequential:
                raise Rollback
    except Rollback:
        pass
    return rows


async def _plan(label: str, sql: str, sequential: bool) -> None:
    rows = await _execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", rollback=True, sequential=sequential)
    print(f"\n{label}:")
    for row in rows:
        print("  " + row["QUERY PLAN"])


async def _sweep(now: datetime) -> None:
    from hub.db import connection
    from hub.sla.sweep import sweep

    started = time.perf_counter()
    report = await sweep(now + timedelta(seconds=1))
    seconds = time.perf_counter() - started
    mails = (await connection().execute_query_dict("SELECT count(*) AS n FROM outbox_message"))[0]
    print(
        f"\nsweep: {report.reminded:,} reminders written (events and {mails['n']:,} e-mails) in "
        f"{seconds:.2f} s, {report.reminded / seconds:,.0f} cases/s"
    )


def _ms(value: float) -> str:
    return f"{value:>8.1f}ms"


if __name__ == "__main__":
    asyncio.run(main())
