"""The work queue: the cases a principal may see, by tab, filtered, a page at a time.

Pages are keyset pages (the last row's sort key is the cursor), so page 2,000 costs what page 1
does, and every tab walks an index of hub/cases/models.py in order.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from agencies.access import Part, Principal, visible_cases, visible_cases_indexed
from agencies.catalog import catalogue
from agencies.models import Category
from agencies.params import day_param
from hub.cases.enums import OPEN_STATUSES, CaseStatus
from hub.cases.models import Case
from hub.errors import InvalidInput
from hub.http import SHANGHAI
from hub.privacy.lookup import digests_for_search
from hub.privacy.models import PersonalKey

S = CaseStatus
PAGE_SIZE = 50
COUNT_CAP = 1000  # badges count this far
MAX_QUERY = 100
NUMBER = re.compile(r"^XM\d{1,14}$", re.IGNORECASE)
IN_PROGRESS = (S.SIGNED, S.REOPENED)
DONE = (S.RESOLVED, S.CLOSED, S.CANCELLED)


class Tab(StrEnum):
    TO_SIGN = "to_sign"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    RETURNED = "returned"
    TRIAGE = "triage"
    ASSIST = "assist"
    MINE = "mine"
    DONE = "done"
    ALL = "all"

    @property
    def label_zh(self) -> str:
        return TAB_LABELS[self]


TAB_LABELS = {
    Tab.TO_SIGN: "待签收",
    Tab.IN_PROGRESS: "办理中",
    Tab.OVERDUE: "已超期",
    Tab.RETURNED: "已退单",
    Tab.TRIAGE: "待分拨",
    Tab.ASSIST: "协办",
    Tab.MINE: "我经办的",
    Tab.DONE: "已办结",
    Tab.ALL: "全部",
}
DEPARTMENT_TABS = (
    Tab.TO_SIGN,
    Tab.IN_PROGRESS,
    Tab.OVERDUE,
    Tab.RETURNED,
    Tab.ASSIST,
    Tab.MINE,
    Tab.DONE,
    Tab.ALL,
)
HUB_TABS = (Tab.TRIAGE, Tab.RETURNED, Tab.TO_SIGN, Tab.IN_PROGRESS, Tab.OVERDUE, Tab.DONE, Tab.ALL)
COUNTED = frozenset(
    {Tab.TO_SIGN, Tab.IN_PROGRESS, Tab.OVERDUE, Tab.RETURNED, Tab.TRIAGE, Tab.ASSIST}
)
COUNTED |= {Tab.MINE}

# Each tab's order: (column, ascending). The case id breaks ties, in the same direction.
ORDER: dict[Tab, tuple[str, bool]] = {
    Tab.TO_SIGN: ("sign_due_at", True),
    Tab.IN_PROGRESS: ("resolve_due_at", True),
    Tab.MINE: ("resolve_due_at", True),
    Tab.OVERDUE: ("created_at", True),
    Tab.TRIAGE: ("created_at", True),
    Tab.RETURNED: ("created_at", False),
    Tab.ASSIST: ("created_at", False),
    Tab.DONE: ("created_at", False),
    Tab.ALL: ("created_at", False),
}


def tabs_for(principal: Principal) -> tuple[Tab, ...]:
    if principal.hub_wide:
        return HUB_TABS
    if principal.in_department:
        return DEPARTMENT_TABS
    return (Tab.ALL,)


@dataclass(frozen=True)
class QueueFilter:
    """What the user asked for: a tab, filters, a search, and where the page starts."""

    tab: Tab
    category: str | None = None
    status: CaseStatus | None = None
    district: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None
    cursor: str | None = None
    limit: int = PAGE_SIZE

    @classmethod
    def parse(cls, params: Mapping[str, str], principal: Principal) -> QueueFilter:
        """Read the filters from query parameters; anything unknown is a clear 400."""
        allowed = tabs_for(principal)
        tab = _choice(params.get("tab") or allowed[0], Tab, "tab")
        if tab not in allowed:
            raise InvalidInput(f"没有“{tab.label_zh}”这个队列", field="tab")
        category = params.get("category") or None
        if category is not None and category not in catalogue().categories:
            raise InvalidInput(f"没有代码为 {category} 的诉求类别", field="category")
        district = params.get("district") or None
        if district is not None and district not in catalogue().districts:
            raise InvalidInput(f"没有名为 {district} 的区", field="district")
        q = (params.get("q") or "").strip() or None
        if q is not None and len(q) > MAX_QUERY:
            raise InvalidInput(f"搜索内容最多 {MAX_QUERY} 个字", field="q")
        return cls(
            tab=tab,
            category=category,
            status=_choice(params["status"], CaseStatus, "status")
            if params.get("status")
            else None,
            district=district,
            since=day_param(params.get("from"), "from"),
            until=day_param(params.get("to"), "to"),
            q=q,
            cursor=params.get("cursor") or None,
            limit=_limit(params.get("limit")),
        )

    def query_string(self, **changes: Any) -> dict[str, str]:
        """These filters as query parameters (for links), with some changed."""
        values = {
            "tab": self.tab.value,
            "category": self.category,
            "status": self.status.value if self.status else None,
            "district": self.district,
            "from": self.since.isoformat() if self.since else None,
            "to": self.until.isoformat() if self.until else None,
            "q": self.q,
        } | changes
        return {k: str(v) for k, v in values.items() if v}


@dataclass(frozen=True)
class QueuePage:
    filter: QueueFilter
    rows: list[Case]
    next_cursor: str | None
    counts: dict[Tab, int] = field(default_factory=dict)


async def queue_page(principal: Principal, wanted: QueueFilter, now: datetime) -> QueuePage:
    """One page of a tab, with the row after it as the next cursor."""
    if wanted.tab in (Tab.ALL, Tab.DONE):
        base = await visible_cases_indexed(principal)
        if wanted.tab == Tab.DONE:
            base = base.filter(status__in=DONE)
    else:
        base = _tab_query(principal, wanted.tab, now)
    query = await _narrowed(base, wanted)
    column, ascending = ORDER[wanted.tab]
    if wanted.cursor:
        query = _after(query, column, ascending, _decode(wanted.cursor))
    ordering = (column, "id") if ascending else (f"-{column}", "-id")
    rows = (
        await query.order_by(*ordering)
        .limit(wanted.limit + 1)
        .select_related("category", "department", "assignee", "returned_by")
    )
    more = len(rows) > wanted.limit
    rows = rows[: wanted.limit]
    cursor = _encode(getattr(rows[-1], column), rows[-1].id) if more and rows else None
    return QueuePage(wanted, rows, cursor)


async def tab_counts(principal: Principal, now: datetime) -> dict[Tab, int]:
    """How many cases wait in each counted tab (the badges beside the tab names)."""
    tabs = [tab for tab in tabs_for(principal) if tab in COUNTED]
    counts = await asyncio.gather(*(_count(_tab_query(principal, tab, now)) for tab in tabs))
    return dict(zip(tabs, counts, strict=True))


async def _count(query: QuerySet[Case]) -> int:
    """How many, up to COUNT_CAP: past it the badge says "999+" and the count stops early."""
    ids = await query.limit(COUNT_CAP).values_list("id", flat=True)
    return len(ids)


def _tab_query(principal: Principal, tab: Tab, now: datetime) -> QuerySet[Case]:
    lead = visible_cases(principal, Part.LEAD)
    if tab == Tab.TO_SIGN:
        return lead.filter(status=S.ROUTED)
    if tab == Tab.IN_PROGRESS:
        return lead.filter(status__in=IN_PROGRESS)
    if tab == Tab.MINE:
        return lead.filter(status__in=IN_PROGRESS, assignee_id=principal.account_id)
    if tab == Tab.OVERDUE:
        return lead.filter(overdue_condition(now))
    if tab == Tab.TRIAGE:
        return lead.filter(status=S.TRIAGE)
    if tab == Tab.RETURNED:
        return visible_cases(principal, Part.RETURNED).filter(status=S.RETURNED)
    if tab == Tab.ASSIST:
        assisted = visible_cases(principal, Part.ASSIST)
        return assisted.filter(status__in=list(OPEN_STATUSES))
    if tab == Tab.DONE:
        return visible_cases(principal).filter(status__in=DONE)
    return visible_cases(principal)


def overdue_condition(now: datetime) -> Q:
    """An open case past the limit that is running on it (sign-off, or resolution, not paused)."""
    return Q(status=S.ROUTED, sign_due_at__lt=now) | Q(
        status__in=IN_PROGRESS, resolve_due_at__lt=now, suspended_at__isnull=True
    )


async def _narrowed(query: QuerySet[Case], wanted: QueueFilter) -> QuerySet[Case]:
    if wanted.category:
        category = await Category.get(code=wanted.category)
        query = query.filter(category_id=category.id)
    if wanted.status:
        query = query.filter(status=wanted.status)
    if wanted.district:
        query = query.filter(district=wanted.district)
    if wanted.since:
        query = query.filter(created_at__gte=_start_of(wanted.since))
    if wanted.until:
        query = query.filter(created_at__lt=_start_of(wanted.until + timedelta(days=1)))
    if wanted.q:
        if NUMBER.match(wanted.q):
            query = query.filter(number=wanted.q.upper())
        elif digests := digests_for_search(wanted.q):  # an ID number, phone or passport
            named = PersonalKey.filter(digest__in=digests).values("case_id")
            query = query.filter(id__in=Subquery(named))
        else:
            query = query.filter(summary__icontains=wanted.q)
    return query


def _after(
    query: QuerySet[Case], column: str, ascending: bool, key: tuple[Any, int]
) -> QuerySet[Case]:
    """Rows after the cursor; the redundant bound lets the index range start at the cursor."""
    value, last_id = key
    if value is None:
        return query.filter(
            **{f"{column}__isnull": True, "id__gt" if ascending else "id__lt": last_id}
        )
    way = "gt" if ascending else "lt"
    bound = query.filter(**{f"{column}__{way}e": value})
    return bound.filter(
        Q(**{f"{column}__{way}": value}) | Q(**{column: value, f"id__{way}": last_id})
    )


def _encode(value: datetime | None, case_id: int) -> str:
    raw = json.dumps([value.isoformat() if value else None, case_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str) -> tuple[datetime | None, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, case_id = json.loads(raw)
        moment = datetime.fromisoformat(value) if value is not None else None
        if not isinstance(case_id, int) or (moment is not None and moment.tzinfo is None):
            raise ValueError(cursor)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise InvalidInput("翻页参数无效，请从第一页重新开始", field="cursor") from None
    return moment, case_id


def _choice(value: str, kind: Any, name: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        raise InvalidInput(f"参数 {name} 的值 {value[:40]} 无效", field=name) from None


def _limit(value: str | None) -> int:
    if not value:
        return PAGE_SIZE
    if not value.isdigit() or not 1 <= int(value) <= 200:
        raise InvalidInput("每页条数应为 1 到 200", field="limit")
    return int(value)


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=SHANGHAI)
