"""The case lifecycle: every allowed and every forbidden move, concurrency, and the audit trail."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest

from agencies.access import SYSTEM
from hub.cases import flows
from hub.cases.enums import CaseStatus as S
from hub.cases.enums import ResolutionResult
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from hub.errors import Conflict, InvalidInput, RuleViolation, TransitionNotAllowed
from tests.factories import OPERATOR, file_case, staff_of

# Written out by hand from the lifecycle, not derived from flows.TRANSITIONS.
ALLOWED = {
    (S.TRIAGE, "dispatch"),
    (S.TRIAGE, "cancel"),
    (S.ROUTED, "dispatch"),
    (S.ROUTED, "sign"),
    (S.ROUTED, "return"),
    (S.ROUTED, "cancel"),
    (S.SIGNED, "resolve"),
    (S.SIGNED, "return"),
    (S.SIGNED, "cancel"),
    (S.RETURNED, "dispatch"),
    (S.RETURNED, "cancel"),
    (S.RESOLVED, "close"),
    (S.RESOLVED, "reopen"),
    (S.REOPENED, "resolve"),
}

Action = Callable[[str, FrozenClock], Awaitable[Case]]
ACTIONS: dict[str, Action] = {
    "dispatch": lambda n, c: flows.dispatch(n, department="justice", actor=SYSTEM, now=c.now()),
    "sign": lambda n, c: flows.sign(n, actor=SYSTEM, now=c.now()),
    "return": lambda n, c: flows.return_case(
        n, reason="不属于本部门职责", actor=SYSTEM, now=c.now()
    ),
    "resolve": lambda n, c: flows.resolve(
        n, text="已协调发放工资", result=ResolutionResult.RESOLVED, actor=SYSTEM, now=c.now()
    ),
    "close": lambda n, c: flows.close(n, actor=SYSTEM, now=c.now(), reason="群众满意"),
    "reopen": lambda n, c: flows.reopen(n, reason="问题没有解决", actor=SYSTEM, now=c.now()),
    "cancel": lambda n, c: flows.cancel(n, reason="重复诉求", actor=SYSTEM, now=c.now()),
}
PATHS: dict[S, list[str]] = {
    S.TRIAGE: [],
    S.ROUTED: [],
    S.SIGNED: ["sign"],
    S.RETURNED: ["return"],
    S.RESOLVED: ["sign", "resolve"],
    S.CLOSED: ["sign", "resolve", "close"],
    S.REOPENED: ["sign", "resolve", "reopen"],
    S.CANCELLED: ["cancel"],
}


async def case_in(status: S, clock: FrozenClock) -> Case:
    case = await file_case(clock.now(), category="other" if status == S.TRIAGE else "dispute_labor")
    for step in PATHS[status]:
        case = await ACTIONS[step](case.number, clock)
    assert case.status == status
    return case


@pytest.mark.parametrize("status", list(PATHS), ids=str)
@pytest.mark.parametrize("action", list(ACTIONS))
async def test_every_move_is_allowed_or_refused(
    orm: str, clock: FrozenClock, status: S, action: str
) -> None:
    case = await case_in(status, clock)
    events_before = await CaseEvent.filter(case_id=case.id).count()
    clock.advance(minutes=5)
    if (status, action) in ALLOWED:
        moved = await ACTIONS[action](case.number, clock)
        assert moved.version == case.version + 1
        assert await CaseEvent.filter(case_id=case.id).count() == events_before + 1
    else:
        with pytest.raises(TransitionNotAllowed):
            await ACTIONS[action](case.number, clock)
        unchanged = await Case.get(id=case.id)
        assert (unchanged.status, unchanged.version) == (status, case.version)
        assert await CaseEvent.filter(case_id=case.id).count() == events_before


async def test_routing_writes_received_then_routed(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    events = await CaseEvent.filter(case_id=case.id)
    assert [(e.kind, e.from_status, e.to_status) for e in events] == [
        ("received", None, S.RECEIVED),
        ("routed", S.RECEIVED, S.ROUTED),
    ]
    assert case.number.startswith("XM20261130") and len(case.number) == 16


async def test_the_timeline_tells_who_did_what_and_why(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    staff = await staff_of("human_resources")
    await flows.return_case(
        case.number, reason="应由仲裁院处理", actor=staff, now=clock.advance(minutes=30)
    )
    await flows.dispatch(
        case.number, department="labor_arbitration", actor=OPERATOR, now=clock.advance(minutes=5)
    )
    arbitration = await staff_of("labor_arbitration")
    await flows.sign(case.number, actor=arbitration, now=clock.advance(minutes=10))
    await flows.add_note(
        case.number, text="已联系用人单位", actor=arbitration, now=clock.advance(hours=2)
    )
    await flows.resolve(
        case.number,
        text="调解成功，工资已发放",
        result=ResolutionResult.RESOLVED,
        actor=arbitration,
        now=clock.advance(days=1),
    )
    timeline = [
        (e.kind, e.actor, e.text, e.to_status)
        for e in await CaseEvent.filter(case_id=case.id).order_by("at", "id")
    ]
    assert timeline[2:] == [
        ("returned", "厦门市人力资源和社会保障局经办人", "应由仲裁院处理", S.RETURNED),
        ("dispatched", "调度员小林", None, S.ROUTED),
        ("signed", "厦门市劳动人事争议仲裁院经办人", None, S.SIGNED),
        ("note", "厦门市劳动人事争议仲裁院经办人", "已联系用人单位", None),
        ("resolved", "厦门市劳动人事争议仲裁院经办人", "调解成功，工资已发放", S.RESOLVED),
    ]
    final = await Case.get(id=case.id)
    assert final.excluded_departments == ["human_resources"]
    assert final.resolution_result == ResolutionResult.RESOLVED


async def test_a_stale_version_loses(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    await flows.sign(case.number, actor=SYSTEM, now=clock.now(), expected_version=case.version)
    with pytest.raises(Conflict):
        await flows.return_case(
            case.number,
            reason="不归我们管",
            actor=SYSTEM,
            now=clock.now(),
            expected_version=case.version,
        )
    assert (await Case.get(id=case.id)).status == S.SIGNED


async def test_people_acting_on_the_same_version_have_one_winner(
    orm: str, clock: FrozenClock
) -> None:
    case = await file_case(clock.now())
    staff = await staff_of("human_resources")
    seen = case.version
    attempts: list[Awaitable[Case]] = []
    for _ in range(4):
        attempts.append(
            flows.sign(case.number, actor=staff, now=clock.now(), expected_version=seen)
        )
        attempts.append(
            flows.return_case(
                case.number,
                reason="非本部门职责",
                actor=staff,
                now=clock.now(),
                expected_version=seen,
            )
        )
    await _exactly_one_wins(case, attempts)


async def test_concurrent_sign_offs_have_one_winner(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    staff = await staff_of("human_resources")
    await _exactly_one_wins(
        case, [flows.sign(case.number, actor=staff, now=clock.now()) for _ in range(8)]
    )


async def _exactly_one_wins(case: Case, attempts: list[Awaitable[Case]]) -> None:
    results = await asyncio.gather(*attempts, return_exceptions=True)
    winners = [r for r in results if isinstance(r, Case)]
    losers = [r for r in results if not isinstance(r, Case)]
    assert len(winners) == 1
    assert all(isinstance(r, Conflict | TransitionNotAllowed) for r in losers), losers
    final = await Case.get(id=case.id)
    assert final.version == case.version + 1
    assert await CaseEvent.filter(case_id=case.id, kind__in=["signed", "returned"]).count() == 1


async def test_return_needs_a_reason_and_the_two_day_window(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    with pytest.raises(InvalidInput):
        await flows.return_case(case.number, reason="  ", actor=SYSTEM, now=clock.now())
    # Routed Monday 09:00: the window ends at the close of Wednesday.
    clock.set(clock.now() + timedelta(days=2, hours=8, minutes=29))
    await flows.sign(case.number, actor=SYSTEM, now=clock.now())
    clock.advance(minutes=2)
    with pytest.raises(RuleViolation):
        await flows.return_case(case.number, reason="不归我们管", actor=SYSTEM, now=clock.now())
    assert (await Case.get(id=case.id)).status == S.SIGNED


async def test_deadlines_follow_the_sla_class(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now(), category="dispute_labor")  # standard: 2h sign, 7d resolve
    assert case.sign_due_at == clock.now() + timedelta(hours=2)
    signed = await flows.sign(case.number, actor=SYSTEM, now=clock.now())
    assert signed.resolve_due_at is not None
    assert signed.resolve_due_at.isoformat() == "2026-12-09T17:30:00+08:00"


async def test_a_returned_department_cannot_get_the_case_back(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    await flows.return_case(case.number, reason="非本部门职责", actor=SYSTEM, now=clock.now())
    with pytest.raises(RuleViolation):
        await flows.dispatch(
            case.number, department="human_resources", actor=OPERATOR, now=clock.now()
        )
