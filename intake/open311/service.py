"""Reads for Open311: the service requests filed through it, their updates, and tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from hub.cases.enums import CaseStatus, Channel
from hub.cases.models import Case, CaseEvent, Report
from hub.cases.numbers import is_case_number
from hub.db import row_id
from hub.http import iso
from hub.observability.masking import mask_text

MAX_SPAN = timedelta(days=90)
MAX_RESULTS = 1000
CLOSED = frozenset({CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.CANCELLED})
UPDATE_KINDS = (
    "routed", "dispatched", "signed", "returned", "extension_approved",
    "resolved", "reopened", "closed", "cancelled",
)  # fmt: skip


@dataclass(frozen=True)
class RequestFilter:
    numbers: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    statuses: tuple[str, ...] = ()  # open, closed


def status_of(case: Case) -> str:
    return "closed" if CaseStatus(case.status) in CLOSED else "open"


async def service_requests(wanted: RequestFilter, now: datetime) -> list[dict[str, Any]]:
    """Requests filed through Open311, newest first, as the standard's GET requests lists them."""
    query = Case.filter(reports__channel=Channel.OPEN311).distinct()
    if wanted.numbers:
        query = query.filter(number__in=[n for n in wanted.numbers if is_case_number(n)])
    else:
        end = wanted.end or now
        query = query.filter(created_at__gte=wanted.start or end - MAX_SPAN, created_at__lte=end)
        if wanted.services:
            query = query.filter(category__code__in=list(wanted.services))
        if wanted.statuses:
            query = query.filter(status__in=_case_statuses(wanted.statuses))
    cases = await query.order_by("-created_at", "-id").limit(MAX_RESULTS)
    return await _requests_json(cases)


async def service_request(number: str) -> dict[str, Any] | None:
    if not is_case_number(number):
        return None
    case = await Case.filter(number=number, reports__channel=Channel.OPEN311).first()
    return (await _requests_json([case]))[0] if case else None


async def token_request(token: str) -> dict[str, Any] | None:
    """The request a token of a POST stands for (tokens are the report's id)."""
    report_id = row_id(token)
    if report_id is None:
        return None
    report = await Report.get_or_none(id=report_id, channel=Channel.OPEN311).select_related("case")
    if report is None or report.case is None:
        return None
    return {"token": token, "service_request_id": report.case.number}


async def request_updates(start: datetime, end: datetime) -> list[dict[str, Any]]:
    """The service request updates extension: each change of an Open311 request, oldest first."""
    events = (
        await CaseEvent.filter(
            case__reports__channel=Channel.OPEN311,
            kind__in=UPDATE_KINDS,
            at__gte=start,
            at__lte=end,
        )
        .distinct()
        .select_related("case")
        .order_by("at", "id")
        .limit(MAX_RESULTS)
    )
    return [
        {
            "update_id": str(e.id),
            "service_request_id": e.case.number,
            "status": "closed" if e.to_status in CLOSED else "open",
            "updated_datetime": iso(e.at),
            "description": e.text or (CaseStatus(e.to_status).label_zh if e.to_status else e.kind),
            "media_url": None,
        }
        for e in events
    ]


async def _requests_json(cases: list[Case]) -> list[dict[str, Any]]:
    if not cases:
        return []
    ids = [c.id for c in cases]
    reports = await Report.filter(case_id__in=ids, channel=Channel.OPEN311).order_by("id")
    first: dict[int, Report] = {}
    for report in reports:
        first.setdefault(report.case_id or 0, report)
    full = await Case.filter(id__in=ids).select_related("category", "department")
    by_id = {c.id: c for c in full}
    return [_request_json(by_id[c.id], first[c.id]) for c in cases]


def _request_json(case: Case, report: Report) -> dict[str, Any]:
    filed = report.details.get("open311", {})
    return {
        "service_request_id": case.number,
        "status": status_of(case),
        "status_notes": case.resolution_text or CaseStatus(case.status).label_zh,
        "service_name": case.category.name_zh,
        "service_code": case.category.code,
        # a public feed: the request as filed, less any ID number, phone or passport in it
        "description": mask_text(filed.get("description") or report.text),
        "agency_responsible": case.department.name_zh if case.department else "中枢人工分拨",
        "service_notice": None,
        "requested_datetime": iso(case.created_at),
        "updated_datetime": iso(case.updated_at),
        "expected_datetime": iso(case.resolve_due_at or case.sign_due_at),
        "address": filed.get("address_string") or case.place,
        "address_id": filed.get("address_id"),
        "zipcode": None,
        "lat": filed.get("lat"),
        "long": filed.get("long"),
        "media_url": filed.get("media_url"),
    }


def _case_statuses(statuses: tuple[str, ...]) -> list[CaseStatus]:
    chosen: set[CaseStatus] = set()
    if "closed" in statuses:
        chosen |= CLOSED
    if "open" in statuses:
        chosen |= set(CaseStatus) - CLOSED
    return list(chosen)
