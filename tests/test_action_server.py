"""`hub actions` answers Rasa's action server protocol with the intake's actions."""

from __future__ import annotations

import json
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from aiohttp.test_utils import TestClient, TestServer

from hub.cases.models import Case, Report
from hub.clock import FrozenClock
from hub.settings import Settings
from intake.actionserver import create_action_app
from nlu.pipeline import NluEngine

FIXTURES = Path(__file__).parent / "fixtures" / "rasa"
EVENTS = json.loads((Path(__file__).parent / "rasa_schemas" / "events.schema.json").read_text())


def recorded(name: str) -> dict[str, Any]:
    """A body exactly as Rasa 3.6 posts it to the action server."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
async def server(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> AsyncIterator[TestClient]:
    app = create_action_app(settings, clock=clock, engine=engine, own_database=False)
    async with TestClient(TestServer(app)) as client:
        yield client


async def run(server: TestClient, body: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    response = await server.post("/webhook", json=body, **kwargs)
    assert response.status == 200, await response.text()
    result = await response.json()
    jsonschema.validate(result["events"], EVENTS)
    return result


def slots(result: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in result["events"] if e["event"] == "slot"}


async def test_health_and_actions(server: TestClient) -> None:
    assert await (await server.get("/health")).json() == {"status": "ok"}
    names = {a["name"] for a in await (await server.get("/actions")).json()}
    assert {"validate_tenant_form", "action_submit_report", "action_case_status"} <= names
    assert {"validate_status_form", "action_answer_revisit", "action_read_back"} <= names


async def test_form_validation_keeps_the_valid_tenant_and_explains_the_other(
    server: TestClient,
) -> None:
    result = await run(server, recorded("validate_tenant_form"))
    found = slots(result)
    assert found["tenants"] is None, "two tenants were announced, one is valid so far"
    assert found["tenants_draft"] == [{"name": "韦小兰", "id_number": "45212719980722952X"}]
    assert found["report_form"] == "tenant_form"
    (problem,) = result["responses"]
    assert "李明" in problem["text"] and "校验位" in problem["text"]
    assert problem["custom"] == {"invalid_slot": "tenants"}


async def test_submission_files_a_routed_case_and_status_shows_it(server: TestClient) -> None:
    result = await run(server, recorded("action_submit_report"))
    assert slots(result)["case_number"] == "XM20261130000001"
    (receipt,) = result["responses"]
    assert receipt["custom"]["case"]["unit"] == "江头派出所"
    assert "XM20261130000001" in receipt["text"]
    case = await Case.get(number="XM20261130000001")
    assert case.status == "routed" and case.details["name"] == "陈志鹏"
    report = await Report.get(case_id=case.id)
    assert report.conversation_id == "rasa-9d01aa"

    status = await run(server, recorded("action_case_status"))
    assert status["responses"][0]["custom"]["case"]["status"] == "routed"
    stranger = recorded("action_case_status")
    stranger["tracker"]["slots"]["status_phone"] = "13800000000"
    refused = await run(server, stranger)
    assert "没有找到" in refused["responses"][0]["text"]
    assert "case" not in refused["responses"][0]["custom"]


async def test_compressed_bodies_and_protocol_errors(server: TestClient) -> None:
    body = zlib.compress(json.dumps(recorded("validate_tenant_form")).encode())
    response = await server.post("/webhook", data=body, headers={"Content-Encoding": "deflate"})
    assert response.status == 200
    unknown = recorded("validate_tenant_form") | {"next_action": "action_unknown"}
    response = await server.post("/webhook", json=unknown)
    assert response.status == 404
    assert (await response.json())["action_name"] == "action_unknown"
    without_domain = {k: v for k, v in recorded("action_case_status").items() if k != "domain"}
    response = await server.post("/webhook", json=without_domain)
    assert response.status == 449, "Rasa is asked to send the domain"
    response = await server.post("/webhook", data=b"not json")
    assert response.status == 400
