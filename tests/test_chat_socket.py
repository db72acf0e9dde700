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
from intake.models import ChatMessage
from tests.chat_engine import BAD_ID, VALID_IDS, ScriptedEngine
from tests.chat_helpers import Person
from tests.factories import staff_of


@pytest.fixture
async def chat(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[TestClient]:
    app = create_app(settings, clock=clock, own_database=False, engine=ScriptedEngine())
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


async def test_tenant_report_over_the_websocket(chat: TestClient) -> None:
    async with chat.ws_connect("/api/chat/ws") as socket:
        assert (await frame(socket, "history"))["messages"] == []
        turn = await say(socket, "我要登记租客")
        session = turn["session_id"]
        for text in ("庄国栋", "13906053388", "思明区莲前西路188号502", "两个人"):
            turn = await say(socket, text)
        turn = await say(socket, f"韦小兰 {VALID_IDS[0]}")
        turn = await say(socket, f"李明 {BAD_ID}")
        assert "校验位不对" in said(turn)
        turn = await say(socket, f"李明 {VALID_IDS[1]}")
        turn = await say(socket, "3月1日")
        assert any(r.get("card") for r in turn["replies"])
        turn = await say(socket, "/affirm")
        assert turn["session_id"] == session
    number = turn["case"]["number"]
    case = await Case.get(number=number)
    assert case.police_station == "莲前派出所" and case.details["tenants"][1]["name"] == "李明"

    async with chat.ws_connect(f"/api/chat/ws?session_id={session}") as socket:
        history = await frame(socket, "history")
        assert history["session_id"] == session
        assert history["messages"][-1]["case"]["number"] == number


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
    await person.say("我家楼下烧烤摊天天开到凌晨两点，油烟噪音受不了，在湖里区江头")
    for text in ("昨天", "不清楚", "13959287416"):
        await person.say(text)
    number = (await person.say("/affirm"))["case"]["number"]
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
