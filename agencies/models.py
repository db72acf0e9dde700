"""Departments, their units, the catalogue tables and the accounts of the people who work cases."""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from agencies.enums import Role, UnitKind


class Department(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name_zh = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=200)
    kind = fields.CharField(max_length=20)
    scope = fields.CharField(max_length=20)
    email = fields.CharField(max_length=200, null=True)
    supervisor_email = fields.CharField(max_length=200, null=True)

    class Meta:
        table = "department"
        ordering = ("id",)


class Unit(Model):
    """A police station or a street office (街道办事处) under a department."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(UnitKind, max_length=20)
    name = fields.CharField(max_length=50)
    department: fields.ForeignKeyRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="units", on_delete=fields.RESTRICT
    )
    district = fields.CharField(max_length=20)
    street = fields.CharField(max_length=30)

    class Meta:
        table = "unit"
        unique_together = (("kind", "name"),)


class Place(Model):
    """A gazetteer entry: a road, neighbourhood or landmark and the jurisdiction it lies in."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=50, db_index=True)
    district = fields.CharField(max_length=20)
    street = fields.CharField(max_length=30)
    police_station = fields.CharField(max_length=30)

    class Meta:
        table = "place"
        unique_together = (("name", "street", "police_station"),)


class SlaClass(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=20, unique=True)
    clock = fields.CharField(max_length=10)
    sign_within = fields.CharField(max_length=10)
    resolve_within = fields.CharField(max_length=10)
    remind_at = fields.FloatField()
    extension_max = fields.CharField(max_length=10, null=True)

    class Meta:
        table = "sla_class"


class Category(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=40, unique=True)
    name_zh = fields.CharField(max_length=60)
    group = fields.CharField(max_length=20)
    lead = fields.CharField(max_length=40)
    assist: list[Any] = fields.JSONField(default=list)
    sla_class: fields.ForeignKeyRelation[SlaClass] = fields.ForeignKeyField(
        "models.SlaClass", related_name="categories", on_delete=fields.RESTRICT
    )

    class Meta:
        table = "category"
        ordering = ("id",)


class Account(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=60, unique=True)
    display_name = fields.CharField(max_length=60)
    role = fields.CharEnumField(Role, max_length=20)
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="accounts", null=True, on_delete=fields.RESTRICT
    )
    unit: fields.ForeignKeyNullableRelation[Unit] = fields.ForeignKeyField(
        "models.Unit", related_name="accounts", null=True, on_delete=fields.RESTRICT
    )
    email = fields.CharField(max_length=200, null=True)
    password_hash = fields.CharField(max_length=200, null=True)
    failed_logins = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    active = fields.BooleanField(default=True)
    # Sessions live in the browser's cookie; each carries the generation it began in, and a
    # logout moves the account to the next one, so no copy of an earlier cookie opens it again.
    session_generation = fields.IntField(default=0)
    created_at = fields.DatetimeField()

    class Meta:
        table = "account"

    department_id: int | None
    unit_id: int | None


class ApiToken(Model):
    """A bearer token of an account (officers' phones): only its SHA-256 is kept; revocable."""

    id = fields.IntField(primary_key=True)
    account: fields.ForeignKeyRelation[Account] = fields.ForeignKeyField(
        "models.Account", related_name="tokens", on_delete=fields.CASCADE
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    label = fields.CharField(max_length=60, null=True)
    created_at = fields.DatetimeField()
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_token"

    account_id: int
