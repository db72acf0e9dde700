"""The read API: health, catalogue, OpenAPI, and a case only for those allowed to see it."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from hub.clock import FrozenClock
from tests.factories import file_case


async def test_health_and_catalogue(client: TestClient) -> None:
    health = await client.get("/healthz")
    assert health.status == 200
    assert (await health.json()) == {"status": "ok", "departments": 85}
    departments = (await (await client.get("/api/departments")).json())["departments"]
    assert len(departments) == 85
    assert {"code": "police", "name_zh": "厦门市公安局"}.items() <= departments[8].items()


async def test_openapi_describes_the_routes(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    assert spec["openapi"].startswith("3.")
    assert {"/healthz", "/api/departments", "/api/cases/{number}"} <= set(spec["paths"])


async def test_case_as_json_for_the_admin_token(
    client: TestClient, clock: FrozenClock, admin_headers: dict[str, str]
) -> None:
    case = await file_case(
        clock.now(), category="dispute_neighbor", where="台湾街", text="楼上天天往下扔垃圾"
    )
    response = await client.get(f"/api/cases/{case.number}", headers=admin_headers)
    assert response.status == 200
    body = await response.json()
    assert body["number"] == case.number
    assert body["status"] == "routed"
    assert (body["department"], body["unit"]) == ("huli_district", "江头街道")
    assert (body["district"], body["street"]) == ("湖里区", "江头街道")
    assert body["assist"] == ["justice"]
    assert body["routing"]["rule"] == "district_of_place"
    assert body["sign_due_at"] == "2026-11-30T11:00:00+08:00"
    assert [e["kind"] for e in body["timeline"]] == ["received", "routed"]


async def test_case_refused_without_valid_credentials(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now())
    anonymous = await client.get(f"/api/cases/{case.number}")
    assert anonymous.status == 401
    assert (await anonymous.json())["error"]["code"] == "unauthenticated"
    forged = await client.get(f"/api/cases/{case.number}", headers={"Authorization": "Bearer nope"})
    assert forged.status == 401


async def test_unknown_case_and_route_are_json_404(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    missing = await client.get("/api/cases/XM20990101000001", headers=admin_headers)
    assert missing.status == 404
    assert (await missing.json())["error"]["code"] == "not_found"
    nowhere = await client.get("/api/nowhere")
    assert nowhere.status == 404
    assert (await nowhere.json())["error"]["code"] == "not_found"
