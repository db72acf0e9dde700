"""Columns sealed at rest: the ORM seals on the way in and opens on the way out.

A sealed column is TEXT on every database; nothing may filter or sort on it (the keyed hashes of
hub/privacy/lookup.py are what personal data is found by).
"""

from __future__ import annotations

import json
from typing import Any

from tortoise.fields import TextField
from tortoise.fields.base import Field
from tortoise.models import Model

from hub.privacy.keys import seal, unseal


class SealedText(TextField):
    """Text sealed at rest (a phone number, a name, a report as the person wrote it)."""

    def to_db_value(self, value: Any, instance: type[Model] | Model) -> str | None:
        return None if value is None else seal(str(value))

    def to_python_value(self, value: Any) -> str | None:
        return None if value is None else unseal(value)


class SealedJSON(Field[Any], dict, list):  # type: ignore[misc]
    """A JSON structure sealed at rest as one value (form fields, a conversation's state)."""

    SQL_TYPE = "TEXT"
    indexable = False

    def to_db_value(self, value: Any, instance: type[Model] | Model) -> str | None:
        return None if value is None else seal_json(value)

    def to_python_value(self, value: Any) -> Any:
        if not isinstance(value, str):
            return value  # already a structure: a value set in Python, or a JSON column read
        return open_json(value)


def seal_json(value: Any) -> str:
    """A structure as a SealedJSON column holds it (for statements written by hand)."""
    return seal(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def open_json(stored: str) -> Any:
    return json.loads(unseal(stored))
