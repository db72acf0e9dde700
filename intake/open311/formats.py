"""GeoReport v2 documents in JSON and XML, and its error format."""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as ET

from aiohttp import web

from hub.errors import HubError

FORMATS = ("json", "xml")
ROUTE_FORMAT = "{fmt:(json|xml)}"


def render(data: Any, fmt: str, root: str, item: str, status: int = 200) -> web.Response:
    """A list of objects (or one object when `item` is empty) as GeoReport JSON or XML."""
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False)
        return web.Response(text=text, status=status, content_type="application/json")
    element = ET.Element(root)
    for entry in data if item else [data]:
        _fill(ET.SubElement(element, item) if item else element, entry)
    body = ET.tostring(element, encoding="unicode")
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n' + body
    return web.Response(text=xml, status=status, content_type="text/xml", charset="utf-8")


def error(fmt: str, status: int, description: str) -> web.Response:
    """The standard error document: a list of {code, description}."""
    return render([{"code": status, "description": description}], fmt, "errors", "error", status)


def error_of(exc: HubError, fmt: str) -> web.Response:
    status = 403 if exc.status == 401 else exc.status
    return error(fmt, status, exc.message)


def _fill(element: ET.Element, value: Any) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _fill(ET.SubElement(element, key), inner)
    elif isinstance(value, list):
        child = _singular(element.tag)
        for inner in value:
            _fill(ET.SubElement(element, child), inner)
    elif value is None:
        return
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    else:
        element.text = str(value)


def _singular(tag: str) -> str:
    return {"attributes": "attribute", "values": "value"}.get(tag, tag.rstrip("s"))
