"""Every change of a case, in one place.

Each verb here owns its transaction: it checks who acts (agencies.access), checks the move is one of
TRANSITIONS, changes the row only if nobody changed it since it was read (optimistic locking on
`version`), and writes the timeline event in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from agencies.access import SYSTEM, Action, Principal, authorize
from agencies.catalog import catalogue
from agencies.models import Category, Department, Unit
from hub.cases.enums import OPEN_STATUSES, CaseStatus, Channel, EventKind, ResolutionResult
from hub.cases.models import Case, CaseAssist, CaseEvent, Report, Reporter
from hub.cases.numbers import is_case_number, next_case_number
from hub.db import transaction
from hub.errors import Conflict, InvalidInput, NotFound, RuleViolation, TransitionNotAllowed
from hub.feedback.reactions import react
from hub.http import iso
from hub.notify.announce import announce
from hub.observability.logs import bind_case
from hub.observability.masking import mask_text
from hub.privacy.lookup import PHONE, digest_of, remember_identifiers
from hub.sla import schedule
from hub.sla.calendar import default_calendar
from hub.sla.deadlines import due_after
from hub.sla.limits import Limit
from routing.decide import Decision

S = CaseStatus
TRANSITIONS: frozenset[tuple[CaseStatus, CaseStatus]] = frozenset(
    {
        (S.RECEIVED, S.ROUTED),
        (S.RECEIVED, S.TRIAGE),
        (S.TRIAGE, S.ROUTED),
        (S.TRIAGE, S.CANCELLED),
        (S.ROUTED, S.ROUTED),
        (S.ROUTED, S.SIGNED),
        (S.ROUTED, S.RETURNED),
        (S.ROUTED, S.CANCELLED),
        (S.SIGNED, S.RESOLVED),
        (S.SIGNED, S.RETURNED),
        (S.SIGNED, S.CANCELLED),
        (S.RETURNED, S.ROUTED),
        (S.RETURNED, S.CANCELLED),
        (S.RESOLVED, S.CLOSED),
        (S.RESOLVED, S.REOPENED),
        (S.REOPENED, S.RESOLVED),
    }
)
RETURN_WITHIN = Limit(2, "d")
MAX_TEXT = 2000


@dataclass(frozen=True)
class NewReport:
    """A report as an intake channel hands it over."""

    channel: Channel
    text: str
    details: dict[str, Any] = field(default_factory=dict)
    reporter_kind: str = "resident"
    reporter_name: str | None = None
    reporter_phone: str | None = None
    conversation_id: str | None = None
    meaning: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Filed:
    case: Case
    report: Report
    duplicate: bool  # the report joined an open case instead of opening one


async def open_case(
    new: NewReport, decision: Decision, *, now: datetime, duplicate_window: timedelta
) -> Filed:
    """File a report: join an open case about the same matter at the same place, or open one."""
    if not new.text.strip():
        raise InvalidInput("诉求内容不能为空")
    async with transaction():  # the chat's filing turn and a referral hold one already
        report = await _store_report(new, now)
        existing = await _open_duplicate(decision, now - duplicate_window)
        if existing is not None:
            await _join(existing, report, now)
            await remember_identifiers(
                existing.id, new.text, new.details, new.reporter_phone, joined=True
            )
            return Filed(existing, report, duplicate=True)
        case = await _create_case(new, decision, now)
        report.case = case
        await report.save(update_fields=["case_id"])
        await _route_new(case, decision, now)
        await remember_identifiers(case.id, new.text, new.details, new.reporter_phone)
        return Filed(case, report, duplicate=False)


async def dispatch(
    number: str,
    *,
    department: str,
    unit: str | None = None,
    category: str | None = None,
    actor: Principal,
    now: datetime,
    reason: str | None = None,
    expected_version: int | None = None,
) -> Case:
    """A hub operator sends a case from triage (or back from a return) to a department."""
    async with in_transaction():
        case = await load_case(
            number, actor, Action.DISPATCH, expected_version, (S.ROUTED, EventKind.DISPATCHED)
        )
        target = await Department.get_or_none(code=department)
        if target is None:
            raise InvalidInput(f"没有代码为 {department} 的部门")
        if department in case.excluded_departments:
            raise RuleViolation(f"{target.name_zh}已退回此工单，请分拨给其他部门")
        target_unit = await _unit_under(target, unit)
        recategorised = await _recategorise(case, category)
        await move(
            case,
            S.ROUTED,
            EventKind.DISPATCHED,
            actor,
            now,
            text=reason,
            data={"department": department, "unit": unit, "category": category},
            department_id=target.id,
            unit_id=target_unit.id if target_unit else None,
            routed_at=now,
            signed_at=None,
            assignee_id=None,
            returned_by_id=None,
            **recategorised,
        )
        return case


async def sign(
    number: str, *, actor: Principal, now: datetime, expected_version: int | None = None
) -> Case:
    """The lead department signs for the case (签收); the resolution clock starts."""
    async with in_transaction():
        case = await load_case(
            number, actor, Action.SIGN, expected_version, (S.SIGNED, EventKind.SIGNED)
        )
        await move(
            case,
            S.SIGNED,
            EventKind.SIGNED,
            actor,
            now,
            signed_at=now,
            assignee_id=case.assignee_id or actor.account_id,
        )
        return case


async def return_case(
    number: str,
    *,
    reason: str,
    actor: Principal,
    now: datetime,
    expected_version: int | None = None,
) -> Case:
    """The lead department returns a case that is not theirs (退单), within 2 working days."""
    reason = required_text(reason, "退单须说明理由")
    async with in_transaction():
        case = await load_case(
            number, actor, Action.RETURN, expected_version, (S.RETURNED, EventKind.RETURNED)
        )
        _check_return_window(case, now)
        excluded = [*case.excluded_departments, await _department_code(case.department_id)]
        await move(
            case,
            S.RETURNED,
            EventKind.RETURNED,
            actor,
            now,
            text=reason,
            excluded_departments=excluded,
            returned_by_id=case.department_id,
            assignee_id=None,
            department_id=None,
            unit_id=None,
            sign_due_at=None,
            resolve_due_at=None,
        )
        return case


async def resolve(
    number: str,
    *,
    text: str,
    result: ResolutionResult,
    actor: Principal,
    now: datetime,
    expected_version: int | None = None,
) -> Case:
    """The lead department resolves the case (办结) with what it did and the result."""
    text = required_text(text, "办结须填写办理结果")
    async with in_transaction():
        case = await load_case(
            number, actor, Action.RESOLVE, expected_version, (S.RESOLVED, EventKind.RESOLVED)
        )
        await move(
            case,
            S.RESOLVED,
            EventKind.RESOLVED,
            actor,
            now,
            text=text,
            data={"result": result.value},
            resolved_at=now,
            resolution_text=text,
            resolution_result=result,
        )
        return case


async def close(number: str, *, actor: Principal, now: datetime, reason: str | None = None) -> Case:
    """Close a resolved case: the reporter is satisfied, or the revisit period has ended."""
    async with in_transaction():
        case = await load_case(number, actor, Action.CLOSE, None, (S.CLOSED, EventKind.CLOSED))
        await move(case, S.CLOSED, EventKind.CLOSED, actor, now, text=reason, closed_at=now)
        return case


async def reopen(number: str, *, reason: str, actor: Principal, now: datetime) -> Case:
    """Reopen a resolved case (重办): the department must resolve it again, with a new limit."""
    reason = required_text(reason, "重办须说明理由")
    async with in_transaction():
        case = await load_case(number, actor, Action.REOPEN, None, (S.REOPENED, EventKind.REOPENED))
        await move(
            case,
            S.REOPENED,
            EventKind.REOPENED,
            actor,
            now,
            text=reason,
            resolved_at=None,
        )
        return case


async def cancel(
    number: str,
    *,
    reason: str,
    actor: Principal,
    now: datetime,
    duplicate_of: str | None = None,
    expected_version: int | None = None,
) -> Case:
    """Cancel a case, for example as a duplicate of another open case."""
    reason = required_text(reason, "撤销须说明理由")
    async with in_transaction():
        case = await load_case(
            number, actor, Action.CANCEL, expected_version, (S.CANCELLED, EventKind.CANCELLED)
        )
        original = await _duplicate_target(case, duplicate_of)
        await move(
            case,
            S.CANCELLED,
            EventKind.CANCELLED,
            actor,
            now,
            text=reason,
            data={"duplicate_of": duplicate_of} if duplicate_of else {},
            duplicate_of_id=original.id if original else None,
            closed_at=now,
        )
        return case


async def add_note(number: str, *, text: str, actor: Principal, now: datetime) -> CaseEvent:
    """A progress note on the timeline; changes nothing else."""
    text = required_text(text, "进展内容不能为空")
    async with in_transaction():
        case = await load_case(number, actor, Action.NOTE, None)
        return await record(case, EventKind.NOTE, actor, now, text=text)


async def record(
    case: Case,
    kind: str,
    actor: Principal,
    now: datetime,
    *,
    from_status: CaseStatus | None = None,
    to_status: CaseStatus | None = None,
    text: str | None = None,
    data: dict[str, Any] | None = None,
) -> CaseEvent:
    """Write one timeline event (call inside the transaction of the change it records).

    What follows the event is written in the same transaction: feedback to linked tasks, word to
    the reporter and the revisit plan (hub/feedback/reactions.py), and the e-mails to departments
    and the hub (hub/notify/announce.py). Nothing is sent before the transaction commits.
    """
    bind_case(case.number)
    event = await CaseEvent.create(
        case=case,
        kind=str(kind),
        from_status=from_status,
        to_status=to_status,
        actor=actor.label,
        account_id=actor.account_id,
        department_id=actor.department_id,
        text=text,
        data=data or {},
        at=now,
    )
    await react(case, event)
    await announce(case, event)
    return event


async def load_case(
    number: str,
    actor: Principal,
    action: Action,
    expected_version: int | None,
    moving_to: tuple[CaseStatus, EventKind] | None = None,
) -> Case:
    """The case, once the actor may act on it, it is as they saw it, and the move is allowed."""
    case = await Case.get_or_none(number=number) if is_case_number(number) else None
    if case is None:
        raise NotFound(f"没有编号为 {number} 的工单")
    await authorize(actor, action, case)
    if expected_version is not None and expected_version != case.version:
        raise Conflict("该工单已被他人更新，请刷新后再操作", current_version=case.version)
    if moving_to is not None:
        _check_transition(CaseStatus(case.status), *moving_to)
    return case


def _check_transition(source: CaseStatus, to: CaseStatus, kind: EventKind) -> None:
    if (source, to) not in TRANSITIONS:
        raise TransitionNotAllowed(
            f"工单当前状态为“{source.label_zh}”，不能{kind.label_zh}",
            status=source.value,
            to=to.value,
        )


async def move(
    case: Case,
    to: CaseStatus,
    kind: EventKind,
    actor: Principal,
    now: datetime,
    *,
    text: str | None = None,
    data: dict[str, Any] | None = None,
    **changes: Any,
) -> None:
    """The only place a case's status changes; the SLA clock follows the window it enters."""
    source = CaseStatus(case.status)
    _check_transition(source, to, kind)
    if case.suspended_at is not None:
        await _end_pause(case, kind, actor, now, changes)
    data = (data or {}) | schedule.open_window(case, to, now, changes)
    await update_case(case, now, status=to, **changes)
    await record(case, kind, actor, now, from_status=source, to_status=to, text=text, data=data)


async def _end_pause(
    case: Case, kind: EventKind, actor: Principal, now: datetime, changes: dict[str, Any]
) -> None:
    """Leaving the window ends a suspension: on the timeline, with the limit as resumed."""
    resumed = schedule.restarted(case, now)["resolve_due_at"]
    changes.setdefault("resolve_due_at", resumed)
    await record(
        case,
        EventKind.RESUMED,
        actor,
        now,
        text=f"{kind.label_zh}，挂起结束",
        data={"due_at": iso(resumed)},
    )


async def update_case(case: Case, now: datetime, **changes: Any) -> None:
    """Change a case's columns unless someone changed it since it was read; bumps its version."""
    changes.update(version=case.version + 1, updated_at=now)
    won = await Case.filter(id=case.id, version=case.version).update(**changes)
    if not won:
        raise Conflict("该工单已被他人同时处理，请刷新后再操作")
    for name, value in changes.items():
        setattr(case, name, value)


async def _store_report(new: NewReport, now: datetime) -> Report:
    reporter = None
    if new.reporter_name or new.reporter_phone:
        phone = new.reporter_phone
        reporter = await Reporter.create(
            kind=new.reporter_kind,
            name=new.reporter_name,
            phone=phone,
            phone_hash=digest_of(PHONE, phone) if phone else None,
            created_at=now,
        )
    return await Report.create(
        channel=new.channel,
        text=new.text,
        details=new.details,
        meaning=new.meaning,
        reporter=reporter,
        conversation_id=new.conversation_id,
        received_at=now,
    )


async def _open_duplicate(decision: Decision, since: datetime) -> Case | None:
    """An open case of the same category about the same place, opened within the window."""
    place = decision.place
    if decision.to_triage or place is None or not place.place or place.ambiguous:
        return None
    if catalogue().categories[decision.category].self_report:
        return None
    return (
        await Case.filter(
            category__code=decision.category,
            district=place.district,
            street=place.street,
            place=place.place,
            status__in=list(OPEN_STATUSES),
            created_at__gte=since,
        )
        .order_by("created_at")
        .first()
    )


async def _join(case: Case, report: Report, now: datetime) -> None:
    report.case = case
    await report.save(update_fields=["case_id"])
    await record(
        case,
        EventKind.DUPLICATE_REPORT,
        SYSTEM,
        now,
        text=mask_text(report.text[:200]),
        data={"report": report.id},
    )


async def _create_case(new: NewReport, decision: Decision, now: datetime) -> Case:
    category = await Category.get(code=decision.category)
    place = decision.place
    case = await Case.create(
        number=await next_case_number(now),
        status=S.RECEIVED,
        category=category,
        district=place.district if place else None,
        street=place.street if place else None,
        police_station=place.police_station if place else None,
        place=place.place if place else None,
        summary=mask_text(" ".join(new.text.split()))[:200],
        details=new.details,
        routing=decision.explanation(),
        sla_class=catalogue().categories[decision.category].sla_class,
        created_at=now,
        updated_at=now,
    )
    await record(
        case,
        EventKind.RECEIVED,
        SYSTEM,
        now,
        to_status=S.RECEIVED,
        data={"channel": new.channel.value},
    )
    return case


async def _route_new(case: Case, decision: Decision, now: datetime) -> None:
    if decision.to_triage:
        await move(case, S.TRIAGE, EventKind.TRIAGED, SYSTEM, now, text=decision.reason)
        return
    department = await Department.get(code=decision.department)
    unit = (
        await Unit.get_or_none(kind=decision.unit_kind, name=decision.unit)
        if decision.unit
        else None
    )
    for code in decision.assist:
        await CaseAssist.create(case=case, department=await Department.get(code=code))
    await move(
        case,
        S.ROUTED,
        EventKind.ROUTED,
        SYSTEM,
        now,
        text=decision.reason,
        data={
            "department": decision.department,
            "unit": decision.unit,
            "assist": list(decision.assist),
        },
        department_id=department.id,
        unit_id=unit.id if unit else None,
        routed_at=now,
    )


async def _unit_under(department: Department, unit: str | None) -> Unit | None:
    if not unit:
        return None
    found = await Unit.get_or_none(department=department, name=unit)
    if found is None:
        raise InvalidInput(f"{department.name_zh}下没有名为 {unit} 的单位")
    return found


async def _recategorise(case: Case, code: str | None) -> dict[str, Any]:
    """The column changes when the operator corrects the category while dispatching."""
    if code is None or code == (await case.category).code:
        return {}
    category = await Category.get_or_none(code=code)
    if category is None:
        raise InvalidInput(f"没有代码为 {code} 的诉求类别")
    case.sla_class = catalogue().categories[code].sla_class
    return {"category_id": category.id, "sla_class": case.sla_class}


async def _department_code(department_id: int | None) -> str:
    department = await Department.get(id=department_id)
    return department.code


async def _duplicate_target(case: Case, number: str | None) -> Case | None:
    if number is None:
        return None
    original = await Case.get_or_none(number=number) if is_case_number(number) else None
    if original is None or original.id == case.id:
        raise InvalidInput(f"重复工单的原工单编号 {number} 无效")
    return original


def _check_return_window(case: Case, now: datetime) -> None:
    if case.routed_at is None:
        raise RuleViolation("工单尚未分派，不能退单")
    deadline = due_after("working", RETURN_WITHIN, case.routed_at, default_calendar())
    if now > deadline:
        raise RuleViolation(
            "已超过分派后2个工作日的退单期限，不能退单", deadline=deadline.isoformat()
        )


def required_text(text: str | None, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidInput(message)
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"内容过长（最多 {MAX_TEXT} 字）")
    return text
