"""Personal data at rest: nothing in clear in any row, found by keyed hashes, keys checked at
start, rotated, every unmasked view on the timeline, and erased when its retention ends."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from tortoise import Tortoise

from agencies.access import case_for, resident
from agencies.catalog import catalogue
from agencies.enums import Role
from hub.app import create_app
from hub.cases import flows
from hub.cases.enums import CaseStatus, Channel
from hub.cases.models import Case, CaseEvent, Report, Reporter
from hub.clock import FrozenClock
from hub.db import connection
from hub.errors import NotFound
from hub.privacy.flows import erase_expired
from hub.privacy.keys import Keyring, SealError, use_keys
from hub.privacy.models import PersonalKey
from hub.privacy.rotation import check_keys
from hub.scheduler import jobs
from hub.serve import check_deployment
from hub.settings import Settings, SettingsError, load_settings
from hub.tasks.flows import add_system
from intake.models import ChatMessage, Conversation
from nlu.meaning import Meaning
from nlu.pipeline import NluEngine
from routing.decide import decide
from tests.chat_helpers import Person
from tests.chat_scripts import SCRIPTS
from tests.conftest import PII_HASH_KEY, PII_KEY, clean_environment
from tests.factories import account, place, sign_in
from tests.police import Police, police, task_body

OTHER_KEY = "Wm9vbS16b29tLWJvb20tYm9vbS1rZXktbnVtYmVyLTI="
ID_SHAPE = re.compile(r"(?<![0-9A-Za-z])\d{17}[0-9X](?![0-9A-Za-z])")
PHONE_SHAPE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
PASSPORT = "E12345678"
TENANT_ID = "350203199001011234"


@pytest.fixture
async def hub(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> AsyncIterator[TestClient]:
    app = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(app)) as client:
        yield client


async def raw_rows() -> str:
    """Every row of every table as the database holds it, read with plain SQL."""
    dumped = []
    for model in Tortoise.apps["models"].values():
        table = model._meta.db_table
        rows = await connection().execute_query_dict(f'SELECT * FROM "{table}"')
        dumped.extend(f"{table}: {row}" for row in rows)
    return "\n".join(dumped)


def identifiers_in(*texts: str) -> set[str]:
    found = {PASSPORT}
    for text in texts:
        found.update(ID_SHAPE.findall(text), PHONE_SHAPE.findall(text))
    return found


async def chat_every_form(hub: TestClient) -> set[str]:
    said = []
    for script in SCRIPTS:
        person = Person(hub)
        for step in script.steps:
            said.append(step.say)
            await person.say(step.say)
    return identifiers_in(*said)


async def refer(hub: TestClient, cop: Police, note: str) -> dict:
    body = task_body(people=[{"name": "王某", "phone": "13800000000", "id_number": TENANT_ID}])
    task = await hub.post("/api/tasks", json=body, headers=cop.system_headers)
    assert task.status == 201, await task.text()
    task_id = (await task.json())["id"]
    pushed = await hub.post(
        "/api/referrals",
        json={"task_id": task_id, "note": note},
        headers=cop.officer_headers("key-0001"),
    )
    assert pushed.status in (200, 201), await pushed.text()
    return dict(await pushed.json())


async def open311(hub: TestClient, api_key: str, description: str) -> str:
    form = {
        "api_key": api_key,
        "service_code": "street_vending",
        "description": description,
        "address_string": "华荣路",
        "first_name": "敏",
        "last_name": "林",
        "phone": "13900000001",
        "email": "lin.min@example.com",
    }
    response = await hub.post("/open311/v2/requests.json", data=form)
    assert response.status == 200, await response.text()
    return str((await response.json())[0]["service_request_id"])


async def test_no_identifier_is_stored_in_clear(hub: TestClient, clock: FrozenClock) -> None:
    said = await chat_every_form(hub)
    assert await Case.all().count() == len(SCRIPTS)
    note = "房东电话13700000007，身份证350203199001011234"
    await refer(hub, await police(clock.now()), note)
    system = await add_system("市民热线App", now=clock.now())
    description = "华荣路烧烤摊占道，我电话13900000002，护照E87654321"
    number = await open311(hub, system.api_key, description)
    public = await (await hub.get(f"/open311/v2/requests/{number}.json")).text()
    assert (
        "华荣路烧烤摊占道" in public and "13900000002" not in public and "E87654321" not in public
    )
    wanted = said | identifiers_in(note, description) | {"13900000001", "13800000000"}
    wanted |= {"E87654321", "lin.min@example.com"}
    assert {"350524199306175153", "13959287416", PASSPORT} <= wanted
    rows = await raw_rows()
    assert "chat_message" in rows and "personal_key" in rows and "task" in rows
    assert [i for i in sorted(wanted) if i in rows] == []
    # what is sealed reads back whole through the ORM
    foreigner = await Case.filter(category__code="foreigner_stay").first()
    assert foreigner is not None and foreigner.details["passport"] == PASSPORT
    assert "13959287416" in {r.phone for r in await Reporter.all()}


async def test_cases_are_found_by_keyed_hashes(hub: TestClient, clock: FrozenClock) -> None:
    await chat_every_form(hub)
    await refer(hub, await police(clock.now()), "")
    await account("operator", Role.OPERATOR)
    await sign_in(hub, "operator")

    async def found(q: str) -> list[str]:
        response = await hub.get("/api/cases", params={"tab": "all", "q": q})
        assert response.status == 200, await response.text()
        return [c["category"] for c in (await response.json())["cases"]]

    assert await found("350524199306175153") == ["residence_report"]
    assert await found("e1234 5678") == ["foreigner_stay"]
    assert await found("139 1234 5679") == ["tenant_report"]  # the landlord's corrected phone
    assert len(await found("138-0000-0000")) == 1  # in the police task's people
    assert await found("350203198001011236") == []
    assert await found("13700000000") == []
    tenant = await Case.get(category__code="tenant_report")
    landlord = resident(phone="+86 139-1234-5679")
    assert (await case_for(landlord, tenant.number)).id == tenant.id
    with pytest.raises(NotFound):
        await case_for(resident(phone="13912345678"), tenant.number)  # the phone before the fix
    digests = await PersonalKey.filter(case_id=tenant.id).values_list("digest", flat=True)
    assert all(re.fullmatch(r"[0-9a-f]{64}", d) for d in digests)


def test_keys_that_are_no_keys_stop_the_start() -> None:
    with pytest.raises(SettingsError, match=r"HUB_PII_KEYS: .*key 2 is not 32"):
        load_settings(pii_keys=f"{PII_KEY},not-a-key")
    with pytest.raises(SettingsError, match=r"HUB_PII_HASH_KEY: .*32 characters"):
        load_settings(pii_hash_key="short")


async def test_a_wrong_or_missing_key_stops_the_start(
    orm: str, settings: Settings, tmp_path: Path, clock: FrozenClock
) -> None:
    await file_self_report(clock, days_ago=0)
    await check_keys()
    wrong = settings.model_copy(update={"pii_keys": None, "data_dir": tmp_path / "elsewhere"})
    use_keys(wrong)  # no HUB_PII_KEYS: a new key generated in an empty data folder
    with pytest.raises(SettingsError, match=r"HUB_PII_KEYS: .*sealed under key [0-9a-f]{8}"):
        await check_keys()
    use_keys(load_settings(pii_keys=PII_KEY, pii_hash_key="another-hash-key-" + "x" * 32))
    with pytest.raises(SettingsError, match="HUB_PII_HASH_KEY is not the key"):
        await check_keys()
    use_keys(settings)
    app = create_app(wrong, clock=clock, own_database=True)
    with pytest.raises(SettingsError, match="HUB_PII_KEYS"):
        async with TestServer(app):
            pass


def hub_command(*args: str, db_url: str, keys: str) -> subprocess.CompletedProcess[str]:
    env = clean_environment() | {
        "HUB_DB_URL": db_url,
        "HUB_PII_KEYS": keys,
        "HUB_PII_HASH_KEY": PII_HASH_KEY,
        "HUB_LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        [sys.executable, "-m", "hub", *args], capture_output=True, text=True, env=env, timeout=120
    )


async def test_rotation_lets_the_old_key_go(
    hub: TestClient, orm: str, settings: Settings, clock: FrozenClock
) -> None:
    await chat_every_form(hub)
    old = await raw_rows()
    await connection().execute_script(
        'INSERT INTO "reporter" ("kind", "name", "phone", "created_at") '
        "VALUES ('resident', '旧数据', '13600000006', '2026-01-01 00:00:00+00:00')"
    )  # a value from before sealing: rotation seals it too
    both = f"{OTHER_KEY},{PII_KEY}"
    assert hub_command("pii", "check", db_url=orm, keys=OTHER_KEY).returncode == 2
    rotated = hub_command("pii", "rotate", "--batch", "3", db_url=orm, keys=both)
    assert rotated.returncode == 0, rotated.stderr
    assert "older keys may go" in rotated.stdout
    again = hub_command("pii", "rotate", db_url=orm, keys=both)
    assert again.returncode == 0 and "\t0 sealed again" in again.stdout
    assert "\t1 sealed again" not in again.stdout
    checked = hub_command("pii", "check", db_url=orm, keys=OTHER_KEY)
    assert checked.returncode == 0, checked.stderr
    left_behind = hub_command("pii", "check", db_url=orm, keys=PII_KEY)
    assert left_behind.returncode == 2 and "HUB_PII_KEYS" in left_behind.stderr

    use_keys(load_settings(pii_keys=OTHER_KEY, pii_hash_key=PII_HASH_KEY))
    rows = await raw_rows()
    assert "13600000006" not in rows and rows != old
    assert {r.phone for r in await Reporter.all()} >= {"13600000006", "13959287416"}
    assert all(m.text for m in await ChatMessage.all())
    assert all(c.state is not None for c in await Conversation.all())
    foreigner = await Case.get(category__code="foreigner_stay")
    assert foreigner.details["passport"] == PASSPORT


async def test_every_reveal_is_on_the_timeline(client: TestClient, clock: FrozenClock) -> None:
    case = await file_self_report(clock, days_ago=0)
    await account("station", Role.STAFF, "police")
    await account("arbiter", Role.STAFF, "labor_arbitration")
    await account("operator", Role.OPERATOR)
    page = f"/portal/cases/{case.number}"

    lead = await sign_in(client, "station")
    masked = await (await client.get(page)).text()
    assert TENANT_ID not in masked and "13912345678" not in masked and "显示个人信息" in masked
    revealed = await client.post(f"{page}/personal-data", data={"_csrf": lead["X-CSRF-Token"]})
    html = await revealed.text()
    assert revealed.status == 200 and TENANT_ID in html and "13912345678" in html
    assert revealed.headers["Cache-Control"] == "no-store"
    assert "查看个人信息" in await (await client.get(page)).text()
    forged = await client.post(f"{page}/personal-data", data={"_csrf": "forged"})
    assert forged.status == 403

    await sign_in(client, "arbiter")  # a department with no part in the case
    assert (await client.post(f"/api/cases/{case.number}/personal-data")).status in (403, 404)
    await sign_in(client, "operator")
    operator = await sign_in(client, "operator")
    shown = await client.post(f"/api/cases/{case.number}/personal-data", headers=operator)
    assert shown.status == 200
    assert (await shown.json())["reports"][0]["reporter_phone"] == "13912345678"
    masked_api = await (await client.get(f"/api/cases/{case.number}")).json()
    assert masked_api["reports"][0]["reporter_phone"] == "139****5678"

    views = await CaseEvent.filter(case_id=case.id, kind="personal_data_viewed").order_by("id")
    assert [e.actor for e in views] == ["station", "operator"]
    assert all(e.account_id is not None and e.at == clock.now() for e in views)
    assert {"诉求人", "联系电话", "诉求内容", "房东电话", "租客"} <= set(views[0].data["fields"])


async def test_co_handlers_may_not_reveal(client: TestClient, clock: FrozenClock) -> None:
    case = await file_self_report(clock, days_ago=0, category="dispute_labor")
    await account("arbiter", Role.STAFF, "labor_arbitration")  # co-handles labour disputes
    helper = await sign_in(client, "arbiter")
    assert "显示个人信息" not in await (await client.get(f"/portal/cases/{case.number}")).text()
    refused = await client.post(f"/api/cases/{case.number}/personal-data", headers=helper)
    assert refused.status == 403
    page = await client.post(
        f"/portal/cases/{case.number}/personal-data", data={"_csrf": helper["X-CSRF-Token"]}
    )
    assert page.status == 403 and TENANT_ID not in await page.text()
    assert not await CaseEvent.filter(kind="personal_data_viewed").exists()


async def file_self_report(clock: FrozenClock, *, days_ago: int, category: str = "tenant_report"):
    """A landlord's tenant report, closed `days_ago` days ago when days_ago > 0."""
    now = clock.now() - timedelta(days=days_ago + 10)
    meaning = Meaning("租客登记", category, 1.0, place=place("台湾街"))
    details = {"form": "tenant_form", "landlord_phone": "13912345678"}
    details["tenants"] = [{"name": "张伟", "id_number": TENANT_ID}]
    filed = await flows.open_case(
        flows.NewReport(
            Channel.CHAT,
            f"租客登记：台湾街288号，身份证{TENANT_ID}",
            details=details,
            reporter_kind="landlord",
            reporter_name="王丽",
            reporter_phone="13912345678",
            conversation_id="conversation-" + str(days_ago) + category,
        ),
        decide(meaning, catalogue(), threshold=0.3),
        now=now,
        duplicate_window=timedelta(0),
    )
    await Conversation.create(
        id=f"conversation-{days_ago}{category}",
        state={"slots": details},
        created_at=now,
        updated_at=now,
    )
    await ChatMessage.create(
        conversation_id=f"conversation-{days_ago}{category}",
        direction="in",
        text=f"租客张伟 {TENANT_ID}",
        at=now,
    )
    if days_ago:
        closed = clock.now() - timedelta(days=days_ago)
        await Case.filter(id=filed.case.id).update(status=CaseStatus.CLOSED, closed_at=closed)
    return await Case.get(id=filed.case.id)


async def test_retention_erases_closed_self_reports(
    orm: str, settings: Settings, clock: FrozenClock
) -> None:
    old = await file_self_report(clock, days_ago=200)
    recent = await file_self_report(clock, days_ago=20)
    still_open = await file_self_report(clock, days_ago=0)
    other = await file_self_report(clock, days_ago=300, category="dispute_labor")
    assert await erase_expired(clock.now(), 0) == 0  # 0: kept forever
    assert await erase_expired(clock.now(), 180) == 1
    assert await erase_expired(clock.now(), 180) == 0  # once

    erased = await Case.get(id=old.id)
    assert erased.status == CaseStatus.CLOSED and erased.erased_at == clock.now()
    assert erased.details == {} and erased.summary == old.summary  # the shell stays
    assert erased.closed_at == old.closed_at and erased.category_id == old.category_id
    report = await Report.get(case_id=old.id).prefetch_related("reporter")
    assert report.reporter is not None and report.reporter.phone is None
    assert report.details == {} and TENANT_ID not in report.text
    assert not await ChatMessage.filter(conversation_id="conversation-200tenant_report").exists()
    assert not await PersonalKey.filter(case_id=old.id).exists()
    event = await CaseEvent.get(case_id=old.id, kind="personal_data_erased")
    assert event.actor and event.data["reports"] == 1
    rows = await raw_rows()
    for kept in (recent, still_open, other):
        assert (await Case.get(id=kept.id)).details["tenants"][0]["id_number"] == TENANT_ID
    assert rows.count("personal_data_erased") == 1

    done = [j for j in jobs(settings.model_copy(update={"retention_days": 10}), clock, None)]
    retention = next(j for j in done if j.name == "personal-data-retention")
    assert await retention.run() == 1  # the scheduler's pass: the one closed 20 days ago
    assert (await Case.get(id=recent.id)).details == {}


def test_purge_command(tmp_path: Path, db_url: str) -> None:
    env = clean_environment() | {"HUB_DB_URL": db_url, "HUB_DATA_DIR": str(tmp_path / "d")}
    kept = subprocess.run(
        [sys.executable, "-m", "hub", "pii", "purge"], capture_output=True, text=True, env=env
    )
    assert kept.returncode == 0 and "nothing erased" in kept.stdout
    purged = subprocess.run(
        [sys.executable, "-m", "hub", "pii", "purge"],
        capture_output=True,
        text=True,
        env=env | {"HUB_RETENTION_DAYS": "30"},
    )
    assert purged.returncode == 0, purged.stderr
    assert "of 0 closed self-reports erased (30 days kept)" in purged.stdout
    assert not os.path.exists(tmp_path / "d" / "pii_keys")  # nothing sealed, no key made


def test_postgres_needs_the_keys_set() -> None:
    shared = {"db_url": "postgres://hub@db.internal/hub", "secret_key": "s" * 40}
    with pytest.raises(SettingsError, match="HUB_PII_KEYS must be set on PostgreSQL"):
        check_deployment(load_settings(**shared, pii_hash_key=PII_HASH_KEY), 2)
    with pytest.raises(SettingsError, match="HUB_PII_HASH_KEY must be set on PostgreSQL"):
        check_deployment(load_settings(**shared, pii_keys=PII_KEY), 2)
    check_deployment(load_settings(**shared, pii_keys=PII_KEY, pii_hash_key=PII_HASH_KEY), 2)


def test_an_altered_value_does_not_open() -> None:
    ring = Keyring.of([PII_KEY], PII_HASH_KEY)
    sealed = ring.seal("13912345678")
    assert sealed.startswith(ring.sealed_prefix) and ring.open(sealed) == "13912345678"
    assert ring.seal("13912345678") != sealed  # a fresh nonce each time
    flipped = sealed[:-3] + ("A" if sealed[-3] != "A" else "B") + sealed[-2:]
    with pytest.raises(SealError, match="does not open"):
        ring.open(flipped)
    moved = sealed.replace(ring.current, "0" * 8 if ring.current != "0" * 8 else "1" * 8)
    with pytest.raises(SealError, match="which HUB_PII_KEYS lacks"):
        ring.open(moved)
    assert ring.open("pii1:not sealed, typed by someone") == "pii1:not sealed, typed by someone"
    made = subprocess.run(
        [sys.executable, "-m", "hub", "pii", "keygen"], capture_output=True, text=True, check=True
    )
    assert load_settings(pii_keys=made.stdout.strip()).personal_data_keys() == [made.stdout.strip()]
