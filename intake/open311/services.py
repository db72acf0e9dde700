"""Open311 services: the hub's categories (self-reports excepted), each with its attributes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from agencies.catalog import DISTRICT_LEAD, TRIAGE_LEAD, Catalogue, Category
from hub.errors import InvalidInput

GROUPS = {
    "city": "市容城管",
    "community": "社区事务",
    "dispute": "矛盾纠纷",
    "environment": "生态环境",
    "finance": "金融",
    "government": "政务服务",
    "group": "群体诉求",
    "hazard": "安全隐患",
    "infrastructure": "基础设施",
    "judicial": "司法",
    "market": "市场监管",
    "online": "网络",
    "rural": "农业农村",
    "safety": "公共安全",
    "traffic": "交通",
    "utility": "水电气讯",
    "welfare": "民生保障",
    "triage": "其他",
}


@dataclass(frozen=True)
class Attribute:
    code: str
    datatype: str  # string, number, datetime, text, singlevaluelist, multivaluelist
    description: str
    required: bool = False
    values: tuple[tuple[str, str], ...] = ()

    def as_dict(self, order: int) -> dict[str, Any]:
        return {
            "variable": True,
            "code": self.code,
            "datatype": self.datatype,
            "required": self.required,
            "datatype_description": None,
            "order": order,
            "description": self.description,
            "values": [{"key": k, "name": n} for k, n in self.values],
        }


COMMON = (
    Attribute("occurred_at", "datetime", "发生时间（ISO 8601，如 2026-11-30T21:00:00+08:00）"),
    Attribute("people_involved", "number", "涉及人数"),
)
BY_GROUP = {
    "hazard": (
        Attribute(
            "urgent", "singlevaluelist", "是否正在危及人身安全", True, (("yes", "是"), ("no", "否"))
        ),
    ),
    "dispute": (
        Attribute(
            "mediated", "singlevaluelist", "是否已经调解过", False, (("yes", "是"), ("no", "否"))
        ),
    ),
    "traffic": (Attribute("plate", "string", "涉及车辆的车牌号"),),
}


def services(cat: Catalogue) -> list[Category]:
    """The categories a resident may file through Open311 (self-reports go through the chat)."""
    return [c for c in cat.categories.values() if not c.self_report]


def service_of(cat: Catalogue, code: str) -> Category:
    category = cat.categories.get(code)
    if category is None or category.self_report:
        raise InvalidInput(f"service_code {code} 不是可受理的服务")
    return category


def attributes_of(category: Category) -> tuple[Attribute, ...]:
    return COMMON + BY_GROUP.get(category.group, ())


def service_json(cat: Catalogue, category: Category) -> dict[str, Any]:
    return {
        "service_code": category.code,
        "service_name": category.name_zh,
        "description": f"{category.name_zh}：{_lead(cat, category)}",
        "metadata": True,
        "type": "realtime",
        "keywords": category.group,
        "group": GROUPS.get(category.group, category.group),
    }


def definition_json(category: Category) -> dict[str, Any]:
    attributes = [a.as_dict(i) for i, a in enumerate(attributes_of(category), start=1)]
    return {"service_code": category.code, "attributes": attributes}


def checked_attributes(category: Category, given: dict[str, str]) -> dict[str, str]:
    """The attribute values of a request, each checked against the service definition."""
    known = {a.code: a for a in attributes_of(category)}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise InvalidInput(f"服务 {category.code} 没有属性 {', '.join(unknown)}")
    for attribute in known.values():
        value = given.get(attribute.code, "").strip()
        if attribute.required and not value:
            raise InvalidInput(
                f"缺少必填属性 attribute[{attribute.code}]（{attribute.description}）"
            )
        if value:
            _check_value(attribute, value)
    return {k: v.strip() for k, v in given.items() if v.strip()}


def _check_value(attribute: Attribute, value: str) -> None:
    if attribute.datatype == "number" and not value.isdigit():
        raise InvalidInput(f"属性 {attribute.code} 应为数字")
    if attribute.datatype == "singlevaluelist" and value not in dict(attribute.values):
        keys = "、".join(k for k, _ in attribute.values)
        raise InvalidInput(f"属性 {attribute.code} 的取值应为 {keys} 之一")
    if len(value) > 500:
        raise InvalidInput(f"属性 {attribute.code} 过长")


def _lead(cat: Catalogue, category: Category) -> str:
    if category.lead == DISTRICT_LEAD:
        return "由事发地所在区人民政府办理"
    if category.lead == TRIAGE_LEAD:
        return "由中枢人工分拨"
    return f"由{cat.departments[category.lead].name_zh}牵头办理"
