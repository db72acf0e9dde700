"""Who is calling: the admin Bearer token, or an account's session in an encrypted cookie.

A session lives in an encrypted, signed cookie (aiohttp-session with Fernet, key derived from the
hub's secret). It holds the account id, a CSRF token and two times on the app's clock: it ends after
IDLE_LIMIT without a request and ABSOLUTE_LIMIT after sign-in. Every write that a session
authenticates must carry the session's CSRF token (header X-CSRF-Token, or form field _csrf).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web
from aiohttp_session import Session, get_session, new_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from tortoise.expressions import F

from agencies.access import ADMIN_TOKEN, Principal, PrincipalKind
from agencies.enums import Role
from agencies.models import Account, ApiToken
from agencies.passwords import token_hash
from hub.db import MAX_ID
from hub.errors import Forbidden, Unauthenticated
from hub.http import read_form
from hub.keys import CLOCK, SETTINGS
from hub.settings import Settings

SESSION_COOKIE = "HUB_SESSION"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "_csrf"
IDLE_LIMIT = timedelta(hours=2)
ABSOLUTE_LIMIT = timedelta(hours=12)
_TOUCH_EVERY = timedelta(minutes=5)  # how stale "seen" may get before the cookie is rewritten
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def session_storage(settings: Settings) -> EncryptedCookieStorage:
    """The cookie storage of sessions, keyed from the hub's secret."""
    key = hashlib.sha256(b"hub-session\0" + settings.secret().encode()).digest()
    return EncryptedCookieStorage(
        key,
        cookie_name=SESSION_COOKIE,
        httponly=True,
        samesite="Lax",
        secure=settings.public_url.startswith("https://"),
    )


async def principal_of(request: web.Request) -> Principal | None:
    """The principal a request authenticates as, or None for an anonymous request."""
    token = _bearer(request)
    if token is None:
        return await _session_principal(request)
    admin = request.app[SETTINGS].admin_token
    if admin is not None and hmac.compare_digest(
        token_hash(token), token_hash(admin.get_secret_value())
    ):
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
    return account_principal(row.account) if row is not None else None


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


async def start_session(request: web.Request, account: Account) -> str:
    """Sign the account in on this browser (a fresh session); returns its CSRF token."""
    session = await new_session(request)
    now = _stamp(request.app[CLOCK].now())
    session.update({"account": account.id, "csrf": secrets.token_urlsafe(32)})
    session.update({"since": now, "seen": now, "generation": account.session_generation})
    return str(session["csrf"])


async def end_session(request: web.Request, principal: Principal) -> None:
    """Sign out: this cookie is dropped, and every cookie of the account's sessions so far,
    wherever copied, opens nothing any more."""
    await Account.filter(id=principal.account_id).update(
        session_generation=F("session_generation") + 1
    )
    (await get_session(request)).invalidate()


async def csrf_token(request: web.Request) -> str:
    """The CSRF token of this browser's session (an anonymous one is made for the login form)."""
    session = await get_session(request)
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return str(session["csrf"])


async def check_csrf(request: web.Request) -> None:
    """Refuse a write whose CSRF token is missing or is not this session's."""
    session = await get_session(request)
    expected = session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.content_type in _FORM_TYPES:
        value = (await read_form(request)).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not expected or not sent or not hmac.compare_digest(sent.encode(), str(expected).encode()):
        raise Forbidden("安全校验失败（CSRF 令牌无效），请刷新页面后重试", reason="csrf")


_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


async def _session_principal(request: web.Request) -> Principal | None:
    if SESSION_COOKIE not in request.cookies:
        return None
    session = await get_session(request)
    if "account" not in session:
        return None
    now = request.app[CLOCK].now()
    if _expired(session, now):
        session.invalidate()
        raise Unauthenticated("登录已过期，请重新登录", reason="expired")
    account_id = session["account"]
    account = (
        await Account.get_or_none(id=account_id, active=True)
        if type(account_id) is int and 0 < account_id <= MAX_ID
        else None
    )
    if account is None or (account.locked_until is not None and account.locked_until > now):
        session.invalidate()
        raise Unauthenticated("账户已停用或已锁定，请重新登录", reason="account")
    if session.get("generation") != account.session_generation:
        session.invalidate()
        raise Unauthenticated("已退出登录，请重新登录", reason="ended")
    if request.method not in SAFE_METHODS:
        await check_csrf(request)
    if now.timestamp() - float(session["seen"]) > _TOUCH_EVERY.total_seconds():
        session["seen"] = _stamp(now)
    return account_principal(account)


def account_principal(account: Account) -> Principal:
    return Principal(
        PrincipalKind.ACCOUNT,
        account.display_name,
        role=Role(account.role),
        account_id=account.id,
        department_id=account.department_id,
        unit_id=account.unit_id,
    )


def _expired(session: Session, now: datetime) -> bool:
    try:
        since, seen = float(session["since"]), float(session["seen"])
    except (KeyError, TypeError, ValueError):
        return True
    moment = now.timestamp()
    return (
        moment - seen > IDLE_LIMIT.total_seconds()
        or moment - since > ABSOLUTE_LIMIT.total_seconds()
    )


def _stamp(moment: datetime) -> float:
    return moment.timestamp()


def _bearer(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def session_summary(principal: Principal, department_name: str | None) -> dict[str, Any]:
    """The signed-in account as the API describes it."""
    return {
        "account_id": principal.account_id,
        "name": principal.label,
        "role": principal.role.value if principal.role else None,
        "role_label": principal.role.label_zh if principal.role else None,
        "department_id": principal.department_id,
        "department_name": department_name,
    }
