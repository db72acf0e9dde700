"""Messages waiting to leave the hub, written in the transaction of the change they announce."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class OutboxChannel(StrEnum):
    EMAIL = "email"
    WEBHOOK = "webhook"  # signed JSON POST to a task system's callback URL
    CHAT = "chat"  # a message into a resident's conversation


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    DEAD = "dead"


class OutboxMessage(Model):
    id = fields.IntField(primary_key=True)
    channel = fields.CharEnumField(OutboxChannel, max_length=10)
    recipient = fields.CharField(max_length=500)
    subject = fields.CharField(max_length=200, null=True)
    body = fields.TextField()
    payload: dict[str, Any] = fields.JSONField(default=dict)
    case: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Case", related_name="outbox", null=True, on_delete=fields.CASCADE
    )
    status = fields.CharEnumField(OutboxStatus, max_length=10, default=OutboxStatus.PENDING)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.TextField(null=True)
    created_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_message"
        indexes = (Index(fields=("status", "next_attempt_at")),)

    case_id: int | None
