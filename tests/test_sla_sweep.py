"""The sweep: reminders at their share of the window, escalation at the limit, the overdue list five
working days later; each exactly once, however many sweeps run and however late they come."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from agencies.access import SYSTEM
from hub.app import create_app
from hub.cases import flows
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from hub.outbox.models import OutboxMessage
from hub.settings import Settings
from hub.sla import flows as sla
from hub.sla.calendar import SHANGHAI
from hub.sla.sweep import SweepReport, sweep
from tests.conftest import PII_ENV
from tests.factories import file_case, staff_of

HR = "human-resources@xiamen-hub.example"
HR_LEADER = "human-resources.leader@xiamen-hub.example"
HUB = "dispatch@xiamen-hub.example"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


async def events(case: Case, *kinds: str) -> list[CaseEvent]:
    return await CaseEvent.filter(case_id=case.id, kind__in=kinds).order_by("id")


async def mails() -> list[tuple[str, str]]:
    rows = await OutboxMessage.filter(channel="email").order_by("id")
    return [(m.recipient, (m.subject or "")[:6]) for m in rows]


async def test_reminder_escalation_and_listing_in_turn(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())  # Monday 09:00, standard: sign within 2 working hours
    assert (case.remind_due_at, case.escalate_due_at, case.list_due_at, case.sla_next_at) == (
        at("2026-11-30T10:36"),  # 80% of the window
        at("2026-11-30T11:00"),
        at("2026-12-07T17:30"),  # five working days after the limit's day
        at("2026-11-30T10:36"),
    )
    assert await sweep(at("2026-11-30T10:35:59")) == SweepReport()
    assert await sweep(at("2026-11-30T10:36")) == SweepReport(reminded=1)
    assert await sweep(at("2026-11-30T10:59")) == SweepReport()
    assert await sweep(at("2026-11-30T11:00")) == SweepReport(escalated=1)
    assert await sweep(at("2026-12-07T17:29")) == SweepReport()
    assert await sweep(at("2026-12-07T17:30")) == SweepReport(listed=1)
    assert await sweep(at("2027-01-01T00:00")) == SweepReport()
    assert (await Case.get(id=case.id)).sla_next_at is None

    timeline = await events(case, "reminded", "escalated", "listed")
    assert [(e.kind, e.text, e.actor) for e in timeline] == [
        ("reminded", "签收期限将至", "系统"),
        ("escalated", "已超过签收期限", "系统"),
        ("listed", "超过签收期限5个工作日，列入超期通报", "系统"),
    ]
    assert timeline[0].data == {
        "window": "sign",
        "due_at": "2026-11-30T11:00:00+08:00",
        "department": "human_resources",
        "scheduled_at": "2026-11-30T10:36:00+08:00",
    }
    assert await mails() == [
        (HR, "【新工单】X"),
        (HR, "【催办】工单"),
        (HR_LEADER, "【督办】厦门"),
        (HUB, "【督办】厦门"),
        (HUB, "【超期通报】"),
    ]
    leader = await OutboxMessage.get(recipient=HR_LEADER)
    assert "厦门市人力资源和社会保障局负责同志：" in leader.body
    assert "已超过签收期限（2026年11月30日 11:00）仍未签收" in leader.body


async def test_signing_opens_the_resolution_window(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    await sweep(at("2026-11-30T10:40"))  # the sign-off reminder
    signed = await flows.sign(case.number, actor=SYSTEM, now=at("2026-11-30T10:45"))
    # 7 working days from Monday: 12-09 17:30. The window holds 53.75 working hours (4.75 on
    # Monday, 7 x 7 after); 80% of them, 43 hours, end on 12-08 at 11:45.
    assert signed.resolve_due_at == at("2026-12-09T17:30")
    assert signed.remind_due_at == at("2026-12-08T11:45")
    assert await sweep(at("2026-12-08T11:44")) == SweepReport()
    assert await sweep(at("2026-12-08T11:45")) == SweepReport(reminded=1)
    reminders = await events(case, "reminded")
    assert [(e.data["window"], e.data["due_at"]) for e in reminders] == [
        ("sign", "2026-11-30T11:00:00+08:00"),
        ("resolve", "2026-12-09T17:30:00+08:00"),
    ]


async def test_a_late_sweep_catches_up(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    # Nobody swept for two weeks: no reminder any more, but the escalation and the listing.
    assert await sweep(at("2026-12-14T09:00")) == SweepReport(escalated=1, listed=1)
    assert [e.kind for e in await events(case, "reminded", "escalated", "listed")] == [
        "escalated",
        "listed",
    ]
    assert [to for to, _ in await mails()][1:] == [HR_LEADER, HUB, HUB]
    assert await sweep(at("2026-12-14T09:01")) == SweepReport()


async def test_calendar_classes_sweep_around_the_clock(orm: str, clock: FrozenClock) -> None:
    clock.set(at("2026-10-01T23:50"))  # National Day; gas leaks do not wait for it
    case = await file_case(clock.now(), category="gas_hazard", text="楼道里煤气味很重")
    assert await sweep(at("2026-10-02T00:05")) == SweepReport(reminded=1)  # 50% of 30 minutes
    assert await sweep(at("2026-10-02T00:20")) == SweepReport(escalated=1)
    # Listed five working days after 10-02: 10-08, 09, 10 (Saturday, worked), 12, 13.
    assert (await Case.get(id=case.id)).list_due_at == at("2026-10-13T17:30")


async def test_a_suspended_case_owes_nothing_until_resumed(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    staff = await staff_of("human_resources")
    await flows.sign(case.number, actor=staff, now=clock.now())
    await sla.suspend(case.number, reason="等待群众答复", actor=staff, now=at("2026-12-01T09:00"))
    assert await sweep(at("2026-12-31T09:00")) == SweepReport()
    resumed = await sla.resume(case.number, actor=staff, now=at("2026-12-31T09:00"))
    assert resumed.sla_next_at is not None and resumed.sla_next_at > at("2026-12-31T09:00")
    assert await sweep(resumed.sla_next_at) == SweepReport(reminded=1)


async def test_an_extension_rearms_the_reminder(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    staff = await staff_of("human_resources")
    await flows.sign(case.number, actor=staff, now=clock.now())
    assert await sweep(at("2026-12-08T12:00")) == SweepReport(reminded=1)
    await sla.request_extension(
        case.number, length="5d", reason="需要调查", actor=staff, now=at("2026-12-08T12:00")
    )
    await sla.decide_extension(case.number, approve=True, actor=SYSTEM, now=at("2026-12-09T09:00"))
    assert await sweep(at("2026-12-09T17:30")) == SweepReport()  # the old limit no longer counts
    extended = await Case.get(id=case.id)
    assert extended.escalate_due_at == at("2026-12-16T17:30")
    assert extended.remind_due_at == at("2026-12-15T16:12")  # 80% of 12-09 09:00 to 12-16
    assert await sweep(at("2026-12-15T16:12")) == SweepReport(reminded=1)
    assert await sweep(at("2026-12-16T17:30")) == SweepReport(escalated=1)


@pytest.mark.postgres_only
async def test_sweeps_on_separate_connections_fire_each_case_once(
    orm: str, clock: FrozenClock
) -> None:
    cases = []
    for n in range(60):  # a second apart: each its own case, not a duplicate report
        cases.append(await file_case(clock.now() + timedelta(seconds=n)))
    reports = await asyncio.gather(*(sweep(at("2026-11-30T10:50"), batch=4) for _ in range(4)))
    assert sum(r.reminded for r in reports) == 60
    assert all(r.reminded > 0 for r in reports), reports  # every sweeper had a share
    reminded = await CaseEvent.filter(kind="reminded").values_list("case_id", flat=True)
    assert sorted(reminded) == sorted(c.id for c in cases)
    assert await OutboxMessage.filter(subject__startswith="【催办】").count() == 60


@pytest.mark.postgres_only
async def test_two_hub_processes_send_each_escalation_once(
    orm: str, tmp_path: Path, clock: FrozenClock
) -> None:
    # Real time, since the processes read the system clock: emergency cases routed an hour ago,
    # 30 minutes over their sign-off limit, owed one escalation each.
    clock.set(datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1))
    for n in range(100):
        await file_case(clock.now() + timedelta(seconds=n), category="gas_hazard", text="煤气味")
    env = (
        {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
        | PII_ENV
        | {
            "HUB_DB_URL": orm,
            "HUB_DATA_DIR": str(tmp_path),
        }
    )
    command = [sys.executable, "-m", "hub", "sla", "sweep", "--batch", "5"]
    processes = [
        await asyncio.create_subprocess_exec(*command, env=env, stdout=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [(await p.communicate())[0].decode() for p in processes]
    assert all(p.returncode == 0 for p in processes), outputs
    escalations = [int(out.split(", ")[1].split()[0]) for out in outputs]
    assert sum(escalations) == 100, outputs
    per_case = await CaseEvent.filter(kind="escalated").values_list("case_id", flat=True)
    assert len(per_case) == len(set(per_case)) == 100
    assert await OutboxMessage.filter(subject__startswith="【督办】").count() == 200


async def test_the_app_runs_the_sweep_and_the_sender(
    orm: str, clock: FrozenClock, settings: Settings
) -> None:
    await file_case(clock.now())
    clock.set(at("2026-11-30T10:40"))
    running = settings.model_copy(
        update={"scheduler": True, "sweep_interval": 0.2, "send_interval": 0.2}
    )
    maildir = settings.data_dir / "maildir" / "new"
    app = create_app(running, clock=clock, own_database=False)
    async with TestClient(TestServer(app)):
        for _ in range(100):
            if maildir.exists() and len(list(maildir.iterdir())) == 2:
                break
            await asyncio.sleep(0.05)
    subjects = sorted((m.subject or "")[:4] for m in await OutboxMessage.filter(status="sent"))
    assert subjects == ["【催办】", "【新工单"]
    assert len(list(maildir.iterdir())) == 2
