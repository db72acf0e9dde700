"""POST requests: an Open311 service request filed as a report, routed like any other."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from agencies.catalog import catalogue
from hub.cases.enums import Channel
from hub.cases.flows import NewReport, open_case
from hub.errors import InvalidInput
from hub.tasks.models import TaskSystem
from intake.open311.services import checked_attributes, service_of
from nlu.engine import Engine, run_nlu
from nlu.meaning import Meaning
from routing.decide import decide

ATTRIBUTE = re.compile(r"^attribute\[([A-Za-z0-9_]{1,40})\]$")
LIMITS = {
    "description": 4000,
    "address_string": 200,
    "address_id": 60,
    "email": 200,
    "device_id": 100,
    "account_id": 100,
    "first_name": 50,
    "last_name": 50,
    "phone": 40,
    "media_url": 500,
    "lat": 20,
    "long": 20,
}


async def file_request(
    system: TaskSystem,
    form: Mapping[str, str],
    *,
    engine: Engine,
    now: datetime,
    threshold: float,
    duplicate_window: timedelta,
) -> dict[str, Any]:
    """File the request; answers with the standard's [{service_request_id, token, ...}] item."""
    cat = catalogue()
    category = service_of(cat, _required(form, "service_code"))
    fields = _fields(form)
    attributes = checked_attributes(category, _attributes(form))
    text = _text(fields)
    place = (
        await run_nlu(engine.place, fields["address_string"])
        if engine and fields.get("address_string")
        else None
    )
    meaning = Meaning.certain(text, category.code, place)  # the client chose the service
    name = " ".join(filter(None, (fields.get("last_name"), fields.get("first_name")))) or None
    filed = await open_case(
        NewReport(
            Channel.OPEN311,
            text,
            details={"open311": fields | {"attributes": attributes}, "system": system.name},
            reporter_name=name,
            reporter_phone=fields.get("phone"),
        ),
        decide(meaning, cat, threshold=threshold),
        now=now,
        duplicate_window=duplicate_window,
    )
    return {
        "service_request_id": filed.case.number,
        "token": str(filed.report.id),
        "service_notice": "已并入同一事项的在办工单" if filed.duplicate else None,
        "account_id": fields.get("account_id"),
    }


def _fields(form: Mapping[str, str]) -> dict[str, str]:
    fields = {}
    for name, limit in LIMITS.items():
        value = (form.get(name) or "").strip()
        if len(value) > limit:
            raise InvalidInput(f"{name} 超过 {limit} 个字符")
        if value:
            fields[name] = value
    if not fields.get("description"):
        raise InvalidInput("缺少 description（诉求内容）")
    if not ({"lat", "long"} <= set(fields) or "address_string" in fields or "address_id" in fields):
        raise InvalidInput("须提供位置：lat 和 long，或 address_string，或 address_id")
    for coordinate in ("lat", "long"):
        if coordinate in fields:
            _check_number(fields[coordinate], coordinate)
    return fields


def _attributes(form: Mapping[str, str]) -> dict[str, str]:
    found = {}
    for key, value in form.items():
        match = ATTRIBUTE.match(key)
        if match:
            found[match.group(1)] = value
        elif key.startswith("attribute"):
            raise InvalidInput(f"无法识别的参数 {key}")
    return found


def _text(fields: dict[str, str]) -> str:
    where = fields.get("address_string")
    return fields["description"] + (f"（地点：{where}）" if where else "")


def _required(form: Mapping[str, str], name: str) -> str:
    value = (form.get(name) or "").strip()
    if not value:
        raise InvalidInput(f"缺少 {name}")
    return value


def _check_number(value: str, name: str) -> None:
    try:
        float(value)
    except ValueError:
        raise InvalidInput(f"{name} 应为数字") from None
