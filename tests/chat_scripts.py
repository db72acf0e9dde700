"""Conversations a resident, a landlord, an employer and a host have with the hub, one per form.

Each step is what the person types and a few words the hub's answer must contain; each
conversation ends in a filed case whose fields must match what the person said. The same
conversations run through POST /api/chat, the WebSocket and the chat page, on the trained NLU.
Every turn was written for these tests (none is taken from the NLU corpus).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from hub.cases.models import Case

# ID numbers with a right check digit, and the same people's numbers with one digit mistyped
ZHANG_WEI, ZHANG_WEI_TYPO = "350203199003071236", "350203199003071235"
LI_NA, LI_NA_TYPO = "350211199512120024", "350211199512120029"
CHEN_ZHIPENG = "350524199306175153"
ZHENG_HAI = "350206198806154523"


@dataclass(frozen=True)
class Step:
    say: str
    expect: tuple[str, ...] = ()  # words the hub's replies to this message contain
    shown: str | None = None  # what a chat page button shows instead of a payload


Check = Callable[[Case], Awaitable[None]]


@dataclass(frozen=True)
class Script:
    name: str
    steps: tuple[Step, ...]
    card: dict[str, str]  # read-back rows that must be exactly so before confirming
    check: Check


async def _tenant(case: Case) -> None:
    assert case.category.code == "tenant_report" and case.status == "routed"
    assert (case.district, case.street, case.police_station) == ("思明区", "莲前街道", "莲前派出所")
    details = case.details
    assert details["landlord_name"] == "王莉" and details["landlord_phone"] == "13912345679"
    assert details["tenant_count"] == 2
    assert details["tenants"] == [
        {"name": "张伟", "id_number": ZHANG_WEI},
        {"name": "李娜", "id_number": LI_NA},
    ]
    assert details["move_in_date"]["date"] == "2026-11-29"
    assert details["address"]["text"].startswith("思明区莲前西路288号")


TENANT = Script(
    "tenant",
    (
        Step("我要登记租客", ("房东",)),
        Step("王丽 13912345678", ("出租的房子在哪里",)),
        Step("思明区莲前西路288号3楼", ("几个人",)),
        Step(f"张伟 {ZHANG_WEI_TYPO}，李娜 {LI_NA_TYPO}", ("张伟", "李娜", "校验位不对")),
        Step("两个", ("租客的姓名和身份证号", "共2位")),
        Step(f"张伟 {ZHANG_WEI}", ("已记下1位租客：张伟", "第2位")),
        Step(f"李娜 {LI_NA}", ("哪天住进来",)),
        Step("昨天", ("以上信息都对吗",)),
        Step("不对，电话是13912345679", ("已更新房东电话",)),
        Step("名字写错了，应该是王莉", ("已更新房东姓名为“王莉”",)),
        Step("确认", ("已提交", "莲前派出所")),
    ),
    {
        "房东姓名": "王莉",
        "房东电话": "13912345679",
        "租住人数": "2人",
        "租客": f"张伟 {ZHANG_WEI}\n李娜 {LI_NA}",
        "入住日期": "2026年11月29日",
    },
    _tenant,
)


async def _residence(case: Case) -> None:
    assert case.category.code == "residence_report" and case.police_station == "江头派出所"
    details = case.details
    assert (details["name"], details["id_number"]) == ("陈志鹏", CHEN_ZHIPENG)
    assert details["phone"] == "13959287416" and details["reason"] == "投靠亲友"
    assert details["move_in_date"] == {"text": "上个月", "date": "2026-10"}
    assert CHEN_ZHIPENG not in case.summary


RESIDENCE = Script(
    "residence",
    (
        Step(
            "你好，我叫陈志鹏，上个月刚搬到湖里区台湾街288号，想登记居住。"
            f"身份证{CHEN_ZHIPENG}，手机13959287416",
            ("居住登记", "居住事由"),
        ),
        Step("投靠亲友", ("以上信息都对吗",)),
        Step("对", ("已提交", "江头派出所")),
    ),
    {"姓名": "陈志鹏", "身份证号": CHEN_ZHIPENG, "入住日期": "2026年10月", "居住事由": "投靠亲友"},
    _residence,
)


async def _employees(case: Case) -> None:
    assert case.category.code == "employee_report" and case.police_station == "江头派出所"
    details = case.details
    assert details["company"] == "厦门鹭岛贸易有限公司" and details["phone"] == "0592-5551234"
    assert details["employee_count"] == 2
    assert details["employees"] == [
        {"name": "李娜", "id_number": LI_NA},
        {"name": "郑海", "id_number": ZHENG_HAI},
    ]
    assert details["start_date"]["date"] == "2026-11-30"


EMPLOYEES = Script(
    "employees",
    (
        Step("新来两个员工要报", ("从业人员", "单位")),
        Step("厦门鹭岛贸易有限公司", ("电话",)),
        Step("0592-5551234", ("单位在哪里",)),
        Step("湖里区建业路66号", ("员工的姓名和身份证号", "共2位")),
        Step(f"李娜 {LI_NA}\n郑海 {ZHENG_HAI}", ("哪天开始上班",)),
        Step("今天", ("以上信息都对吗",)),
        Step("/affirm", ("已提交", "江头派出所"), shown="确认提交"),
    ),
    {
        "单位名称": "厦门鹭岛贸易有限公司",
        "申报人数": "2人",
        "从业人员": f"李娜 {LI_NA}\n郑海 {ZHENG_HAI}",
    },
    _employees,
)


async def _foreigner(case: Case) -> None:
    assert case.category.code == "foreigner_stay" and case.police_station == "嘉莲派出所"
    details = case.details
    assert (details["name"], details["passport"], details["nationality"]) == (
        "John Smith",
        "E12345678",
        "美国",
    )
    assert details["arrival_date"]["date"] == "2026-11-29"
    assert details["departure_date"]["date"] == "2026-12-10"
    assert details["phone"] == "13959287416"


FOREIGNER = Script(
    "foreigner",
    (
        Step("有个外国人住我家", ("境外人员", "姓名")),
        Step("John Smith", ("护照",)),
        Step("不知道", ("证件号码",)),
        Step("护照号E12345678，美国人", ("厦门住在哪里",)),
        Step("思明区长青路18号", ("哪天入住",)),
        Step("今天", ("预计哪天离开",)),
        Step("13959287416", ("已记下联系电话", "预计哪天离开")),
        Step("12月10日", ("以上信息都对吗",)),
        Step("不对，入住日期是昨天", ("已更新入住日期",)),
        Step("/affirm", ("已提交", "嘉莲派出所"), shown="确认提交"),
    ),
    {"姓名": "John Smith", "护照或证件号码": "E12345678", "入住日期": "2026年11月29日"},
    _foreigner,
)


async def _matter(case: Case) -> None:
    assert case.category.code == "noise_social"
    assert (case.district, case.street) == ("思明区", "嘉莲街道")
    assert case.details["what"] == "楼上邻居每天半夜装修砸墙，吵得孩子没法睡觉"
    assert case.details["who"] == "楼上住户" and case.details["phone"] == "13959287416"


MATTER = Script(
    "matter",
    (
        Step("我要投诉", ("发生了什么",)),
        Step("楼上邻居每天半夜装修砸墙，吵得孩子没法睡觉", ("在哪里",)),
        Step("福州市鼓楼区五四路", ("厦门市范围内",)),
        Step("莲花", ("不止一处", "莲花镇")),
        Step("思明区的", ("涉及哪些人",)),
        Step("楼上住户", ("联系电话",)),
        Step("两个", ("电话号码格式不对",)),
        Step("13959287416", ("以上信息都对吗",)),
        Step("确认提交", ("已提交",)),
    ),
    {"发生地点": "思明区莲花（思明区 嘉莲街道）", "发生时间": "每天半夜"},
    _matter,
)

SCRIPTS = (TENANT, RESIDENCE, EMPLOYEES, FOREIGNER, MATTER)
