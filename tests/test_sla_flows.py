"""Extension (延期), suspension (挂起) and return (退单): each rule, each refusal a no-op."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import datetime, timedelta
from typing import Any

import pytest

from agencies.access import SYSTEM
from hub.cases import flows
from hub.cases.enums import CaseStatus, ResolutionResult
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from hub.errors import (
    Forbidden,
    HubError,
    InvalidInput,
    NotFound,
    RuleViolation,
    TransitionNotAllowed,
)
from hub.sla import flows as sla
from hub.sla.calendar import SHANGHAI
from hub.sla.enums import ExtensionStatus
from hub.sla.models import Extension
from tests.factories import OPERATOR, file_case, staff_of


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


async def signed_case(clock: FrozenClock, category: str = "dispute_labor") -> Case:
    """A case signed Monday 2026-11-30 09:00 (standard: resolve by 12-09 17:30)."""
    case = await file_case(clock.now(), category=category)
    return await flows.sign(case.number, actor=SYSTEM, now=clock.now())


async def timeline(case: Case) -> list[tuple[str, str | None]]:
    return [(e.kind, e.text) for e in await CaseEvent.filter(case_id=case.id).order_by("at", "id")]


async def refused(
    case: Case, attempt: Awaitable[Any], error: type[HubError], message: str
) -> HubError:
    """The attempt fails with this error and a message saying why, and changes nothing."""
    before = await Case.get(id=case.id)
    events = await CaseEvent.filter(case_id=case.id).count()
    extensions = await Extension.filter(case_id=case.id).values_list("status", flat=True)
    with pytest.raises(error) as raised:
        await attempt
    assert message in raised.value.message
    after = await Case.get(id=case.id)
    assert (after.version, after.resolve_due_at, after.suspended_at, after.sla_next_at) == (
        before.version,
        before.resolve_due_at,
        before.suspended_at,
        before.sla_next_at,
    )
    assert await CaseEvent.filter(case_id=case.id).count() == events
    assert await Extension.filter(case_id=case.id).values_list("status", flat=True) == extensions
    return raised.value


async def test_an_approved_extension_moves_the_limit(orm: str, clock: FrozenClock) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    assert case.resolve_due_at == at("2026-12-09T17:30")
    clock.set(at("2026-12-01T10:00"))
    request = await sla.request_extension(
        case.number, length="5d", reason="需等待社保部门核查", actor=staff, now=clock.now()
    )
    assert request.status == ExtensionStatus.PENDING
    assert (await Case.get(id=case.id)).resolve_due_at == at("2026-12-09T17:30")

    clock.set(at("2026-12-02T09:00"))
    decided = await sla.decide_extension(case.number, approve=True, actor=OPERATOR, now=clock.now())
    # Five working days after Wednesday 12-09: 10, 11, 14, 15, 16.
    assert decided.granted_due_at == at("2026-12-16T17:30")
    extended = await Case.get(id=case.id)
    assert extended.resolve_due_at == at("2026-12-16T17:30")
    assert extended.escalate_due_at == at("2026-12-16T17:30")
    assert extended.version == case.version + 1
    events = await CaseEvent.filter(case_id=case.id, kind__startswith="extension")
    assert [(e.kind, e.data["due_at"]) for e in events] == [
        ("extension_requested", "2026-12-09T17:30:00+08:00"),
        ("extension_approved", "2026-12-16T17:30:00+08:00"),
    ]


async def test_a_refused_extension_leaves_the_limit(orm: str, clock: FrozenClock) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    await sla.request_extension(
        case.number, length="3d", reason="当事人出差", actor=staff, now=clock.now()
    )
    await refused(
        case,
        sla.decide_extension(case.number, approve=False, actor=OPERATOR, now=clock.now()),
        InvalidInput,
        "驳回延期须说明理由",
    )
    extension = await sla.decide_extension(
        case.number, approve=False, note="可电话联系当事人", actor=OPERATOR, now=clock.now()
    )
    assert (extension.status, extension.granted_due_at) == (ExtensionStatus.REFUSED, None)
    assert (await Case.get(id=case.id)).resolve_due_at == at("2026-12-09T17:30")
    assert (await timeline(case))[-1] == ("extension_refused", "可电话联系当事人")
    await refused(
        case,
        sla.decide_extension(case.number, approve=True, actor=OPERATOR, now=clock.now()),
        RuleViolation,
        "没有待审批的延期申请",
    )


async def test_a_calendar_class_extends_in_elapsed_hours(orm: str, clock: FrozenClock) -> None:
    case = await signed_case(clock, category="fire_hazard")  # urgent: 72h, extension at most 72h
    staff = await staff_of("fire_rescue")
    assert case.resolve_due_at == clock.now() + timedelta(hours=72)
    await refused(
        case,
        sla.request_extension(
            case.number, length="73h", reason="整改需要时间", actor=staff, now=clock.now()
        ),
        RuleViolation,
        "延期最长 72小时",
    )
    await sla.request_extension(
        case.number, length="3d", reason="整改需要时间", actor=staff, now=clock.now()
    )
    decided = await sla.decide_extension(case.number, approve=True, actor=OPERATOR, now=clock.now())
    assert decided.granted_due_at == clock.now() + timedelta(hours=144)


@pytest.mark.parametrize(
    ("length", "error", "message"),
    [
        ("11d", RuleViolation, "延期最长 10个工作日"),
        ("8h", RuleViolation, "不能申请 8小时"),
        ("ten days", InvalidInput, "延期时长格式不对"),
        ("0d", InvalidInput, "延期时长格式不对"),
        ("", InvalidInput, "延期时长格式不对"),
    ],
)
async def test_an_extension_must_fit_the_class(
    orm: str, clock: FrozenClock, length: str, error: type[HubError], message: str
) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    await refused(
        case,
        sla.request_extension(
            case.number, length=length, reason="需要时间", actor=staff, now=clock.now()
        ),
        error,
        message,
    )


async def test_extension_requests_outside_the_rules_are_refused(
    orm: str, clock: FrozenClock
) -> None:
    routed = await file_case(clock.now())
    staff = await staff_of("human_resources")

    def ask(number: str, reason: str = "需要时间", who: Any = staff) -> Awaitable[Any]:
        return sla.request_extension(number, length="2d", reason=reason, actor=who, now=clock.now())

    await refused(routed, ask(routed.number), TransitionNotAllowed, "只有办理中的工单可以申请延期")
    case = await flows.sign(routed.number, actor=staff, now=clock.now())
    await refused(case, ask(case.number, reason="  "), InvalidInput, "申请延期须说明理由")
    await refused(case, ask(case.number, who=OPERATOR), Forbidden, "无权")
    stranger = await staff_of("urban_management")
    await refused(case, ask(case.number, who=stranger), NotFound, "没有编号为")
    emergency = await signed_case(clock, category="gas_hazard")
    await refused(
        emergency, ask(emergency.number, who=SYSTEM), RuleViolation, "emergency 类工单不能延期"
    )
    clock.set(at("2026-12-09T17:30"))
    await refused(case, ask(case.number), RuleViolation, "已超过办结期限")
    clock.set(at("2026-12-09T17:29"))
    await ask(case.number)
    await refused(case, ask(case.number), RuleViolation, "只能申请一次延期")
    await sla.decide_extension(case.number, approve=True, actor=OPERATOR, now=clock.now())
    await refused(case, ask(case.number), RuleViolation, "只能申请一次延期")
    await refused(
        case,
        sla.decide_extension(case.number, approve=True, actor=staff, now=clock.now()),
        Forbidden,
        "无权",
    )


async def test_two_requests_at_once_make_one_extension(orm: str, clock: FrozenClock) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    results = await asyncio.gather(
        *(
            sla.request_extension(
                case.number, length=f"{n}d", reason="需要时间", actor=staff, now=clock.now()
            )
            for n in range(1, 5)
        ),
        return_exceptions=True,
    )
    assert sum(isinstance(r, Extension) for r in results) == 1
    assert all(isinstance(r, Extension | RuleViolation) for r in results), results
    assert await CaseEvent.filter(case_id=case.id, kind="extension_requested").count() == 1


async def test_suspension_stops_the_clock_and_resumes_it(orm: str, clock: FrozenClock) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    clock.set(at("2026-12-01T10:00"))
    suspended = await sla.suspend(
        case.number, reason="等待群众补充劳动合同", actor=staff, now=clock.now()
    )
    assert suspended.suspended_at == clock.now()
    assert suspended.sla_next_at is None  # the sweep owes a suspended case nothing
    # 47.5 working hours were left: 5.5 on Tuesday 12-01 and 6 x 7 from 12-02 to 12-09.
    event = await CaseEvent.get(case_id=case.id, kind="suspended")
    assert event.data == {"due_at": "2026-12-09T17:30:00+08:00", "left_seconds": 47.5 * 3600}

    clock.set(at("2026-12-03T10:00"))  # two working days later
    resumed = await sla.resume(case.number, actor=staff, now=clock.now(), note="群众已补充材料")
    assert resumed.suspended_at is None
    assert resumed.resolve_due_at == at("2026-12-11T17:30")
    assert resumed.escalate_due_at == resumed.resolve_due_at
    assert resumed.sla_next_at == resumed.remind_due_at
    assert resumed.remind_due_at is not None and resumed.remind_due_at > clock.now()
    assert (await timeline(case))[-2:] == [
        ("suspended", "等待群众补充劳动合同"),
        ("resumed", "群众已补充材料"),
    ]


async def test_a_calendar_class_pauses_in_elapsed_time(orm: str, clock: FrozenClock) -> None:
    case = await signed_case(clock, category="fire_hazard")  # urgent: resolve within 72h
    staff = await staff_of("fire_rescue")
    await sla.suspend(case.number, reason="等待业主开门", actor=staff, now=clock.advance(hours=10))
    resumed = await sla.resume(case.number, actor=staff, now=clock.advance(hours=20))
    assert resumed.resolve_due_at == at("2026-11-30T09:00") + timedelta(hours=92)


async def test_resolving_a_suspended_case_ends_the_pause(orm: str, clock: FrozenClock) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    await sla.suspend(case.number, reason="等待群众答复", actor=staff, now=clock.advance(hours=1))
    resolved = await flows.resolve(
        case.number,
        text="群众答复后已协调解决",
        result=ResolutionResult.RESOLVED,
        actor=staff,
        now=clock.advance(hours=1),
    )
    assert (resolved.status, resolved.suspended_at, resolved.sla_next_at) == (
        CaseStatus.RESOLVED,
        None,
        None,
    )
    assert (await timeline(case))[-3:] == [
        ("suspended", "等待群众答复"),
        ("resumed", "办结，挂起结束"),
        ("resolved", "群众答复后已协调解决"),
    ]
    # Stopped for one working hour (10:00 to 11:00 Monday): the limit moves from 12-09 17:30
    # to one working hour later, 12-10 09:30.
    assert resolved.resolve_due_at == at("2026-12-10T09:30")


async def test_an_extension_granted_while_suspended_waits_for_the_clock(
    orm: str, clock: FrozenClock
) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    clock.set(at("2026-12-09T08:30"))  # the last working day left: 7 working hours
    await sla.suspend(case.number, reason="等待群众答复", actor=staff, now=clock.now())
    await sla.request_extension(
        case.number, length="1d", reason="需补充调查", actor=staff, now=clock.advance(days=2)
    )
    await sla.decide_extension(case.number, approve=True, actor=OPERATOR, now=clock.now())
    paused = await Case.get(id=case.id)
    assert (paused.resolve_due_at, paused.sla_next_at) == (at("2026-12-10T17:30"), None)
    # Resumed Monday 12-14 08:30 with 7 + 7 hours to go: Monday, then Tuesday until 17:30.
    resumed = await sla.resume(case.number, actor=staff, now=at("2026-12-14T08:30"))
    assert resumed.resolve_due_at == at("2026-12-15T17:30")


async def test_suspensions_outside_the_rules_are_refused(orm: str, clock: FrozenClock) -> None:
    routed = await file_case(clock.now())
    staff = await staff_of("human_resources")

    def pause(number: str, reason: str = "等待群众答复") -> Awaitable[Any]:
        return sla.suspend(number, reason=reason, actor=staff, now=clock.now())

    await refused(routed, pause(routed.number), TransitionNotAllowed, "只有办理中的工单可以挂起")
    case = await flows.sign(routed.number, actor=staff, now=clock.now())
    await refused(
        case,
        sla.resume(case.number, actor=staff, now=clock.now()),
        RuleViolation,
        "工单未挂起",
    )
    await refused(case, pause(case.number, reason=""), InvalidInput, "挂起须说明理由")
    await refused(
        case,
        sla.suspend(case.number, reason="等待", actor=OPERATOR, now=clock.now()),
        Forbidden,
        "无权",
    )
    await pause(case.number)
    await refused(case, pause(case.number), RuleViolation, "工单已挂起")
    await sla.resume(case.number, actor=staff, now=clock.now())
    clock.set(at("2026-12-09T17:31"))
    await refused(case, pause(case.number), RuleViolation, "已超过办结期限，不能挂起")


async def test_a_return_counts_two_working_days_across_national_day(
    orm: str, clock: FrozenClock
) -> None:
    clock.set(at("2026-09-30T16:00"))
    case = await file_case(clock.now())
    staff = await staff_of("human_resources")
    # Day 1 is 10-08 (the holiday week does not count), day 2 is 10-09: until 17:30 that day.
    clock.set(at("2026-10-09T17:31"))
    await refused(
        case,
        flows.return_case(case.number, reason="非本部门职责", actor=staff, now=clock.now()),
        RuleViolation,
        "2个工作日",
    )
    clock.set(at("2026-10-09T17:30"))
    returned = await flows.return_case(
        case.number, reason="非本部门职责", actor=staff, now=clock.now()
    )
    assert returned.excluded_departments == ["human_resources"]
    assert (returned.sign_due_at, returned.sla_next_at) == (None, None)


async def test_the_case_api_shows_the_clock(
    client: Any, clock: FrozenClock, admin_headers: dict[str, str]
) -> None:
    case = await signed_case(clock)
    staff = await staff_of("human_resources")
    await sla.request_extension(
        case.number, length="2d", reason="需要调查", actor=staff, now=clock.now()
    )
    await sla.suspend(case.number, reason="等待群众答复", actor=staff, now=clock.advance(hours=1))
    body = await (await client.get(f"/api/cases/{case.number}", headers=admin_headers)).json()
    assert body["sla"] == {
        "window": "resolve",
        "due_at": "2026-12-09T17:30:00+08:00",
        "suspended_at": "2026-11-30T10:00:00+08:00",
        "next_reminder_at": "2026-12-08T11:24:00+08:00",
        "extension": {
            "length": "2d",
            "reason": "需要调查",
            "status": "pending",
            "status_label": "待审批",
            "requested_by": "厦门市人力资源和社会保障局经办人",
            "requested_at": "2026-11-30T09:00:00+08:00",
            "decided_by": None,
            "decided_at": None,
            "decision_note": None,
            "granted_due_at": None,
        },
    }
