"""Revisits (回访): asking the reporter on the next working day, and taking their answer.

The answer is a timeline event of kind "revisit" with data {"satisfied", "solved"} (what 解决率 and
满意率 are counted from); a satisfied reporter closes the case, an unsatisfied one reopens it (重办)
with a new resolution limit. A question left unanswered for REVISIT_PERIOD closes the case, and so
does the end of that period for a resolved case with no reporter in a chat to ask.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from agencies.access import SYSTEM, Action, Principal, PrincipalKind
from hub.cases import flows as case_flows
from hub.cases.enums import CaseStatus, EventKind
from hub.cases.models import Case
from hub.feedback.models import Revisit, RevisitStatus
from hub.feedback.residents import chat_message
from hub.sla.calendar import default_calendar
from hub.sla.deadlines import due_after
from hub.sla.limits import Limit

REVISIT = "revisit"
PENDING_REVISIT = "pending_revisit"  # the conversation slot the chat reads the answer against
REVISIT_PERIOD = Limit(3, "d")
MIN_PERIOD = timedelta(days=3)  # no period of 3 working days is shorter: a cheap first filter
NO_REVISIT = "办结后回访期满，无需回访的报告人，自动关闭"
# The hub records the reporter's answer on their behalf: their chat identifies them, no account.
REPORTER = Principal(PrincipalKind.SYSTEM, "报告人（回访）")
SWEEP_BATCH = 200
QUESTION = (
    "您好，这里是厦门市社会治理协同中枢回访。您反映的事项（工单 {number}）已办结，"
    "办理结果：{resolution}\n请问您对办理结果满意吗？问题解决了吗？"
)
BUTTONS = [
    {"title": "满意，已解决", "payload": '/revisit{"satisfied": true, "solved": true}'},
    {"title": "满意，但没完全解决", "payload": '/revisit{"satisfied": true, "solved": false}'},
    {"title": "不满意", "payload": '/revisit{"satisfied": false, "solved": false}'},
]


async def answer_revisit(number: str, satisfied: bool, solved: bool, now: datetime) -> Case:
    """The reporter's answer: recorded, then the case closed (satisfied) or reopened (重办)."""
    outcome = f"回访：{'满意' if satisfied else '不满意'}，{'已解决' if solved else '未解决'}"
    actor = REPORTER
    async with in_transaction():
        case = await case_flows.load_case(
            number, actor, Action.CLOSE, None, (CaseStatus.CLOSED, EventKind.CLOSED)
        )
        await Revisit.filter(case_id=case.id, status=RevisitStatus.ASKED).update(
            status=RevisitStatus.ANSWERED, answered_at=now, satisfied=satisfied, solved=solved
        )
        await case_flows.record(
            case, REVISIT, actor, now, text=outcome, data={"satisfied": satisfied, "solved": solved}
        )
        if satisfied:
            return await case_flows.close(number, actor=actor, now=now, reason=outcome)
        return await case_flows.reopen(number, reason=f"{outcome}，重办", actor=actor, now=now)


async def ask_due_revisits(now: datetime, batch: int = SWEEP_BATCH) -> int:
    """Put the question to every reporter whose revisit day has come; returns how many."""
    asked = 0
    due = await Revisit.filter(status=RevisitStatus.PLANNED, due_at__lte=now).limit(batch)
    for revisit in due:
        asked += await _ask(revisit, now)
    return asked


async def close_unanswered(now: datetime, batch: int = SWEEP_BATCH) -> int:
    """Close what the revisit period has ended for: questions left unanswered, and resolved cases
    with nobody to ask (reported by an officer, through Open311 or the API)."""
    closed = 0
    cal = default_calendar()
    asked = (
        await Revisit.filter(status=RevisitStatus.ASKED, asked_at__lte=now - MIN_PERIOD)
        .select_related("case")
        .order_by("asked_at", "id")
        .limit(batch)
    )
    for revisit in asked:
        if revisit.asked_at and due_after("working", REVISIT_PERIOD, revisit.asked_at, cal) < now:
            closed += await _close_unanswered(revisit, now)
    for case in await _unvisited(now, batch):
        if case.resolved_at and due_after("working", REVISIT_PERIOD, case.resolved_at, cal) < now:
            await case_flows.close(case.number, actor=SYSTEM, now=now, reason=NO_REVISIT)
            closed += 1
    return closed


async def _unvisited(now: datetime, batch: int) -> list[Case]:
    """Resolved cases past the shortest revisit period that have no revisit waiting."""
    waiting = Revisit.filter(status__in=[RevisitStatus.PLANNED, RevisitStatus.ASKED])
    return (
        await Case.filter(status=CaseStatus.RESOLVED, resolved_at__lte=now - MIN_PERIOD)
        .exclude(id__in=Subquery(waiting.values("case_id")))
        .order_by("resolved_at", "id")
        .limit(batch)
    )


async def _ask(revisit: Revisit, now: datetime) -> int:
    async with in_transaction():
        won = await Revisit.filter(id=revisit.id, status=RevisitStatus.PLANNED).update(
            status=RevisitStatus.ASKED, asked_at=now
        )
        if not won:  # another worker asked it
            return 0
        case = await Case.get(id=revisit.case_id)
        if case.status != CaseStatus.RESOLVED:
            await Revisit.filter(id=revisit.id).update(status=RevisitStatus.VOID)
            return 0
        text = QUESTION.format(number=case.number, resolution=case.resolution_text)
        await chat_message(
            case,
            revisit.conversation_id,
            text,
            kind="revisit_question",
            now=now,
            buttons=BUTTONS,
            slots={PENDING_REVISIT: case.number},
        )
        return 1


async def _close_unanswered(revisit: Revisit, now: datetime) -> int:
    case = revisit.case
    if case.status != CaseStatus.RESOLVED:
        await Revisit.filter(id=revisit.id).update(status=RevisitStatus.VOID)
        return 0
    await case_flows.close(case.number, actor=SYSTEM, now=now, reason="回访期满未答复，自动关闭")
    return 1
