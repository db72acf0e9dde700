"""What the hub leans on goes away under load and comes back: PostgreSQL restarted while reports
arrive, the SMTP server and a task system's callback endpoint down for minutes (seconds here: the
outbox's back-off and lease run at 1/60, see conftest.py). After recovery every report is there
once, every case once, every e-mail and callback delivered once."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from typing import Any

import pytest

from tests.faults.conftest import PASSWORD, World
from tests.faults.harness import (
    CONFIRM,
    Client,
    Tally,
    deliveries,
    file_referral,
    mail_received,
    query,
    say,
    settled,
    sign_in,
    to_confirmation,
    value,
)
from tests.faults.test_worker_kills import PLACES, record

pytestmark = [pytest.mark.faults, pytest.mark.slow]


async def referral_ledger(world: World, filed: list[dict[str, Any]]) -> None:
    """Each Idempotency-Key filed one referral, its case is the one the officer was told, and
    every case in the database came from one of them."""
    rows = await query(
        world.url,
        'SELECT r.idempotency_key, c.number FROM referral r JOIN "case" c ON c.id = r.case_id',
    )
    assert Counter(r["idempotency_key"] for r in rows) == dict.fromkeys(
        (f["key"] for f in filed), 1
    )
    told = {f["key"]: f["case"]["number"] for f in filed}
    assert {r["idempotency_key"]: r["number"] for r in rows} == told
    numbers = {r["number"] for r in await query(world.url, 'SELECT number FROM "case"')}
    chat = await query(
        world.url, 'SELECT c.number FROM report r JOIN "case" c ON c.id = r.case_id '
        "WHERE r.conversation_id IS NOT NULL"
    )  # fmt: skip
    assert numbers == set(told.values()) | {r["number"] for r in chat}


async def conversation_ledger(world: World, sessions: list[str], answers: list[dict]) -> None:
    """Each confirmed conversation filed one report, the one its confirmation answered with."""
    rows = await query(
        world.url,
        'SELECT r.conversation_id, c.number FROM report r JOIN "case" c ON c.id = r.case_id '
        "WHERE r.conversation_id IS NOT NULL",
    )
    assert Counter(r["conversation_id"] for r in rows) == dict.fromkeys(sessions, 1)
    filed = {r["conversation_id"]: r["number"] for r in rows}
    for session, answer in zip(sessions, answers, strict=True):
        assert answer["case"]["number"] == filed[session]


async def test_postgres_restarted_under_load(world: World) -> None:
    tally = Tally()
    clients = [Client(world.hub.base, tally, attempts=200) for _ in range(8)]

    async def officer(n: int) -> list[dict[str, Any]]:
        client = clients[n % 4]
        return [await file_referral(client, world.police, i, PLACES[i]) for i in range(n, 40, 4)]

    async def resident(n: int) -> tuple[str, dict]:
        client = clients[4 + n % 4]
        session = await to_confirmation(client)
        return session, await say(client, session, CONFIRM)

    async def restart() -> float:
        # Under way, and far from done (144 requests in all): a fast machine sends them all within
        # a few seconds, so a fixed wait could let the restart fall after the traffic.
        for _ in range(6000):  # a minute at most
            if tally.sent >= 24:
                break
            await asyncio.sleep(0.01)
        began = time.monotonic()
        await asyncio.to_thread(world.cluster.stop, "fast")
        await asyncio.sleep(2)  # down
        await asyncio.to_thread(world.cluster.start)
        return time.monotonic() - began

    officers = asyncio.gather(*(officer(n) for n in range(4)))
    residents = asyncio.gather(*(resident(n) for n in range(8)))
    outage, filed_lists, talks = await asyncio.gather(restart(), officers, residents)
    await asyncio.gather(*(c.close() for c in clients))
    await world.hub.ready()
    await settled(world.url)

    filed = [f for batch in filed_lists for f in batch]
    assert tally.retried > 0, "the restart fell between requests: nothing was retried"
    await referral_ledger(world, filed)
    await conversation_ledger(world, [s for s, _ in talks], [a for _, a in talks])
    mail = await deliveries(world.url, "email", mail_received(world.mail.inbox.messages))
    assert not mail.other and not mail.lost and not mail.unrecorded, mail.line()
    assert mail.duplicates == 0, mail.line()
    assert len(world.hub.pids()) == 2 and not world.hub.killed
    await record(world, "PostgreSQL restarted under load", tally, down_seconds=round(outage, 1))


async def test_mail_and_callbacks_down_for_minutes(world: World) -> None:
    tally = Tally()
    officer = Client(world.hub.base, tally)
    filed = [await file_referral(officer, world.police, n, PLACES[n]) for n in range(4)]
    await settled(world.url)
    department = filed[0]["case"]["department"]
    staff = Client(world.hub.base, tally)
    csrf = await sign_in(staff, await world.staff(department), PASSWORD)

    world.mail.stop()
    await world.task_system.stop()
    down = time.monotonic()
    more = [await file_referral(officer, world.police, n, PLACES[n]) for n in range(4, 12)]
    signed = []
    for f in filed + more:
        if f["case"]["department"] != department:
            continue
        number = f["case"]["number"]
        version = await value(world.url, 'SELECT version FROM "case" WHERE number = $1', number)
        status, _ = await staff.call(
            "POST", f"/api/cases/{number}/sign", json={"version": version}, headers=csrf
        )
        assert status == 200
        signed.append(number)
    await asyncio.sleep(max(0.0, 20 - (time.monotonic() - down)))  # 20 minutes in production
    tried = await value(
        world.url, "SELECT count(*) FROM outbox_message WHERE attempts > 0 AND status = 'pending'"
    )
    assert tried > 0, "nothing was tried while the servers were down"
    world.mail.start()
    await world.task_system.start()
    await settled(world.url, within=180)
    await asyncio.gather(officer.close(), staff.close())

    await referral_ledger(world, filed + more)
    mail = await deliveries(world.url, "email", mail_received(world.mail.inbox.messages))
    assert not mail.other and not mail.lost and not mail.unrecorded, mail.line()
    assert mail.duplicates == 0, mail.line()
    callbacks = await deliveries(world.url, "webhook", Counter(world.task_system.attempts))
    assert len(callbacks.sent) == len(signed) >= 1, callbacks.line()
    assert not callbacks.other and not callbacks.lost and not callbacks.unrecorded
    assert callbacks.duplicates == 0, callbacks.line()
    await record(world, "SMTP and callback target down 20 s (20 min)", tally)
