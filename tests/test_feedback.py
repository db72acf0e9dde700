"""Feedback: linked tasks and reporters hear of each change once; the revisit closes or reopens."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from agencies.catalog import catalogue
from hub.cases import flows
from hub.cases.enums import Channel, ResolutionResult
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from hub.feedback import flows as feedback
from hub.feedback.deliver import DeliveryFailed, deliver_webhook
from hub.feedback.models import Revisit
from hub.http import iso
from hub.outbox.models import OutboxMessage
from hub.tasks.flows import TaskFields, add_system, link, save_task
from hub.tasks.models import Task
from nlu.meaning import Meaning
from routing.decide import decide
from tests.factories import place, staff_of

CONVERSATION = "5f0c6a1e-0000-4000-8000-000000000001"


async def chat_case(now: datetime, conversation: str = CONVERSATION) -> Case:
    text = "莲花新村7栋楼道里好几辆电动车在充电，线从三楼窗户拉下来的"
    meaning = Meaning(text, "fire_hazard", 0.9, place=place("台湾街"))
    filed = await flows.open_case(
        flows.NewReport(
            Channel.CHAT, text, conversation_id=conversation, reporter_phone="13900000000"
        ),
        decide(meaning, catalogue(), threshold=0.45),
        now=now,
        duplicate_window=timedelta(0),
    )
    return filed.case


async def linked_task(
    case: Case, now: datetime, callback: str | None = "http://127.0.0.1:9/cb"
) -> Task:
    system = await add_system("公安任务系统", now=now)
    task, _ = await save_task(
        system.system,
        TaskFields("RW-1", "入户走访", "走访发现飞线充电", callback_url=callback),
        now=now,
    )
    await link(case, task, now=now)
    return task


async def work(case: Case, clock: FrozenClock, text: str = "已拆除飞线，设置集中充电点") -> Case:
    staff = await staff_of("fire_rescue")
    clock.advance(minutes=10)
    await flows.sign(case.number, actor=staff, now=clock.now())
    clock.advance(hours=3)
    return await flows.resolve(
        case.number, text=text, result=ResolutionResult.RESOLVED, actor=staff, now=clock.now()
    )


async def webhook_events() -> list[str]:
    rows = await OutboxMessage.filter(channel="webhook").order_by("id")
    return [json.loads(m.body)["event"] for m in rows]


async def test_each_change_reaches_every_linked_task_once(orm: str, clock: FrozenClock) -> None:
    case = await chat_case(clock.now())
    task = await linked_task(case, clock.now())
    await work(case, clock)
    assert await webhook_events() == ["case.signed", "case.resolved"]
    task = await Task.get(id=task.id)
    assert (task.status, task.resolution) == ("resolved", "已拆除飞线，设置集中充电点")
    last = json.loads((await OutboxMessage.filter(channel="webhook").order_by("-id").first()).body)  # type: ignore[union-attr]
    assert last["task"]["external_id"] == "RW-1"
    assert last["case"]["resolution"] == {
        "text": "已拆除飞线，设置集中充电点",
        "result": "resolved",
    }
    assert last["case"]["department_name"] == "厦门市消防救援支队"


async def test_a_return_is_fed_back_and_a_task_without_callback_still_shows_it(
    orm: str, clock: FrozenClock
) -> None:
    case = await chat_case(clock.now())
    task = await linked_task(case, clock.now(), callback=None)
    staff = await staff_of("fire_rescue")
    await flows.return_case(case.number, reason="不属于消防职责", actor=staff, now=clock.now())
    assert (await Task.get(id=task.id)).status == "returned"
    assert await OutboxMessage.filter(channel="webhook").count() == 0


async def test_the_reporter_hears_of_sign_off_and_resolution(orm: str, clock: FrozenClock) -> None:
    case = await chat_case(clock.now())
    await work(case, clock)
    notices = await OutboxMessage.filter(channel="chat").order_by("id")
    assert [m.recipient for m in notices] == [CONVERSATION, CONVERSATION]
    assert "已由厦门市消防救援支队签收办理" in notices[0].body
    assert "已拆除飞线" in notices[1].body
    assert [m.payload["kind"] for m in notices] == ["case_signed", "case_resolved"]


async def test_the_revisit_is_asked_on_the_next_working_day(orm: str, clock: FrozenClock) -> None:
    clock.set(datetime(2026, 12, 4, 1, 0, tzinfo=UTC))  # Friday 09:00 in Xiamen
    case = await work(await chat_case(clock.now()), clock)
    (revisit,) = await Revisit.all()
    assert revisit.due_at == datetime(2026, 12, 7, 1, 0, tzinfo=UTC)  # Monday 09:00
    assert await feedback.ask_due_revisits(datetime(2026, 12, 6, 12, 0, tzinfo=UTC)) == 0
    monday = datetime(2026, 12, 7, 1, 5, tzinfo=UTC)
    assert await feedback.ask_due_revisits(monday) == 1
    assert await feedback.ask_due_revisits(monday) == 0
    question = await OutboxMessage.filter(channel="chat").order_by("-id").first()
    assert question is not None and question.payload["kind"] == "revisit_question"
    assert question.payload["slots"] == {"pending_revisit": case.number}
    assert len(question.payload["buttons"]) == 3


async def test_a_satisfied_answer_closes_the_case(orm: str, clock: FrozenClock) -> None:
    case = await work(await chat_case(clock.now()), clock)
    await linked_task(case, clock.now())
    clock.advance(days=1)
    await feedback.ask_due_revisits(clock.now())
    closed = await feedback.answer_revisit(case.number, True, True, clock.now())
    assert closed.status == "closed"
    event = await CaseEvent.get(case_id=case.id, kind="revisit")
    assert event.data == {"satisfied": True, "solved": True}
    assert (await Revisit.get(case_id=case.id)).status == "answered"
    assert (await webhook_events())[-1] == "case.closed"


async def test_an_unsatisfied_answer_reopens_with_a_new_limit(orm: str, clock: FrozenClock) -> None:
    case = await work(await chat_case(clock.now()), clock)
    first_limit = case.resolve_due_at
    clock.advance(days=1)
    await feedback.ask_due_revisits(clock.now())
    reopened = await feedback.answer_revisit(case.number, False, False, clock.now())
    assert reopened.status == "reopened"
    assert reopened.resolve_due_at is not None and first_limit is not None
    assert reopened.resolve_due_at > first_limit
    event = await CaseEvent.get(case_id=case.id, kind="revisit")
    assert event.data == {"satisfied": False, "solved": False}
    assert "重办" in str((await CaseEvent.filter(case_id=case.id).order_by("-id").first()).text)  # type: ignore[union-attr]


async def test_no_answer_within_the_revisit_period_closes_the_case(
    orm: str, clock: FrozenClock
) -> None:
    case = await work(await chat_case(clock.now()), clock)
    clock.advance(days=1)
    await feedback.ask_due_revisits(clock.now())
    assert await feedback.close_unanswered(clock.now() + timedelta(days=1)) == 0
    assert await feedback.close_unanswered(clock.now() + timedelta(days=6)) == 1
    assert (await Case.get(id=case.id)).status == "closed"
    assert (await Revisit.get(case_id=case.id)).status == "void"


async def test_answering_a_case_that_is_not_resolved_changes_nothing(
    orm: str, clock: FrozenClock
) -> None:
    from hub.errors import TransitionNotAllowed

    case = await chat_case(clock.now())
    with pytest.raises(TransitionNotAllowed):
        await feedback.answer_revisit(case.number, True, True, clock.now())
    assert not await CaseEvent.filter(case_id=case.id, kind="revisit").exists()


class Receiver:
    """A task system's callback endpoint: checks each signature as docs/task-callbacks.md says."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.received: list[dict] = []

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        stamp = request.headers["X-Hub-Timestamp"]
        expected = (
            "sha256="
            + hmac.new(
                self.secret.encode(), stamp.encode() + b"." + body, hashlib.sha256
            ).hexdigest()
        )
        if not hmac.compare_digest(expected, request.headers["X-Hub-Signature"]):
            return web.Response(status=401)
        self.received.append(json.loads(body) | {"_stamp": int(stamp)})
        return web.Response(status=204)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def test_the_webhook_deliverer_signs_what_it_sends(
    orm: str, clock: FrozenClock, http: aiohttp.ClientSession
) -> None:
    case = await chat_case(clock.now())
    system = await add_system("公安任务系统", now=clock.now())
    receiver = Receiver(system.signing_secret)
    app = web.Application()
    app.router.add_post("/cb", receiver.handle)
    async with TestServer(app) as server:
        task, _ = await save_task(
            system.system,
            TaskFields("RW-9", "入户走访", "飞线充电", callback_url=str(server.make_url("/cb"))),
            now=clock.now(),
        )
        await link(case, task, now=clock.now())
        await work(case, clock)
        now = datetime.now(UTC)
        for message in await OutboxMessage.filter(channel="webhook").order_by("id"):
            await deliver_webhook(message, http=http, now=now)
    assert [r["event"] for r in receiver.received] == ["case.signed", "case.resolved"]
    assert abs(receiver.received[0]["_stamp"] - time.time()) < 60
    wrong = Receiver("not-the-secret")
    app = web.Application()
    app.router.add_post("/cb", wrong.handle)
    async with TestServer(app) as server:
        message = await OutboxMessage.filter(channel="webhook").first()
        assert message is not None
        message.recipient = str(server.make_url("/cb"))
        with pytest.raises(DeliveryFailed, match="401"):
            await deliver_webhook(message, http=http, now=now)
        await server.close()
        with pytest.raises(DeliveryFailed, match="无法访问"):
            await deliver_webhook(message, http=http, now=now)


async def test_an_approved_extension_is_fed_back_with_the_new_limit(
    orm: str, clock: FrozenClock
) -> None:
    from hub.sla import flows as sla
    from tests.factories import OPERATOR

    case = await chat_case(clock.now())
    task = await linked_task(case, clock.now())
    staff = await staff_of("fire_rescue")
    await flows.sign(case.number, actor=staff, now=clock.advance(minutes=10))
    await sla.request_extension(
        case.number, length="1d", reason="需协调房东整改", actor=staff, now=clock.advance(hours=1)
    )
    assert await webhook_events() == ["case.signed"]  # a request alone changes nothing yet
    await sla.decide_extension(case.number, approve=True, actor=OPERATOR, now=clock.now())
    assert await webhook_events() == ["case.signed", "case.extended"]
    extended = json.loads(
        (await OutboxMessage.filter(channel="webhook").order_by("-id").first()).body
    )  # type: ignore[union-attr]
    moved = await Case.get(id=case.id)
    assert extended["case"]["resolve_due_at"] == iso(moved.resolve_due_at)
    assert (await Task.get(id=task.id)).status == "signed"


async def test_a_case_with_nobody_to_revisit_closes_when_the_period_ends(
    orm: str, clock: FrozenClock
) -> None:
    from tests.factories import file_case

    referred = await file_case(clock.now(), category="fire_hazard", where="吕岭路", text="飞线充电")
    await linked_task(referred, clock.now())
    await work(referred, clock)
    chat = await work(await chat_case(clock.now(), conversation="c-2"), clock)
    assert await feedback.close_unanswered(clock.now() + timedelta(days=1)) == 0
    assert await feedback.close_unanswered(clock.now() + timedelta(days=6)) == 1
    assert (await Case.get(id=referred.id)).status == "closed"
    assert (await Case.get(id=chat.id)).status == "resolved"  # its reporter is still to be asked
    assert (await webhook_events())[-1] == "case.closed"
