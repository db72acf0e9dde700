"""The chat's channels: POST /api/chat, the WebSocket /api/chat/ws, and the chat page at /."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from hub.errors import HubError
from hub.http import field, json_response, read_json
from hub.keys import CHAT, PUSHER
from hub.openapi import ERROR, ApiRoutes, query_param, schema
from intake import texts
from intake.flows import TurnResult
from intake.push import Subscriber
from intake.service import conversation, history, message_json

log = logging.getLogger(__name__)
routes = ApiRoutes("chat")
PAGE = Path(__file__).resolve().parent / "templates" / "chat.html"
MAX_FRAME = 16 * 1024
MAX_BODY = 16 * 1024

BUTTON = {
    "type": "object",
    "required": ["title", "payload"],
    "properties": {
        "title": {"type": "string", "example": "确认提交"},
        "payload": {"type": "string", "example": "/affirm"},
    },
}
CASE_RECEIPT = schema(
    "ChatCase",
    {
        "type": "object",
        "nullable": True,
        "required": ["number", "status", "department", "due_at"],
        "properties": {
            "number": {"type": "string", "example": "XM20261130000012"},
            "status": {"type": "string", "example": "routed"},
            "status_label": {"type": "string", "example": "待签收"},
            "department": {"type": "string", "nullable": True, "example": "police"},
            "department_name": {"type": "string", "nullable": True},
            "unit": {"type": "string", "nullable": True, "example": "江头派出所"},
            "due_at": {"type": "string", "format": "date-time", "nullable": True},
        },
    },
)
CHAT_REQUEST = schema(
    "ChatRequest",
    {
        "type": "object",
        "required": ["text"],
        "properties": {
            "session_id": {
                "type": "string",
                "nullable": True,
                "description": "the conversation; omit to start one (unknown ids start a new one)",
            },
            "text": {
                "type": "string",
                "description": "what the person typed, or a button's payload (/affirm)",
                "example": "我要登记租客",
            },
        },
    },
)
CHAT_REPLY = schema(
    "ChatReply",
    {
        "type": "object",
        "required": ["session_id", "replies", "case"],
        "properties": {
            "session_id": {"type": "string", "nullable": True},
            "replies": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["text", "buttons"],
                    "properties": {
                        "text": {"type": "string"},
                        "buttons": {"type": "array", "items": BUTTON},
                        "card": {
                            "type": "object",
                            "description": "the read-back to confirm: title and rows",
                        },
                        "case": CASE_RECEIPT,
                        "kind": {"type": "string", "enum": ["read_back", "receipt", "status"]},
                    },
                },
            },
            "case": CASE_RECEIPT,
        },
    },
)


def turn_json(result: TurnResult) -> dict[str, Any]:
    return {"session_id": result.session_id or None, "replies": result.replies, "case": result.case}


def _address(request: web.Request) -> str:
    return request.remote or "unknown"


@routes.operation(
    "POST",
    "/api/chat",
    summary="发一条聊天消息，得到中枢的回复（登记、反映问题、查询进度）",
    body=CHAT_REQUEST,
    responses={200: CHAT_REPLY, 400: ERROR, 413: ERROR, 429: ERROR},
)
async def post_chat(request: web.Request) -> web.Response:
    data = await read_json(request, max_size=MAX_BODY)
    session_id = field(data, "session_id", str, required=False, max_len=64)
    text = field(data, "text", str, max_len=MAX_BODY)
    result = await request.app[CHAT].turn(session_id, text, address=_address(request))
    return json_response(turn_json(result))


@routes.operation(
    "GET",
    "/api/chat/ws",
    summary='同一会话的 WebSocket：发 {"text"}，收 turn / message / history / error',
    parameters=[query_param("session_id", "已有会话的编号（可选）")],
    responses={101: None, 400: ERROR},
)
async def chat_socket(request: web.Request) -> web.WebSocketResponse:
    socket = web.WebSocketResponse(heartbeat=30, max_msg_size=MAX_FRAME)
    await socket.prepare(request)
    session = await _session(socket, request.query.get("session_id"))
    subscriber = None
    if session is not None:
        subscriber = await _subscribe(request, socket, session)
    try:
        async for frame in socket:
            if frame.type == WSMsgType.TEXT:
                subscriber = await _socket_turn(request, socket, frame.data, subscriber)
            elif frame.type == WSMsgType.BINARY:
                await socket.send_json({"type": "error", "message": texts.BINARY})
    finally:
        if subscriber is not None:
            request.app[PUSHER].unsubscribe(subscriber)
    return socket


WELCOME = {"text": texts.WELCOME, "buttons": texts.MENU}


async def _session(socket: web.WebSocketResponse, session_id: str | None) -> str | None:
    """Greets the socket with the conversation so far, or with a welcome that stores nothing:
    a conversation starts with the person's first message, not with a visit to the page."""
    found = await conversation(session_id[:64] if session_id else None)
    if found is None:
        await socket.send_json(
            {"type": "history", "session_id": None, "messages": [], "welcome": WELCOME}
        )
        return None
    messages = [message_json(m) for m in await history(found.id)]
    await socket.send_json({"type": "history", "session_id": found.id, "messages": messages})
    return found.id


async def _subscribe(
    request: web.Request, socket: web.WebSocketResponse, session_id: str
) -> Subscriber:
    from intake.models import ChatMessage

    seen = await ChatMessage.filter(conversation_id=session_id).values_list("id", flat=True)
    subscriber = Subscriber(session_id, socket.send_json, {int(str(i)) for i in seen})
    request.app[PUSHER].subscribe(subscriber)
    return subscriber


async def _socket_turn(
    request: web.Request, socket: web.WebSocketResponse, raw: str, subscriber: Subscriber | None
) -> Subscriber | None:
    try:
        data = json.loads(raw)
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str):
            raise ValueError
    except ValueError:
        await socket.send_json({"type": "error", "message": texts.FRAME_FORMAT})
        return subscriber
    session_id = subscriber.conversation_id if subscriber else None
    try:
        result = await request.app[CHAT].turn(
            session_id, text, address=_address(request), channel="websocket"
        )
    except HubError as exc:
        await socket.send_json({"type": "error", "code": exc.code, "message": exc.message})
        return subscriber
    if subscriber is None and result.session_id:
        subscriber = Subscriber(result.session_id, socket.send_json, set())
        request.app[PUSHER].subscribe(subscriber)
    await socket.send_json({"type": "turn", **turn_json(result)})
    return subscriber


@routes.get("/")
async def chat_page(request: web.Request) -> web.Response:
    return web.Response(
        text=PAGE.read_text(encoding="utf-8"),
        content_type="text/html",
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )
