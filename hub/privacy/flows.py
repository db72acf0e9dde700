"""Changes made for personal data's sake: remembering identifiers, viewing them, erasing them."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from agencies.access import SYSTEM, Principal, case_for
from agencies.catalog import catalogue
from agencies.facts import report_facts
from agencies.masking import mask_fields, sees_personal_data
from hub.cases import flows as case_flows
from hub.cases.enums import CaseStatus, EventKind
from hub.cases.models import Case, Report, Reporter
from hub.errors import Conflict, Forbidden
from hub.privacy.models import PersonalKey
from hub.tasks.models import CaseTask, Task
from intake.models import ChatMessage, Conversation

log = logging.getLogger(__name__)
ERASED_TEXT = "（个人信息已按保存期限删除）"
ERASE_BATCH = 200


async def reveal_personal_data(principal: Principal, number: str, *, now: datetime) -> Case:
    """Someone whose work needs it sees a case's personal data unmasked: a timeline event says
    who, when and which fields. Anyone else is refused, and nothing is written."""
    case = await case_for(principal, number)
    if not sees_personal_data(principal, case):
        raise Forbidden("您的角色不能查看此工单的个人信息", reason="personal_data")
    fields = await personal_fields(case)
    async with in_transaction():
        await case_flows.record(
            case,
            EventKind.PERSONAL_DATA_VIEWED,
            principal,
            now,
            text="查看个人信息：" + ("、".join(fields) or "无"),
            data={"fields": fields},
        )
    return case


async def personal_fields(case: Case) -> list[str]:
    """The fields of a case's reports that masking changes, under the case page's labels."""
    fields: set[str] = set()
    for report in await Report.filter(case_id=case.id).select_related("reporter"):
        if report.reporter and report.reporter.name:
            fields.add("诉求人")
        if report.reporter and report.reporter.phone:
            fields.add("联系电话")
        if mask_fields(report.text) != report.text:
            fields.add("诉求内容")
        masked = dict(report_facts(mask_fields(report.details)))
        fields.update(
            label for label, value in report_facts(report.details) if masked.get(label) != value
        )
    return sorted(fields)


async def erase_expired(now: datetime, days: int, batch: int = ERASE_BATCH) -> int:
    """Erase the personal data of self-reports closed more than `days` ago (0: keep them);
    the case, its timeline and its figures stay. Returns how many cases were erased."""
    if days <= 0:
        return 0
    erased, skipped = 0, 0
    while due := await _due_for_erasure(now - timedelta(days=days), batch, skipped):
        for case in due:
            try:
                erased += await erase_case(case, now=now)
            except Conflict:
                skipped += 1  # changed meanwhile: the next pass erases it
                log.info("case %s changed while being erased; left to the next pass", case.number)
    return erased


async def _due_for_erasure(closed_before: datetime, batch: int, skip: int) -> list[Case]:
    groups = [c.code for c in catalogue().categories.values() if c.self_report]
    return (
        await Case.filter(
            status=CaseStatus.CLOSED,
            closed_at__lt=closed_before,
            erased_at__isnull=True,
            category__code__in=groups,
        )
        .order_by("closed_at", "id")
        .offset(skip)
        .limit(batch)
    )


async def erase_case(case: Case, *, now: datetime) -> int:
    """One closed case's personal data erased, in one transaction, with its timeline event."""
    async with in_transaction():
        reports = await Report.filter(case_id=case.id)
        reporters = [r.reporter_id for r in reports if r.reporter_id is not None]
        conversations = {r.conversation_id for r in reports if r.conversation_id}
        await Reporter.filter(id__in=reporters).update(name=None, phone=None, phone_hash=None)
        await Report.filter(case_id=case.id).update(text=ERASED_TEXT, details={})
        messages = await _erase_conversations(conversations, case.closed_at or now)
        tasks = await CaseTask.filter(case_id=case.id).values_list("task_id", flat=True)
        await Task.filter(id__in=list(tasks)).update(people=[])
        await PersonalKey.filter(case_id=case.id).delete()
        await case_flows.update_case(case, now, details={}, erased_at=now)
        await case_flows.record(
            case,
            EventKind.PERSONAL_DATA_ERASED,
            SYSTEM,
            now,
            text="保存期限已到，诉求人信息、诉求原文与对话记录已删除",
            data={"reports": len(reports), "messages": messages},
        )
    return 1


async def _erase_conversations(ids: set[str], until: datetime) -> int:
    """The messages of these conversations up to the case's closing; an idle conversation goes
    altogether (its state holds the form it filed)."""
    if not ids:
        return 0
    erased = await ChatMessage.filter(conversation_id__in=list(ids), at__lte=until).delete()
    await Conversation.filter(id__in=list(ids), updated_at__lte=until).delete()
    return int(erased)
