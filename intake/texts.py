"""What the chat says: every sentence, button and card in one place."""

from __future__ import annotations

from typing import Any

from hub.http import SHANGHAI
from intake.forms import Form, Slot, forms
from intake.privacy import mask_phone

WEEKDAYS = "一二三四五六日"

WELCOME = (
    "您好，这里是厦门市社会治理协同中枢。可以在这里办理居住登记、租客登记、员工登记、"
    "境外人员住宿登记，也可以反映纠纷、安全隐患和投诉。请直接说您要办的事，或点下面的按钮。"
)
HELP = (
    "我可以帮您：① 居住登记 ② 房东登记租客 ③ 单位申报员工 ④ 境外人员住宿登记 "
    "⑤ 反映纠纷、隐患、投诉 ⑥ 查询办理进度。"
    "直接用一句话说明情况就行，比如“湖里区台湾街有人占道摆摊”。"
)
CHOOSE = "请问您要办理哪一项？"
GREET = "您好！请问要办什么事？直接说就行，比如“我要登记租客”，或点下面的按钮。"
HUMAN = (
    "人工坐席：工作日 8:30-12:00、14:00-17:30 可拨打 12345 市民热线。"
    "紧急情况请直接拨打 110（报警）、119（火警）、120（急救）。我也可以先帮您把事情登记下来。"
)
THANKS = "不客气，有需要随时找我。"
GOODBYE = "好的，再见！有事随时来找我。"
CHITCHAT = "我是中枢的登记助手，只会办登记和反映问题。您有什么事要办吗？"
NOT_UNDERSTOOD = "抱歉，我没太明白。您可以直接说要办的事，或点下面的按钮。"
CANCELLED = "好的，已取消，刚才填的信息都不会提交。还有别的事吗？"
NOTHING_TO_CANCEL = "现在没有正在办理的事项。还有别的事吗？"
CONFIRM = "以上信息都对吗？确认无误请点“确认提交”；要修改直接告诉我，如“电话是13912345678”。"
WHAT_TO_CHANGE = "请直接告诉我要改哪一项和正确的内容，比如“地址是湖里区台湾街288号”。"
INCOMPLETE = "信息还不完整，我们接着填。"
NEEDS_ID = "还需要{name}的身份证号，请把姓名和身份证号一起发，如“{name} 350203199001011234”。"
IN_A_FORM = "您正在办理{title}。要改办别的事，请先点“取消”；要继续，请回答上面的问题。"
BAD_CASE_NUMBER = "工单编号以 XM 开头、后面是14位数字，如 XM20261130000012，请核对后重新发送。"
ASK_CASE_NUMBER = "请告诉我要查询的工单编号（以 XM 开头）。"
ASK_STATUS_PHONE = "请提供申报时留的联系电话，用于核对身份。"
REVISIT_AGAIN = "请问您对办理结果满意吗？问题解决了吗？点下面的按钮回答就行。"
EMPTY = "您好像没有输入内容，请打字告诉我要办的事。"
BINARY = "只能识别文字消息，请用文字描述。"
TOO_LONG = "消息太长了（最多 {limit} 个字），请分几次发送，或简单概括一下。"
SLOW_DOWN = "发送太频繁了，请稍等一会儿再发。"
FRAME_FORMAT = '请发送 {"text": "..."} 格式的消息'
CHANGED = "好的，已更新{what}。"

MENU = [
    {"title": "居住登记", "payload": "/residence_report"},
    {"title": "登记租客", "payload": "/tenant_report"},
    {"title": "登记员工", "payload": "/employee_report"},
    {"title": "境外人员住宿", "payload": "/foreigner_stay"},
    {"title": "反映问题", "payload": "/start_report"},
    {"title": "查询进度", "payload": "/ask_status"},
]
CONFIRM_BUTTONS = [
    {"title": "确认提交", "payload": "/affirm"},
    {"title": "我要修改", "payload": "/deny"},
    {"title": "取消", "payload": "/cancel"},
]
REVISIT_BUTTONS = [
    {"title": "满意，已解决", "payload": '/revisit{"satisfied": true, "solved": true}'},
    {"title": "满意，但没完全解决", "payload": '/revisit{"satisfied": true, "solved": false}'},
    {"title": "不满意", "payload": '/revisit{"satisfied": false, "solved": false}'},
]
CANCEL_BUTTON = {"title": "取消", "payload": "/cancel"}


def buttons(titles: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"title": t, "payload": t} for t in titles]


def question(form: Form, slot: Slot, slots: dict[str, Any]) -> str:
    """The question for a missing slot; people and their count say who is recorded already."""
    if slot.kind == "count":
        counted = next((s for s in form.slots if s.count_slot == slot.name), None)
        named = slots.get(f"{counted.name}_draft") if counted else None
        if named and counted is not None:
            return f"已记下{_names(counted, named)}。{slot.ask}"
        return slot.ask
    if slot.kind != "people":
        return slot.ask
    named = slots.get(f"{slot.name}_draft") or []
    count = slots.get(slot.count_slot or "") or 0
    if named and slot.recorded:
        return slot.recorded.format(names=_names(slot, named), n=len(named) + 1, count=count)
    return slot.ask.format(n=len(named) + 1, count=count, names="")


def _names(slot: Slot, persons: list[dict[str, Any]]) -> str:
    return f"{len(persons)}位{slot.role or ''}：" + "、".join(p["name"] for p in persons)


def question_buttons(
    slot: Slot, slots: dict[str, Any], form: Form | None = None
) -> list[dict[str, str]]:
    if slot.kind == "people":
        return []
    if slot.kind == "count" and form is not None:
        counted = next((s for s in form.slots if s.count_slot == slot.name), None)
        named = len(slots.get(f"{counted.name}_draft") or []) if counted else 0
        if named:
            return buttons(tuple(str(n) for n in range(named, named + 3)))
    return buttons(slot.buttons)


def shown(slot: Slot, value: Any) -> str:
    """A slot's value as the read-back card shows it (in full: the person must check it)."""
    if value is None:
        return ""
    if slot.kind == "address":
        where = " ".join(p for p in (value.get("district"), value.get("street")) if p)
        return f"{value.get('text')}（{where}）" if where else str(value.get("text"))
    if slot.kind == "date":
        return _day(value["date"]) if value.get("date") else str(value["text"])
    if slot.kind == "count":
        return f"{value}人"
    if slot.kind == "people":
        return "\n".join(f"{p['name']} {p['id_number']}" for p in value)
    return str(value)


def _day(iso_date: str) -> str:
    """2026-03-01 as 2026年3月1日; a month (2026-10) or a year alone as far as it goes."""
    day, _, time = iso_date.partition("T")
    parts = [int(part) for part in day.split("-")]
    shown = "".join(f"{n}{unit}" for n, unit in zip(parts, ("年", "月", "日"), strict=False))
    return f"{shown} {time}" if time else shown


def read_back(form: Form, slots: dict[str, Any]) -> dict[str, Any]:
    """The card the person checks before anything is filed."""
    return {
        "title": f"请核对：{form.title}",
        "rows": [{"label": s.label, "value": shown(s, slots.get(s.name))} for s in form.slots],
    }


def due_text(due_at: str | None) -> str:
    from datetime import datetime

    if not due_at:
        return ""
    due = datetime.fromisoformat(due_at).astimezone(SHANGHAI)
    return f"{due.month}月{due.day}日（周{WEEKDAYS[due.weekday()]}）{due:%H:%M}"


def receipt(form: Form, case: dict[str, Any], duplicate: bool) -> str:
    """The answer once a report is filed: case number, who acts, and by when."""
    number = case["number"]
    if duplicate:
        head = f"已提交。同一地点的同类问题已有工单 {number} 在办理，您的反映已并入该工单。"
    else:
        head = f"已提交！工单编号 {number}。"
    if case["department_name"] is None:
        return head + "将由中枢工作人员尽快分派给负责单位。可随时发“查进度”查询。"
    who = case["department_name"] + (f"（{case['unit']}）" if case.get("unit") else "")
    due = due_text(case.get("due_at"))
    limit = f"，须在 {due} 前签收办理" if due else ""
    return f"{head}由{who}负责{limit}。可随时发“查进度”查询。"


def status(case: dict[str, Any]) -> str:
    who = case["department_name"] or "中枢工作人员（待分派）"
    if case.get("unit"):
        who += f"（{case['unit']}）"
    due = due_text(case.get("due_at"))
    limit = f"，办理时限 {due}" if due else ""
    return f"工单 {case['number']}：{case['status_label']}，承办单位 {who}{limit}。"


def no_such_case(number: str, phone: str) -> str:
    return (
        f"没有找到编号为 {number}、登记电话为 {mask_phone(phone)} 的申报。"
        "请核对编号和申报时留的电话。"
    )


def noted(filled: list[Slot]) -> str:
    """Acknowledges values given for other questions than the one asked."""
    return "好的，已记下" + "、".join(s.label for s in filled) + "。"


def changed(form: Form, names: list[str], slots: dict[str, Any]) -> str:
    """Acknowledges corrected values, masking personal data (only the read-back shows it)."""
    parts = []
    for name in names:
        slot = form.slot(name)
        value = slots.get(name)
        if slot.kind in ("phone", "id_number", "passport", "people") or value is None:
            parts.append(slot.label)
        else:
            parts.append(f"{slot.label}为“{shown(slot, value)}”")
    return CHANGED.format(what="、".join(parts))


def revisit_answer(message: dict[str, Any]) -> tuple[bool | None, bool]:
    """(satisfied, solved) from a button or an affirm/deny reply; None when it says neither."""
    intent = (message.get("intent") or {}).get("name")
    values = {e["entity"]: e["value"] for e in message.get("entities") or []}
    if intent == "revisit" and isinstance(values.get("satisfied"), bool):
        return values["satisfied"], bool(values.get("solved"))
    if intent == "affirm":
        return True, True
    if intent == "deny":
        return False, False
    return None, False


def revisit_thanks(satisfied: bool) -> str:
    if satisfied:
        return "感谢您的评价！这件事就办结了，有需要随时找我。"
    return "很抱歉没能让您满意，已要求承办单位重新办理，会尽快联系您。"


def form_title(name: str) -> str:
    return forms()[name].title


def payload_title(text: str) -> str:
    """What a pressed button said, for the conversation's record (the payload otherwise)."""
    for button in (*MENU, *CONFIRM_BUTTONS, *REVISIT_BUTTONS, CANCEL_BUTTON):
        if button["payload"] == text:
            return button["title"]
    return text
