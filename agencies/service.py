"""Reads on the departments' side."""

from __future__ import annotations

from typing import Any

from agencies.models import Department


async def department_list() -> list[dict[str, Any]]:
    return [
        {
            "code": d.code,
            "name_zh": d.name_zh,
            "name_en": d.name_en,
            "kind": d.kind,
            "scope": d.scope,
        }
        for d in await Department.all().order_by("id")
    ]
