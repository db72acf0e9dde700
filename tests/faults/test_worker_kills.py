"""A hub worker SIGKILLed in the middle of its work: during an SLA sweep, while it sends e-mail,
during a chat turn that files a report, and during a portal action. Its transaction dies with it;
the other worker (and the one the arbiter starts in its place) carries on, and afterwards every
report is there once, every case once, every notification delivered once."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from tests.faults.conftest import PASSWORD, World
from tests.faults.harness import (
    CONFIRM,
    Client,
    Tally,
    deliveries,
    figures,
    file_referral,
    kill_waiting,
    mail_received,
    query,
    say,
    settled,
    sign_in,
    swept,
    table_locked,
    to_confirmation,
    value,
)

pytestmark = [pytest.mark.faults, pytest.mark.slow]

PLACES = [
    place
    for line in (Path(__file__).parents[2] / "config/catalog/jurisdictions.tsv")
    .read_text()
    .splitlines()[1:]
    for place in line.split("\t")[3].split(",")
]
DUE_NOW = (  # time reaches each routed case's reminder (the share of its sign-off window)
    "UPDATE \"case\" SET remind_due_at = now() - interval '1 minute', "
    "sla_next_at = now() - interval '1 minute' WHERE status = 'routed'"
)


async def referrals(world: World, client: Client, count: int) -> list[dict]:
    filed = await asyncio.gather(
        *(file_referral(client, world.police, n, PLACES[n]) for n in range(count))
    )
    await settled(world.url)
    return list(filed)


def repeats_allowed(world: World) -> int:
    """What a kill may send twice: the message its worker was handing over when it died, and
    those delivered while their record was being committed (receivers tell them by their
    Message-ID or delivery id). Everything else arrives exactly once."""
    return 2 * len(world.hub.killed)


async def assert_mail_once(world: World) -> None:
    mail = await deliveries(world.url, "email", mail_received(world.mail.inbox.messages))
    assert not mail.other, mail.line()
    assert not mail.lost and not mail.unrecorded, mail.line()
    assert mail.duplicates <= repeats_allowed(world), mail.line()


async def record(world: World, scenario: str, tally: Tally, **extra: object) -> None:
    await figures(
        world.url,
        scenario,
        tally,
        mail_received(world.mail.inbox.messages),
        Counter(world.task_system.attempts),
        kills=len(world.hub.killed),
        **extra,
    )


async def test_a_worker_killed_during_a_sweep(world: World) -> None:
    tally = Tally()
    client = Client(world.hub.base, tally)
    filed = await referrals(world, client, 30)
    cases = {f["case"]["number"] for f in filed}
    assert len(cases) == 30

    async with table_locked(world.url, "case_event"):
        await query(world.url, DUE_NOW)
        dead = await kill_waiting(world.hub, world.url, 'INSERT INTO "case_event"')
    await world.hub.replaced(dead)
    await swept(world.url)
    await settled(world.url)
    await client.close()

    reminded = await query(
        world.url,
        'SELECT c.number, count(e.id) AS n FROM "case" c LEFT JOIN case_event e '
        "ON e.case_id = c.id AND e.kind = 'reminded' GROUP BY c.number",
    )
    assert {r["number"]: r["n"] for r in reminded} == dict.fromkeys(cases, 1)
    mails = await value(
        world.url, "SELECT count(*) FROM outbox_message WHERE payload->>'template' = 'reminded'"
    )
    assert mails == 30
    await assert_mail_once(world)
    await record(world, "worker killed during an SLA sweep", tally)


async def test_a_worker_killed_while_it_sends_mail(world: World) -> None:
    tally = Tally()
    client = Client(world.hub.base, tally)
    await referrals(world, client, 30)
    await client.close()
    inbox = world.mail.inbox
    inbox.stall_at = len(inbox.messages) + 12  # the sweep's 30 reminders leave in one claim

    await query(world.url, DUE_NOW)
    assert await asyncio.to_thread(inbox.stalled.wait, 60), "no reminder reached the server"
    assert inbox.stalled_peer is not None
    sender = world.hub.worker_with_port(inbox.stalled_peer[1])
    await asyncio.sleep(1)  # what the sender has delivered, it has had time to record
    world.hub.kill(sender)
    inbox.released.set()
    await world.hub.replaced(sender)
    await swept(world.url)
    await settled(world.url)

    mail = await deliveries(world.url, "email", mail_received(inbox.messages))
    assert not mail.other and not mail.lost and not mail.unrecorded, mail.line()
    # The one e-mail whose SMTP transaction the kill cut short is sent again (with the same
    # Message-ID): the server had it, the sender could not learn so. None of the others.
    assert mail.duplicates <= 1, mail.line()
    await record(world, "worker killed while sending e-mail", tally)


async def test_a_worker_killed_during_a_chat_turn(world: World) -> None:
    tally = Tally()
    clients = [Client(world.hub.base, tally) for _ in range(6)]
    sessions = await asyncio.gather(*(to_confirmation(c) for c in clients))
    answers: dict[str, dict] = {}
    for client, session in list(zip(clients, sessions, strict=True))[:3]:
        async with table_locked(world.url, "case"):
            confirming = asyncio.create_task(say(client, session, CONFIRM))
            dead = await kill_waiting(world.hub, world.url, 'INSERT INTO "case"', confirming)
        answers[session] = await confirming  # the client sends it again; the other worker files
        await world.hub.replaced(dead)
    for client, session in list(zip(clients, sessions, strict=True))[3:]:
        answers[session] = await say(client, session, CONFIRM)
    await asyncio.gather(*(c.close() for c in clients))

    assert tally.broken >= 3  # the three confirmations whose worker died
    filed = await query(
        world.url,
        'SELECT r.conversation_id, c.number FROM report r JOIN "case" c ON c.id = r.case_id',
    )
    by_conversation = Counter(r["conversation_id"] for r in filed)
    assert by_conversation == dict.fromkeys(sessions, 1)
    numbers = {r["conversation_id"]: r["number"] for r in filed}
    for session, answer in answers.items():
        assert answer["case"]["number"] == numbers[session]
    confirmations = await query(
        world.url,
        "SELECT conversation_id, count(*) AS n FROM chat_message "
        "WHERE direction = 'in' AND text LIKE '%' || $1 || '%' GROUP BY conversation_id",
        "确认",
    )
    assert all(r["n"] == 1 for r in confirmations), confirmations
    await record(world, "worker killed during a chat turn (3 times)", tally)


async def test_a_worker_killed_during_a_portal_action(world: World) -> None:
    tally = Tally()
    officer = Client(world.hub.base, tally)
    filed = await referrals(world, officer, 6)
    await officer.close()
    department = filed[0]["case"]["department"]
    mine = [f["case"]["number"] for f in filed if f["case"]["department"] == department]
    assert len(mine) >= 2, [f["case"]["department"] for f in filed]
    staff = Client(world.hub.base, tally)
    csrf = await sign_in(staff, await world.staff(department), PASSWORD)

    async def act(number: str, action: str, body: dict) -> dict:
        version = await value(world.url, 'SELECT version FROM "case" WHERE number = $1', number)
        status, answer = await staff.call(
            "POST", f"/api/cases/{number}/{action}", json=body | {"version": version}, headers=csrf
        )
        assert status == 200, answer
        return dict(answer)

    steps = [("sign", {}), ("resolve", {"text": "已清理飞线，责令整改", "result": "resolved"})]
    for action, body in steps:
        for n, number in enumerate(mine):
            if n == 0:  # the first of each action: its worker is killed mid-transaction
                async with table_locked(world.url, "case_event"):
                    acting = asyncio.create_task(act(number, action, body))
                    dead = await kill_waiting(
                        world.hub, world.url, 'INSERT INTO "case_event"', acting
                    )
                await acting
                await world.hub.replaced(dead)
            else:
                await act(number, action, body)
    await settled(world.url)
    await staff.close()

    events = await query(
        world.url,
        'SELECT c.number, e.kind, count(*) AS n FROM case_event e JOIN "case" c '
        "ON c.id = e.case_id WHERE e.kind IN ('signed', 'resolved') GROUP BY c.number, e.kind",
    )
    assert {(r["number"], r["kind"]): r["n"] for r in events} == {
        (number, kind): 1 for number in mine for kind in ("signed", "resolved")
    }
    received = Counter(world.task_system.attempts)
    callbacks = await deliveries(world.url, "webhook", received)
    assert len(callbacks.sent) == 2 * len(mine), callbacks.line()
    assert not callbacks.other and not callbacks.lost and not callbacks.unrecorded
    assert callbacks.duplicates <= repeats_allowed(world), callbacks.line()
    assert set(world.task_system.processed) == callbacks.sent  # each done once by the receiver
    await assert_mail_once(world)
    await record(world, "worker killed during a portal action (sign, resolve)", tally)
