"""Chinese message templates (config/templates/mail/) and the links they carry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from config import CONFIG_DIR
from hub.sla.calendar import SHANGHAI

TEMPLATE_DIR = CONFIG_DIR / "templates" / "mail"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8080"
MAX_SUBJECT = 200

_public_url = DEFAULT_PUBLIC_URL


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


def configure_links(public_url: str) -> None:
    """Where links in messages point (HUB_BASE_URL); set once when the process starts."""
    global _public_url
    _public_url = public_url.rstrip("/")


def case_link(number: str) -> str:
    return f"{_public_url}/portal/cases/{number}"


def render(name: str, context: Mapping[str, Any]) -> Rendered:
    """A message from a template: its first paragraph is the subject, the rest the body."""
    text = _environment().get_template(f"{name}.txt.j2").render(context)
    subject, _, body = text.strip().partition("\n\n")
    subject = " ".join(subject.split())
    if not subject or not body.strip():
        raise ValueError(f"template {name}: write a subject line, a blank line, then the body")
    return Rendered(subject[:MAX_SUBJECT], body.strip() + "\n")


def local_time(moment: datetime | str | None) -> str:
    """An instant as Xiamen reads it: 2026年12月9日 17:30."""
    if moment is None:
        return "（无）"
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    local = moment.astimezone(SHANGHAI)
    return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text e-mail, never HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["local"] = local_time
    return env
