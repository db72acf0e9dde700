"""Writes on the departments' side: the catalogue into the database, and accounts."""

from __future__ import annotations

import asyncio
import re
import secrets
from datetime import datetime, timedelta
from functools import cache

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from agencies.catalog import POLICE, Catalogue, Contact
from agencies.enums import DEPARTMENT_ROLES, Role, UnitKind
from agencies.models import Account, ApiToken, Category, Department, Place, SlaClass, Unit
from agencies.passwords import hash_password, token_hash, verify_password
from hub.errors import Conflict, InvalidInput, TooManyRequests, Unauthenticated
from hub.http import SHANGHAI

USERNAME = re.compile(r"^[A-Za-z0-9_.-]{3,60}$")
MIN_PASSWORD = 10
TOKEN_PREFIX = "hubt_"
MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


async def sync_catalogue(cat: Catalogue) -> dict[str, int]:
    """Make the catalogue tables say what config/catalog says; safe to run any number of times."""
    async with in_transaction():
        created = {
            "departments": await _sync_departments(cat),
            "sla_classes": await _sync_sla_classes(cat),
        }
        created["categories"] = await _sync_categories(cat)
        created["units"] = await _sync_units(cat)
        created["places"] = await _sync_places(cat)
    return created


async def _sync_departments(cat: Catalogue) -> int:
    existing = {d.code: d for d in await Department.all()}
    new = []
    for info in cat.departments.values():
        contact = cat.contacts.get(info.code, Contact(None, None))
        values = {
            "name_zh": info.name_zh,
            "name_en": info.name_en,
            "kind": info.kind,
            "scope": info.scope,
            "email": contact.email,
            "supervisor_email": contact.supervisor_email,
        }
        row = existing.get(info.code)
        if row is None:
            new.append(Department(code=info.code, **values))
        elif any(getattr(row, k) != v for k, v in values.items()):
            await Department.filter(id=row.id).update(**values)
    await Department.bulk_create(new)
    return len(new)


async def _sync_sla_classes(cat: Catalogue) -> int:
    existing = {s.code: s for s in await SlaClass.all()}
    new = []
    for info in cat.sla_classes.values():
        values = {
            "clock": info.clock,
            "sign_within": str(info.sign_within),
            "resolve_within": str(info.resolve_within),
            "remind_at": info.remind_at,
            "extension_max": str(info.extension_max) if info.extension_max else None,
        }
        if info.code not in existing:
            new.append(SlaClass(code=info.code, **values))
        else:
            await SlaClass.filter(code=info.code).update(**values)
    await SlaClass.bulk_create(new)
    return len(new)


async def _sync_categories(cat: Catalogue) -> int:
    sla_ids = {s.code: s.id for s in await SlaClass.all()}
    existing = set(await Category.all().values_list("code", flat=True))
    new = []
    for info in cat.categories.values():
        values = {
            "name_zh": info.name_zh,
            "group": info.group,
            "lead": info.lead,
            "assist": list(info.assist),
            "sla_class_id": sla_ids[info.sla_class],
        }
        if info.code not in existing:
            new.append(Category(code=info.code, **values))
        else:
            await Category.filter(code=info.code).update(**values)
    await Category.bulk_create(new)
    return len(new)


async def _sync_units(cat: Catalogue) -> int:
    """Police stations under the police; street offices under their district's government."""
    departments = {d.code: d.id for d in await Department.all()}
    wanted: dict[tuple[UnitKind, str], Unit] = {}
    for j in cat.jurisdictions:
        wanted[(UnitKind.POLICE_STATION, j.police_station)] = Unit(
            kind=UnitKind.POLICE_STATION,
            name=j.police_station,
            department_id=departments[POLICE],
            district=j.district,
            street=j.street,
        )
        wanted[(UnitKind.STREET_OFFICE, j.street)] = Unit(
            kind=UnitKind.STREET_OFFICE,
            name=j.street,
            department_id=departments[cat.district_governments[j.district]],
            district=j.district,
            street=j.street,
        )
    existing = {(UnitKind(u.kind), u.name) for u in await Unit.all()}
    new = [unit for key, unit in wanted.items() if key not in existing]
    await Unit.bulk_create(new)
    return len(new)


async def _sync_places(cat: Catalogue) -> int:
    existing = {(p.name, p.street, p.police_station) for p in await Place.all()}
    new = [
        Place(name=name, district=j.district, street=j.street, police_station=j.police_station)
        for j in cat.jurisdictions
        for name in j.places
        if (name, j.street, j.police_station) not in existing
    ]
    await Place.bulk_create(new)
    return len(new)


async def add_account(
    *,
    username: str,
    password: str | None,
    role: Role,
    now: datetime,
    department: str | None = None,
    unit: str | None = None,
    display_name: str | None = None,
    email: str | None = None,
) -> Account:
    """Create an account; department roles need a department, hub-wide roles must not have one."""
    _check_username(username)
    if password is not None and len(password) < MIN_PASSWORD:
        raise InvalidInput(f"密码至少 {MIN_PASSWORD} 位")
    dept = await _department_for(role, department)
    unit_row = await _unit_for(dept, unit)
    if await Account.exists(username=username):
        raise Conflict(f"用户名 {username} 已存在")
    return await Account.create(
        username=username,
        display_name=display_name or username,
        role=role,
        department=dept,
        unit=unit_row,
        email=email,
        password_hash=hash_password(password) if password else None,
        created_at=now,
    )


def _check_username(username: str) -> None:
    if not USERNAME.match(username):
        raise InvalidInput("用户名只能包含字母、数字、点、下划线和连字符，3-60 位")


async def _department_for(role: Role, code: str | None) -> Department | None:
    if role in DEPARTMENT_ROLES and not code:
        raise InvalidInput(f"角色 {role.value} 必须属于一个部门（--department）")
    if role in (Role.OPERATOR, Role.ADMIN) and code:
        raise InvalidInput(f"角色 {role.value} 是中心角色，不属于任何部门")
    if role == Role.OFFICER:
        code = code or POLICE
    if not code:
        return None
    department = await Department.get_or_none(code=code)
    if department is None:
        raise InvalidInput(f"没有代码为 {code} 的部门")
    return department


async def _unit_for(department: Department | None, name: str | None) -> Unit | None:
    if not name:
        return None
    unit = await Unit.get_or_none(name=name, department=department) if department else None
    if unit is None:
        raise InvalidInput(f"部门下没有名为 {name} 的单位")
    return unit


async def issue_token(username: str, *, now: datetime, label: str | None = None) -> str:
    """A new bearer token for an account; shown once, only its hash is kept."""
    account = await Account.get_or_none(username=username, active=True)
    if account is None:
        raise InvalidInput(f"没有用户名为 {username} 的有效账号")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    await ApiToken.create(
        account=account, token_hash=token_hash(token), label=label, created_at=now
    )
    return token


async def revoke_tokens(username: str, *, now: datetime) -> int:
    """Revoke every live token of an account (a lost phone); returns how many."""
    return await ApiToken.filter(account__username=username, revoked_at=None).update(revoked_at=now)


async def log_in(username: str, password: str, *, now: datetime) -> Account:
    """The account if the password is right; five wrong tries in a row lock it for 15 minutes."""
    account = await Account.get_or_none(username=username, active=True)
    if account is not None and account.locked_until is not None and account.locked_until > now:
        raise _locked(account.locked_until)
    stored = account.password_hash if account is not None else None
    right = await asyncio.to_thread(_check_password, stored, password)
    if account is None or not stored or not right:
        if account is not None:
            await _count_failure(account, now)
        raise Unauthenticated("用户名或密码错误", reason="credentials")
    if account.failed_logins or account.locked_until:
        await Account.filter(id=account.id).update(failed_logins=0, locked_until=None)
    return account


def _check_password(stored: str | None, password: str) -> bool:
    # An unknown name is checked against a decoy, so it takes as long as a known one.
    return verify_password(stored or _decoy_hash(), password) and stored is not None


async def _count_failure(account: Account, now: datetime) -> None:
    async with in_transaction():
        await Account.filter(id=account.id).update(failed_logins=F("failed_logins") + 1)
        failed = (await Account.get(id=account.id)).failed_logins
        until = now + LOCKOUT if failed >= MAX_FAILED_LOGINS else None
        if until is not None:
            await Account.filter(id=account.id).update(failed_logins=0, locked_until=until)
    if until is not None:
        raise _locked(until)


def _locked(until: datetime) -> TooManyRequests:
    shown = until.astimezone(SHANGHAI).strftime("%H:%M")
    return TooManyRequests(
        f"登录失败次数过多，账户已锁定至 {shown}，请稍后再试或联系管理员",
        locked_until=until.isoformat(),
    )


@cache
def _decoy_hash() -> str:
    return hash_password("decoy-password-never-valid")
