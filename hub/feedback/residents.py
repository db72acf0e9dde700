"""Word to the reporters of chat cases: sign-off and resolution in their conversation, and the
revisit (回访) planned for the next working day after a resolution."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from agencies.models import Department
from hub.cases.models import Case, CaseEvent, Report
from hub.feedback.models import Revisit, RevisitStatus
from hub.http import SHANGHAI
from hub.outbox import flows as outbox
from hub.outbox.models import OutboxChannel
from hub.sla.calendar import default_calendar

REPORTER_EVENTS = frozenset({"signed", "resolved"})
ENDS_REVISITS = frozenset({"closed", "reopened", "cancelled"})
REVISIT_AT = time(9, 0)  # Xiamen time on the next working day


async def tell_reporters(case: Case, event: CaseEvent) -> None:
    """A message into each conversation the case was reported in."""
    text = await _notice(case, event)
    for conversation_id in await conversations_of(case):
        await chat_message(case, conversation_id, text, kind=f"case_{event.kind}", now=event.at)


async def plan_revisits(case: Case, now: datetime) -> None:
    """One revisit per reporting conversation, on the next working day."""
    due = revisit_due(now)
    for conversation_id in await conversations_of(case):
        await Revisit.create(case=case, conversation_id=conversation_id, due_at=due, created_at=now)


async def void_revisits(case: Case) -> None:
    """The case moved on (closed, reopened, cancelled): unanswered revisits have no object."""
    await Revisit.filter(
        case_id=case.id, status__in=[RevisitStatus.PLANNED, RevisitStatus.ASKED]
    ).update(status=RevisitStatus.VOID)


def revisit_due(resolved_at: datetime) -> datetime:
    cal = default_calendar()
    day = cal.nth_working_day_after(cal.local_date(resolved_at), 1)
    return datetime.combine(day, REVISIT_AT, tzinfo=SHANGHAI)


async def conversations_of(case: Case) -> list[str]:
    ids = await Report.filter(case_id=case.id, conversation_id__not_isnull=True).values_list(
        "conversation_id", flat=True
    )
    return list(dict.fromkeys(str(i) for i in ids))


async def chat_message(
    case: Case,
    conversation_id: str,
    text: str,
    *,
    kind: str,
    now: datetime,
    buttons: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
) -> None:
    """A message for a conversation, waiting in the outbox (the chat deliverer posts it)."""
    payload = {"kind": kind, "case": {"number": case.number, "status": case.status.value}}
    await outbox.enqueue(
        OutboxChannel.CHAT,
        conversation_id,
        subject=kind,
        body=text,
        payload=payload | {"buttons": buttons or [], "slots": slots or {}},
        case_id=case.id,
        now=now,
    )


async def _notice(case: Case, event: CaseEvent) -> str:
    department = await Department.get_or_none(id=case.department_id) if case.department_id else None
    name = department.name_zh if department else "承办单位"
    if event.kind == "signed":
        due = _local(case.resolve_due_at)
        until = f"，将在 {due} 前办结" if due else ""
        return f"您反映的事项（工单 {case.number}）已由{name}签收办理{until}。"
    return (
        f"您反映的事项（工单 {case.number}）已由{name}办结。办理结果：{case.resolution_text}\n"
        "下一个工作日我们会回访您，听听您对办理结果的评价。"
    )


def _local(moment: datetime | None) -> str | None:
    return moment.astimezone(SHANGHAI).strftime("%Y年%m月%d日 %H:%M") if moment else None
