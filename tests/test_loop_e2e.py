"""The whole loop, as one story, through the hub's public doors and the trained NLU:

a resident complains in the chat; the police system sends a task; the officer pushes the same
matter with one tap and it joins the resident's case; the department signs and resolves in the
portal; the task system's callback server, the officer's list and the resident's conversation all
see the result; on the next working day the resident answers the revisit in the chat and the case
closes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession, CookieJar
from aiohttp.test_utils import TestServer

from agencies.enums import Role
from agencies.flows import add_account
from hub.app import create_app
from hub.cases.models import Case, CaseEvent
from hub.clock import FrozenClock
from hub.feedback.flows import ask_due_revisits
from hub.outbox.channels import default_deliverers
from hub.outbox.sender import send_due
from hub.settings import Settings
from hub.sla.metrics import department_metrics, month_bounds
from intake.models import ChatMessage
from nlu.engine import Engine
from nlu.training import load_engine
from tests.police import police, task_body
from tests.test_callbacks import TaskSystemServer, free_port

pytestmark = pytest.mark.slow
PASSWORD = "correct-horse-battery-staple"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The hub's own trained NLU (trained once for the module when no artifact is around)."""
    return load_engine(Path(tmp_path_factory.mktemp("nlu")))


@pytest.fixture
async def hub(
    orm: str, settings: Settings, clock: FrozenClock, engine: Engine
) -> AsyncIterator[TestServer]:
    app = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestServer(app, host="127.0.0.1") as server:
        yield server


class Resident:
    def __init__(self, http: ClientSession, hub: TestServer) -> None:
        self.http, self.hub, self.session_id = http, hub, None
        self.last: dict[str, Any] = {}

    async def say(self, text: str) -> dict[str, Any]:
        response = await self.http.post(
            str(self.hub.make_url("/api/chat")), json={"session_id": self.session_id, "text": text}
        )
        self.last = await response.json()
        assert response.status == 200, self.last
        self.session_id = self.last["session_id"]
        return self.last

    @property
    def text(self) -> str:
        return "\n".join(r["text"] for r in self.last["replies"])


async def test_the_loop_from_task_to_revisit(
    hub: TestServer, clock: FrozenClock, settings: Settings
) -> None:
    url = hub.make_url
    deliverers = default_deliverers(settings)
    cop = await police(clock.now())
    receiver = TaskSystemServer(cop.secret, free_port())
    await receiver.start()
    async with ClientSession(cookie_jar=CookieJar(unsafe=True)) as http:
        # A resident complains in the chat and answers what the hub asks.
        resident = Resident(http, hub)
        await resident.say("我家楼下烧烤摊天天开到凌晨两点，油烟噪音受不了，在湖里区江头")
        for answer in ("昨天晚上", "摊主姓李", "13959287416"):
            if resident.last.get("case"):
                break
            await resident.say(answer)
        filed = await resident.say("/affirm")
        number = filed["case"]["number"]
        case = await Case.get(number=number).prefetch_related("department")
        assert case.department.code == "urban_management"

        # The police system sends the task; the officer pushes the same matter with one tap.
        task = task_body(
            "RW-2026-1130",
            type="夜间巡逻",
            subject="巡逻发现江头某烧烤摊占道经营，油烟扰民，群众反映强烈",
            place="湖里区江头",
            people=[{"name": "李某", "role": "摊主"}],
            callback_url=receiver.url,
        )
        created = await http.post(str(url("/api/tasks")), json=task, headers=cop.system_headers)
        task_id = (await created.json())["id"]
        clock.advance(minutes=30)
        pushed = await http.post(
            str(url("/api/referrals")),
            json={"task_id": task_id, "note": "现场已劝离，建议执法部门跟进"},
            headers=cop.officer_headers("e2e-push-0001"),
        )
        referral = await pushed.json()
        assert pushed.status == 201, referral
        assert (referral["case"]["number"], referral["duplicate"]) == (number, True)

        # The department signs and resolves in the portal (its JSON API, as its pages use it).
        await add_account(
            username="urban-li",
            password=PASSWORD,
            role=Role.STAFF,
            department="urban_management",
            display_name="执法局李工",
            now=clock.now(),
        )

        async def log_in() -> dict[str, str]:
            login = await http.post(
                str(url("/api/session")), json={"username": "urban-li", "password": PASSWORD}
            )
            return {"X-CSRF-Token": (await login.json())["csrf_token"]}

        clock.advance(minutes=40)
        csrf = await log_in()
        signed = await http.post(str(url(f"/api/cases/{number}/sign")), json={}, headers=csrf)
        assert signed.status == 200, await signed.text()
        page = await http.get(str(url(f"/portal/cases/{number}")))
        assert "RW-2026-1130" in await page.text()  # the case page shows the linked task
        clock.advance(hours=5)
        csrf = await log_in()  # back at the desk in the afternoon: the session has expired
        resolved = await http.post(
            str(url(f"/api/cases/{number}/resolve")),
            json={"text": "已依法取缔占道烧烤摊，责令摊主加装油烟净化设备", "result": "resolved"},
            headers=csrf,
        )
        assert resolved.status == 200, await resolved.text()
        await send_due(deliverers, clock)

        # The task system heard each change once, signed; the task shows the result.
        events = [e["event"] for e in receiver.processed.values()]
        assert events == ["case.signed", "case.resolved"]
        assert receiver.attempts == list(receiver.processed) and receiver.refused == 0
        listed = await http.get(str(url("/api/officer/tasks")), headers=cop.officer_headers())
        (mine,) = (await listed.json())["tasks"]
        assert (mine["status"], mine["resolution"]) == (
            "resolved",
            "已依法取缔占道烧烤摊，责令摊主加装油烟净化设备",
        )
        assert mine["cases"][0]["status_label"] == "已办结"

        # The resident was told of sign-off and resolution in the conversation.
        told = await ChatMessage.filter(
            conversation_id=resident.session_id, direction="out", at__gt=case.created_at
        ).values_list("text", flat=True)
        assert any("签收办理" in t for t in told)
        assert any("已依法取缔占道烧烤摊" in t for t in told)

        # Next working day at 09:00 the revisit is asked; the resident answers in the chat.
        clock.set(datetime(2026, 12, 1, 1, 0, tzinfo=UTC))  # Tuesday 09:00 in Xiamen
        assert await ask_due_revisits(clock.now()) == 1
        await send_due(deliverers, clock)
        question = await ChatMessage.filter(conversation_id=resident.session_id).order_by("-id")
        assert "满意吗" in question[0].text
        await resident.say('/revisit{"satisfied": true, "solved": true}')
        await send_due(deliverers, clock)

    await receiver.stop()
    await deliverers.close()
    closed = await Case.get(number=number)
    assert closed.status == "closed"
    revisit = await CaseEvent.get(case_id=closed.id, kind="revisit")
    assert revisit.data == {"satisfied": True, "solved": True}
    assert [e["event"] for e in receiver.processed.values()][-1] == "case.closed"
    (urban,) = await department_metrics(
        *month_bounds(2026, 12), now=clock.now(), department="urban_management"
    )
    assert urban["solved"] == {"n": 1, "total": 1, "rate": 1.0}  # 解决率
    assert urban["satisfied"] == {"n": 1, "total": 1, "rate": 1.0}  # 满意率
