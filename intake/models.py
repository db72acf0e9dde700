"""Conversations held with residents, kept in the database so any worker can continue them."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from hub.privacy.fields import SealedJSON, SealedText


class Conversation(Model):
    id = fields.CharField(max_length=36, primary_key=True)
    channel = fields.CharField(max_length=20, default="web")
    state: dict[str, Any] = SealedJSON(default=dict)
    reporter: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Reporter", related_name="conversations", null=True, on_delete=fields.RESTRICT
    )
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "conversation"

    reporter_id: int | None


class ChatMessage(Model):
    """One message in a conversation, either way (`in` from the person, `out` from the hub)."""

    id = fields.IntField(primary_key=True)
    conversation: fields.ForeignKeyRelation[Conversation] = fields.ForeignKeyField(
        "models.Conversation", related_name="messages", on_delete=fields.CASCADE
    )
    direction = fields.CharField(max_length=3)
    text = SealedText()
    extra: dict[str, Any] = SealedJSON(default=dict)
    at = fields.DatetimeField()

    class Meta:
        table = "chat_message"
        ordering = ("at", "id")
        indexes = (Index(fields=("conversation_id", "direction", "id")),)

    conversation_id: str
