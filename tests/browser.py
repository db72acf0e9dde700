"""Headless Chromium through Playwright with the system browser; screenshots kept as artifacts."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("HUB_ARTIFACTS_DIR", "test-artifacts")) / "screenshots"


def chromium_or_skip() -> str:
    if Path(CHROMIUM).exists() or shutil.which("chromium"):
        return CHROMIUM if Path(CHROMIUM).exists() else str(shutil.which("chromium"))
    if os.environ.get("HUB_REQUIRE_BROWSER") == "1":
        pytest.fail("HUB_REQUIRE_BROWSER=1 but chromium is not installed")
    pytest.skip("chromium is not installed")


async def phone_page() -> AsyncIterator:  # type: ignore[type-arg]
    """A page in a phone-sized Chromium context (an officer's police phone)."""
    from playwright.async_api import async_playwright

    executable = chromium_or_skip()
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=executable)
        context = await browser.new_context(
            viewport={"width": 390, "height": 844},
            device_scale_factor=2,
            is_mobile=True,
            has_touch=True,
            locale="zh-CN",
            timezone_id="Asia/Shanghai",
        )
        page = await context.new_page()
        try:
            yield page
        finally:
            await browser.close()


async def screenshot(page, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    return path
