"""HTTP helpers shared by every API view: JSON in and out, times, the error format."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from multidict import MultiDictProxy

from hub.errors import InvalidInput, PayloadTooLarge

SHANGHAI = ZoneInfo("Asia/Shanghai")
MAX_JSON_BODY = 64 * 1024


def iso(moment: datetime | None) -> str | None:
    """An instant as ISO 8601 in Asia/Shanghai, with its offset."""
    return moment.astimezone(SHANGHAI).isoformat(timespec="seconds") if moment else None


def json_response(data: Any, status: int = 200, **kwargs: Any) -> web.Response:
    return web.json_response(data, status=status, dumps=_dumps, **kwargs)


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


async def read_json(request: web.Request, max_size: int = MAX_JSON_BODY) -> dict[str, Any]:
    """The JSON object in the request body, or a clear 4xx."""
    if request.content_length is not None and request.content_length > max_size:
        raise PayloadTooLarge(f"请求体超过 {max_size} 字节")
    raw = await request.content.read(max_size + 1)
    if len(raw) > max_size:
        raise PayloadTooLarge(f"请求体超过 {max_size} 字节")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InvalidInput("请求体不是有效的 UTF-8 文本") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"请求体不是有效的 JSON：{exc.msg}（第 {exc.pos} 个字符）") from None
    if not isinstance(data, dict):
        raise InvalidInput("请求体必须是 JSON 对象")
    return data


async def read_form(
    request: web.Request,
) -> MultiDictProxy[str | bytes | bytearray | web.FileField]:
    """The posted form, or a clear 4xx: text that is not UTF-8 is refused, never half-decoded."""
    try:
        if request.content_type == "application/x-www-form-urlencoded":
            raw = (await request.read()).decode("utf-8")
            parse_qsl(raw, keep_blank_values=True, encoding="utf-8", errors="strict")
        return await request.post()
    except UnicodeDecodeError:
        raise InvalidInput("提交的表单不是有效的 UTF-8 文本") from None
    except (ValueError, HttpProcessingError):
        raise InvalidInput("提交的表单格式无效") from None


def field(
    data: dict[str, Any], name: str, kind: type, *, required: bool = True, max_len: int = 2000
) -> Any:
    """One field of a JSON body, checked for presence, type and length."""
    value = data.get(name)
    if value is None:
        if required:
            raise InvalidInput(f"缺少字段 {name}", field=name)
        return None
    if (kind is int and isinstance(value, bool)) or not isinstance(value, kind):
        raise InvalidInput(f"字段 {name} 的类型应为 {kind.__name__}", field=name)
    if isinstance(value, str) and len(value) > max_len:
        raise InvalidInput(f"字段 {name} 超过 {max_len} 个字符", field=name)
    return value
