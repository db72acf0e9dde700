"""Who is calling: the principal behind a request."""

from __future__ import annotations

import hmac

from aiohttp import web

from agencies.access import ADMIN_TOKEN, Principal, PrincipalKind
from agencies.enums import Role
from agencies.models import ApiToken
from agencies.passwords import token_hash
from hub.errors import Forbidden, Unauthenticated
from hub.keys import SETTINGS


async def principal_of(request: web.Request) -> Principal | None:
    """The principal a request authenticates as, or None for an anonymous request."""
    token = _bearer(request)
    admin = request.app[SETTINGS].admin_token
    if token is None:
        return None
    if admin is not None and hmac.compare_digest(token.encode(), admin.get_secret_value().encode()):
        return ADMIN_TOKEN
    principal = await principal_of_token(token)
    if principal is None:
        raise Unauthenticated("访问令牌无效或已吊销")
    return principal


async def principal_of_token(token: str) -> Principal | None:
    """The account behind a live API token (an officer's phone), or None."""
    row = (
        await ApiToken.filter(token_hash=token_hash(token), revoked_at=None, account__active=True)
        .select_related("account")
        .first()
    )
    if row is None:
        return None
    account = row.account
    return Principal(
        PrincipalKind.ACCOUNT,
        account.display_name,
        role=Role(account.role),
        account_id=account.id,
        department_id=account.department_id,
        unit_id=account.unit_id,
    )


async def require_principal(request: web.Request) -> Principal:
    principal = await principal_of(request)
    if principal is None:
        raise Unauthenticated("请先登录")
    return principal


async def require_officer(request: web.Request) -> Principal:
    """An officer's token; other accounts are refused."""
    principal = await require_principal(request)
    if principal.role != Role.OFFICER or principal.account_id is None:
        raise Forbidden("仅民警账号可以使用此功能")
    return principal


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
