"""Reads of cases, shaped for the API and the portal."""

from __future__ import annotations

from typing import Any

from hub.cases.enums import CaseStatus
from hub.cases.models import Case
from hub.http import iso
from hub.sla.service import sla_detail


async def case_detail(case: Case) -> dict[str, Any]:
    """The case as the API shows it to someone allowed to see it."""
    await case.fetch_related("category", "department", "unit", "assists__department", "events")
    department = case.department
    return {
        "number": case.number,
        "status": case.status.value,
        "status_label": CaseStatus(case.status).label_zh,
        "category": case.category.code,
        "category_label": case.category.name_zh,
        "department": department.code if department else None,
        "department_name": department.name_zh if department else None,
        "unit": case.unit.name if case.unit else None,
        "assist": [a.department.code for a in case.assists],
        "district": case.district,
        "street": case.street,
        "police_station": case.police_station,
        "summary": case.summary,
        "fields": case.details,
        "routing": case.routing,
        "sla_class": case.sla_class,
        "created_at": iso(case.created_at),
        "routed_at": iso(case.routed_at),
        "sign_due_at": iso(case.sign_due_at),
        "signed_at": iso(case.signed_at),
        "resolve_due_at": iso(case.resolve_due_at),
        "resolved_at": iso(case.resolved_at),
        "closed_at": iso(case.closed_at),
        "sla": await sla_detail(case),
        "resolution": {"text": case.resolution_text, "result": case.resolution_result}
        if case.resolution_text
        else None,
        "version": case.version,
        "timeline": [
            {
                "kind": e.kind,
                "from": e.from_status,
                "to": e.to_status,
                "actor": e.actor,
                "text": e.text,
                "data": e.data,
                "at": iso(e.at),
            }
            for e in case.events
        ],
    }
