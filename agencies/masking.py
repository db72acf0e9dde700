"""Personal data shown only to those whose work needs it; masked for everyone else."""

from __future__ import annotations

import re
from typing import Any

from agencies.access import Principal
from agencies.enums import Role
from hub.cases.models import Case

ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9A-Za-z])")
MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")
PASSPORT = re.compile(r"(?<![0-9A-Za-z])([A-Z]{1,2})\d{5,7}(\d{2})(?![0-9A-Za-z])")
PERSONAL_KEYS = ("name", "phone", "mobile", "id_number", "passport", "id_card", "contact")


def sees_personal_data(principal: Principal, case: Case) -> bool:
    """The lead department works with the reporter; hub operators call back for triage."""
    if principal.role == Role.OPERATOR:
        return True
    return bool(principal.in_department and principal.department_id == case.department_id)


def mask_text(text: str | None) -> str | None:
    """ID numbers, mobile numbers and passport numbers inside free text, masked."""
    if not text:
        return text
    text = ID_NUMBER.sub(lambda m: m.group(1) + "*" * 8 + m.group(2), text)
    text = MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)
    return PASSPORT.sub(lambda m: m.group(1) + "*****" + m.group(2), text)


def mask_name(name: str | None) -> str | None:
    if not name:
        return name
    return name[0] + "*" * max(len(name) - 1, 1)


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    digits = phone.strip()
    return digits[:3] + "****" + digits[-4:] if len(digits) >= 8 else "****"


def mask_fields(data: Any) -> Any:
    """A report's or case's structured fields with personal values masked, at any depth."""
    if isinstance(data, dict):
        return {k: _mask_value(k, v) for k, v in data.items()}
    if isinstance(data, list):
        return [mask_fields(v) for v in data]
    if isinstance(data, str):
        return mask_text(data)
    return data


def _mask_value(key: str, value: Any) -> Any:
    if isinstance(value, str) and any(word in key.lower() for word in PERSONAL_KEYS):
        return mask_name(value) if "name" in key.lower() else mask_phone(value)
    return mask_fields(value)
