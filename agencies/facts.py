"""A report's structured fields as the case page shows them: labelled rows in Chinese.

Chat reports carry their form's slots (labels and display from config/intake/forms.yml, as on the
read-back card the resident confirmed); referrals carry their police task; Open311 requests their
standard fields. Anything else is shown under its own key, so nothing filed is ever hidden.
"""

from __future__ import annotations

import json
from typing import Any

from intake.forms import forms
from intake.texts import shown

Fact = tuple[str, str]

REFERRAL_LABELS = {
    "task": "警务任务",
    "station": "派出所",
    "place": "任务地点",
    "people": "涉及人员",
    "officer": "推送民警",
    "note": "民警备注",
}
OPEN311_LABELS = {
    "service_code": "服务代码",
    "address_string": "地址",
    "address_id": "地址编号",
    "lat": "纬度",
    "long": "经度",
    "first_name": "名",
    "last_name": "姓",
    "phone": "电话",
    "email": "电子邮箱",
    "device_id": "设备编号",
    "account_id": "账户编号",
    "media_url": "图片",
    "attributes": "附加信息",
}


def report_facts(details: dict[str, Any]) -> list[Fact]:
    """Labelled rows of what a report holds, empty values left out."""
    form = forms().get(str(details.get("form")))
    if form is not None:
        rows = [(s.label, shown(s, details.get(s.name))) for s in form.slots]
    elif "task" in details:
        rows = [(label, _referral_value(k, details.get(k))) for k, label in REFERRAL_LABELS.items()]
    elif isinstance(details.get("open311"), dict):
        fields = details["open311"]
        rows = [
            (OPEN311_LABELS.get(k, k), _plain(v)) for k, v in fields.items() if k != "description"
        ]
        rows.append(("来源系统", _plain(details.get("system"))))
    else:
        rows = [(key, _plain(value)) for key, value in details.items()]
    return [(label, value) for label, value in rows if value]


def _referral_value(key: str, value: Any) -> str:
    if key == "task" and isinstance(value, dict):
        return " · ".join(str(v) for v in (value.get("external_id"), value.get("type")) if v)
    if key == "people" and isinstance(value, list):
        return "\n".join(_person(p) for p in value if isinstance(p, dict))
    return _plain(value)


def _person(person: dict[str, Any]) -> str:
    role = f"（{person['role']}）" if person.get("role") else ""
    return " ".join(str(person[k]) for k in ("name", "phone") if person.get(k)) + role


def _plain(value: Any) -> str:
    if value is None or value == [] or value == {}:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
