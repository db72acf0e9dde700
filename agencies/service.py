"""Reads on the departments' side: the catalogue, and a case as the portal shows it to someone."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from agencies.access import Action, Principal, allowed_actions
from agencies.catalog import catalogue
from agencies.countdown import Countdown, countdown
from agencies.enums import DEPARTMENT_ROLES
from agencies.facts import report_facts
from agencies.masking import mask_fields, mask_name, mask_phone, mask_text, sees_personal_data
from agencies.models import Account, Department, Unit
from hub.cases.enums import OPEN_STATUSES, CaseStatus, EventKind, ResolutionResult
from hub.cases.flows import RETURN_WITHIN, TRANSITIONS
from hub.cases.models import Case, CaseEvent, Report
from hub.cases.service import case_detail
from hub.http import iso
from hub.sla.calendar import default_calendar
from hub.sla.deadlines import due_after
from hub.sla.service import sla_detail
from hub.tasks.service import tasks_of_case

S = CaseStatus
# The status each action moves a case to; the lifecycle (TRANSITIONS) decides when it is offered.
MOVES_TO = {
    Action.SIGN: S.SIGNED,
    Action.RETURN: S.RETURNED,
    Action.RESOLVE: S.RESOLVED,
    Action.DISPATCH: S.ROUTED,
    Action.CANCEL: S.CANCELLED,
}
WORKING = frozenset({S.ROUTED, S.SIGNED, S.REOPENED})
RESOLVING = frozenset({S.SIGNED, S.REOPENED})
RULE_LABELS = {
    "category_lead": "按类别确定牵头部门",
    "district_of_place": "属地事项，按地点确定所在区",
    "carrier": "按诉求指明的运营商",
    "below_threshold": "分类置信度不足",
    "no_category": "无法判断类别",
    "no_place_for_district": "属地事项但地点不明",
    "lead_returned": "牵头部门已退单",
    "self_report_station": "自主申报，由住址所属派出所受理",
}
CHANNEL_LABELS = {
    "chat": "群众在线诉求",
    "officer": "民警一键推送",
    "open311": "Open311 接口",
    "portal": "工作台录入",
    "api": "接口",
}


async def department_list() -> list[dict[str, Any]]:
    return [
        {
            "code": d.code,
            "name_zh": d.name_zh,
            "name_en": d.name_en,
            "kind": d.kind,
            "scope": d.scope,
        }
        for d in await Department.all().order_by("id")
    ]


async def department_name(department_id: int | None) -> str | None:
    """A department's name (the catalogue's departments never go away, so names are kept)."""
    if department_id is None:
        return None
    if department_id not in _NAMES:
        department = await Department.get_or_none(id=department_id)
        if department is None:
            return None
        _NAMES[department_id] = department.name_zh
    return _NAMES[department_id]


_NAMES: dict[int, str] = {}


@dataclass
class CasePage:
    """Everything the case page shows, already cut to what this principal may see."""

    case: Case
    countdown: Countdown | None
    personal_visible: bool
    reports: list[dict[str, Any]]
    routing: dict[str, Any]
    timeline: list[dict[str, Any]]
    assists: list[dict[str, Any]]
    tasks: list[dict[str, Any]]
    actions: frozenset[str]
    may_reveal: bool = False  # the role may see personal data, on an explicit (audited) reveal
    return_deadline: datetime | None = None
    assignees: list[tuple[str, str]] = field(default_factory=list)
    dispatch_targets: list[dict[str, Any]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    excluded_names: list[str] = field(default_factory=list)
    categories: list[tuple[str, str]] = field(default_factory=list)
    results: list[tuple[str, str]] = field(default_factory=list)
    sla: dict[str, Any] = field(default_factory=dict)
    extension_max: str | None = None


async def case_page(
    principal: Principal, case: Case, now: datetime, *, revealed: bool = False
) -> CasePage:
    """The case as the portal's case page shows it to this principal: personal data masked,
    unless `revealed` (hub/privacy/flows.py `reveal_personal_data` recorded the view)."""
    await case.fetch_related("category", "department", "unit", "assignee", "returned_by")
    may_reveal = sees_personal_data(principal, case)
    personal = may_reveal and revealed
    sla = await sla_detail(case)
    actions = _offered(await allowed_actions(principal, case), case, sla)
    page = CasePage(
        case=case,
        countdown=countdown(case, now),
        personal_visible=personal,
        reports=await _reports(case, personal),
        routing=_routing(case.routing),
        timeline=await _timeline(case, personal),
        assists=await _assists(case),
        tasks=await _tasks(case, personal),
        actions=actions,
        may_reveal=may_reveal,
        results=[(r.value, r.label_zh) for r in ResolutionResult],
        sla=sla,
    )
    most = catalogue().sla_classes[case.sla_class].extension_max
    page.extension_max = str(most) if most else None
    if "return" in actions and case.routed_at is not None:
        page.return_deadline = due_after(
            "working", RETURN_WITHIN, case.routed_at, default_calendar()
        )
    if "reassign" in actions:
        page.assignees = await department_people(case.department_id)
    if "dispatch" in actions:
        page.dispatch_targets = await dispatch_targets()
        page.categories = [(c.code, c.name_zh) for c in catalogue().categories.values()]
    page.excluded = list(case.excluded_departments)
    departments = catalogue().departments
    page.excluded_names = [
        departments[code].name_zh if code in departments else code for code in page.excluded
    ]
    return page


def _offered(allowed: frozenset[Action], case: Case, sla: dict[str, Any]) -> frozenset[str]:
    """The actions to offer: allowed for the role, and possible in the case's state."""
    status = CaseStatus(case.status)
    extension: dict[str, Any] = sla.get("extension") or {}
    possible = {
        Action.REASSIGN: status in WORKING,
        Action.OPINION: status in OPEN_STATUSES,
        Action.NOTE: status not in (S.CLOSED, S.CANCELLED),
        Action.REQUEST_EXTENSION: status in RESOLVING and not extension,
        Action.DECIDE_EXTENSION: extension.get("status") == "pending",
        Action.SUSPEND: status in RESOLVING,
    }
    offered = set()
    for action in allowed:
        target = MOVES_TO.get(action)
        if target is not None and (status, target) not in TRANSITIONS:
            continue
        if not possible.get(action, True):
            continue
        if action == Action.SUSPEND:
            offered.add("resume" if case.suspended_at else "suspend")
            continue
        offered.add(action.value)
    return frozenset(offered)


async def department_people(department_id: int | None) -> list[tuple[str, str]]:
    """The people of a department a case can be assigned to: (username, name)."""
    people = await Account.filter(
        department_id=department_id, active=True, role__in=list(DEPARTMENT_ROLES)
    ).order_by("display_name")
    return [(p.username, p.display_name) for p in people]


async def dispatch_targets() -> list[dict[str, Any]]:
    """Every department with its units, for dispatching by hand."""
    units: dict[int, list[str]] = defaultdict(list)
    for unit in await Unit.all().order_by("name"):
        units[unit.department_id].append(unit.name)  # type: ignore[attr-defined]
    return [
        {"code": d.code, "name": d.name_zh, "kind": d.kind, "units": units.get(d.id, [])}
        for d in await Department.all().order_by("id")
    ]


async def _reports(case: Case, personal: bool) -> list[dict[str, Any]]:
    reports = (
        await Report.filter(case_id=case.id).order_by("received_at").select_related("reporter")
    )
    shown = []
    for report in reports:
        reporter = report.reporter
        name = reporter.name if reporter else None
        phone = reporter.phone if reporter else None
        shown.append(
            {
                "text": report.text if personal else mask_text(report.text),
                "facts": report_facts(report.details if personal else mask_fields(report.details)),
                "channel": CHANNEL_LABELS.get(report.channel, report.channel),
                "received_at": report.received_at,
                "reporter_name": name if personal else mask_name(name),
                "reporter_phone": phone if personal else mask_phone(phone),
            }
        )
    return shown


def _routing(routing: dict[str, Any]) -> dict[str, Any]:
    cat = catalogue()
    departments = cat.departments

    def dept(code: str | None) -> str:
        if not code or code == "triage":
            return "转人工分拨"
        return departments[code].name_zh if code in departments else code

    def category(code: str | None) -> str:
        return cat.categories[code].name_zh if code in cat.categories else (code or "")

    place = routing.get("place") or {}
    return {
        "rule": RULE_LABELS.get(routing.get("rule", ""), routing.get("rule")),
        "reason": routing.get("reason"),
        "confidence": routing.get("confidence"),
        "category": category(routing.get("category")),
        "department": dept(routing.get("department")),
        "unit": routing.get("unit"),
        "assist": [dept(code) for code in routing.get("assist") or []],
        "place": place,
        "suggestions": [
            {
                "category_code": s.get("category"),
                "category": category(s.get("category")),
                "department_code": s.get("department"),
                "department": dept(s.get("department")),
                "score": s.get("score"),
            }
            for s in routing.get("suggestions") or []
        ],
    }


async def _timeline(case: Case, personal: bool) -> list[dict[str, Any]]:
    names = {d.id: d.name_zh for d in await Department.all()}
    events = await CaseEvent.filter(case_id=case.id).order_by("at", "id")
    return [
        {
            "label": event_label(e.kind),
            "kind": e.kind,
            "actor": e.actor,
            "department": names.get(e.department_id) if e.department_id else None,
            "text": e.text if personal else mask_text(e.text),
            "from": CaseStatus(e.from_status).label_zh if e.from_status else None,
            "to": CaseStatus(e.to_status).label_zh if e.to_status else None,
            "at": e.at,
        }
        for e in events
    ]


def event_label(kind: str) -> str:
    try:
        return EventKind(kind).label_zh
    except ValueError:
        return kind


async def _assists(case: Case) -> list[dict[str, Any]]:
    assists = await case.assists.all().select_related("department")
    return [
        {
            "department": a.department.name_zh,
            "department_id": a.department_id,
            "opinion": a.opinion,
            "opinion_at": a.opinion_at,
        }
        for a in assists
    ]


async def _tasks(case: Case, personal: bool) -> list[dict[str, Any]]:
    tasks = await tasks_of_case(case.id)
    if not personal:
        for task in tasks:
            task["subject"] = mask_text(task["subject"])
    return tasks


async def case_json(principal: Principal, case: Case, *, revealed: bool = False) -> dict[str, Any]:
    """The API's view of a case, personal data masked unless `revealed` to a role that needs it
    (hub/privacy/flows.py `reveal_personal_data` recorded the view)."""
    detail = await case_detail(case)
    detail["assignee"] = await _assignee_name(case)
    personal = revealed and sees_personal_data(principal, case)
    detail["reports"] = [
        r | {"received_at": iso(r["received_at"])} for r in await _reports(case, personal)
    ]
    if not personal:
        detail["fields"] = mask_fields(detail["fields"])
        detail["summary"] = mask_text(detail["summary"])
        for event in detail["timeline"]:
            event["text"] = mask_text(event["text"])
            event["data"] = mask_fields(event["data"])
        if detail["resolution"]:
            detail["resolution"]["text"] = mask_text(detail["resolution"]["text"])
    return detail


async def _assignee_name(case: Case) -> str | None:
    if case.assignee_id is None:
        return None
    person = await Account.get_or_none(id=case.assignee_id)
    return person.display_name if person else None
