"""A real HTTP server as the police task system: every callback arrives, signed, once per event,
even when the task system was down for a while."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from aiohttp import web

from hub.cases import flows
from hub.cases.enums import ResolutionResult
from hub.clock import FrozenClock
from hub.outbox.channels import default_deliverers
from hub.outbox.models import OutboxMessage
from hub.outbox.sender import Deliverers, send_due
from hub.settings import Settings
from hub.tasks.flows import TaskFields, add_system, link, save_task
from intake.models import Conversation
from tests.factories import staff_of
from tests.test_feedback import CONVERSATION, chat_case


@dataclass
class TaskSystemServer:
    """The police system's callback endpoint, as docs/task-callbacks.md tells it to be written."""

    secret: str
    port: int
    fail_next: int = 0  # answer 500 after taking the callback (a lost answer)
    attempts: list[str] = field(default_factory=list)
    processed: dict[str, dict] = field(default_factory=dict)  # by delivery id
    refused: int = 0
    runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hub/callbacks"

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        stamp = request.headers["X-Hub-Timestamp"]
        mac = hmac.new(self.secret.encode(), stamp.encode() + b"." + body, hashlib.sha256)
        if not hmac.compare_digest("sha256=" + mac.hexdigest(), request.headers["X-Hub-Signature"]):
            self.refused += 1
            return web.Response(status=401)
        event = json.loads(body)
        assert event["id"] == request.headers["X-Hub-Delivery"]
        self.attempts.append(event["id"])
        self.processed.setdefault(event["id"], event)  # a repeated id is done once
        if self.fail_next:
            self.fail_next -= 1
            return web.Response(status=500)
        return web.Response(status=204)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/hub/callbacks", self.handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None


async def webhooks() -> list[tuple[str, int]]:
    rows = await OutboxMessage.filter(channel="webhook").order_by("id")
    return [(str(m.status), m.attempts) for m in rows]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def police_system(orm: str, clock: FrozenClock) -> AsyncIterator[TaskSystemServer]:
    system = await add_system("公安任务系统", now=clock.now())
    server = TaskSystemServer(system.signing_secret, free_port())
    server.system = system.system  # type: ignore[attr-defined]
    yield server
    await server.stop()


@pytest.fixture
async def deliverers(settings: Settings) -> AsyncIterator[Deliverers]:
    found = default_deliverers(settings)
    yield found
    await found.close()


async def linked_case(police: TaskSystemServer, clock: FrozenClock) -> str:
    await Conversation.create(id=CONVERSATION, created_at=clock.now(), updated_at=clock.now())
    case = await chat_case(clock.now())
    task, _ = await save_task(
        police.system,  # type: ignore[attr-defined]
        TaskFields("RW-2026-0871", "入户走访", "飞线充电", callback_url=police.url),
        now=clock.now(),
    )
    await link(case, task, now=clock.now())
    return case.number


async def test_callbacks_wait_for_a_task_system_that_is_down(
    police_system: TaskSystemServer, deliverers: Deliverers, clock: FrozenClock
) -> None:
    number = await linked_case(police_system, clock)
    staff = await staff_of("fire_rescue")
    await flows.sign(number, actor=staff, now=clock.advance(minutes=10))
    await send_due(deliverers, clock)
    assert await webhooks() == [("pending", 1)]  # nobody listening: connection refused

    await flows.resolve(
        number,
        text="已督促房东拆除飞线",
        result=ResolutionResult.RESOLVED,
        actor=staff,
        now=clock.advance(hours=2),
    )
    for _ in range(3):  # down for a while: every try fails and backs off
        clock.advance(minutes=30)
        await send_due(deliverers, clock)
    assert [status for status, _ in await webhooks()] == ["pending", "pending"]
    assert police_system.attempts == []

    await police_system.start()
    clock.advance(hours=3)
    await send_due(deliverers, clock)
    assert [status for status, _ in await webhooks()] == ["sent", "sent"]
    events = sorted(police_system.processed.values(), key=lambda e: e["occurred_at"])
    assert [e["event"] for e in events] == ["case.signed", "case.resolved"]
    assert events[1]["case"]["resolution"]["text"] == "已督促房东拆除飞线"
    assert police_system.attempts == list(dict.fromkeys(police_system.attempts))  # once each
    assert police_system.refused == 0

    clock.advance(hours=5)
    await send_due(deliverers, clock)
    assert len(police_system.attempts) == 2


async def test_a_lost_answer_brings_the_same_delivery_id_again(
    police_system: TaskSystemServer, deliverers: Deliverers, clock: FrozenClock
) -> None:
    await police_system.start()
    number = await linked_case(police_system, clock)
    police_system.fail_next = 1
    await flows.sign(number, actor=await staff_of("fire_rescue"), now=clock.advance(minutes=10))
    await send_due(deliverers, clock)
    assert await webhooks() == [("pending", 1)]
    clock.advance(minutes=5)
    await send_due(deliverers, clock)
    assert await webhooks() == [("sent", 2)]
    first, again = police_system.attempts
    assert first == again and len(police_system.processed) == 1


async def test_a_forged_or_stale_callback_is_told_apart(
    police_system: TaskSystemServer, clock: FrozenClock
) -> None:
    from hub.feedback.signing import signature, valid

    body = b'{"event": "case.resolved"}'
    stamp = str(int(clock.now().timestamp()))
    good = signature(police_system.secret, stamp, body)
    now = clock.now().timestamp()
    assert valid(police_system.secret, stamp, body, good, now)
    assert not valid("another-secret", stamp, body, good, now)
    assert not valid(police_system.secret, stamp, body + b" ", good, now)
    assert not valid(police_system.secret, stamp, body, good, now + timedelta(minutes=6).seconds)
