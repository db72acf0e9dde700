"""Reads for the chat: a conversation's messages, and a case as its reporter may see it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agencies.access import Principal, case_for
from agencies.catalog import catalogue
from hub.cases.enums import CaseStatus
from hub.cases.models import Case
from hub.http import iso
from intake.models import ChatMessage, Conversation
from routing.decide import Decision

HISTORY = 100


async def conversation(conversation_id: str | None) -> Conversation | None:
    if not conversation_id:
        return None
    return await Conversation.get_or_none(id=conversation_id)


async def history(conversation_id: str, limit: int = HISTORY) -> list[ChatMessage]:
    """The latest messages of a conversation, oldest first."""
    latest = await ChatMessage.filter(conversation_id=conversation_id).order_by("-id").limit(limit)
    return list(reversed(latest))


async def outgoing_since(conversation_ids: list[str], after_id: int) -> list[ChatMessage]:
    """The hub's messages to these conversations with an id above `after_id`, in order."""
    if not conversation_ids:
        return []
    return (
        await ChatMessage.filter(
            conversation_id__in=conversation_ids, direction="out", id__gt=after_id
        )
        .order_by("id")
        .limit(1000)
    )


def message_json(message: ChatMessage) -> dict[str, Any]:
    """A message as the chat channels send it."""
    return {
        "id": message.id,
        "direction": message.direction,
        "text": message.text,
        "buttons": message.extra.get("buttons", []),
        "card": message.extra.get("card"),
        "case": message.extra.get("case"),
        "kind": message.extra.get("kind"),
        "at": iso(message.at),
    }


def routed_receipt(case: Case, decision: Decision) -> dict[str, Any]:
    """The receipt of a case just opened by this decision: from the catalogue, no query."""
    department = catalogue().departments.get(decision.department or "")
    unit = decision.unit if department else None
    return _receipt(case, department, unit)


async def case_receipt(case: Case) -> dict[str, Any]:
    """What a reporter is told of a case: status, department and by when it must act."""
    await case.fetch_related("department", "unit")
    return _receipt(case, case.department, case.unit.name if case.unit else None)


def _receipt(case: Case, department: Any, unit: str | None) -> dict[str, Any]:
    """`department`: the catalogue's entry or the row, both with a code and a Chinese name."""
    return {
        "number": case.number,
        "status": CaseStatus(case.status).value,
        "status_label": CaseStatus(case.status).label_zh,
        "department": department.code if department else None,
        "department_name": department.name_zh if department else None,
        "unit": unit,
        "due_at": iso(due_of(case)),
    }


def due_of(case: Case) -> datetime | None:
    """The next time limit the department is held to in the case's present status."""
    status = CaseStatus(case.status)
    if status == CaseStatus.ROUTED:
        return case.sign_due_at
    if status in (CaseStatus.SIGNED, CaseStatus.REOPENED):
        return case.resolve_due_at
    return None


async def case_for_reporter(principal: Principal, number: str) -> dict[str, Any]:
    """The receipt of a case this reporter filed; anyone else's case does not exist for them."""
    return await case_receipt(await case_for(principal, number))
