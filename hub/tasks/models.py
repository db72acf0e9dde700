"""Police tasks (任务标准件) pushed by the police task system, and their links to cases."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from hub.privacy.fields import SealedJSON


class TaskSystem(Model):
    """A registered task system: authenticates with an API key, receives signed callbacks."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=60, unique=True)
    api_key_hash = fields.CharField(max_length=64, unique=True)
    signing_secret = fields.CharField(max_length=100)
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField()

    class Meta:
        table = "task_system"


class Task(Model):
    id = fields.IntField(primary_key=True)
    system: fields.ForeignKeyRelation[TaskSystem] = fields.ForeignKeyField(
        "models.TaskSystem", related_name="tasks", on_delete=fields.RESTRICT
    )
    external_id = fields.CharField(max_length=100)
    type = fields.CharField(max_length=60)
    station = fields.CharField(max_length=60, null=True)
    officer: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Account", related_name="tasks", null=True, on_delete=fields.RESTRICT
    )
    subject = fields.TextField()
    place = fields.CharField(max_length=200, null=True)
    people: list[Any] = SealedJSON(default=list)
    callback_url = fields.CharField(max_length=500, null=True)
    status = fields.CharField(max_length=30, default="open")
    resolution = fields.TextField(null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "task"
        unique_together = (("system", "external_id"),)

    system_id: int
    officer_id: int | None


class CaseTask(Model):
    """A case opened from, or linked to, a police task."""

    id = fields.IntField(primary_key=True)
    case: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Case", related_name="task_links", on_delete=fields.CASCADE
    )
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="case_links", on_delete=fields.CASCADE
    )
    created_at = fields.DatetimeField()

    class Meta:
        table = "case_task"
        unique_together = (("case", "task"),)

    case_id: int
    task_id: int


class Referral(Model):
    """An officer's push of a task to the hub, keyed by the Idempotency-Key the phone sent.

    The unique (officer, key) pair is what makes a double tap or a retry create one case: the
    second insert fails in the database, and the second request answers with the stored response.
    """

    id = fields.IntField(primary_key=True)
    officer: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Account", related_name="referrals", on_delete=fields.RESTRICT
    )
    idempotency_key = fields.CharField(max_length=200)
    fingerprint = fields.CharField(max_length=64)  # SHA-256 of the request it answered
    task: fields.ForeignKeyRelation[Task] = fields.ForeignKeyField(
        "models.Task", related_name="referrals", on_delete=fields.CASCADE
    )
    case: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Case", related_name="referrals", null=True, on_delete=fields.CASCADE
    )
    response: dict[str, Any] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()

    class Meta:
        table = "referral"
        unique_together = (("officer", "idempotency_key"),)

    officer_id: int
    task_id: int
    case_id: int | None
