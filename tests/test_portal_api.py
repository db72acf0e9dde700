"""The portal's JSON API: the queue, and the case actions departments and operators take."""

from __future__ import annotations

from datetime import timedelta

from aiohttp.test_utils import TestClient

from agencies.catalog import catalogue
from agencies.enums import Role
from hub.cases import flows
from hub.cases.enums import Channel
from hub.cases.models import Case, CaseAssist, CaseEvent
from hub.clock import FrozenClock
from nlu.meaning import Meaning, Scored
from routing.decide import decide
from tests.factories import account, file_case, place, sign_in


async def _post(client: TestClient, path: str, body: dict, headers: dict[str, str]) -> dict:
    response = await client.post(path, json=body, headers=headers)
    assert response.status == 200, await response.text()
    return await response.json()


async def _error(client: TestClient, path: str, body: dict, headers: dict[str, str]) -> tuple:
    response = await client.post(path, json=body, headers=headers)
    return response.status, (await response.json())["error"]["message"]


async def test_department_signs_extends_and_resolves_with_the_hub_approving(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    await account("hr-staff", Role.STAFF, "human_resources")
    await account("operator", Role.OPERATOR)
    staff = await sign_in(client, "hr-staff")
    url = f"/api/cases/{case.number}"
    signed = await _post(client, f"{url}/sign", {"version": case.version}, staff)
    assert (signed["status"], signed["assignee"]) == ("signed", "hr-staff")
    stale = await _error(client, f"{url}/sign", {"version": case.version}, staff)
    assert stale[0] == 409
    await _post(client, f"{url}/notes", {"text": "已约谈包工头"}, staff)
    asked = await _post(
        client, f"{url}/extension", {"length": "5d", "reason": "需劳动监察现场取证"}, staff
    )
    assert [e["kind"] for e in asked["timeline"]][-1] == "extension_requested"
    refused = await _error(client, f"{url}/extension-decision", {"decision": "approve"}, staff)
    assert refused[0] == 403

    operator = await sign_in(client, "operator")
    pending = await (await client.get("/portal/extensions")).text()
    assert case.number in pending and "需劳动监察现场取证" in pending
    due_before = (await Case.get(id=case.id)).resolve_due_at
    await _post(client, f"{url}/extension-decision", {"decision": "approve"}, operator)
    assert (await Case.get(id=case.id)).resolve_due_at > due_before  # type: ignore[operator]

    staff = await sign_in(client, "hr-staff")
    current = (await Case.get(id=case.id)).version
    resolved = await _post(
        client,
        f"{url}/resolve",
        {"text": "已督促支付全部欠薪", "result": "resolved", "version": current},
        staff,
    )
    assert resolved["status"] == "resolved"
    assert resolved["resolution"] == {"text": "已督促支付全部欠薪", "result": "resolved"}


async def test_return_and_redispatch_by_the_hub(client: TestClient, clock: FrozenClock) -> None:
    case = await file_case(clock.now(), category="dispute_labor")
    await account("hr-staff", Role.STAFF, "human_resources")
    await account("operator", Role.OPERATOR)
    staff = await sign_in(client, "hr-staff")
    url = f"/api/cases/{case.number}"
    assert (await _error(client, f"{url}/return", {"reason": "  "}, staff))[0] == 400
    returned = await _post(client, f"{url}/return", {"reason": "属于劳动仲裁受理范围"}, staff)
    assert returned["status"] == "returned"
    mine = await (await client.get("/api/cases?tab=returned")).json()
    assert [c["number"] for c in mine["cases"]] == [case.number]  # it follows what it returned
    assert (await _error(client, f"{url}/sign", {}, staff))[0] == 403

    operator = await sign_in(client, "operator")
    queue = await (await client.get("/api/cases?tab=returned")).json()
    assert [c["number"] for c in queue["cases"]] == [case.number]
    again = await _error(client, f"{url}/dispatch", {"department": "human_resources"}, operator)
    assert again[0] == 422  # the department that returned it is excluded
    sent = await _post(
        client,
        f"{url}/dispatch",
        {"department": "labor_arbitration", "reason": "劳动争议"},
        operator,
    )
    assert (sent["status"], sent["department"]) == ("routed", "labor_arbitration")

    staff = await sign_in(client, "hr-staff")
    gone = await client.get(f"{url}")
    assert gone.status == 404  # dispatched elsewhere: no longer the returning department's


async def test_triage_cases_are_dispatched_by_hand_to_a_unit(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now(), category="other", text="有个事情想反映一下")
    await account("operator", Role.OPERATOR)
    operator = await sign_in(client, "operator")
    triage = await (await client.get("/api/cases")).json()
    assert [c["number"] for c in triage["cases"]] == [case.number]
    assert triage["counts"]["triage"] == 1
    bad_unit = await _error(
        client,
        f"/api/cases/{case.number}/dispatch",
        {"department": "huli_district", "unit": "不存在的街道"},
        operator,
    )
    assert bad_unit[0] == 400
    sent = await _post(
        client,
        f"/api/cases/{case.number}/dispatch",
        {"department": "huli_district", "unit": "江头街道", "category": "dispute_neighbor"},
        operator,
    )
    assert (sent["department"], sent["unit"], sent["category"]) == (
        "huli_district",
        "江头街道",
        "dispute_neighbor",
    )


async def test_co_handlers_give_opinions_and_supervisors_assign(
    client: TestClient, clock: FrozenClock
) -> None:
    case = await file_case(clock.now(), category="dispute_labor")  # assisted by labor_arbitration
    await account("hr-staff", Role.STAFF, "human_resources")
    await account("hr-staff-2", Role.STAFF, "human_resources")
    await account("hr-lead", Role.SUPERVISOR, "human_resources")
    await account("arb-staff", Role.STAFF, "labor_arbitration")
    url = f"/api/cases/{case.number}"

    arbitration = await sign_in(client, "arb-staff")
    assist = await (await client.get("/api/cases?tab=assist")).json()
    assert [c["number"] for c in assist["cases"]] == [case.number]
    await _post(client, f"{url}/opinion", {"text": "建议先行调解，必要时申请仲裁"}, arbitration)
    opinion = await CaseAssist.get(case_id=case.id)
    assert opinion.opinion == "建议先行调解，必要时申请仲裁"
    assert (await _error(client, f"{url}/sign", {}, arbitration))[0] == 403

    staff = await sign_in(client, "hr-staff")
    assert (await _error(client, f"{url}/opinion", {"text": "牵头部门"}, staff))[0] == 403
    assert (await _error(client, f"{url}/assignee", {"assignee": "hr-staff-2"}, staff))[0] == 403
    await _post(client, f"{url}/sign", {}, staff)

    lead = await sign_in(client, "hr-lead")
    outsider = await _error(client, f"{url}/assignee", {"assignee": "arb-staff"}, lead)
    assert outsider[0] == 400
    assigned = await _post(client, f"{url}/assignee", {"assignee": "hr-staff-2"}, lead)
    assert assigned["assignee"] == "hr-staff-2"
    assert await CaseEvent.filter(case_id=case.id, kind="assigned").count() == 1

    second = await sign_in(client, "hr-staff-2")
    mine = await (await client.get("/api/cases?tab=mine")).json()
    assert [c["number"] for c in mine["cases"]] == [case.number]
    assert second


async def test_personal_data_is_masked_until_the_lead_reveals_it(
    client: TestClient, clock: FrozenClock
) -> None:
    text = "工地拖欠工资，我电话13812345678，身份证350203199001011234"
    case = await file_case(clock.now(), category="dispute_labor", text=text)
    await account("hr-staff", Role.STAFF, "human_resources")
    await account("arb-staff", Role.STAFF, "labor_arbitration")
    lead = await sign_in(client, "hr-staff")
    lead_view = await (await client.get(f"/portal/cases/{case.number}")).text()
    assert "13812345678" not in lead_view and "350203********1234" in lead_view
    assert "显示个人信息" in lead_view
    revealed = await client.post(f"/api/cases/{case.number}/personal-data", headers=lead)
    shown = await revealed.json()
    assert "13812345678" in shown["reports"][0]["text"]
    assert "350203199001011234" in shown["reports"][0]["text"]
    await sign_in(client, "arb-staff")
    assist_view = await (await client.get(f"/portal/cases/{case.number}")).text()
    assert "13812345678" not in assist_view and "138****5678" in assist_view
    assert "350203199001011234" not in assist_view and "350203********1234" in assist_view
    assert "显示个人信息" not in assist_view
    api = await (await client.get(f"/api/cases/{case.number}")).json()
    assert "13812345678" not in api["summary"]
    listed = await (await client.get("/api/cases?tab=assist")).json()
    assert "13812345678" not in listed["cases"][0]["summary"]


TENANT_FORM = {
    "form": "tenant_form",
    "landlord_name": "王建国",
    "landlord_phone": "13859012346",
    "address": {"text": "思明区前埔路168号3楼", "district": "思明区", "street": "莲前街道"},
    "tenant_count": 2,
    "tenants": [
        {"name": "张伟", "id_number": "35020319900101123X"},
        {"name": "李娜", "id_number": "350203199202023456"},
    ],
    "move_in_date": {"text": "12月1号", "date": "2026-12-01"},
}


async def test_a_chat_report_shows_its_form_labels_not_its_slot_names(
    client: TestClient, clock: FrozenClock
) -> None:
    meaning = Meaning("租客登记", "tenant_report", 1.0, place=place("前埔路"))
    report = flows.NewReport(Channel.CHAT, "租客登记：思明区前埔路168号3楼，2人", TENANT_FORM)
    decision = decide(meaning, catalogue(), threshold=0.3)
    filed = await flows.open_case(report, decision, now=clock.now(), duplicate_window=timedelta(0))
    case = filed.case
    await account("police-staff", Role.STAFF, "police")
    staff = await sign_in(client, "police-staff")
    masked = await (await client.get(f"/portal/cases/{case.number}")).text()
    assert "房东姓名" in masked and "王建国" not in masked and "王**" in masked
    reveal = f"/portal/cases/{case.number}/personal-data"
    page = await (await client.post(reveal, headers=staff)).text()
    for shown in (
        "房东姓名",
        "王建国",
        "出租房屋地址",
        "思明区前埔路168号3楼（思明区 莲前街道）",
        "租住人数",
        "2人",
        "张伟 35020319900101123X\n李娜 350203199202023456",
        "入住日期",
        "2026年12月1日",
    ):
        assert shown in page, shown
    assert "自主申报，由住址所属派出所受理" in page
    for slot_name in (
        "landlord_name",
        "tenant_count",
        "move_in_date",
        "tenant_form",
        "{'",
        "_station",
    ):
        assert slot_name not in page, slot_name
    await account("hr-staff", Role.STAFF, "human_resources")
    await sign_in(client, "hr-staff")
    assert (await client.get(f"/portal/cases/{case.number}")).status == 404


async def test_queue_pages_by_keyset_with_filters_and_search(
    client: TestClient, clock: FrozenClock
) -> None:
    numbers = []
    for i in range(7):
        where = "台湾街" if i % 2 else "中山路"
        case = await file_case(
            clock.now(), category="dispute_labor", where=where, text=f"欠薪{i}号"
        )
        numbers.append(case.number)
        clock.advance(minutes=7)
    await file_case(clock.now(), category="noise_industrial", where="五缘湾")  # not theirs
    await account("hr-staff", Role.STAFF, "human_resources")
    await sign_in(client, "hr-staff")

    seen: list[str] = []
    url = "/api/cases?tab=to_sign&limit=3"
    while True:
        page = await (await client.get(url)).json()
        seen += [c["number"] for c in page["cases"]]
        if not page["next_cursor"]:
            break
        url = f"/api/cases?tab=to_sign&limit=3&cursor={page['next_cursor']}"
    assert seen == numbers  # earliest sign-off limit first, each once
    assert page["counts"]["to_sign"] == 7

    by_text = await (await client.get("/api/cases?tab=all&q=欠薪3号")).json()
    assert [c["number"] for c in by_text["cases"]] == [numbers[3]]
    by_number = await (await client.get(f"/api/cases?tab=all&q={numbers[5].lower()}")).json()
    assert [c["number"] for c in by_number["cases"]] == [numbers[5]]
    in_district = await (await client.get("/api/cases?tab=all&district=湖里区")).json()
    assert len(in_district["cases"]) == 3  # 台湾街 is in 湖里区
    first = await (await client.get("/api/cases?tab=all&limit=2")).json()
    assert [c["number"] for c in first["cases"]] == numbers[::-1][:2]  # newest first
    today = clock.now().date().isoformat()
    dated = await (await client.get(f"/api/cases?tab=all&from={today}&to={today}")).json()
    assert len(dated["cases"]) == 7
    none = await (await client.get("/api/cases?tab=all&from=2020-01-01&to=2020-01-02")).json()
    assert none["cases"] == []

    clock.advance(days=3)
    await sign_in(client, "hr-staff")
    overdue = await (await client.get("/api/cases?tab=overdue")).json()
    assert len(overdue["cases"]) == 7
    assert {c["deadline"]["tone"] for c in overdue["cases"]} == {"overdue"}
    csv = await client.get("/portal/queue.csv?tab=overdue")
    assert csv.status == 200
    body = (await csv.read()).decode("utf-8-sig")
    assert body.splitlines()[0].startswith("工单编号,类别")
    assert len(body.splitlines()) == 8


async def test_countdown_tones(clock: FrozenClock, orm: str) -> None:
    from agencies.countdown import countdown

    case = await file_case(clock.now(), category="dispute_labor")
    assert case.sign_due_at is not None and case.routed_at is not None
    window = case.sign_due_at - case.routed_at
    tones = [countdown(case, case.routed_at + window * share) for share in (0.1, 0.6, 0.9, 1.1)]
    assert [t.tone for t in tones if t] == ["ok", "soon", "urgent", "overdue"]
    late = countdown(case, case.sign_due_at + timedelta(hours=26, minutes=5))
    assert late is not None and late.text == "超期 1天2小时"


async def test_the_portal_api_is_in_the_openapi_document(client: TestClient) -> None:
    spec = await (await client.get("/api/openapi.json")).json()
    expected = {
        "/api/session",
        "/api/cases",
        "/api/cases/{number}/sign",
        "/api/cases/{number}/return",
        "/api/cases/{number}/resolve",
        "/api/cases/{number}/extension",
        "/api/cases/{number}/extension-decision",
        "/api/cases/{number}/dispatch",
        "/api/cases/{number}/assignee",
        "/api/cases/{number}/opinion",
        "/api/dashboard",
        "/api/outbox/dead",
    }
    assert expected <= set(spec["paths"])
    assert set(spec["paths"]["/api/session"]) == {"get", "post", "delete"}
    sign = spec["paths"]["/api/cases/{number}/sign"]["post"]
    assert "X-CSRF-Token" in [p["name"] for p in sign["parameters"]]


async def test_triage_rows_show_the_routing_suggestion(
    client: TestClient, clock: FrozenClock
) -> None:
    text = "小区门口有人摆摊卖东西"
    meaning = Meaning(
        text,
        "street_vending",
        0.3,
        (Scored("street_vending", 0.3), Scored("dispute_neighbor", 0.2)),
        place=place("台湾街"),
    )
    decision = decide(meaning, catalogue(), threshold=0.45)
    assert decision.to_triage and decision.suggestions
    await flows.open_case(
        flows.NewReport(Channel.API, text), decision, now=clock.now(), duplicate_window=timedelta(0)
    )
    await account("operator", Role.OPERATOR)
    await sign_in(client, "operator")
    html = await (await client.get("/portal/queue?tab=triage")).text()
    assert "建议：厦门市城市管理行政执法局 · 占道经营与流动摊贩 30%" in html
