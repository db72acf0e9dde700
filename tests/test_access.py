"""One department never sees another's cases; co-handlers see theirs; the hub sees all."""

from __future__ import annotations

import pytest

from agencies.access import SYSTEM, Action, authorize, case_for, resident, visible_cases
from agencies.enums import Role
from hub.cases import flows
from hub.clock import FrozenClock
from hub.errors import Forbidden, NotFound
from tests.factories import OPERATOR, file_case, staff_of


async def test_each_department_sees_only_its_own_and_co_handled_cases(
    orm: str, clock: FrozenClock
) -> None:
    wages = await file_case(
        clock.now(), category="dispute_labor"
    )  # human_resources + labor_arbitration
    noise = await file_case(
        clock.now(), category="noise_industrial", where="五缘湾"
    )  # ecology_environment
    hr = await staff_of("human_resources")
    arbitration = await staff_of("labor_arbitration")
    ecology = await staff_of("ecology_environment")
    assert {c.number for c in await visible_cases(hr)} == {wages.number}
    assert {c.number for c in await visible_cases(arbitration)} == {wages.number}
    assert {c.number for c in await visible_cases(ecology)} == {noise.number}
    assert {c.number for c in await visible_cases(OPERATOR)} == {wages.number, noise.number}
    assert await visible_cases(resident()).count() == 0


async def test_another_departments_case_does_not_exist_for_you(
    orm: str, clock: FrozenClock
) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    ecology = await staff_of("ecology_environment")
    with pytest.raises(NotFound) as seen:
        await case_for(ecology, case.number)
    with pytest.raises(NotFound) as never_issued:
        await case_for(ecology, "XM20990101000001")
    assert str(seen.value).replace(case.number, "N") == str(never_issued.value).replace(
        "XM20990101000001", "N"
    )
    with pytest.raises(NotFound):
        await flows.sign(case.number, actor=ecology, now=clock.now())


async def test_co_handlers_give_opinions_but_do_not_sign(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    arbitration = await staff_of("labor_arbitration")
    await authorize(arbitration, Action.OPINION, case)
    with pytest.raises(Forbidden):
        await flows.sign(case.number, actor=arbitration, now=clock.now())


async def test_roles_decide_what_may_be_done(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    staff = await staff_of("human_resources")
    supervisor = await staff_of("human_resources", Role.SUPERVISOR)
    with pytest.raises(Forbidden):
        await authorize(staff, Action.REASSIGN, case)
    await authorize(supervisor, Action.REASSIGN, case)
    with pytest.raises(Forbidden):
        await flows.dispatch(case.number, department="justice", actor=staff, now=clock.now())
    with pytest.raises(Forbidden):
        await flows.sign(case.number, actor=OPERATOR, now=clock.now())
    with pytest.raises(NotFound):
        await flows.sign(case.number, actor=resident(), now=clock.now())
    await authorize(SYSTEM, Action.SIGN, case)


async def test_the_indexed_form_holds_the_same_cases(orm: str, clock: FrozenClock) -> None:
    from agencies.access import visible_cases_indexed

    await file_case(clock.now(), category="dispute_labor")
    await file_case(clock.now(), category="noise_industrial", where="五缘湾")
    for principal in [
        await staff_of("human_resources"),
        await staff_of("labor_arbitration"),
        await staff_of("ecology_environment"),
        await staff_of("justice"),
        OPERATOR,
        resident(),
    ]:
        query = await visible_cases_indexed(principal)
        indexed = {c.number for c in await query}
        assert indexed == {c.number for c in await visible_cases(principal)}
