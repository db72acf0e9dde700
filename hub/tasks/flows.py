"""Changes on the police side: task systems, their tasks, and officers' referrals of tasks.

A referral is filed in one transaction that starts by claiming its idempotency key: the unique
(officer, key) row is inserted first, so of two requests with the same key exactly one files a
case; the other waits for it in the database and answers with what the first one answered.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from agencies.access import Principal
from agencies.catalog import catalogue
from agencies.enums import Role
from agencies.models import Account
from agencies.passwords import token_hash
from hub.cases import flows as case_flows
from hub.cases.enums import CaseStatus
from hub.cases.models import Case
from hub.db import MAX_ID
from hub.errors import Conflict, InvalidInput, NotFound, RuleViolation
from hub.http import iso
from hub.tasks.models import CaseTask, Referral, Task, TaskSystem
from routing.decide import Decision

API_KEY_PREFIX = "hubk_"
MAX_PEOPLE = 50


@dataclass(frozen=True)
class NewSystem:
    system: TaskSystem
    api_key: str  # shown once
    signing_secret: str


@dataclass(frozen=True)
class TaskFields:
    """A task as the police system sends it."""

    external_id: str
    type: str
    subject: str
    station: str | None = None
    officer: str | None = None  # the officer's username in the hub
    place: str | None = None
    people: list[dict[str, Any]] = field(default_factory=list)
    callback_url: str | None = None


@dataclass(frozen=True)
class ReferralAnswer:
    """What a referral request is answered with, the same for every retry of the same key."""

    body: dict[str, Any]
    replayed: bool


async def add_system(name: str, *, now: datetime) -> NewSystem:
    """Register a task system: an API key to call the hub with, a secret to check callbacks."""
    name = name.strip()
    if not name or len(name) > 60:
        raise InvalidInput("任务系统名称不能为空，且不超过 60 个字符")
    if await TaskSystem.exists(name=name):
        raise Conflict(f"任务系统 {name} 已存在")
    api_key = API_KEY_PREFIX + secrets.token_urlsafe(32)
    secret = secrets.token_urlsafe(32)
    system = await TaskSystem.create(
        name=name, api_key_hash=token_hash(api_key), signing_secret=secret, created_at=now
    )
    return NewSystem(system, api_key, secret)


async def system_of_key(api_key: str) -> TaskSystem | None:
    """The active task system an API key belongs to."""
    return await TaskSystem.get_or_none(api_key_hash=token_hash(api_key), active=True)


async def save_task(system: TaskSystem, fields: TaskFields, *, now: datetime) -> tuple[Task, bool]:
    """Create the task, or update it when the system sent this external id before."""
    values = await _task_values(fields)
    async with in_transaction():
        try:
            async with in_transaction():  # a savepoint: the insert may lose to a concurrent one
                task = await Task.create(
                    system=system,
                    external_id=fields.external_id,
                    created_at=now,
                    updated_at=now,
                    **values,
                )
            return task, True
        except IntegrityError:
            pass
        await Task.filter(system=system, external_id=fields.external_id).update(
            updated_at=now, **values
        )
        return await Task.get(system=system, external_id=fields.external_id), False


async def officer_task(officer: Principal, task_id: int) -> Task:
    """A task of this officer; another officer's task does not exist for them."""
    found = 0 < task_id <= MAX_ID
    task = await Task.get_or_none(id=task_id, officer_id=officer.account_id) if found else None
    if task is None:
        raise NotFound(f"没有编号为 {task_id} 的任务")
    return task


def referral_fingerprint(task_id: int, note: str) -> str:
    """What identifies a referral request, so a key reused for another request is refused."""
    canonical = json.dumps({"task_id": task_id, "note": note}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def earlier_referral(officer: Principal, key: str, fingerprint: str) -> ReferralAnswer | None:
    """The answer already given to this key, if any (a fast path; the constraint decides)."""
    row = await Referral.get_or_none(officer_id=officer.account_id, idempotency_key=key)
    if row is None:
        return None
    return _replay(row, fingerprint)


async def refer(
    *,
    officer: Principal,
    key: str,
    fingerprint: str,
    task: Task,
    new: case_flows.NewReport,
    decision: Decision,
    now: datetime,
    duplicate_window: timedelta,
) -> ReferralAnswer:
    """File an officer's referral of a task once per idempotency key, and link it to the task."""
    try:
        async with in_transaction():
            claim = await Referral.create(
                officer_id=officer.account_id,
                idempotency_key=key,
                fingerprint=fingerprint,
                task=task,
                created_at=now,
            )
            filed = await case_flows.open_case(
                new, decision, now=now, duplicate_window=duplicate_window
            )
            await link(filed.case, task, now=now)
            claim.case_id = filed.case.id
            claim.response = _referral_body(filed.case, task, filed.duplicate, decision)
            await claim.save(update_fields=["case_id", "response"])
            return ReferralAnswer(claim.response, replayed=False)
    except IntegrityError:
        row = await Referral.get_or_none(officer_id=officer.account_id, idempotency_key=key)
        if row is None:
            raise
        return _replay(row, fingerprint)


async def link(case: Case, task: Task, *, now: datetime) -> None:
    """Link a case to a task (once) and show the case's status on the task."""
    await CaseTask.get_or_create(case=case, task=task, defaults={"created_at": now})
    await Task.filter(id=task.id).update(status=CaseStatus(case.status).value, updated_at=now)


def _replay(row: Referral, fingerprint: str) -> ReferralAnswer:
    if row.fingerprint != fingerprint:
        raise RuleViolation("该 Idempotency-Key 已用于另一条推送，请换一个新的键")
    return ReferralAnswer(row.response, replayed=True)


def _referral_body(case: Case, task: Task, duplicate: bool, decision: Decision) -> dict[str, Any]:
    return {
        "task_id": task.id,
        "external_id": task.external_id,
        "duplicate": duplicate,
        "case": {
            "number": case.number,
            "status": case.status.value,
            "status_label": CaseStatus(case.status).label_zh,
            "category": decision.category,
            "department": decision.department or "triage",
            "department_name": catalogue().departments[decision.department].name_zh
            if decision.department
            else None,
            "unit": decision.unit,
            "sign_due_at": iso(case.sign_due_at),
        },
    }


async def _task_values(fields: TaskFields) -> dict[str, Any]:
    _check_url(fields.callback_url)
    if len(fields.people) > MAX_PEOPLE:
        raise InvalidInput(f"涉及人员最多 {MAX_PEOPLE} 人", field="people")
    return {
        "type": fields.type,
        "station": fields.station,
        "officer_id": await _officer_id(fields.officer),
        "subject": fields.subject,
        "place": fields.place,
        "people": fields.people,
        "callback_url": fields.callback_url,
    }


async def _officer_id(username: str | None) -> int | None:
    if username is None:
        return None
    account = await Account.get_or_none(username=username, role=Role.OFFICER, active=True)
    if account is None:
        raise InvalidInput(f"中枢中没有用户名为 {username} 的民警账号", field="officer")
    return account.id


def _check_url(url: str | None) -> None:
    if url is None:
        return
    split = urlsplit(url)
    if split.scheme not in ("http", "https") or not split.hostname:
        raise InvalidInput("回调地址必须是 http:// 或 https:// 地址", field="callback_url")
