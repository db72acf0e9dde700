"""Changes made by the chat: a conversation's turns, filed reports, and messages from the hub.

A conversation lives in one database row (state as JSON, with a version). A turn reads it, works
out the reply without holding anything, then saves in one transaction: the new state (only if the
version is still the one it read), the messages, and the filed case if the turn filed one. If
another worker changed the conversation meanwhile, the transaction rolls back (no case is filed
twice) and the turn is worked out again on the newer state. So any worker can serve any message of
any conversation.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from agencies.catalog import catalogue
from hub.cases import flows as case_flows
from hub.cases.enums import Channel
from hub.cases.flows import Filed, NewReport
from hub.db import connection
from hub.errors import Conflict, NotFound, TooManyRequests
from hub.outbox.models import OutboxMessage
from hub.privacy.fields import open_json, seal_json
from hub.privacy.keys import seal
from intake import texts
from intake.actions import Intake
from intake.dialogue import Dialogue, Turn, fresh_state
from intake.forms import Form
from intake.heard import Heard, hear
from intake.models import ChatMessage, Conversation
from intake.privacy import mask_text
from intake.service import case_receipt, routed_receipt
from nlu.engine import run_nlu
from nlu.meaning import Meaning, PlaceMatch
from routing.decide import decide

log = logging.getLogger(__name__)
ATTEMPTS = 5
RATE_WINDOW = 60.0


class _Stale(Exception):
    """The conversation changed since this turn read it."""


@dataclass(frozen=True)
class ChatFiled:
    filed: Filed
    receipt: dict[str, Any]

    @property
    def duplicate(self) -> bool:
        return self.filed.duplicate


@dataclass
class TurnResult:
    session_id: str
    replies: list[dict[str, Any]]
    case: dict[str, Any] | None


async def take_turn(
    dialogue: Dialogue,
    session_id: str | None,
    text: str,
    *,
    now: datetime,
    channel: str = "web",
    per_minute: int = 30,
) -> TurnResult:
    """One message from a person and the hub's answer, saved together."""
    conversation = await _existing(session_id)
    in_form = conversation is not None and (conversation.state or {}).get("form") is not None
    heard = await hear(dialogue.engine, text, about=not in_form)
    for attempt in range(ATTEMPTS):
        if attempt:
            conversation = await _existing(session_id)
        sid = conversation.id if conversation else str(uuid.uuid4())
        state = _paced(conversation.state if conversation else fresh_state(), now, per_minute)
        turn = await dialogue.respond(state, heard, sid)
        try:
            if turn.action is None:
                await _save_turn(conversation, sid, heard, turn, now, channel)
            else:
                async with in_transaction():
                    turn = await dialogue.finish(turn, heard, sid)
                    await _save_turn(conversation, sid, heard, turn, now, channel)
        except _Stale:
            continue
        log.info("chat turn %s intent=%s text=%s", sid[:8], heard.intent, mask_text(text[:80]))
        return TurnResult(sid, [r.as_json() for r in turn.replies], turn.case)
    raise Conflict("会话正被同时更新，请稍后重试")


async def file_chat_report(
    form: Form, values: dict[str, Any], conversation_id: str, intake: Intake, *, now: datetime
) -> ChatFiled:
    """File a confirmed form as a report: routed like any report, the reporter on record."""
    where = values.get("address") or {}
    place = PlaceMatch(
        where.get("text"),
        where.get("place"),
        where.get("district"),
        where.get("street"),
        where.get("police_station"),
    )
    text = _report_text(form, values)
    meaning = await _meaning(form, values, text, place, intake)
    decision = decide(meaning, catalogue(), threshold=intake.triage_threshold)
    new = NewReport(
        channel=Channel.CHAT,
        text=text,
        details={"form": form.name, **values},
        reporter_kind=form.reporter,
        reporter_name=_first(form, values, ("name", "foreign_name", "company")),
        reporter_phone=_first(form, values, ("phone",)),
        conversation_id=conversation_id,
        meaning={"category": meaning.category, "confidence": meaning.confidence},
    )
    filed = await case_flows.open_case(
        new, decision, now=now, duplicate_window=intake.duplicate_window
    )
    joined = filed.duplicate  # the open case it joined may be another department's by now
    return ChatFiled(
        filed, await case_receipt(filed.case) if joined else routed_receipt(filed.case, decision)
    )


async def post_to_conversation(
    conversation_id: str,
    text: str,
    *,
    now: datetime,
    buttons: list[dict[str, Any]] | None = None,
    kind: str | None = None,
    case: dict[str, Any] | None = None,
    slots: dict[str, Any] | None = None,
    key: str | None = None,
) -> ChatMessage:
    """A message from the hub into a conversation (sign-off, resolution, a revisit question).

    `slots` changes the conversation's state in the same transaction, e.g.
    `{"pending_revisit": "XM…"}` so the reporter's next reply is taken as the revisit answer.
    The WebSocket of that conversation, on whichever worker, delivers the message. A `key` makes
    the post idempotent: posting the same key again returns the message already there.
    """
    for _ in range(ATTEMPTS):
        conversation = await Conversation.get_or_none(id=conversation_id)
        if conversation is None:
            raise NotFound("会话不存在")
        if key is not None and (known := await _posted(conversation_id, key)) is not None:
            return known
        state = dict(conversation.state or fresh_state())
        state["slots"] = {**state.get("slots", {}), **(slots or {})}
        async with in_transaction():
            won = await Conversation.filter(
                id=conversation_id, version=conversation.version
            ).update(state=state, version=F("version") + 1, updated_at=now)
            if not won:
                continue
            extra = {"buttons": buttons or [], "kind": kind, "case": case, "key": key}
            return await ChatMessage.create(
                conversation_id=conversation_id, direction="out", text=text, extra=extra, at=now
            )
    raise Conflict("会话正被同时更新，请稍后重试")


async def deliver_chat(message: OutboxMessage, *, now: datetime) -> ChatMessage:
    """The outbox's chat channel: its message into the conversation, once however often retried."""
    payload = message.payload
    return await post_to_conversation(
        message.recipient,
        message.body,
        now=now,
        buttons=payload.get("buttons"),
        kind=payload.get("kind"),
        case=payload.get("case"),
        slots=payload.get("slots"),
        key=f"outbox:{message.id}",
    )


async def _posted(conversation_id: str, key: str) -> ChatMessage | None:
    recent = (
        await ChatMessage.filter(conversation_id=conversation_id, direction="out")
        .order_by("-id")
        .limit(50)
    )
    return next((m for m in recent if m.extra.get("key") == key), None)


@dataclass(frozen=True)
class Snapshot:
    """A conversation as a turn reads it: its state and the version the save must still find."""

    id: str
    state: dict[str, Any]
    version: int


_READ = 'SELECT "state", "version" FROM "conversation" WHERE "id" = $1'


async def _existing(session_id: str | None) -> Snapshot | None:
    if not session_id:
        return None
    db = connection()
    if db.capabilities.dialect == "postgres":  # one plain statement: no model to build
        _, rows = await db.execute_query(_READ, [session_id])
        if not rows:
            return None
        return Snapshot(session_id, open_json(rows[0]["state"]), rows[0]["version"])
    found = await Conversation.get_or_none(id=session_id)
    return Snapshot(found.id, found.state or {}, found.version) if found else None


def _paced(state: dict[str, Any], now: datetime, per_minute: int) -> dict[str, Any]:
    """Refuse a conversation sending faster than `per_minute`; the count lives in its state."""
    moment = now.timestamp()
    recent = [t for t in state.get("recent", []) if moment - t < RATE_WINDOW]
    if len(recent) >= per_minute:
        raise TooManyRequests(texts.SLOW_DOWN, retry_after=int(RATE_WINDOW - (moment - recent[0])))
    return {**state, "recent": [*recent, moment]}


async def _save_turn(
    conversation: Snapshot | None,
    sid: str,
    heard: Heard,
    turn: Turn,
    now: datetime,
    channel: str,
) -> None:
    """The new state and the turn's messages: one statement on PostgreSQL (in the filing
    transaction when there is one), an update and a bulk insert elsewhere."""
    if connection().capabilities.dialect == "postgres":
        await _save_in_one_statement(conversation, sid, heard, turn, now, channel)
        return
    await _save(conversation, sid, turn.state, now, channel)
    await _store(sid, heard, turn, now)


async def _save(
    conversation: Snapshot | None, sid: str, state: dict[str, Any], now: datetime, channel: str
) -> None:
    if conversation is None:
        await Conversation.create(
            id=sid, channel=channel, state=state, version=1, created_at=now, updated_at=now
        )
        return
    won = await Conversation.filter(id=sid, version=conversation.version).update(
        state=state, version=conversation.version + 1, updated_at=now
    )
    if not won:
        raise _Stale()


_MESSAGES = (
    'INSERT INTO "chat_message" ("conversation_id", "direction", "text", "extra", "at") '
    'SELECT saved."id", m.direction, m.text, m.extra, $2 FROM saved, '
    "jsonb_to_recordset($5::jsonb) AS m(direction text, text text, extra text) "
    'RETURNING "id"'
)
_UPDATE_AND_STORE = (
    'WITH saved AS (UPDATE "conversation" SET "state" = $1, "version" = "version" + 1, '
    '"updated_at" = $2 WHERE "id" = $3 AND "version" = $4 RETURNING "id") ' + _MESSAGES
)
_CREATE_AND_STORE = (
    'WITH saved AS (INSERT INTO "conversation" ("id", "channel", "state", "version", '
    '"created_at", "updated_at") VALUES ($3, $6, $1, $4, $2, $2) RETURNING "id") ' + _MESSAGES
)


async def _save_in_one_statement(
    conversation: Snapshot | None,
    sid: str,
    heard: Heard,
    turn: Turn,
    now: datetime,
    channel: str,
) -> None:
    """PostgreSQL: state and messages in one atomic statement (one round trip, no BEGIN/COMMIT).

    Most turns write only these rows; a round trip costs more than the rest of the turn, so the
    version check, the state and the messages go together. No message row without its state.
    State, texts and extras go sealed, as the models' SealedText/SealedJSON columns hold them.
    """
    rows = [
        {"direction": m.direction, "text": seal(m.text), "extra": seal_json(m.extra)}
        for m in _messages(sid, heard, turn, now)
    ]
    state = seal_json(turn.state)
    if conversation is None:
        sql, values = _CREATE_AND_STORE, [state, now, sid, 1, json.dumps(rows), channel]
    else:
        sql, values = _UPDATE_AND_STORE, [state, now, sid, conversation.version, json.dumps(rows)]
    saved, _ = await connection().execute_query(sql, values)
    if not saved:
        raise _Stale()


async def _store(sid: str, heard: Heard, turn: Turn, now: datetime) -> None:
    """The person's message and the replies, in one statement."""
    await ChatMessage.bulk_create(_messages(sid, heard, turn, now))


def _messages(sid: str, heard: Heard, turn: Turn, now: datetime) -> list[ChatMessage]:
    said = texts.payload_title(heard.text)
    extra = {"intent": heard.intent}
    rows = [ChatMessage(conversation_id=sid, direction="in", text=said, extra=extra, at=now)]
    for reply in turn.replies:
        extra = {k: v for k, v in reply.as_json().items() if k != "text"} | {"reply": True}
        rows.append(
            ChatMessage(conversation_id=sid, direction="out", text=reply.text, extra=extra, at=now)
        )
    return rows


async def _meaning(
    form: Form, values: dict[str, Any], text: str, place: PlaceMatch, intake: Intake
) -> Meaning:
    if form.category is not None:
        return Meaning.certain(text, form.category, place)
    what, where = str(values["what"]), place.text or ""
    told = what if where in what else f"{what} {where}"
    understood = await run_nlu(intake.engine.understand, told)
    return Meaning(
        text,
        understood.category,
        understood.confidence,
        understood.alternatives,
        dict(understood.entities),
        place,
        understood.carrier,
    )


def _report_text(form: Form, values: dict[str, Any]) -> str:
    """The report's text as the case shows it; no ID numbers or phones in it."""
    if form.category is None:
        return str(values["what"])
    where = (values.get("address") or {}).get("text", "")
    people = [v for s in form.slots if s.kind == "people" for v in values.get(s.name) or []]
    count = f"，{len(people)}人" if people else ""
    return f"{form.title}：{where}{count}"


def _first(form: Form, values: dict[str, Any], kinds: tuple[str, ...]) -> str | None:
    slot = next((s for s in form.slots if s.kind in kinds), None)
    return str(values[slot.name]) if slot and values.get(slot.name) else None
