"""Personal data out of sight: ID numbers, passports and phones masked in logs and in replies.

Only the read-back card, which the person must check before anything is filed, shows them whole.
"""

from __future__ import annotations

import logging
import re

_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(0\d{2,3}-?)\d{3,4}(\d{4})(?!\d)")


def mask_id(value: str) -> str:
    """350203199001011234 -> 350203********1234."""
    return value[:6] + "*" * (len(value) - 10) + value[-4:] if len(value) > 10 else "*" * len(value)


def mask_phone(value: str) -> str:
    """13812345678 -> 138****5678; 0592-5551234 -> 0592-***1234."""
    digits = value.replace("-", "")
    if len(digits) <= 7:
        return "*" * len(value)
    return value[: len(value) - 8] + "****" + value[-4:]


def mask_document(value: str) -> str:
    """A passport or permit number: E12345678 -> E1*****78."""
    return value[:2] + "*" * max(len(value) - 4, 1) + value[-2:] if len(value) > 4 else "****"


def mask_text(text: str) -> str:
    """Any free text with the ID numbers and phone numbers in it masked."""
    text = _ID.sub(lambda m: m.group(1) + "********" + m.group(2), text)
    text = _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)
    return _LANDLINE.sub(lambda m: m.group(1) + "***" + m.group(2), text)


class PersonalDataFilter(logging.Filter):
    """Masks ID numbers and phones in every record a handler writes, whoever logged it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def mask_logs() -> None:
    """Put the filter on every handler of the root logger (call once logging is configured)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, PersonalDataFilter) for f in handler.filters):
            handler.addFilter(PersonalDataFilter())
