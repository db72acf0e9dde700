"""The same conversation over the WebSocket, and the hub's own messages pushed into it."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import ClientWebSocketResponse
from aiohttp.test_utils import TestClient, TestServer

from hub.app import create_app
from hub.cases import flows as case_flows
from hub.cases.enums import ResolutionResult
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from hub.feedback.flows import ask_due_revisits
from hub.outbox.models import OutboxChannel, OutboxMessage
from hub.settings import Settings
from intake.flows import deliver_chat, post_to_conversation
from intake.models import ChatMessage, Conversation
from nlu.pipeline import NluEngine
from tests.chat_helpers import Person
from tests.chat_scripts import SCRIPTS, Script
from tests.factories import staff_of


@pytest.fixture
async def chat(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> AsyncIterator[TestClient]:
    app = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(app)) as client:
        yield client


async def frame(socket: ClientWebSocketResponse, kind: str, wait: float = 5) -> dict[str, Any]:
    while True:
        data = await asyncio.wait_for(socket.receive_json(), wait)
        if data["type"] == kind:
            return data


async def say(socket: ClientWebSocketResponse, text: str) -> dict[str, Any]:
    await socket.send_json({"text": text})
    return await frame(socket, "turn")


def said(turn: dict[str, Any]) -> str:
    return "\n".join(r["text"] for r in turn["replies"])


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
async def test_each_form_over_the_websocket(chat: TestClient, script: Script) -> None:
    async with chat.ws_connect("/api/chat/ws") as socket:
        greeting = await frame(socket, "history")
        assert greeting["messages"] == [] and "登记租客" in str(greeting["welcome"])
        assert await Conversation.all().count() == 0, "opening the chat stores nothing"
        session = None
        for step in script.steps:
            turn = await say(socket, step.say)
            session = session or turn["session_id"]
            assert turn["session_id"] == session
            for words in step.expect:
                assert words in said(turn), f"{step.say!r} -> {said(turn)!r}"
    number = turn["case"]["number"]
    case = await Case.get(number=number).prefetch_related("category")
    await script.check(case)

    async with chat.ws_connect(f"/api/chat/ws?session_id={session}") as socket:
        history = await frame(socket, "history")
        assert history["session_id"] == session and "welcome" not in history
        assert history["messages"][-1]["case"]["number"] == number
        assert history["messages"][0]["text"] == script.steps[0].say


async def test_bad_frames_get_a_clear_answer(chat: TestClient) -> None:
    async with chat.ws_connect("/api/chat/ws") as socket:
        await frame(socket, "history")
        await socket.send_bytes(b"\x00\x01")
        assert "文字" in (await frame(socket, "error"))["message"]
        await socket.send_str("not json")
        assert "text" in (await frame(socket, "error"))["message"]
        turn = await say(socket, "")
        assert "没有输入" in said(turn) and turn["session_id"] is None


async def test_messages_from_elsewhere_reach_the_socket(
    chat: TestClient, clock: FrozenClock
) -> None:
    person = Person(chat)
    await person.say("你好")
    async with chat.ws_connect(f"/api/chat/ws?session_id={person.session_id}") as socket:
        await frame(socket, "history")
        # another worker (or the outbox sender) appends a notice to the conversation
        await post_to_conversation(person.session_id or "", "您的工单已签收。", now=clock.now())
        pushed = await frame(socket, "message")
        assert pushed["message"]["text"] == "您的工单已签收。"
        turn = await say(socket, "你好")
        assert turn["replies"], "the socket's own turns come back as turns, not pushes"


async def test_revisit_answered_in_the_chat_reopens_the_case(
    chat: TestClient, clock: FrozenClock
) -> None:
    person = Person(chat)
    number = await person.report_and_confirm(
        "我家楼下烧烤摊天天开到凌晨两点，油烟噪音受不了，在湖里区江头台湾街"
    )
    staff = await staff_of("urban_management")
    await case_flows.sign(number, actor=staff, now=clock.now())
    await case_flows.resolve(
        number, text="已劝离摊贩", result=ResolutionResult.RESOLVED, actor=staff, now=clock.now()
    )
    clock.advance(days=1)
    assert await ask_due_revisits(clock.now()) == 1
    async with chat.ws_connect(f"/api/chat/ws?session_id={person.session_id}") as socket:
        await frame(socket, "history")
        for message in await OutboxMessage.filter(channel=OutboxChannel.CHAT).order_by("id"):
            await deliver_chat(message, now=clock.now())
            await deliver_chat(message, now=clock.now())  # a retried delivery posts once
        question = None
        while question is None:
            pushed = (await frame(socket, "message"))["message"]
            question = pushed if pushed["kind"] == "revisit_question" else None
        assert "满意" in question["text"] and len(question["buttons"]) == 3
        turn = await say(socket, question["buttons"][2]["payload"])
        assert "重新办理" in said(turn)
    case = await Case.get(number=number)
    assert case.status == "reopened"
    answer = await CaseEvent.get(case_id=case.id, kind="revisit")
    assert answer.data == {"satisfied": False, "solved": False}
    kinds = await ChatMessage.filter(conversation_id=person.session_id).values_list(
        "extra", flat=True
    )
    assert sum(1 for extra in kinds if extra.get("kind") == "revisit_question") == 1
    assert case.resolve_due_at is not None and case.resolve_due_at > clock.now() - timedelta(1)
