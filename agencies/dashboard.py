"""The dashboard's reads: a period's figures per department, category and district, and who is late.

Volumes and the live overdue list count the cases the principal may see, led by the department in
question (agencies.access.visible_cases with Part.LEAD). The rates (响应率, 按时办结率, 解决率,
满意率) and the period's public overdue list are hub/sla/metrics.py's, asked for the principal's own
department unless the principal is the hub.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from agencies.access import Part, Principal, visible_cases
from agencies.catalog import catalogue
from agencies.models import Category, Department
from agencies.params import day_param
from agencies.queue import overdue_condition
from hub.cases.models import Case
from hub.errors import Forbidden, InvalidInput
from hub.http import SHANGHAI
from hub.sla import metrics

MAX_DAYS = 366
OVERDUE_SHOWN = 200
TABLES = ("departments", "categories", "districts", "daily", "overdue", "listed")


@dataclass(frozen=True)
class DashboardFilter:
    since: date
    until: date  # inclusive
    department: str | None = None
    category: str | None = None

    @classmethod
    def parse(cls, params: Mapping[str, str], principal: Principal, today: date) -> DashboardFilter:
        since = day_param(params.get("from"), "from") or today.replace(day=1)
        until = day_param(params.get("to"), "to") or today
        if until < since:
            raise InvalidInput("结束日期不能早于开始日期", field="to")
        if (until - since).days >= MAX_DAYS:
            raise InvalidInput(f"统计周期最长 {MAX_DAYS} 天", field="from")
        department = params.get("department") or None
        if department is not None:
            if not principal.hub_wide:
                raise InvalidInput("部门账户只能查看本部门的数据", field="department")
            if department not in catalogue().departments:
                raise InvalidInput(f"没有代码为 {department} 的部门", field="department")
        category = params.get("category") or None
        if category is not None and category not in catalogue().categories:
            raise InvalidInput(f"没有代码为 {category} 的诉求类别", field="category")
        return cls(since, until, department, category)

    @property
    def start(self) -> datetime:
        return datetime.combine(self.since, time(0), tzinfo=SHANGHAI)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.until + timedelta(days=1), time(0), tzinfo=SHANGHAI)

    def query(self, **changes: str) -> dict[str, str]:
        values = {
            "from": self.since.isoformat(),
            "to": self.until.isoformat(),
            "department": self.department,
            "category": self.category,
        } | changes
        return {k: v for k, v in values.items() if v}


@dataclass
class Count:
    """n of total (a rate's numerator and denominator)."""

    n: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        return self.n / self.total if self.total else None

    def add(self, share: dict[str, Any]) -> None:
        self.n += int(share["n"])
        self.total += int(share["total"])


@dataclass
class Line:
    """A group's volumes (counted here) and rates (from hub/sla/metrics.py)."""

    received: int = 0
    resolved: int = 0
    response: Count = field(default_factory=Count)  # 响应率
    on_time: Count = field(default_factory=Count)  # 按时办结率
    solved: Count = field(default_factory=Count)  # 解决率
    satisfied: Count = field(default_factory=Count)  # 满意率
    listed: int = 0  # 通报

    @property
    def response_rate(self) -> float | None:
        return self.response.rate

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time.rate

    @property
    def solve_rate(self) -> float | None:
        return self.solved.rate

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied.rate

    def add_figures(self, figures: dict[str, Any]) -> None:
        self.response.add(figures["response"])
        self.on_time.add(figures["on_time_resolution"])
        self.solved.add(figures["solved"])
        self.satisfied.add(figures["satisfied"])
        self.listed += int(figures["listed"])


@dataclass
class Row:
    """One line of a table: its label, code, and figures."""

    label: str
    code: str
    tally: Line


@dataclass
class Dashboard:
    filter: DashboardFilter
    total: Line
    departments: list[Row]
    categories: list[Row]
    districts: list[Row]
    daily: list[tuple[date, int, int]]  # day, received, resolved
    overdue: list[Case]
    overdue_count: int
    listed: list[dict[str, Any]]  # the period's public overdue list (通报)


async def dashboard(principal: Principal, wanted: DashboardFilter, now: datetime) -> Dashboard:
    """The figures of the cases the principal may see, led by the department(s) in question."""
    if not (principal.hub_wide or principal.in_department):
        raise Forbidden("只有部门和中心账户可以查看统计")
    department = wanted.department or await _own_department(principal)
    cases = await _cases(principal, wanted)
    volumes = await cases.filter(_in_period(wanted)).values(*VOLUME_COLUMNS)
    start, end = wanted.start, wanted.end
    by_department = await metrics.department_metrics(
        start, end, now=now, department=department, category=wanted.category
    )
    by_category = await metrics.category_metrics(start, end, now=now, department=department)
    if wanted.category:
        by_category = [c for c in by_category if c["category"] == wanted.category]
    late = cases.filter(overdue_condition(now))
    departments = _rows(volumes, wanted, "department_id", await _codes(Department), by_department)
    return Dashboard(
        filter=wanted,
        total=_total(departments, volumes, wanted),
        departments=departments,
        categories=_rows(volumes, wanted, "category_id", await _codes(Category), by_category),
        districts=_district_rows(volumes, wanted),
        daily=_daily(volumes, wanted),
        overdue=await late.order_by("sign_due_at", "resolve_due_at", "id")
        .limit(OVERDUE_SHOWN)
        .select_related("department", "category"),
        overdue_count=await late.count(),
        listed=[
            row
            for row in await metrics.overdue_list(start, end)
            if department is None or row["department"] == department
        ][:OVERDUE_SHOWN],
    )


VOLUME_COLUMNS = ("department_id", "category_id", "district", "created_at", "resolved_at")


def _in_period(wanted: DashboardFilter) -> Q:
    start, end = wanted.start, wanted.end
    return Q(created_at__gte=start, created_at__lt=end) | Q(
        resolved_at__gte=start, resolved_at__lt=end
    )


def _counts(volumes: list[dict[str, Any]], wanted: DashboardFilter, key: str) -> dict[Any, Line]:
    lines: dict[Any, Line] = defaultdict(Line)
    for row in volumes:
        line = lines[row[key]]
        line.received += _within(row["created_at"], wanted)
        line.resolved += _within(row["resolved_at"], wanted)
    return lines


def _within(moment: datetime | None, wanted: DashboardFilter) -> bool:
    return moment is not None and wanted.start <= moment < wanted.end


def _rows(
    volumes: list[dict[str, Any]],
    wanted: DashboardFilter,
    key: str,
    codes: dict[int, tuple[str, str]],
    figures: list[dict[str, Any]],
) -> list[Row]:
    """Volumes by id joined with the rates by code, one row per group with anything to show."""
    by_code = {code: (id_, name) for id_, (code, name) in codes.items()}
    lines = _counts(volumes, wanted, key)
    rows: dict[str, Row] = {}
    for id_, line in lines.items():
        if id_ in codes:
            code, name = codes[id_]
            rows[code] = Row(name, code, line)
    for group in figures:
        code = group.get("department") or group.get("category") or ""
        if code not in by_code:
            continue
        row = rows.setdefault(code, Row(by_code[code][1], code, Line()))
        row.tally.add_figures(group)
    return sorted(rows.values(), key=lambda row: (-row.tally.received, row.code))


def _total(rows: list[Row], volumes: list[dict[str, Any]], wanted: DashboardFilter) -> Line:
    """Every case received and resolved (those awaiting dispatch too); the departments' rates."""
    total = Line()
    for case in volumes:
        total.received += _within(case["created_at"], wanted)
        total.resolved += _within(case["resolved_at"], wanted)
    for row in rows:
        for name in ("response", "on_time", "solved", "satisfied"):
            mine, theirs = getattr(total, name), getattr(row.tally, name)
            mine.n, mine.total = mine.n + theirs.n, mine.total + theirs.total
        total.listed += row.tally.listed
    return total


def _district_rows(volumes: list[dict[str, Any]], wanted: DashboardFilter) -> list[Row]:
    lines = _counts(volumes, wanted, "district")
    rows = [Row(d or "未定位", d or "", line) for d, line in lines.items()]
    return sorted(rows, key=lambda row: -row.tally.received)


def _daily(volumes: list[dict[str, Any]], wanted: DashboardFilter) -> list[tuple[date, int, int]]:
    received = Counter(
        _local_day(r["created_at"]) for r in volumes if _within(r["created_at"], wanted)
    )
    resolved = Counter(
        _local_day(r["resolved_at"]) for r in volumes if _within(r["resolved_at"], wanted)
    )
    days = (wanted.until - wanted.since).days + 1
    return [
        (day, received[day], resolved[day])
        for day in (wanted.since + timedelta(days=n) for n in range(days))
    ]


async def _codes(model: Any) -> dict[int, tuple[str, str]]:
    return {row.id: (row.code, row.name_zh) for row in await model.all()}


async def _own_department(principal: Principal) -> str | None:
    if principal.hub_wide or principal.department_id is None:
        return None
    department = await Department.get(id=principal.department_id)
    return department.code


async def _cases(principal: Principal, wanted: DashboardFilter) -> QuerySet[Case]:
    cases = visible_cases(principal, Part.LEAD)
    if wanted.department:
        department = await Department.get(code=wanted.department)
        cases = cases.filter(department_id=department.id)
    if wanted.category:
        category = await Category.get(code=wanted.category)
        cases = cases.filter(category_id=category.id)
    return cases


def _local_day(moment: datetime) -> date:
    return moment.astimezone(SHANGHAI).date()
