"""The chat page at / in a real headless Chromium: a tenant report from greeting to receipt."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer

from hub.app import create_app
from hub.cases.models import Case
from hub.clock import FrozenClock
from hub.settings import Settings
from tests.chat_engine import BAD_ID, VALID_IDS, ScriptedEngine

CHROMIUM = "/usr/bin/chromium"
pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists() and not os.environ.get("HUB_REQUIRE_BROWSER"):
    pytest.skip("no Chromium on this machine", allow_module_level=True)


@pytest.fixture
async def page_url(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[str]:
    app = create_app(settings, clock=clock, own_database=False, engine=ScriptedEngine())
    server = TestServer(app)
    await server.start_server()
    yield str(server.make_url("/"))
    await server.close()


@pytest.fixture
async def page(page_url: str) -> AsyncIterator[object]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM)
        context = await browser.new_context(
            viewport={"width": 390, "height": 844}, device_scale_factor=2, locale="zh-CN"
        )
        page = await context.new_page()
        await page.goto(page_url)
        yield page
        await browser.close()


async def type_and_send(page, text: str) -> None:  # type: ignore[no-untyped-def]
    replies = await page.locator(".row.hub").count()
    await page.fill("#text", text)
    await page.press("#text", "Enter")
    await page.wait_for_function(
        f"document.querySelectorAll('.row.hub:not(.typing)').length > {replies}"
    )


async def test_tenant_report_in_the_browser(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    await page.wait_for_selector("text=厦门市社会治理协同中枢")
    await page.wait_for_selector(".chip >> text=登记租客")
    await page.screenshot(path=str(tmp_path / "welcome.png"))
    await page.click(".chip >> text=登记租客")
    await page.wait_for_selector("text=请问房东（您）的姓名？")
    for text in ("庄国栋", "13906053388", "思明区莲前西路188号502", "两个人"):
        await type_and_send(page, text)
    await type_and_send(page, f"韦小兰 {VALID_IDS[0]}")
    await type_and_send(page, f"李明 {BAD_ID}")
    await page.wait_for_selector(".bubble.problem >> text=校验位不对")
    await type_and_send(page, f"李明 {VALID_IDS[1]}")
    await type_and_send(page, "3月1日")
    card = page.locator(".card").last
    await card.wait_for()
    assert "请核对：租客登记" in await card.inner_text()
    assert "13906053388" in await card.inner_text()
    await page.screenshot(path=str(tmp_path / "read-back.png"))
    await page.click(".chip.primary >> text=确认提交")
    receipt = page.locator(".card.receipt")
    await receipt.wait_for()
    number = await receipt.get_attribute("data-case")
    assert number and number.startswith("XM")
    assert "莲前派出所" in await receipt.inner_text()
    await page.wait_for_timeout(600)  # the log scrolls smoothly to the receipt
    await page.screenshot(path=str(tmp_path / "receipt.png"))
    _keep(tmp_path)
    case = await Case.get(number=number)
    assert case.details["tenants"][0]["name"] == "韦小兰"

    await page.reload()
    await page.wait_for_selector(f".card.receipt[data-case='{number}']")


def _keep(folder: Path) -> None:
    """HUB_SCREENSHOTS=DIR keeps the screenshots to look at."""
    target = os.environ.get("HUB_SCREENSHOTS")
    if target:
        for shot in folder.glob("*.png"):
            shutil.copy(shot, Path(target) / shot.name)
