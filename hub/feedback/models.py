"""Revisits (回访): the question to the reporter after a resolution, and their answer."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class RevisitStatus(StrEnum):
    PLANNED = "planned"  # waiting for its day
    ASKED = "asked"  # the question is in the conversation
    ANSWERED = "answered"
    VOID = "void"  # the case moved on without an answer (closed or reopened by someone else)


class Revisit(Model):
    """One revisit per resolution of a case that has a reporter to ask."""

    id = fields.IntField(primary_key=True)
    case: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Case", related_name="revisits", on_delete=fields.CASCADE
    )
    conversation_id = fields.CharField(max_length=36)
    status = fields.CharEnumField(RevisitStatus, max_length=10, default=RevisitStatus.PLANNED)
    due_at = fields.DatetimeField()
    asked_at = fields.DatetimeField(null=True)
    answered_at = fields.DatetimeField(null=True)
    satisfied = fields.BooleanField(null=True)
    solved = fields.BooleanField(null=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "revisit"
        indexes = (Index(fields=("status", "due_at")), Index(fields=("case_id", "status")))

    case_id: int
