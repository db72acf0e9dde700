"""Open311 GeoReport v2, driven by a published client (georeport) against a running hub."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import requests
import xmltodict
from aiohttp.test_utils import TestServer
from georeport import GeoReport

from hub.app import create_app
from hub.cases import flows
from hub.cases.enums import ResolutionResult
from hub.cases.models import Case, Report
from hub.clock import FrozenClock
from hub.keys import NLU
from hub.settings import Settings
from hub.tasks.flows import add_system
from tests.factories import staff_of
from tests.police import FixedReading


@pytest.fixture
async def hub_url(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[str]:
    app = create_app(settings, clock=clock, own_database=False)
    app[NLU] = FixedReading("street_vending", "华荣路")
    async with TestServer(app, host="127.0.0.1") as server:
        yield str(server.make_url("/open311/v2"))


@pytest.fixture
async def api_key(orm: str, clock: FrozenClock) -> str:
    return (await add_system("市民热线App", now=clock.now())).api_key


def post(url: str, fmt: str = "json", **form: str) -> requests.Response:
    return requests.post(f"{url}/requests.{fmt}", data=form, timeout=10)


REQUEST = {
    "service_code": "street_vending",
    "description": "华荣路夜市烧烤摊占了半条人行道，油烟大到窗户都不敢开",
    "address_string": "华荣路",
    "lat": "24.5085",
    "long": "118.1534",
    "first_name": "敏",
    "last_name": "林",
    "phone": "13900000001",
    "attribute[occurred_at]": "2026-11-29T21:00:00+08:00",
}


async def test_services_and_definitions_through_the_client(hub_url: str) -> None:
    for fmt in ("json", "xml"):
        client = GeoReport(hub_url, output_format=fmt)
        listed = await asyncio.to_thread(client.get_service_list)
        codes = [s["service_code"] for s in listed]
        assert "street_vending" in codes and "fire_hazard" in codes
        assert "tenant_report" not in codes  # self-reports go through the chat
        fire = await asyncio.to_thread(client.get_service_definition, "fire_hazard")
        attributes = fire["attributes"]
        if fmt == "xml":
            attributes = attributes["attribute"]
        urgent = next(a for a in attributes if a["code"] == "urgent")
        assert urgent["datatype"] == "singlevaluelist"
        assert str(urgent["required"]).lower() == "true"


async def test_post_then_read_back_through_the_client(
    hub_url: str, api_key: str, clock: FrozenClock
) -> None:
    response = await asyncio.to_thread(post, hub_url, api_key=api_key, **REQUEST)
    assert response.status_code == 200, response.text
    (answer,) = response.json()
    number = answer["service_request_id"]
    case = await Case.get(number=number)
    assert case.status == "routed"
    report = await Report.get(case_id=case.id)
    assert (report.channel, report.details["system"]) == ("open311", "市民热线App")

    client = GeoReport(hub_url)
    one = await asyncio.to_thread(client.get_service_request, number)
    assert one["status"] == "open" and one["service_code"] == "street_vending"
    assert one["agency_responsible"] == "厦门市城市管理行政执法局"
    assert one["address"] == "华荣路" and one["lat"] == "24.5085"
    assert "13900000001" not in str(one)  # the reporter's phone never leaves the hub

    staff = await staff_of("urban_management")
    await flows.sign(number, actor=staff, now=clock.advance(minutes=5))
    await flows.resolve(
        number,
        text="已取缔占道摊点",
        result=ResolutionResult.RESOLVED,
        actor=staff,
        now=clock.now(),
    )
    listed = await asyncio.to_thread(client.get_service_requests, None, None, None, None, "closed")
    assert [(r["service_request_id"], r["status_notes"]) for r in listed] == [
        (number, "已取缔占道摊点")
    ]
    assert (
        await asyncio.to_thread(client.get_service_requests, None, None, None, None, "open") == []
    )
    xml = GeoReport(hub_url, output_format="xml")
    as_xml = await asyncio.to_thread(xml.get_service_request, number)
    assert as_xml["status"] == "closed"

    token = await asyncio.to_thread(
        requests.get, f"{hub_url}/tokens/{answer['token']}.json", timeout=10
    )
    assert token.json() == [{"token": answer["token"], "service_request_id": number}]
    updates = await asyncio.to_thread(
        requests.get, f"{hub_url}/servicerequestupdates.xml", timeout=10
    )
    parsed = xmltodict.parse(updates.content)["service_requests_updates"]["request_update"]
    assert [u["status"] for u in parsed] == ["open", "open", "closed"]
    assert parsed[-1]["description"] == "已取缔占道摊点"


async def test_filters_of_get_requests(hub_url: str, api_key: str, clock: FrozenClock) -> None:
    first = await asyncio.to_thread(post, hub_url, api_key=api_key, **REQUEST)
    clock.advance(days=2)
    other = REQUEST | {"service_code": "fire_hazard", "attribute[urgent]": "no"}
    second = await asyncio.to_thread(post, hub_url, api_key=api_key, **other)
    numbers = [first.json()[0]["service_request_id"], second.json()[0]["service_request_id"]]
    client = GeoReport(hub_url)

    async def ids(**query: str | None) -> list[str]:
        found = await asyncio.to_thread(client.get_service_requests, **query)
        return [r["service_request_id"] for r in found]

    assert await ids() == numbers[::-1]
    assert await ids(service_code="fire_hazard") == numbers[1:]
    assert await ids(service_code="fire_hazard,street_vending") == numbers[::-1]
    start = (clock.now() - timedelta(days=1)).isoformat()
    assert await ids(start_date=start) == numbers[1:]
    assert await ids(service_request_id=numbers[0]) == numbers[:1]


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize(
    ("change", "status", "says"),
    [
        ({"api_key": ""}, 403, "api_key"),
        ({"api_key": "hubk_wrong"}, 403, "api_key"),
        ({"service_code": "tenant_report"}, 400, "service_code"),
        ({"service_code": "no_such_service"}, 400, "service_code"),
        ({"description": ""}, 400, "description"),
        ({"address_string": "", "lat": "", "long": ""}, 400, "位置"),
        ({"lat": "north"}, 400, "lat"),
        ({"attribute[color]": "red"}, 400, "color"),
        ({"service_code": "fire_hazard"}, 400, "urgent"),
        ({"service_code": "fire_hazard", "attribute[urgent]": "maybe"}, 400, "urgent"),
        ({"attribute[people_involved]": "many"}, 400, "people_involved"),
    ],
)
async def test_bad_requests_get_standard_errors_and_file_nothing(
    hub_url: str, api_key: str, fmt: str, change: dict[str, str], status: int, says: str
) -> None:
    form = REQUEST | {"api_key": api_key} | change
    response = await asyncio.to_thread(post, hub_url, fmt, **form)
    assert response.status_code == status
    if fmt == "json":
        (error,) = response.json()
    else:
        error = xmltodict.parse(response.content)["errors"]["error"]
    assert int(error["code"]) == status
    assert says in error["description"]
    assert await Case.all().count() == 0


async def test_unknown_things_are_standard_404s(hub_url: str) -> None:
    for path in ("/services/no_such.json", "/requests/XM20260101000001.json", "/tokens/42.xml"):
        response = await asyncio.to_thread(requests.get, hub_url + path, timeout=10)
        assert response.status_code == 404
        assert "404" in response.text
    bad = await asyncio.to_thread(
        requests.get, f"{hub_url}/requests.json?start_date=yesterday", timeout=10
    )
    assert bad.status_code == 400 and bad.json()[0]["code"] == 400
