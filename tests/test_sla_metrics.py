"""Department figures from the timeline: 响应率, 按时办结率, 解决率, 满意率 and the overdue list."""

from __future__ import annotations

from datetime import datetime, timedelta

from agencies.access import SYSTEM
from hub.cases import flows
from hub.cases.enums import ResolutionResult
from hub.cases.models import Case
from hub.clock import FrozenClock
from hub.feedback.flows import answer_revisit
from hub.sla import flows as sla
from hub.sla.calendar import SHANGHAI
from hub.sla.metrics import department_metrics, month_bounds, overdue_list
from hub.sla.sweep import sweep
from tests.factories import file_case, staff_of


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


async def resolve(number: str, when: str) -> Case:
    return await flows.resolve(
        number, text="已处理", result=ResolutionResult.RESOLVED, actor=SYSTEM, now=at(when)
    )


async def cases(clock: FrozenClock, n: int) -> list[Case]:
    """n cases for human resources, routed Monday 2026-11-30 from 09:00, a second apart."""
    return [await file_case(clock.now() + timedelta(seconds=i)) for i in range(n)]


async def test_a_month_of_one_department(orm: str, clock: FrozenClock) -> None:
    before = await file_case(at("2026-11-27T10:00"))  # routed in November: not December's
    a, b, c, d, e, f = await cases(clock, 6)  # sign by 11:00, resolve by 12-09 17:30 if signed
    staff = await staff_of("human_resources")
    # a: signed and resolved in time, reporter satisfied and the problem solved.
    await flows.sign(a.number, actor=staff, now=at("2026-11-30T09:30"))
    await resolve(a.number, "2026-12-02T10:00")
    await answer_revisit(a.number, satisfied=True, solved=True, now=at("2026-12-03T10:00"))
    # b: signed late, resolved late, reporter unhappy: reopened, its new window not yet due.
    await flows.sign(b.number, actor=staff, now=at("2026-11-30T12:00"))
    await resolve(b.number, "2026-12-10T09:00")
    await answer_revisit(b.number, satisfied=False, solved=False, now=at("2026-12-11T09:00"))
    # c: never signed; escalated, and listed five working days later.
    # d: returned within minutes: not human resources' to answer for.
    await flows.return_case(
        d.number, reason="非本部门职责", actor=staff, now=at("2026-11-30T09:10")
    )
    # e: signed in time, then suspended: its clock stands still, it is not judged.
    await flows.sign(e.number, actor=staff, now=at("2026-11-30T10:00"))
    await sla.suspend(e.number, reason="等待群众答复", actor=staff, now=at("2026-12-01T09:00"))
    # f: signed in time, extended by two days, resolved after the old limit but within the new.
    await flows.sign(f.number, actor=staff, now=at("2026-11-30T10:30"))
    await sla.request_extension(
        f.number, length="2d", reason="需调查", actor=staff, now=at("2026-12-08T09:00")
    )
    await sla.decide_extension(f.number, approve=True, actor=SYSTEM, now=at("2026-12-08T10:00"))
    await resolve(f.number, "2026-12-10T16:00")
    await flows.sign(before.number, actor=staff, now=at("2026-12-01T09:00"))  # late
    await sweep(at("2026-12-15T12:00"))

    start, end = month_bounds(2026, 12)
    figures = await department_metrics(
        *month_bounds(2026, 11), now=at("2026-12-15T12:00"), department="human_resources"
    )
    (hr,) = figures
    # November's sign windows: a, e, f signed in time; before and b signed late; c never
    # signed; d returned in time, not judged.
    assert hr["response"] == {"n": 3, "total": 6, "rate": 0.5}
    # Resolution windows opened in November: a (on time), b (late), e (suspended), f (extended,
    # on time), before's was opened in December.
    assert hr["on_time_resolution"] == {"n": 2, "total": 3, "rate": round(2 / 3, 4)}
    assert hr["solved"] == {"n": 0, "total": 0, "rate": None}

    (december,) = await department_metrics(
        start, end, now=at("2026-12-15T12:00"), department="human_resources"
    )
    assert december["response"] == {"n": 0, "total": 0, "rate": None}
    # December's resolution windows: before's (signed 12-01, due 12-10, still open: late) and
    # b's after reopening (due later than the day judged: not yet).
    assert december["on_time_resolution"] == {"n": 0, "total": 1, "rate": 0.0}
    assert december["solved"] == {"n": 1, "total": 2, "rate": 0.5}
    assert december["satisfied"] == {"n": 1, "total": 2, "rate": 0.5}
    assert december["listed"] == 1
    (listed,) = await overdue_list(start, end)
    assert listed | {"summary": ""} == {
        "number": c.number,
        "summary": "",
        "department": "human_resources",
        "department_name": "厦门市人力资源和社会保障局",
        "window": "sign",
        "window_label": "签收",
        "due_at": "2026-11-30T11:00:02+08:00",  # c was routed two seconds after 09:00
        "listed_at": "2026-12-15T12:00:00+08:00",
        "status": "routed",
    }


async def test_open_cases_count_late_once_past_their_limit(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    await flows.sign(case.number, actor=SYSTEM, now=at("2026-11-30T10:00"))
    period = month_bounds(2026, 11)

    async def resolution(now: str) -> dict[str, object]:
        (hr,) = await department_metrics(*period, now=at(now), department="human_resources")
        return dict(hr["on_time_resolution"])

    assert (await resolution("2026-12-09T17:30"))["total"] == 0  # not yet due: not judged
    assert await resolution("2026-12-09T17:31") == {"n": 0, "total": 1, "rate": 0.0}


async def test_a_resolution_while_suspended_is_in_time(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    staff = await staff_of("human_resources")
    await flows.sign(case.number, actor=staff, now=at("2026-11-30T10:00"))
    await sla.suspend(case.number, reason="等待群众答复", actor=staff, now=at("2026-12-01T09:00"))
    await resolve(case.number, "2026-12-21T09:00")  # long after the stopped limit of 12-09
    (hr,) = await department_metrics(
        *month_bounds(2026, 11), now=at("2026-12-31T00:00"), department="human_resources"
    )
    assert hr["on_time_resolution"] == {"n": 1, "total": 1, "rate": 1.0}


async def test_departments_without_cases_are_left_out(orm: str, clock: FrozenClock) -> None:
    await file_case(clock.now())
    await file_case(clock.now(), category="street_vending", where="华荣路", text="占道经营")
    rows = await department_metrics(*month_bounds(2026, 11), now=at("2026-12-01T00:00"))
    assert [r["department"] for r in rows] == ["human_resources", "urban_management"]
    assert month_bounds(2026, 12) == (at("2026-12-01T00:00"), at("2027-01-01T00:00"))
