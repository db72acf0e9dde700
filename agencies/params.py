"""The fields of an action, from a JSON body (typed) or a portal form (strings), checked alike."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from hub.db import MAX_ID, row_id
from hub.errors import InvalidInput
from hub.http import field

E = TypeVar("E", bound=Enum)
MAX_TEXT = 2000


class Params:
    def __init__(self, data: Mapping[str, Any], *, typed: bool) -> None:
        self.data = data
        self.typed = typed  # JSON: values must already have the right type

    def text(self, name: str, *, required: bool = True, max_len: int = MAX_TEXT) -> str | None:
        value = field(dict(self.data), name, str, required=required, max_len=max_len)
        if not self.typed and value is not None and not value.strip():
            if required:
                raise InvalidInput(f"请填写{_LABELS.get(name, name)}", field=name)
            return None
        return value

    def version(self) -> int | None:
        """The version of the case the user saw (optimistic locking)."""
        value = self.data.get("version")
        if value is None or value == "":
            return None
        if self.typed:
            number = int(field(dict(self.data), "version", int))
            if not 0 <= number <= MAX_ID:
                raise InvalidInput("字段 version 超出范围", field="version")
            return number
        written = row_id(value) if isinstance(value, str) else None
        if written is None:
            raise InvalidInput("字段 version 应为整数", field="version")
        return written

    def choice(self, name: str, kind: type[E]) -> E:
        value = self.text(name, max_len=60)
        try:
            return kind(value)
        except ValueError:
            raise InvalidInput(f"字段 {name} 的值无效", field=name) from None


_LABELS = {
    "reason": "理由",
    "text": "内容",
    "assignee": "经办人",
    "department": "承办部门",
    "result": "办理结果",
}


def day_param(value: str | None, name: str) -> date | None:
    """A day in a query string (from=2026-11-30), or None when not given."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"日期 {value[:20]} 无效，应为 2026-11-30 的格式", field=name) from None
