"""Demo data: accounts for each role and a few cases, so the portal has something to show."""

from __future__ import annotations

from datetime import timedelta

from agencies.catalog import catalogue
from agencies.enums import Role
from agencies.flows import add_account
from agencies.models import Account
from hub.cases import flows
from hub.cases.enums import Channel
from hub.clock import SystemClock
from nlu.meaning import Meaning, PlaceMatch
from routing.decide import decide

DEMO_PASSWORD = "xiamen-demo-2026"
ACCOUNTS = [
    ("operator", Role.OPERATOR, None, "中心调度员"),
    ("admin", Role.ADMIN, None, "系统管理员"),
    ("huli-staff", Role.STAFF, "huli_district", "湖里区经办人"),
    ("huli-lead", Role.SUPERVISOR, "huli_district", "湖里区负责人"),
    ("hr-staff", Role.STAFF, "human_resources", "人社局经办人"),
    ("urban-staff", Role.STAFF, "urban_management", "执法局经办人"),
    ("police-staff", Role.STAFF, "police", "公安局经办人"),
    ("officer-chen", Role.OFFICER, "police", "陈警官"),
]
REPORTS = [
    ("dispute_neighbor", "台湾街", "楼上邻居天天半夜拖桌子，上去说了几次还骂人，想请社区调解一下"),
    (
        "dispute_labor",
        "吕岭路",
        "在吕岭路一个工地干了三个月，包工头一直拖着工资不给，二十几个人都没拿到",
    ),
    ("street_vending", "华荣路", "华荣路夜市烧烤摊占了半条人行道，油烟大到窗户都不敢开"),
    ("fire_hazard", "莲花新村", "莲花新村7栋楼道里好几辆电动车在充电，线从三楼窗户拉下来的"),
    ("tenant_report", "五缘湾", "我在五缘湾有套房子新租给两个人，要登记租客"),
    ("other", None, "我有个事情想反映一下，不知道该找谁"),
]


async def seed_demo() -> list[str]:
    """Create the demo accounts (once) and file the demo reports; returns lines to print."""
    now = SystemClock().now()
    lines = []
    for username, role, department, name in ACCOUNTS:
        if not await Account.exists(username=username):
            await add_account(
                username=username,
                password=DEMO_PASSWORD,
                role=role,
                department=department,
                display_name=name,
                now=now,
            )
        lines.append(f"account {username:<13} {role.label_zh:<6} password {DEMO_PASSWORD}")
    for offset, (category, where, text) in enumerate(REPORTS):
        filed = await flows.open_case(
            flows.NewReport(Channel.API, text),
            decide(Meaning.certain(text, category, _place(where)), catalogue(), threshold=0.45),
            now=now + timedelta(seconds=offset),
            duplicate_window=timedelta(0),
        )
        lines.append(f"case {filed.case.number} {category} -> {filed.case.status}")
    return lines


def _place(name: str | None) -> PlaceMatch | None:
    if name is None:
        return None
    j = catalogue().jurisdictions_of(name)[0]
    return PlaceMatch(name, name, j.district, j.street, j.police_station)
