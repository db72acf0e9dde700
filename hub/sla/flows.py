"""Verbs on a case's clock: extension (延期) and suspension (挂起).

Each owns its transaction and writes its timeline event (and, through `record`, its messages) in it.
None changes the case's status: the lifecycle stays in hub/cases/flows.py.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from agencies.access import Action, Principal
from hub.cases.enums import CaseStatus, EventKind
from hub.cases.flows import load_case, record, required_text, update_case
from hub.cases.models import Case
from hub.errors import InvalidInput, RuleViolation, TransitionNotAllowed
from hub.http import iso
from hub.sla import deadlines, schedule
from hub.sla.calendar import default_calendar
from hub.sla.enums import ExtensionStatus, Window
from hub.sla.limits import Limit
from hub.sla.models import Extension


async def request_extension(
    number: str,
    *,
    length: str,
    reason: str,
    actor: Principal,
    now: datetime,
    expected_version: int | None = None,
) -> Extension:
    """The lead department asks for more time (延期): once, before the limit, with a reason.

    The limit does not move until a hub operator approves.
    """
    reason = required_text(reason, "申请延期须说明理由")
    async with in_transaction():
        case = await load_case(number, actor, Action.REQUEST_EXTENSION, expected_version)
        due = _resolving(case, "申请延期")
        extension_length = _allowed_length(case, length)
        if case.suspended_at is None and now >= due:
            raise RuleViolation("已超过办结期限，不能再申请延期", due_at=iso(due))
        if await Extension.exists(case_id=case.id):
            raise RuleViolation("每件工单只能申请一次延期，本工单已申请过")
        extension = await _create(case, extension_length, reason, actor, now, due)
        await record(
            case,
            EventKind.EXTENSION_REQUESTED,
            actor,
            now,
            text=reason,
            data={"length": str(extension_length), "due_at": iso(due)},
        )
        return extension


async def decide_extension(
    number: str,
    *,
    approve: bool,
    actor: Principal,
    now: datetime,
    note: str | None = None,
    expected_version: int | None = None,
) -> Extension:
    """A hub operator approves (the resolution limit moves) or refuses (with a reason) a request."""
    if not approve:
        note = required_text(note, "驳回延期须说明理由")
    async with in_transaction():
        case = await load_case(number, actor, Action.DECIDE_EXTENSION, expected_version)
        extension = await Extension.get_or_none(case_id=case.id, status=ExtensionStatus.PENDING)
        if extension is None:
            raise RuleViolation(f"工单 {number} 没有待审批的延期申请")
        due = _resolving(case, "审批延期")
        granted = _extend(case, due, Limit.parse(extension.length)) if approve else None
        extension.status = ExtensionStatus.APPROVED if approve else ExtensionStatus.REFUSED
        extension.decided_by, extension.decided_at = actor.label, now
        extension.decision_note = note  # type: ignore[assignment]
        extension.granted_due_at = granted
        await extension.save()
        if granted is not None:
            await update_case(case, now, **schedule.extended(case, granted, now))
        await record(
            case,
            EventKind.EXTENSION_APPROVED if approve else EventKind.EXTENSION_REFUSED,
            actor,
            now,
            text=note,
            data={"length": extension.length, "due_at": iso(granted or due)},
        )
        return extension


async def suspend(
    number: str,
    *,
    reason: str,
    actor: Principal,
    now: datetime,
    expected_version: int | None = None,
) -> Case:
    """Stop the resolution clock while the case waits for the reporter (挂起), before the limit."""
    reason = required_text(reason, "挂起须说明理由")
    async with in_transaction():
        case = await load_case(number, actor, Action.SUSPEND, expected_version)
        due = _resolving(case, "挂起")
        if case.suspended_at is not None:
            raise RuleViolation("工单已挂起，不能重复挂起", suspended_at=iso(case.suspended_at))
        if now >= due:
            raise RuleViolation("已超过办结期限，不能挂起", due_at=iso(due))
        left = deadlines.time_left(_clock(case), now, due, default_calendar())
        await update_case(case, now, **schedule.paused_at(now))
        await record(
            case,
            EventKind.SUSPENDED,
            actor,
            now,
            text=reason,
            data={"due_at": iso(due), "left_seconds": int(left.total_seconds())},
        )
        return case


async def resume(
    number: str,
    *,
    actor: Principal,
    now: datetime,
    note: str | None = None,
    expected_version: int | None = None,
) -> Case:
    """Start a suspended case's clock again with the time that was left (恢复计时)."""
    async with in_transaction():
        case = await load_case(number, actor, Action.SUSPEND, expected_version)
        _resolving(case, "恢复计时")
        stopped = case.suspended_at
        if stopped is None:
            raise RuleViolation("工单未挂起，无需恢复计时")
        await update_case(case, now, **schedule.restarted(case, now))
        await record(
            case,
            EventKind.RESUMED,
            actor,
            now,
            text=note,
            data={
                "due_at": iso(case.resolve_due_at),
                "paused_seconds": int((now - stopped).total_seconds()),
            },
        )
        return case


def _resolving(case: Case, doing: str) -> datetime:
    """The resolution limit of a case that is being worked; refuses any other case."""
    if schedule.window_of(case) != Window.RESOLVE or case.resolve_due_at is None:
        status = CaseStatus(case.status)
        raise TransitionNotAllowed(
            f"工单当前状态为“{status.label_zh}”，只有办理中的工单可以{doing}", status=status.value
        )
    return case.resolve_due_at


def _allowed_length(case: Case, text: str) -> Limit:
    """The length asked for, if it is no longer than the class's extension_max."""
    most = schedule.sla_class(case.sla_class).extension_max
    if most is None:
        raise RuleViolation(f"{case.sla_class} 类工单不能延期", sla_class=case.sla_class)
    try:
        length = Limit.parse(text or "")
    except ValueError:
        raise InvalidInput(
            f"延期时长格式不对：{text!r}（例如 {most}）", extension_max=str(most)
        ) from None
    if not _fits(length, most, _clock(case)):
        raise RuleViolation(
            f"延期最长 {most.describe_zh()}，不能申请 {length.describe_zh()}",
            extension_max=str(most),
        )
    return length


def _fits(length: Limit, most: Limit, clock: str) -> bool:
    """Working days and working hours do not convert into each other: they must agree in kind."""
    if clock == "working" and (length.unit == "d") != (most.unit == "d"):
        return False
    return length.minutes <= most.minutes


def _extend(case: Case, due: datetime, length: Limit) -> datetime:
    return deadlines.due_after(_clock(case), length, due, default_calendar())


def _clock(case: Case) -> deadlines.ClockKind:
    return schedule.sla_class(case.sla_class).clock


async def _create(
    case: Case, length: Limit, reason: str, actor: Principal, now: datetime, due: datetime
) -> Extension:
    try:
        return await Extension.create(
            case=case,
            length=str(length),
            reason=reason,
            requested_by=actor.label,
            requested_at=now,
            due_before=due,
        )
    except IntegrityError:  # a request made at the same moment won
        raise RuleViolation("每件工单只能申请一次延期，本工单已申请过") from None
