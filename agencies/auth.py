"""Who is calling: the principal behind a request."""

from __future__ import annotations

import hmac

from aiohttp import web

from agencies.access import ADMIN_TOKEN, Principal
from hub.errors import Unauthenticated
from hub.keys import SETTINGS


async def principal_of(request: web.Request) -> Principal | None:
    """The principal a request authenticates as, or None for an anonymous request."""
    token = _bearer(request)
    admin = request.app[SETTINGS].admin_token
    if token is None:
        return None
    if admin is not None and hmac.compare_digest(token.encode(), admin.get_secret_value().encode()):
        return ADMIN_TOKEN
    raise Unauthenticated("访问令牌无效")


async def require_principal(request: web.Request) -> Principal:
    principal = await principal_of(request)
    if principal is None:
        raise Unauthenticated("请先登录")
    return principal


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
