"""Ways to put cases into the database through the hub's own flows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiohttp.test_utils import TestClient

from agencies.access import Principal, PrincipalKind
from agencies.catalog import catalogue
from agencies.enums import Role
from agencies.flows import add_account
from agencies.models import Account, Department
from hub.cases import flows
from hub.cases.enums import Channel
from hub.cases.models import Case
from nlu.meaning import Meaning, PlaceMatch
from routing.decide import decide

OPERATOR = Principal(PrincipalKind.ACCOUNT, "调度员小林", role=Role.OPERATOR, account_id=None)


def place(name: str) -> PlaceMatch:
    """The gazetteer's answer for a place name of config/catalog/jurisdictions.tsv."""
    (j,) = catalogue().jurisdictions_of(name)
    return PlaceMatch(name, name, j.district, j.street, j.police_station)


async def file_case(
    now: datetime,
    category: str = "dispute_labor",
    where: str | None = "台湾街",
    text: str = "老板拖欠三个月工资不给",
    confidence: float = 0.9,
    window: timedelta = timedelta(0),
) -> Case:
    meaning = Meaning(text, category, confidence, place=place(where) if where else None)
    decision = decide(meaning, catalogue(), threshold=0.45)
    filed = await flows.open_case(
        flows.NewReport(Channel.API, text), decision, now=now, duplicate_window=window
    )
    return filed.case


async def staff_of(code: str, role: Role = Role.STAFF) -> Principal:
    department = await Department.get(code=code)
    return Principal(
        PrincipalKind.ACCOUNT, f"{department.name_zh}经办人", role=role, department_id=department.id
    )


PASSWORD = "portal-test-password"


async def account(username: str, role: Role, department: str | None = None) -> Account:
    """An account that can sign in with PASSWORD."""
    return await add_account(
        username=username,
        password=PASSWORD,
        role=role,
        department=department,
        display_name=username,
        now=datetime(2026, 11, 1, tzinfo=UTC),
    )


async def sign_in(client: TestClient, username: str) -> dict[str, str]:
    """Sign in through the API; returns the headers a later write needs (the CSRF token)."""
    response = await client.post("/api/session", json={"username": username, "password": PASSWORD})
    assert response.status == 200, await response.text()
    return {"X-CSRF-Token": (await response.json())["csrf_token"]}
