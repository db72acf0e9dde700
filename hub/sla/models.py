"""Extension requests (延期): at most one per case, decided by a hub operator."""

from __future__ import annotations

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from hub.sla.enums import ExtensionStatus


class Extension(Model):
    id = fields.IntField(primary_key=True)
    # One row per case: the database itself refuses a second request.
    case: fields.OneToOneRelation = fields.OneToOneField(
        "models.Case", related_name="extension", on_delete=fields.CASCADE
    )
    length = fields.CharField(max_length=10)
    reason = fields.TextField()
    status = fields.CharEnumField(ExtensionStatus, max_length=10, default=ExtensionStatus.PENDING)
    requested_by = fields.CharField(max_length=100)
    requested_at = fields.DatetimeField()
    due_before = fields.DatetimeField()
    decided_by = fields.CharField(max_length=100, null=True)
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.TextField(null=True)
    granted_due_at = fields.DatetimeField(null=True)

    class Meta:
        table = "case_extension"
        indexes = (Index(fields=("status", "requested_at")),)

    case_id: int
