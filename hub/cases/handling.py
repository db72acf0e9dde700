"""How a department works a case without changing its status: who handles it, co-handlers' opinions.

Same rules as hub/cases/flows.py: each verb owns its transaction, checks the actor through
agencies.access (via load_case), honours the version the user saw, and writes its timeline event.
"""

from __future__ import annotations

from datetime import datetime

from tortoise.transactions import in_transaction

from agencies.access import Action, Principal
from agencies.enums import DEPARTMENT_ROLES
from agencies.models import Account
from hub.cases.enums import OPEN_STATUSES, CaseStatus, EventKind
from hub.cases.flows import load_case, record, required_text, update_case
from hub.cases.models import Case, CaseAssist
from hub.errors import Forbidden, InvalidInput, RuleViolation

WORKING = frozenset({CaseStatus.ROUTED, CaseStatus.SIGNED, CaseStatus.REOPENED})


async def assign(
    number: str,
    *,
    assignee: str,
    actor: Principal,
    now: datetime,
    expected_version: int | None = None,
) -> Case:
    """A department supervisor hands the case to one of the department's people (指派)."""
    async with in_transaction():
        case = await load_case(number, actor, Action.REASSIGN, expected_version)
        if case.status not in WORKING:
            raise RuleViolation(f"工单当前状态为“{CaseStatus(case.status).label_zh}”，不能指派")
        person = await Account.get_or_none(
            username=assignee,
            active=True,
            department_id=case.department_id,
            role__in=list(DEPARTMENT_ROLES),
        )
        if person is None:
            raise InvalidInput("本部门没有这名经办人", field="assignee")
        await update_case(case, now, assignee_id=person.id)
        await record(
            case,
            EventKind.ASSIGNED,
            actor,
            now,
            text=f"指派给 {person.display_name}",
            data={"assignee": person.username},
        )
        return case


async def give_opinion(number: str, *, text: str, actor: Principal, now: datetime) -> CaseAssist:
    """A co-handling department gives (or revises) its opinion (协办意见) on an open case."""
    text = required_text(text, "协办意见不能为空")
    async with in_transaction():
        case = await load_case(number, actor, Action.OPINION, None)
        if case.status not in OPEN_STATUSES:
            raise RuleViolation("工单已办结或撤销，不能再提交协办意见")
        assist = await CaseAssist.get_or_none(case_id=case.id, department_id=actor.department_id)
        if assist is None:
            raise Forbidden(f"您的部门不是工单 {case.number} 的协办部门")
        assist.opinion, assist.opinion_at = text, now
        await assist.save(update_fields=["opinion", "opinion_at"])
        await record(case, EventKind.OPINION, actor, now, text=text)
        return assist
