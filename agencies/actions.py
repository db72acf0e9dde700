"""The actions on a case that the portal and the JSON API both offer, each one flows function.

The portal's forms and the API's JSON bodies give the same fields; `Params` reads either. Adding an
action here adds its form route, its API route and its OpenAPI entry.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agencies.access import Principal
from agencies.params import Params
from hub.cases import flows, handling
from hub.cases.enums import ResolutionResult
from hub.errors import InvalidInput
from hub.sla import flows as sla

Run = Callable[[str, Params, Principal, datetime], Awaitable[Any]]


@dataclass(frozen=True)
class CaseAction:
    name: str  # the last segment of the route
    label: str  # the button
    done: str  # what the user is told once it is done
    run: Run
    body: dict[str, Any]  # the JSON body's schema (OpenAPI)


def _body(required: list[str], **properties: dict[str, Any]) -> dict[str, Any]:
    properties["version"] = {"type": "integer", "description": "页面上看到的工单版本（乐观锁）"}
    return {"type": "object", "required": required, "properties": properties}


TEXT = {"type": "string", "maxLength": 2000}


async def _sign(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    return await flows.sign(number, actor=actor, now=now, expected_version=p.version())


async def _return(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    reason = p.text("reason") or ""
    return await flows.return_case(
        number, reason=reason, actor=actor, now=now, expected_version=p.version()
    )


async def _resolve(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    result = p.choice("result", ResolutionResult)
    text = p.text("text") or ""
    return await flows.resolve(
        number, text=text, result=result, actor=actor, now=now, expected_version=p.version()
    )


async def _note(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    p.version()  # a note needs no lock, but a version that is no number is refused like anywhere
    return await flows.add_note(number, text=p.text("text") or "", actor=actor, now=now)


async def _opinion(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    p.version()
    return await handling.give_opinion(number, text=p.text("text") or "", actor=actor, now=now)


async def _assign(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    assignee = p.text("assignee", max_len=60) or ""
    return await handling.assign(
        number, assignee=assignee, actor=actor, now=now, expected_version=p.version()
    )


async def _dispatch(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    return await flows.dispatch(
        number,
        department=p.text("department", max_len=40) or "",
        unit=p.text("unit", required=False, max_len=50),
        category=p.text("category", required=False, max_len=40),
        reason=p.text("reason", required=False),
        actor=actor,
        now=now,
        expected_version=p.version(),
    )


async def _request_extension(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    return await sla.request_extension(
        number,
        length=p.text("length", max_len=10) or "",
        reason=p.text("reason") or "",
        actor=actor,
        now=now,
        expected_version=p.version(),
    )


async def _decide_extension(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    decision = p.text("decision", max_len=10)
    if decision not in ("approve", "refuse"):
        raise InvalidInput("decision 只能是 approve（批准）或 refuse（驳回）", field="decision")
    return await sla.decide_extension(
        number,
        approve=decision == "approve",
        note=p.text("note", required=False),
        actor=actor,
        now=now,
        expected_version=p.version(),
    )


async def _suspend(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    reason = p.text("reason") or ""
    return await sla.suspend(
        number, reason=reason, actor=actor, now=now, expected_version=p.version()
    )


async def _resume(number: str, p: Params, actor: Principal, now: datetime) -> Any:
    note = p.text("note", required=False)
    return await sla.resume(number, note=note, actor=actor, now=now, expected_version=p.version())


ACTIONS: tuple[CaseAction, ...] = (
    CaseAction("sign", "签收", "已签收，办结时限开始计算", _sign, _body([])),
    CaseAction(
        "return", "退单", "已退单，工单退回中心重新分拨", _return, _body(["reason"], reason=TEXT)
    ),
    CaseAction(
        "resolve",
        "办结",
        "已办结，将安排回访",
        _resolve,
        _body(
            ["text", "result"],
            text=TEXT,
            result={"type": "string", "enum": [r.value for r in ResolutionResult]},
        ),
    ),
    CaseAction(
        "extension",
        "申请延期",
        "已提交延期申请，等待中心审批",
        _request_extension,
        _body(
            ["length", "reason"],
            length={"type": "string", "description": "延期时长，如 5d、24h，不超过该类别上限"},
            reason=TEXT,
        ),
    ),
    CaseAction(
        "extension-decision",
        "审批延期",
        "已处理延期申请",
        _decide_extension,
        _body(
            ["decision"],
            decision={"type": "string", "enum": ["approve", "refuse"]},
            note={"type": "string", "maxLength": 2000, "description": "驳回时必填"},
        ),
    ),
    CaseAction(
        "suspend", "挂起", "已挂起，办结时限暂停计时", _suspend, _body(["reason"], reason=TEXT)
    ),
    CaseAction(
        "resume",
        "恢复计时",
        "已恢复计时",
        _resume,
        _body([], note={"type": "string", "maxLength": 2000}),
    ),
    CaseAction("notes", "添加进展", "已记录办理进展", _note, _body(["text"], text=TEXT)),
    CaseAction("opinion", "提交协办意见", "已提交协办意见", _opinion, _body(["text"], text=TEXT)),
    CaseAction(
        "assignee",
        "指派",
        "已指派经办人",
        _assign,
        _body(["assignee"], assignee={"type": "string", "description": "本部门账户的用户名"}),
    ),
    CaseAction(
        "dispatch",
        "分拨",
        "已分拨",
        _dispatch,
        _body(
            ["department"],
            department={"type": "string", "description": "部门代码"},
            unit={"type": "string", "description": "派出所或街道名称"},
            category={"type": "string", "description": "更正的诉求类别代码"},
            reason={"type": "string", "maxLength": 2000},
        ),
    ),
)
