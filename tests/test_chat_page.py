"""The chat page at / in a real headless Chromium, on the trained NLU: every form from the welcome
to the receipt, typed as a resident types, with screenshots of the read-back and the receipt."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestServer

from hub.app import create_app
from hub.cases.models import Case
from hub.clock import FrozenClock
from hub.settings import Settings
from intake.models import Conversation
from nlu.pipeline import NluEngine
from tests.browser import phone_page, screenshot
from tests.chat_scripts import SCRIPTS, Script

pytestmark = pytest.mark.browser


@pytest.fixture
async def page_url(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> AsyncIterator[str]:
    app = create_app(settings, clock=clock, own_database=False, engine=engine)
    server = TestServer(app)
    await server.start_server()
    yield str(server.make_url("/"))
    await server.close()


@pytest.fixture
async def page(page_url: str) -> AsyncIterator[object]:
    async for page in phone_page():
        await page.goto(page_url)
        yield page


async def send(page, text: str, shown: str | None) -> str:  # type: ignore[no-untyped-def]
    """Type a message (or tap the button that sends it) and wait for the hub's answer."""
    answered = await page.locator(".row.hub:not(.typing)").count()
    if shown is not None:
        await page.locator(".chips:not(.used) .chip", has_text=shown).first.click()
    else:
        await page.fill("#text", text)
        await page.press("#text", "Enter")
    await page.wait_for_function(
        "n => document.querySelectorAll('.row.hub:not(.typing)').length > n"
        " && !document.querySelector('.typing')",
        arg=answered,
    )
    rows = page.locator(".row.hub:not(.typing)")
    texts = [await rows.nth(i).inner_text() for i in range(answered, await rows.count())]
    return "\n".join(texts)


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
async def test_each_form_in_the_browser(page, script: Script) -> None:  # type: ignore[no-untyped-def]
    await page.wait_for_selector(".chip >> text=登记租客")
    assert await Conversation.all().count() == 0, "opening the page stores nothing"
    if script.name == "tenant":
        await screenshot(page, "chat-welcome")
    for step in script.steps:
        answer = await send(page, step.say, step.shown)
        for words in step.expect:
            assert words in answer, f"{step.say!r} -> {answer!r}"
        if step is script.steps[-2]:
            card = await page.locator(".card").last.inner_text()
            for value in script.card.values():
                assert value.split("\n")[0] in card
            await page.wait_for_timeout(400)  # the log scrolls smoothly to the card
            await screenshot(page, f"chat-{script.name}-read-back")
    receipt = page.locator(".card.receipt")
    await receipt.wait_for()
    number = await receipt.get_attribute("data-case")
    assert number and number.startswith("XM")
    await page.wait_for_timeout(400)  # the log scrolls smoothly to the receipt
    await screenshot(page, f"chat-{script.name}-receipt")
    case = await Case.get(number=number).prefetch_related("category")
    await script.check(case)

    await page.reload()
    await page.wait_for_selector(f".card.receipt[data-case='{number}']")
