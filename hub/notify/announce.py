"""Who gets what: the e-mails an event on a case causes, queued in the event's own transaction.

- routed, dispatched: the department (template routed)
- reminded (催办): the department (reminded)
- escalated (督办): the department's supervisor, and the hub (escalated)
- listed (通报): the hub (listed)
- returned (退单): the hub, which must dispatch the case again (returned)
- reopened (重办): the department (reopened)
- extension requested: the hub, which decides (extension_requested)
- extension approved or refused: the department (extension_decided)

Addresses come from config/catalog/contacts.tsv (departments, their supervisors, and `@hub`).
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Any

from agencies.catalog import catalogue
from agencies.models import Category, Department
from hub.cases.enums import CaseStatus, EventKind
from hub.cases.models import Case, CaseEvent
from hub.notify.templates import case_link, render
from hub.outbox import flows as outbox
from hub.outbox.models import OutboxChannel, OutboxMessage
from hub.sla.enums import WINDOW_OF, Window
from hub.sla.limits import Limit

log = logging.getLogger(__name__)


class Audience(StrEnum):
    DEPARTMENT = "department"
    SUPERVISOR = "supervisor"
    HUB = "hub"


A = Audience
WHO_GETS_WHAT: dict[str, tuple[tuple[str, Audience], ...]] = {
    EventKind.ROUTED: (("routed", A.DEPARTMENT),),
    EventKind.DISPATCHED: (("routed", A.DEPARTMENT),),
    EventKind.REMINDED: (("reminded", A.DEPARTMENT),),
    EventKind.ESCALATED: (("escalated", A.SUPERVISOR), ("escalated", A.HUB)),
    EventKind.LISTED: (("listed", A.HUB),),
    EventKind.RETURNED: (("returned", A.HUB),),
    EventKind.REOPENED: (("reopened", A.DEPARTMENT),),
    EventKind.EXTENSION_REQUESTED: (("extension_requested", A.HUB),),
    EventKind.EXTENSION_APPROVED: (("extension_decided", A.DEPARTMENT),),
    EventKind.EXTENSION_REFUSED: (("extension_decided", A.DEPARTMENT),),
}


async def announce(case: Case, event: CaseEvent) -> list[OutboxMessage]:
    """Queue the messages this event causes (none for most events)."""
    notices = WHO_GETS_WHAT.get(event.kind, ())
    if not notices:
        return []
    department = await _department_of(case)
    context = await _context(case, event, department)
    queued = []
    for template, audience in notices:
        to = _address(audience, department)
        if to is None:
            log.warning("no %s address for %s on case %s", audience, event.kind, case.number)
            continue
        rendered = render(template, context | {"audience": audience.value})
        queued.append(
            await outbox.enqueue(
                OutboxChannel.EMAIL,
                to,
                subject=rendered.subject,
                body=rendered.body,
                payload={"case": case.number, "event": event.id, "template": template},
                case_id=case.id,
                now=event.at,
            )
        )
    return queued


async def _department_of(case: Case) -> Department | None:
    """The department the case is with; after a return, the one that returned it."""
    if case.department_id is not None:
        return await Department.get(id=case.department_id)
    if case.status == CaseStatus.RETURNED and case.excluded_departments:
        return await Department.get_or_none(code=case.excluded_departments[-1])
    return None


def _address(audience: Audience, department: Department | None) -> str | None:
    if audience == Audience.HUB:
        return catalogue().hub_email
    if department is None:
        return None
    if audience == Audience.SUPERVISOR:
        return department.supervisor_email or department.email
    return department.email


async def _context(case: Case, event: CaseEvent, department: Department | None) -> dict[str, Any]:
    category = await Category.get(id=case.category_id).only("name_zh")
    window = Window(event.data["window"]) if "window" in event.data else WINDOW_OF.get(case.status)
    length = event.data.get("length")
    return {
        "case": {
            "number": case.number,
            "summary": case.summary,
            "category": category.name_zh,
            "place": "".join(p for p in (case.district, case.street, case.place) if p),
        },
        "department": department.name_zh if department else "（未分派）",
        "event": {"text": event.text, "actor": event.actor, "at": event.at},
        "window": window.label_zh if window else "",
        "due_at": event.data.get("due_at"),
        "length": Limit.parse(length).describe_zh() if length else "",
        "approved": event.kind == EventKind.EXTENSION_APPROVED,
        "link": case_link(case.number),
    }
