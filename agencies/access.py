"""The one access check: who may see a case, and who may do what to it.

A department sees the cases it leads or co-handles and nothing else; a case it may not see does not
exist for it (the same "not found" as a number that was never issued).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from agencies.enums import DEPARTMENT_ROLES, HUB_WIDE_ROLES, Role
from hub.cases.models import Case, CaseAssist, Report
from hub.cases.numbers import is_case_number
from hub.errors import Forbidden, NotFound
from hub.privacy.lookup import PHONE, digest_of


class PrincipalKind(StrEnum):
    ACCOUNT = "account"
    SYSTEM = "system"  # the hub itself: routing, sweeps, revisits
    RESIDENT = "resident"  # a reporter, identified by their conversation or phone
    TASK_SYSTEM = "task_system"


@dataclass(frozen=True)
class Principal:
    """Who is acting: an account with a role, the hub itself, a resident, or a task system."""

    kind: PrincipalKind
    label: str
    role: Role | None = None
    account_id: int | None = None
    department_id: int | None = None
    unit_id: int | None = None
    phone: str | None = None  # a resident: the phone their reports were filed with

    @property
    def hub_wide(self) -> bool:
        return self.kind == PrincipalKind.SYSTEM or self.role in HUB_WIDE_ROLES

    @property
    def in_department(self) -> bool:
        return self.role in DEPARTMENT_ROLES and self.department_id is not None


SYSTEM = Principal(PrincipalKind.SYSTEM, "系统")
ADMIN_TOKEN = Principal(PrincipalKind.ACCOUNT, "管理令牌", role=Role.ADMIN)


def resident(label: str = "群众", phone: str | None = None) -> Principal:
    """A reporter; with the phone they reported with, they see the cases of their reports."""
    return Principal(PrincipalKind.RESIDENT, label, phone=phone)


class Action(StrEnum):
    SIGN = "sign"
    RETURN = "return"
    RESOLVE = "resolve"
    NOTE = "note"
    OPINION = "opinion"
    REQUEST_EXTENSION = "request_extension"
    REASSIGN = "reassign"
    DISPATCH = "dispatch"
    CANCEL = "cancel"
    DECIDE_EXTENSION = "decide_extension"
    SUSPEND = "suspend"
    CLOSE = "close"
    REOPEN = "reopen"


LEAD_ACTIONS = frozenset(
    {
        Action.SIGN,
        Action.RETURN,
        Action.RESOLVE,
        Action.NOTE,
        Action.REQUEST_EXTENSION,
        Action.SUSPEND,
    }
)
HUB_ACTIONS = frozenset(
    {
        Action.DISPATCH,
        Action.CANCEL,
        Action.DECIDE_EXTENSION,
        Action.CLOSE,
        Action.REOPEN,
        Action.NOTE,
    }
)
RESIDENT_ACTIONS = frozenset({Action.CLOSE, Action.REOPEN})


class Part(StrEnum):
    """Which of the cases a principal may see: a department's queue tabs each read one part."""

    ALL = "all"
    LEAD = "lead"  # cases the department leads (hub-wide: every case)
    ASSIST = "assist"  # cases it co-handles (协办)
    RETURNED = "returned"  # cases it returned, until they are dispatched again


def visible_cases(principal: Principal, part: Part = Part.ALL) -> QuerySet[Case]:
    """Every case this principal may see (or one part of them), as a query to narrow further."""
    if principal.hub_wide:
        return Case.all()
    if principal.in_department:
        parts = _department_parts(principal.department_id)
        if part == Part.ALL:
            return Case.filter(Q(*parts.values(), join_type="OR"))
        return Case.filter(parts[part])
    if principal.role == Role.OFFICER and principal.account_id is not None and part == Part.ALL:
        return Case.filter(task_links__task__officer_id=principal.account_id).distinct()
    if principal.kind == PrincipalKind.RESIDENT and principal.phone:
        phone_hash = digest_of(PHONE, principal.phone)
        reported = Subquery(Report.filter(reporter__phone_hash=phone_hash).values("case_id"))
        return Case.filter(id__in=reported)
    return Case.filter(id__in=[])


INLINE_ASSISTED = 2000


async def visible_cases_indexed(principal: Principal) -> QuerySet[Case]:
    """The same cases as visible_cases(principal), written so PostgreSQL can use its indexes.

    A department's co-handled cases become a list of ids when there are not too many: with the
    sub-select, the three parts cannot be combined from their indexes and a filtered, sorted
    page has to walk the whole table.
    """
    if not principal.in_department:
        return visible_cases(principal)
    assisted = (
        await CaseAssist.filter(department_id=principal.department_id)
        .limit(INLINE_ASSISTED + 1)
        .values_list("case_id", flat=True)
    )
    if len(assisted) > INLINE_ASSISTED:
        return visible_cases(principal)
    parts = _department_parts(principal.department_id)
    parts[Part.ASSIST] = Q(id__in=list(assisted))
    return Case.filter(Q(*parts.values(), join_type="OR"))


def _department_parts(department: int | None) -> dict[Part, Q]:
    co_handled = Subquery(CaseAssist.filter(department_id=department).values("case_id"))
    return {
        Part.LEAD: Q(department_id=department),
        Part.ASSIST: Q(id__in=co_handled),
        Part.RETURNED: Q(returned_by_id=department),
    }


async def case_for(principal: Principal, number: str) -> Case:
    """The case with this number if the principal may see it; otherwise not found."""
    case = (
        await visible_cases(principal).filter(number=number).first()
        if is_case_number(number)
        else None
    )
    if case is None:
        raise NotFound(f"没有编号为 {number} 的工单")
    return case


async def authorize(principal: Principal, action: Action, case: Case) -> None:
    """Refuse an action the principal may not take on this case."""
    if principal.kind == PrincipalKind.RESIDENT and not await _reported(principal, case):
        raise NotFound(f"没有编号为 {case.number} 的工单")
    if _may(principal, action, case) or await _co_handles(principal, action, case):
        return
    if not principal.hub_wide and not await visible_cases(principal).filter(id=case.id).exists():
        raise NotFound(f"没有编号为 {case.number} 的工单")
    raise Forbidden(f"您无权对工单 {case.number} 执行此操作")


def require_hub_wide(principal: Principal) -> None:
    """Pages of the hub's own work (extension approvals, failed deliveries): hub operators only."""
    if not principal.hub_wide:
        raise Forbidden("仅中心调度员可以使用此功能")


async def allowed_actions(principal: Principal, case: Case) -> frozenset[Action]:
    """The actions the principal may take on this case, by role (the status decides the rest)."""
    allowed = {action for action in Action if _may(principal, action, case)}
    if await _co_handles(principal, Action.OPINION, case):
        allowed.add(Action.OPINION)
    return frozenset(allowed)


def _may(principal: Principal, action: Action, case: Case) -> bool:
    if principal.kind == PrincipalKind.SYSTEM:
        return True
    if principal.kind == PrincipalKind.RESIDENT:
        return action in RESIDENT_ACTIONS
    if principal.role in HUB_WIDE_ROLES:
        return action in HUB_ACTIONS
    if principal.in_department and case.department_id == principal.department_id:
        if action == Action.REASSIGN:
            return principal.role == Role.SUPERVISOR
        return action in LEAD_ACTIONS
    return False


async def _co_handles(principal: Principal, action: Action, case: Case) -> bool:
    if action != Action.OPINION or not principal.in_department:
        return False
    return await case.assists.filter(department_id=principal.department_id).exists()


async def _reported(principal: Principal, case: Case) -> bool:
    return await visible_cases(principal).filter(id=case.id).exists()
