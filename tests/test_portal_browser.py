"""The portal in a real headless Chromium: a department and a hub operator work cases end to end.

Screenshots of every step are kept under test-artifacts/screenshots/portal-*.png.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from agencies.enums import Role
from hub.app import create_app
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from hub.settings import Settings
from hub.sla.models import Extension
from tests.browser import chromium_or_skip, screenshot
from tests.factories import PASSWORD, account, file_case

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LAPTOP = {"width": 1366, "height": 860}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
async def portal(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[str]:
    app = create_app(settings, clock=clock, own_database=False)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield str(server.make_url("")).rstrip("/")
    await server.close()


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    executable = chromium_or_skip()
    async with async_playwright() as driver:
        launched = await driver.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        await launched.close()


async def _page(browser: Any, viewport: dict[str, int] = LAPTOP) -> Any:
    context = await browser.new_context(
        viewport=viewport,
        locale="zh-CN",
        timezone_id="Asia/Shanghai",
        is_mobile=viewport is PHONE,
        has_touch=viewport is PHONE,
    )
    return await context.new_page()


async def _log_in(page: Any, base: str, username: str) -> None:
    await page.goto(f"{base}/portal/queue")
    assert "/portal/login" in page.url
    await page.fill("input[name=username]", username)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("form button[type=submit]")
    await page.wait_for_url("**/portal/queue")


async def _flash(page: Any) -> str:
    return str(await page.locator(".flash").first.inner_text())


async def test_a_department_and_the_hub_work_cases_in_the_browser(
    portal: str, browser: Any, clock: FrozenClock
) -> None:
    clock.advance(hours=-1)
    wages = await file_case(
        clock.now(), category="dispute_labor", text="工地拖欠二十多人三个月工资"
    )
    clock.advance(minutes=1)
    wrong = await file_case(clock.now(), category="dispute_labor", text="小区楼下烧烤摊油烟太大")
    unclear = await file_case(
        clock.now(), category="other", where="台湾街", text="台湾街这边的事想反映"
    )
    for i in range(6):
        clock.advance(minutes=1)
        await file_case(clock.now(), category="dispute_labor", where="中山路", text=f"欠薪第{i}批")
    clock.advance(hours=1, minutes=10)
    await account("hr-staff", Role.STAFF, "human_resources")
    await account("operator", Role.OPERATOR)

    # The department: its queue, then sign, extend and return.
    page = await _page(browser)
    await _log_in(page, portal, "hr-staff")
    assert await page.locator("table.queue tbody tr").count() == 8
    assert await page.locator(".tab.on .count").inner_text() == "8"
    await screenshot(page, "portal-01-department-queue")
    await page.click(f"a.case-link:text('{wages.number}')")
    await page.wait_for_url(f"**/portal/cases/{wages.number}")
    await screenshot(page, "portal-02-case-to-sign")
    await page.click("form.action-sign button")
    assert "已签收" in await _flash(page)
    await page.click("summary:text('申请延期')")
    await page.fill("form[action$='/extension'] textarea[name=reason]", "需劳动监察大队现场取证")
    await page.click("form[action$='/extension'] button[type=submit]")
    assert "延期申请" in await _flash(page)
    await screenshot(page, "portal-03-signed-extension-asked")

    await page.goto(f"{portal}/portal/cases/{wrong.number}")
    await page.click("summary:text('退单')")
    await page.fill("form[action$='/return'] textarea", "油烟扰民属生态环境部门职责")
    await page.click("form[action$='/return'] button[type=submit]")
    assert "已退单" in await _flash(page)
    await page.goto(f"{portal}/portal/queue?tab=returned")
    assert await page.locator(f"a.case-link:text('{wrong.number}')").count() == 1

    # The hub operator: triage, dispatch by hand, re-dispatch the return, approve the extension.
    hub = await _page(browser)
    await _log_in(hub, portal, "operator")
    assert await hub.locator(".tab.on").inner_text() == "待分拨1"
    await screenshot(hub, "portal-04-operator-triage")
    await hub.click(f"a.case-link:text('{unclear.number}')")
    await hub.select_option("form[data-dispatch] select[name=department]", "huli_district")
    await hub.select_option("form[data-dispatch] select[name=unit]", "江头街道")
    await hub.select_option("form[data-dispatch] select[name=category]", "dispute_neighbor")
    await screenshot(hub, "portal-05-operator-dispatch-form")
    await hub.click("form[data-dispatch] button[type=submit]")
    assert "已分拨" in await _flash(hub)

    await hub.goto(f"{portal}/portal/queue?tab=returned")
    await hub.click(f"a.case-link:text('{wrong.number}')")
    returned_option = hub.locator("select[name=department] option[value=human_resources]")
    assert await returned_option.is_disabled()
    await hub.select_option("form[data-dispatch] select[name=department]", "ecology_environment")
    await hub.click("form[data-dispatch] button[type=submit]")
    assert "已分拨" in await _flash(hub)

    await hub.goto(f"{portal}/portal/extensions")
    await screenshot(hub, "portal-06-extension-approvals")
    await hub.click("table a.button:text-is('审批')")
    await hub.click("button[value=approve]")
    assert "已处理延期申请" in await _flash(hub)

    # Back to the department: resolve, and see what the hub did.
    await page.goto(f"{portal}/portal/cases/{wages.number}")
    assert "已批准" in await page.locator(".case-main .panel").first.inner_text()
    await page.select_option("form[action$='/resolve'] select[name=result]", "resolved")
    await page.fill("form[action$='/resolve'] textarea", "已责令包工头限期支付，工人已领到工资")
    await page.click("form[action$='/resolve'] button[type=submit]")
    assert "已办结" in await _flash(page)
    await screenshot(page, "portal-07-resolved")

    await hub.goto(f"{portal}/portal/dashboard")
    await hub.wait_for_function("window.Chart && Chart.getChart('chart-daily') !== undefined")
    assert await hub.locator(".kpi .value").first.inner_text() == "9"
    await screenshot(hub, "portal-12-dashboard")

    assert (await Case.get(id=wages.id)).status == "resolved"
    assert (await Extension.get(case_id=wages.id)).status == "approved"
    assert (await Case.get(id=wrong.id)).department_id is not None
    assert (await Case.get(id=unclear.id)).status == "routed"
    kinds = await CaseEvent.filter(case_id=wages.id).values_list("kind", flat=True)
    assert [k for k in kinds if k not in ("received", "routed")] == [
        "signed",
        "extension_requested",
        "extension_approved",
        "resolved",
    ]


async def test_a_stale_form_is_refused_with_a_clear_message(
    portal: str, browser: Any, clock: FrozenClock
) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    await account("hr-staff", Role.STAFF, "human_resources")
    first, second = await _page(browser), await _page(browser)
    await _log_in(first, portal, "hr-staff")
    await _log_in(second, portal, "hr-staff")
    for page in (first, second):
        await page.goto(f"{portal}/portal/cases/{case.number}")
    await first.click("form.action-sign button")
    assert "已签收" in await _flash(first)
    response_waiter = second.expect_response(f"**/portal/cases/{case.number}/sign")
    async with response_waiter as answer:
        await second.click("form.action-sign button")
    assert (await answer.value).status == 409
    assert "已被他人更新" in await second.locator(".flash-error").inner_text()
    await screenshot(second, "portal-08-conflict")
    assert await CaseEvent.filter(case_id=case.id, kind="signed").count() == 1


async def test_the_portal_on_a_phone(portal: str, browser: Any, clock: FrozenClock) -> None:
    for i, where in enumerate(["台湾街", "中山路", "吕岭路", "五缘湾"]):
        text = f"{where}附近工地拖欠工资，{i + 2}个月没发"
        await file_case(
            clock.now() - timedelta(hours=i), category="dispute_labor", where=where, text=text
        )
    await account("hr-staff", Role.STAFF, "human_resources")
    page = await _page(browser, PHONE)
    await page.goto(f"{portal}/portal/login")
    await screenshot(page, "portal-09-phone-login")
    await _log_in(page, portal, "hr-staff")
    assert await page.locator("table.queue thead").is_hidden()
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]  # nothing sideways to scroll
    await screenshot(page, "portal-10-phone-queue")
    await page.click("a.case-link >> nth=0")
    await screenshot(page, "portal-11-phone-case")
