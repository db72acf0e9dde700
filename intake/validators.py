"""How an answer to a form's question is checked, per kind of slot.

Each check takes the candidate value (what the NLU extracted, or the whole answer when it extracted
nothing) and returns the value to keep, or a clear Chinese explanation of why it cannot be kept.
Extraction is the NLU's job; this module only decides whether a value is acceptable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from intake.forms import Slot
from nlu.dates import number
from nlu.meaning import PlaceMatch

_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}")
_PASSPORT = re.compile(r"[A-Z0-9]{5,20}")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}")
# Characters that do not occur in a Chinese name but do in answers that are not one (两个, 不知道)
_NOT_IN_NAMES = frozenset(
    "的了是在有我你他她们这那个不没说要就都也几两多少么吗呢吧啊哦嗯好谢区路号"
)
# Answers a person gives the chat itself, not a name (确认 while a tenant is asked)
_CHAT_WORDS = frozenset(
    {
        "确认",
        "确定",
        "提交",
        "正确",
        "对",
        "对对",
        "可以",
        "行",
        "取消",
        "算了",
        "撤销",
        "退出",
        "返回",
        "继续",
        "修改",
        "重来",
        "重填",
        "人工",
        "转人工",
        "客服",
        "帮助",
        "再见",
        "查询",
        "进度",
        "查进度",
        "登记",
        "申报",
        "报警",
    }
)
_COUNT = re.compile(r"(\d{1,4}|[一二两三四五六七八九十百]{1,4})\s*(?:个|位|名|口|户)?")
_FOREIGN_NAME = re.compile(r"[A-Za-z\u4e00-\u9fff·][A-Za-z\u4e00-\u9fff·.' -]{1,59}")
_SEPARATORS = re.compile(r"[\s\-－—()（）]")
ELSEWHERE = tuple(
    [
        "省",
        "北京",
        "上海",
        "天津",
        "重庆",
        "福州",
        "泉州",
        "漳州",
        "莆田",
        "龙岩",
        "三明",
        "南平",
        "宁德",
        "广州",
        "深圳",
        "杭州",
        "香港",
        "澳门",
        "台北",
    ]
)
UNKNOWN = ("不清楚", "不知道", "没有", "无", "不详")
MAX_VALUE = 200
MAX_COUNT = 200


@dataclass(frozen=True)
class Checked:
    value: Any = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None and self.value is not None


def refuse(problem: str) -> Checked:
    return Checked(None, problem)


def plain(candidate: Any) -> str:
    """The text of a candidate, whether an entity value, an entity dict or the whole answer."""
    if isinstance(candidate, dict):
        candidate = candidate.get("value", candidate.get("text", ""))
    return str(candidate if candidate is not None else "").strip()


def check_name(candidate: Any, slot: Slot) -> Checked:
    """A Chinese name: the NLU's, or a short answer of two to four characters that can be one."""
    name = plain(candidate).removeprefix("我叫").removeprefix("叫").strip("。，,. ")
    found = isinstance(candidate, dict) and candidate.get("entity") == "name"
    if name in _CHAT_WORDS:
        return refuse(f"还有几项没填完，请先发{slot.label}，如“王建国”。")
    if _HAN_NAME.fullmatch(name) and (found or not any(ch in _NOT_IN_NAMES for ch in name)):
        return Checked(name)
    if len(name) > 12 or any(ch.isdigit() for ch in name):  # a sentence, or numbers: not echoed
        return refuse(f"请只发{slot.label}就好，如“王建国”。")
    return refuse(f"“{name}”看起来不像姓名，请发{slot.label}，如“王建国”。")


def check_foreign_name(candidate: Any, slot: Slot) -> Checked:
    name = " ".join(plain(candidate).split()).strip("。，, ")
    han_only = all("\u4e00" <= ch <= "\u9fff" for ch in name)
    if han_only and any(ch in _NOT_IN_NAMES for ch in name):
        return refuse(f"“{name}”看起来不像姓名，请按证件上的写法发姓名，如“John Smith”或“金敏俊”。")
    if not _FOREIGN_NAME.fullmatch(name) or any(ch.isdigit() for ch in name):
        return refuse("请按证件上的写法发姓名，如“John Smith”或“金敏俊”。")
    return Checked(name)


def check_id_number(candidate: Any, slot: Slot) -> Checked:
    fault = id_fault(candidate)
    if fault is not None:
        return refuse(f"这个身份证号码{fault}，请核对后重新发送。")
    return Checked(_SEPARATORS.sub("", plain(candidate)).upper())


def id_fault(candidate: Any) -> str | None:
    """What is wrong with an ID number, said so that a person can find it, or None."""
    number = _SEPARATORS.sub("", plain(candidate)).upper()
    if len(number) != 18 or not number[:17].isdigit():
        return "应为18位（最后一位可能是X）"
    try:
        ric.validate(number)
    except stdnum_errors.InvalidChecksum:
        return "校验位不对，可能有一位输错了"
    except stdnum_errors.ValidationError:
        return "里的出生日期或地区码不对"
    return None


def check_phone(candidate: Any, slot: Slot) -> Checked:
    raw = plain(candidate).replace("＋", "+")
    number = _SEPARATORS.sub("", raw.removeprefix("+86").removeprefix("0086"))
    if _MOBILE.fullmatch(number):
        return Checked(number)
    if _LANDLINE.fullmatch(number) and number.startswith("0"):
        dash = 3 if number.startswith(("010", "02")) else 4
        return Checked(f"{number[:dash]}-{number[dash:]}")
    return refuse(
        "电话号码格式不对，请发11位手机号（如13812345678）或带区号的座机（如0592-5551234）。"
    )


def check_count(candidate: Any, slot: Slot) -> Checked:
    value = candidate.get("value") if isinstance(candidate, dict) else candidate
    if isinstance(value, str):
        value = count_in(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        return refuse(f"请直接告诉我人数，如“2”或“两个人”。（{slot.label}）")
    if not 1 <= int(value) <= MAX_COUNT:
        return refuse(f"人数应在1到{MAX_COUNT}之间，请重新告诉我。")
    return Checked(int(value))


def count_in(answer: str) -> int | None:
    """The number a short answer to "how many" gives: 2, 两个, 就一位, 三个人."""
    said = answer.strip(" 。，,.！!").removeprefix("就").removeprefix("只有").removeprefix("一共")
    said = said.removeprefix("共").removesuffix("人").removesuffix("租客").removesuffix("员工")
    match = _COUNT.fullmatch(said)
    if match is None:
        return None
    digits = match.group(1)
    return int(digits) if digits.isdigit() else number(digits)


def check_text(candidate: Any, slot: Slot) -> Checked:
    text = " ".join(plain(candidate).split())
    if not text:
        return refuse(f"请说一下{slot.label}。")
    return Checked(text[:MAX_VALUE])


def check_passport(candidate: Any, slot: Slot) -> Checked:
    number = _SEPARATORS.sub("", plain(candidate)).upper()
    if not _PASSPORT.fullmatch(number) or number.isalpha():
        return refuse("证件号码应为5到20位字母和数字，请核对后重新发送。")
    return Checked(number)


def check_nationality(candidate: Any, slot: Slot) -> Checked:
    text = plain(candidate).removesuffix("籍").removesuffix("人").strip("。， ")
    if not 1 < len(text) <= 30 or any(ch.isdigit() for ch in text):
        return refuse("请告诉我国籍或地区，如“韩国”“美国”“中国香港”。")
    return Checked(text)


def check_company(candidate: Any, slot: Slot) -> Checked:
    text = " ".join(plain(candidate).split()).strip("。，, ")
    if len(text) < 2:
        return refuse("请告诉我单位的全称，如“厦门某某贸易有限公司”。")
    return Checked(text[:MAX_VALUE])


def check_date(candidate: Any, slot: Slot) -> Checked:
    """A date the NLU resolved ({"text", "date"}), or an answer standing for "not known"."""
    said = plain(candidate)
    if said in slot.optional_answers:
        return Checked({"text": said, "date": None})
    if isinstance(candidate, dict) and (candidate.get("date") or candidate.get("value")):
        return Checked({"text": said, "date": candidate.get("date")})
    if candidate is not None and not isinstance(candidate, dict) and said and _dateish(said):
        return Checked({"text": said, "date": None})
    hint = "，不清楚也可以点下面的按钮" if slot.optional_answers else ""
    return refuse(f"没听明白是哪一天，请说具体日期，如“3月5号”“昨天”“上周一”{hint}。")


def check_place(said: str, place: PlaceMatch | None) -> Checked:
    """An address must resolve, in Xiamen, to one district and one street."""
    if place is not None and place.ambiguous:
        options = "、".join(place.candidates[:4])
        return refuse(f"“{place.place or said}”在厦门不止一处（{options}），请说明是哪个区或街道。")
    if place is None or not (place.district and place.street):
        if any(word in said for word in ELSEWHERE) and "厦门" not in said:
            return refuse("我们只受理厦门市范围内的事项，请提供厦门市内的地址。")
        return refuse(
            "没能确定这个地址在厦门的哪个区、哪个街道，请补充区和路名，如“湖里区台湾街288号”。"
        )
    return Checked(
        {
            "text": said[:MAX_VALUE],
            "place": place.place,
            "district": place.district,
            "street": place.street,
            "police_station": place.police_station,
        }
    )


def looks_like_name(answer: str) -> bool:
    """A short answer that can be a Chinese name on its own (李娜), without an NLU cue."""
    return check_name(answer, _PERSON).ok


def check_person(name: Any, id_number: Any) -> Checked:
    """One person of a people slot: a name and a valid ID number."""
    if not plain(name):
        return refuse("有个身份证号前面没写姓名")
    checked_name = check_name(name, _PERSON)
    if not checked_name.ok:
        return checked_name
    fault = id_fault(id_number)
    if fault is not None:
        return refuse(f"{checked_name.value}的身份证号码{fault.removeprefix('里')}")
    checked_id = check_id_number(id_number, _PERSON)
    return Checked({"name": checked_name.value, "id_number": checked_id.value})


def _dateish(text: str) -> bool:
    return len(text) <= 20 and any(ch.isdigit() or ch in "今昨前明号日月周星期" for ch in text)


_PERSON = Slot(name="person", kind="name", label="姓名", ask="")

CHECKS = {
    "name": check_name,
    "foreign_name": check_foreign_name,
    "id_number": check_id_number,
    "phone": check_phone,
    "count": check_count,
    "text": check_text,
    "passport": check_passport,
    "nationality": check_nationality,
    "company": check_company,
    "date": check_date,
}
