"""The officer's phone page in a real headless Chromium: list, one tap, double tap, lost answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from hub.app import create_app
from hub.cases import flows
from hub.cases.enums import ResolutionResult
from hub.cases.models import Case
from hub.clock import FrozenClock
from hub.keys import NLU
from hub.settings import Settings
from tests.browser import phone_page, screenshot
from tests.factories import staff_of
from tests.police import FixedReading, Police, police, task_body

pytestmark = pytest.mark.browser


@pytest.fixture
async def hub(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[TestServer]:
    app = create_app(settings, clock=clock, own_database=False)
    app[NLU] = FixedReading("fire_hazard", "台湾街")
    async with TestServer(app, host="127.0.0.1") as server:
        yield server


@pytest.fixture
async def cop(orm: str, clock: FrozenClock, hub: TestServer) -> Police:
    found = await police(clock.now())
    async with ClientSession() as http:  # tasks arrive the way the police system sends them
        for body in (
            task_body("RW-2026-0001"),
            task_body(
                "RW-2026-0002",
                type="矛盾纠纷排查",
                subject="排查发现吕岭路工地二十余名工人被拖欠三个月工资",
                place="吕岭路",
                people=[{"name": "张某", "role": "工人代表"}],
            ),
        ):
            response = await http.post(
                str(hub.make_url("/api/tasks")), json=body, headers=found.system_headers
            )
            assert response.status == 201
    return found


@pytest.fixture
async def page(hub: TestServer) -> AsyncIterator[Any]:
    async for p in phone_page():
        yield p


async def test_one_tap_pushes_once_and_the_result_comes_back(
    hub: TestServer, cop: Police, page: Any, clock: FrozenClock
) -> None:
    await page.goto(str(hub.make_url("/officer")) + f"#token={cop.officer_token}")
    card = page.locator("article[data-external-id='RW-2026-0001']")
    await card.wait_for()
    assert "飞线充电" in await card.inner_text()
    assert "#token" not in page.url  # the token leaves the address bar at once
    await screenshot(page, "officer-01-tasks")

    button = card.locator("button.push")
    await button.dblclick()  # an impatient double tap
    toast = page.locator("#toast")
    await toast.wait_for(state="visible")
    assert "厦门市消防救援支队" in await toast.inner_text()
    await card.locator(".case").wait_for()
    await screenshot(page, "officer-02-pushed")
    assert await Case.all().count() == 1

    case = await Case.first()
    assert case is not None
    staff = await staff_of("fire_rescue")
    await flows.sign(case.number, actor=staff, now=clock.advance(minutes=20))
    await flows.resolve(
        case.number,
        text="已督促房东拆除飞线，设置集中充电点",
        result=ResolutionResult.RESOLVED,
        actor=staff,
        now=clock.advance(hours=4),
    )
    await page.locator("#refresh").click()
    await card.locator(".st.done").wait_for()
    assert "已督促房东拆除飞线" in await card.inner_text()
    await screenshot(page, "officer-03-resolved")


async def test_a_lost_answer_is_retried_with_the_same_key(
    hub: TestServer, cop: Police, page: Any
) -> None:
    keys: list[str] = []

    async def lose_first_answer(route: Any) -> None:
        keys.append(route.request.headers["idempotency-key"])
        answer = await route.fetch()  # the hub files the case...
        if len(keys) == 1:
            await route.abort("timedout")  # ...but the phone never hears back
        else:
            await route.fulfill(response=answer)

    await page.route("**/api/referrals", lose_first_answer)
    await page.goto(str(hub.make_url("/officer")) + f"#token={cop.officer_token}")
    card = page.locator("article[data-external-id='RW-2026-0002']")
    await card.locator("button.push").click()
    await card.locator("button.push.retry").wait_for()
    await screenshot(page, "officer-04-unconfirmed")
    await card.locator("button.push.retry").click()
    await page.locator("#toast").wait_for(state="visible")
    assert len(keys) == 2 and keys[0] == keys[1]
    assert await Case.all().count() == 1


async def test_a_revoked_token_goes_back_to_login(
    hub: TestServer, cop: Police, page: Any, clock: FrozenClock
) -> None:
    from agencies.flows import revoke_tokens

    await revoke_tokens(cop.officer, now=clock.now())
    await page.goto(str(hub.make_url("/officer")) + f"#token={cop.officer_token}")
    await page.locator("#login").wait_for()
    assert "令牌无效或已吊销" in await page.locator("#login-error").inner_text()
    await screenshot(page, "officer-05-login")
