"""Hub operators' pages: extension approvals and the messages that could not be delivered."""

from __future__ import annotations

from aiohttp import web

from agencies.access import require_hub_wide
from agencies.auth import require_principal
from agencies.portal.csv import csv_response
from agencies.portal.render import flash, render
from agencies.supervision import pending_extensions
from hub.db import row_id
from hub.errors import InvalidInput
from hub.keys import CLOCK
from hub.outbox.flows import retry_dead
from hub.outbox.service import dead_messages

routes = web.RouteTableDef()
DEAD_SHOWN = 200
CHANNELS = {"email": "电子邮件", "webhook": "任务系统回调", "chat": "群众会话"}


@routes.get("/portal/extensions")
async def extensions(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    require_hub_wide(principal)
    rows = await pending_extensions(principal)
    return await render(request, "extensions.html", principal, rows=rows)


@routes.get("/portal/dead-letters")
async def dead_letter_list(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    require_hub_wide(principal)
    rows = await dead_messages(limit=DEAD_SHOWN)
    return await render(request, "dead_letters.html", principal, rows=rows, channels=CHANNELS)


@routes.post("/portal/dead-letters/{id}/retry")
async def dead_letter_retry(request: web.Request) -> web.Response:
    """Send a message the sender gave up on again (after the address was put right)."""
    principal = await require_principal(request)
    message = await retry_dead(_message_id(request), actor=principal, now=request.app[CLOCK].now())
    await flash(request, "ok", f"消息 {message.id} 已重新排队发送")
    raise web.HTTPSeeOther("/portal/dead-letters")


def _message_id(request: web.Request) -> int:
    found = row_id(request.match_info["id"])
    if found is None:
        raise InvalidInput("消息编号无效")
    return found


@routes.get("/portal/dead-letters.csv")
async def dead_letter_csv(request: web.Request) -> web.Response:
    principal = await require_principal(request)
    require_hub_wide(principal)
    rows = await dead_messages(limit=DEAD_SHOWN)
    header = ["编号", "渠道", "收件方", "主题", "尝试次数", "最后错误", "生成时间", "工单编号"]
    return csv_response(
        "dead-letters",
        header,
        [
            [
                r["id"],
                CHANNELS.get(r["channel"], r["channel"]),
                r["recipient"],
                r["subject"] or "",
                r["attempts"],
                r["last_error"] or "",
                r["created_at"],
                r["case"] or "",
            ]
            for r in rows
        ],
    )
