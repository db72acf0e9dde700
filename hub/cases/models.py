"""Reporters, their reports, the cases made of them, and each case's timeline."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model

from hub.cases.enums import CaseStatus, Channel, EventKind, ResolutionResult
from hub.privacy.fields import SealedJSON, SealedText


class Reporter(Model):
    """The person a report came from: a resident, landlord, employer, or an officer for a task."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=20, default="resident")
    name = SealedText(null=True)
    phone = SealedText(null=True)
    phone_hash = fields.CharField(max_length=64, null=True, db_index=True)  # hub/privacy/lookup
    created_at = fields.DatetimeField()

    class Meta:
        table = "reporter"


class Case(Model):
    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=20, unique=True)
    status = fields.CharEnumField(CaseStatus, max_length=20)
    category: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Category", related_name="cases", on_delete=fields.RESTRICT
    )
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="cases", null=True, on_delete=fields.RESTRICT
    )
    unit: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Unit", related_name="cases", null=True, on_delete=fields.RESTRICT
    )
    district = fields.CharField(max_length=20, null=True)
    street = fields.CharField(max_length=30, null=True)
    police_station = fields.CharField(max_length=30, null=True)
    place = fields.CharField(max_length=50, null=True)
    summary = fields.CharField(max_length=200)  # searched by the queue: identifiers masked
    details: dict[str, Any] = SealedJSON(default=dict)
    routing: dict[str, Any] = fields.JSONField(default=dict)
    sla_class = fields.CharField(max_length=20)
    excluded_departments: list[Any] = fields.JSONField(default=list)
    routed_at = fields.DatetimeField(null=True)
    sign_due_at = fields.DatetimeField(null=True)
    signed_at = fields.DatetimeField(null=True)
    resolve_due_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    resolution_text = fields.TextField(null=True)
    resolution_result = fields.CharEnumField(ResolutionResult, max_length=30, null=True)
    duplicate_of: fields.ForeignKeyNullableRelation[Case] = fields.ForeignKeyField(
        "models.Case", related_name="duplicates", null=True, on_delete=fields.RESTRICT
    )
    # The SLA clock (hub/sla): stopped while suspended (挂起); the instants at which the
    # sweep owes the open window a reminder (催办), an escalation (督办) and a place on the
    # overdue list (通报), each cleared once done; sla_next_at is the earliest of them, the
    # one column the sweep scans.
    suspended_at = fields.DatetimeField(null=True)
    remind_due_at = fields.DatetimeField(null=True)
    escalate_due_at = fields.DatetimeField(null=True)
    list_due_at = fields.DatetimeField(null=True)
    sla_next_at = fields.DatetimeField(null=True)
    # who in the lead department works the case (the signer, or whom a supervisor assigns)
    assignee: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Account", related_name="assigned_cases", null=True, on_delete=fields.RESTRICT
    )
    # the department that returned the case, until it is dispatched again: it follows the case
    returned_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="returned_cases", null=True, on_delete=fields.RESTRICT
    )
    version = fields.IntField(default=1)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    # when the retention period (HUB_RETENTION_DAYS) erased the personal data of its reports
    erased_at = fields.DatetimeField(null=True)

    class Meta:
        table = "case"
        # The queue's keyset pages: each tab walks one of these in order (agencies/queue.py).
        indexes = (
            Index(fields=("department_id", "status", "created_at")),
            Index(fields=("department_id", "status", "sign_due_at", "id")),
            Index(fields=("department_id", "status", "resolve_due_at", "id")),
            Index(fields=("department_id", "created_at", "id")),
            Index(fields=("department_id", "category_id", "created_at", "id")),
            Index(fields=("returned_by_id", "status", "created_at")),
            Index(fields=("assignee_id", "status")),
            Index(fields=("status", "created_at")),
            Index(fields=("status", "sign_due_at", "id")),
            Index(fields=("status", "resolve_due_at", "id")),
            Index(fields=("created_at", "id")),
            Index(fields=("category_id", "place", "created_at")),
            Index(fields=("sla_next_at",)),
            Index(fields=("status", "closed_at")),
        )

    category_id: int
    department_id: int | None
    unit_id: int | None
    assignee_id: int | None
    returned_by_id: int | None
    assists: fields.ReverseRelation[CaseAssist]
    events: fields.ReverseRelation[CaseEvent]
    reports: fields.ReverseRelation[Report]


class Report(Model):
    """What arrived through a channel, as it arrived, and what the hub understood of it."""

    id = fields.IntField(primary_key=True)
    channel = fields.CharEnumField(Channel, max_length=20)
    text = SealedText()
    details: dict[str, Any] = SealedJSON(default=dict)
    meaning: dict[str, Any] = fields.JSONField(default=dict)
    reporter: fields.ForeignKeyNullableRelation[Reporter] = fields.ForeignKeyField(
        "models.Reporter", related_name="reports", null=True, on_delete=fields.RESTRICT
    )
    case: fields.ForeignKeyNullableRelation[Case] = fields.ForeignKeyField(
        "models.Case", related_name="reports", null=True, on_delete=fields.RESTRICT
    )
    conversation_id = fields.CharField(max_length=36, null=True, db_index=True)
    received_at = fields.DatetimeField()

    class Meta:
        table = "report"

    reporter_id: int | None
    case_id: int | None


class CaseAssist(Model):
    """A co-handling department (协办) on a case, with its opinion once given."""

    id = fields.IntField(primary_key=True)
    case: fields.ForeignKeyRelation[Case] = fields.ForeignKeyField(
        "models.Case", related_name="assists", on_delete=fields.CASCADE
    )
    department: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Department", related_name="assisted_cases", on_delete=fields.RESTRICT
    )
    opinion = fields.TextField(null=True)
    opinion_at = fields.DatetimeField(null=True)

    class Meta:
        table = "case_assist"
        unique_together = (("case", "department"),)
        indexes = (Index(fields=("department_id", "case_id")),)

    case_id: int
    department_id: int


class CaseEvent(Model):
    """One entry of a case's audit timeline: who did what, when, from which status to which."""

    id = fields.IntField(primary_key=True)
    case: fields.ForeignKeyRelation[Case] = fields.ForeignKeyField(
        "models.Case", related_name="events", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=30)
    from_status = fields.CharEnumField(CaseStatus, max_length=20, null=True)
    to_status = fields.CharEnumField(CaseStatus, max_length=20, null=True)
    actor = fields.CharField(max_length=100)
    account: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Account", related_name="events", null=True, on_delete=fields.RESTRICT
    )
    department: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Department", related_name="events", null=True, on_delete=fields.RESTRICT
    )
    text = fields.TextField(null=True)
    data: dict[str, Any] = fields.JSONField(default=dict)
    at = fields.DatetimeField()

    class Meta:
        table = "case_event"
        ordering = ("at", "id")
        indexes = (Index(fields=("case_id", "at")), Index(fields=("kind", "at")))

    case_id: int
    account_id: int | None
    department_id: int | None

    @property
    def kind_enum(self) -> EventKind | None:
        try:
            return EventKind(self.kind)
        except ValueError:
            return None


class CaseNumberSequence(Model):
    """Last case number handed out on a Xiamen calendar day, so numbers read XM20261128000123."""

    day = fields.CharField(max_length=8, primary_key=True)
    last_number = fields.IntField()

    class Meta:
        table = "case_number_sequence"
