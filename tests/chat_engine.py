"""The NLU engine the chat tests talk to.

The hub's engine (nlu/, issue 3) is used when it is on this build; until then the tests answer the
few messages they send from this table, in the engine's protocol, so the dialogue, the actions, the
storage and the channels are tested for real while the understanding is fixed.
"""

from __future__ import annotations

from typing import Any

from agencies.catalog import catalogue
from nlu.engine import Intent
from nlu.meaning import Meaning, PlaceMatch, Scored

VALID_IDS = ("45212719980722952X", "35020319900101123X", "350211199207086632")
BAD_ID = "350203199001011235"  # the check digit should be X


def place(name: str, said: str | None = None) -> PlaceMatch:
    (j,) = catalogue().jurisdictions_of(name)
    return PlaceMatch(said or name, name, j.district, j.street, j.police_station)


PLACES: dict[str, PlaceMatch | None] = {
    "思明区莲前西路188号502": place("莲前西路", "思明区莲前西路188号502"),
    "湖里区台湾街288号": place("台湾街", "湖里区台湾街288号"),
    "湖里区江头": place("江头", "湖里区江头"),
    "湖里区建业路66号": place("建业路", "湖里区建业路66号"),
    "思明区长青路18号": place("长青路", "思明区长青路18号"),
    "莲花": PlaceMatch("莲花", "莲花", candidates=("嘉莲街道", "莲花镇")),
    "福州市鼓楼区五四路": None,
}

# text -> (intent, entities); a report also gets a category below
SAID: dict[str, tuple[str, dict[str, Any]]] = {
    "我要登记租客": ("report", {}),
    "我要办居住登记": ("report", {}),
    "帮我申报一下员工": ("report", {}),
    "有个外国朋友住我家要登记": ("report", {}),
    "我要投诉": ("start_report", {}),
    "你好": ("greet", {}),
    "取消": ("cancel", {}),
    "对": ("affirm", {}),
    "没有了": ("deny", {}),
    "我的申报办得怎么样了": ("ask_status", {}),
    "庄国栋": ("chitchat", {"name": "庄国栋"}),
    "13906053388": ("chitchat", {"phone": "13906053388"}),
    "1390605338": ("chitchat", {}),
    "思明区莲前西路188号502": ("chitchat", {"address": "思明区莲前西路188号502"}),
    "福州市鼓楼区五四路": ("chitchat", {}),
    "莲花": ("chitchat", {"address": "莲花"}),
    "两个人": ("chitchat", {"count": 2}),
    f"韦小兰 {VALID_IDS[0]}": ("chitchat", {"name": "韦小兰", "id_number": VALID_IDS[0]}),
    f"李明 {BAD_ID}": (
        "chitchat",
        {"name": "李明", "id_number": {"value": BAD_ID, "valid": False}},
    ),
    f"李明 {VALID_IDS[1]}": ("chitchat", {"name": "李明", "id_number": VALID_IDS[1]}),
    "3月1日": ("chitchat", {"date": {"value": "3月1日", "date": "2026-03-01"}}),
    "不对，电话是13906053389": ("correct", {"phone": "13906053389"}),
    "不对，地址是湖里区建业路66号": ("correct", {"address": "湖里区建业路66号"}),
    "务工": ("chitchat", {}),
    "上个月": ("chitchat", {"date": {"value": "上个月", "date": "2026-10-01"}}),
    "厦门鹭岛贸易有限公司": ("chitchat", {"company": "厦门鹭岛贸易有限公司"}),
    "0592-5551234": ("chitchat", {"phone": "0592-5551234"}),
    "湖里区建业路66号": ("chitchat", {"address": "湖里区建业路66号"}),
    f"王芳 {VALID_IDS[2]}": ("chitchat", {"name": "王芳", "id_number": VALID_IDS[2]}),
    "今天": ("chitchat", {"date": {"value": "今天", "date": "2026-11-30"}}),
    "John Smith": ("chitchat", {"name": "John Smith"}),
    "E12345678": ("chitchat", {"passport": "E12345678"}),
    "美国": ("chitchat", {"nationality": "美国"}),
    "思明区长青路18号": ("chitchat", {"address": "思明区长青路18号"}),
    "12月10日": ("chitchat", {"date": {"value": "12月10日", "date": "2026-12-10"}}),
    "不清楚": ("deny", {}),
    "13959287416": ("chitchat", {"phone": "13959287416"}),
    "昨天": ("chitchat", {"date": {"value": "昨天", "date": "2026-11-29"}}),
    "楼上邻居每天半夜装修砸墙": ("chitchat", {}),
    "好的": ("affirm", {}),
}
OPENERS: dict[str, tuple[str, dict[str, Any]]] = {
    "你好，我叫陈志鹏，上个月刚搬到湖里区台湾街288号，想登记居住。身份证350524199306175153，"
    "手机13959287416": (
        "residence_report",
        {
            "name": "陈志鹏",
            "date": {"value": "上个月", "date": "2026-10-01"},
            "address": "湖里区台湾街288号",
            "id_number": "350524199306175153",
            "phone": "13959287416",
        },
    ),
    "我家楼下烧烤摊天天开到凌晨两点，油烟噪音受不了，在湖里区江头": (
        "street_vending",
        {"address": "湖里区江头"},
    ),
}
CATEGORIES = {
    "我要登记租客": "tenant_report",
    "我要办居住登记": "residence_report",
    "帮我申报一下员工": "employee_report",
    "有个外国朋友住我家要登记": "foreigner_stay",
    "楼上邻居每天半夜装修砸墙 湖里区建业路66号": "noise_social",
}


class ScriptedEngine:
    """Answers the tests' messages from the table above, as the NLU engine would."""

    def intent(self, text: str) -> Intent:
        if text in OPENERS:
            return Intent("report", 0.95, OPENERS[text][1])
        name, entities = SAID.get(text, ("chitchat", {}))
        return Intent(name, 0.9, entities)

    def entities(self, text: str) -> dict[str, Any]:
        return self.intent(text).entities

    def place(self, text: str) -> PlaceMatch | None:
        return PLACES.get(text)

    def understand(self, text: str) -> Meaning:
        category = OPENERS[text][0] if text in OPENERS else CATEGORIES.get(text, "other")
        return Meaning(text, category, 0.9, (Scored(category, 0.9),), self.entities(text))
