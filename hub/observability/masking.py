"""Personal data out of the logs: every log line of the hub goes through `mask_text`/`mask_fields`.

Free text loses resident ID numbers, phone numbers, passport and permit numbers and e-mail local
parts, wherever they stand. Names cannot be told apart from other Chinese text, so they are masked
by the field they are in: `name`, anything ending in `_name` and a few more known keys.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_ID_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])([1-9]\d{5})(?:\d{11}[0-9Xx]|\d{9})(?![0-9A-Za-z])"
)  # 18-digit resident ID (and the old 15-digit one): keep the region code only
_MOBILE = re.compile(r"(?<![0-9])((?:\+?86[ -]?)?1[3-9]\d)[ -]?\d{4}[ -]?(\d{4})(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])(0\d{2,3})[ -]?\d{5,6}(\d{2})(?![0-9])")
_DOCUMENT = re.compile(
    r"(?<![0-9A-Za-z])([A-Za-z]{1,2})\d{4,8}(\d{2})(?![0-9A-Za-z])"
)  # E12345678, EA1234567, G1234567, C12345678, H1234567801 (passports, travel permits)
_AFTER_KEYWORD = re.compile(
    r"((?:护照|通行证|证件|居留证|签证|passport|permit)[^0-9A-Za-z\n]{0,6})([0-9A-Za-z]{5,20})",
    re.IGNORECASE,
)  # a foreign passport has no fixed shape: mask what follows the word that announces it
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-])[\w.+-]*@([\w-]+(?:\.[\w-]+)+)")

NAME_KEYS = frozenset({"name", "names", "reporter", "contact", "person", "姓名"})
NOT_NAMES = frozenset({"logger_name", "file_name", "table_name", "route_name", "app_name"})
PHONE_WORDS = ("phone", "mobile", "tel", "电话", "手机")
SECRET_WORDS = ("password", "token", "secret", "authorization", "cookie", "api_key")
DOCUMENT_KEYS = frozenset(
    {"id_number", "id_card", "passport", "passport_number", "permit_number", "document_number"}
)


def mask_text(text: str) -> str:
    """The text with ID, phone, passport and permit numbers and e-mail addresses masked."""
    text = _AFTER_KEYWORD.sub(lambda m: m.group(1) + _stars(m.group(2)), text)
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "*" * (len(m.group(0)) - 6), text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(2)}", text)
    text = _LANDLINE.sub(lambda m: f"{m.group(1)}-*****{m.group(2)}", text)
    text = _DOCUMENT.sub(lambda m: f"{m.group(1)}{'*' * 5}{m.group(2)}", text)
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)


def mask_name(name: str) -> str:
    """张三丰 -> 张**; a name keeps its first character only."""
    return name[:1] + "*" * max(len(name) - 1, 1) if name else name


def mask_fields(value: Any, key: str = "") -> Any:
    """A structure (dict, list, text) with personal values masked at any depth, by key and shape."""
    if isinstance(value, Mapping):
        return {k: mask_fields(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [mask_fields(v, key) for v in value]
    if value is None or isinstance(value, bool):
        return value
    kind, text = _kind_of(key), str(value)
    if kind == "plain":
        masked = mask_text(text)
        return value if masked == text else masked
    if kind == "name":
        return mask_name(text)
    if kind == "phone":
        masked = mask_text(text)
        return masked if masked != text else _stars(text)
    return _stars(text) if kind == "document" else "***"


def _kind_of(key: str) -> str:
    key = key.lower()
    if any(word in key for word in SECRET_WORDS):
        return "secret"
    if key in DOCUMENT_KEYS:
        return "document"
    if any(word in key for word in PHONE_WORDS):
        return "phone"
    if key in NAME_KEYS or (key.endswith("_name") and key not in NOT_NAMES):
        return "name"
    return "plain"


def _stars(value: str) -> str:
    return value[:1] + "*" * (len(value) - 3) + value[-2:] if len(value) > 4 else "****"
