"""Keyed hashes of the identifiers in each case's reports: how a case is found by them."""

from __future__ import annotations

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class PersonalKey(Model):
    """An ID number, passport number or phone named in a case's reports, as its keyed hash."""

    id = fields.IntField(primary_key=True)
    case: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Case", related_name="personal_keys", on_delete=fields.CASCADE
    )
    kind = fields.CharField(max_length=10)  # id_number, passport, phone
    digest = fields.CharField(max_length=64)  # HMAC-SHA256 of the normalised value

    class Meta:
        table = "personal_key"
        unique_together = (("case", "kind", "digest"),)
        indexes = (Index(fields=("digest", "case_id")),)

    case_id: int
