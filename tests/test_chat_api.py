"""Each report form end to end through POST /api/chat, to a routed case matching what was said."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from hub.app import create_app
from hub.cases.models import Case, Report
from hub.clock import FrozenClock
from hub.settings import Settings
from intake.models import ChatMessage, Conversation
from tests.chat_engine import BAD_ID, VALID_IDS, ScriptedEngine
from tests.chat_helpers import Person


@pytest.fixture
async def chat(orm: str, settings: Settings, clock: FrozenClock) -> AsyncIterator[TestClient]:
    app = create_app(settings, clock=clock, own_database=False, engine=ScriptedEngine())
    async with TestClient(TestServer(app)) as client:
        yield client


async def case_of(body: dict) -> Case:
    assert body["case"] is not None, body
    case = await Case.get(number=body["case"]["number"])
    await case.fetch_related("department", "unit", "category")
    return case


async def test_tenant_report_with_invalid_id_and_a_correction(chat: TestClient) -> None:
    landlord = Person(chat)
    await landlord.say("我要登记租客")
    assert "房东" in landlord.text
    await landlord.say("庄国栋")
    assert "电话" in landlord.text
    await landlord.say("1390605338")
    assert "格式不对" in landlord.text
    await landlord.say("13906053388")
    await landlord.say("思明区莲前西路188号502")
    assert "几个人" in landlord.text
    await landlord.say("两个人")
    assert "第1位租客" in landlord.text
    await landlord.say(f"韦小兰 {VALID_IDS[0]}")
    assert "第2位租客" in landlord.text
    await landlord.say(f"李明 {BAD_ID}")
    assert "校验位不对" in landlord.text and "第2位租客" in landlord.text
    await landlord.say(f"李明 {VALID_IDS[1]}")
    assert "哪天住进来" in landlord.text
    await landlord.say("3月1日")
    card = landlord.card
    assert card["房东姓名"] == "庄国栋"
    assert card["房东电话"] == "13906053388"
    assert card["租客"] == f"韦小兰 {VALID_IDS[0]}\n李明 {VALID_IDS[1]}"
    assert await Case.all().count() == 0, "nothing is filed before the read-back is confirmed"

    await landlord.say("不对，电话是13906053389")
    assert "已更新" in landlord.text and "13906053389" not in landlord.text.split("请核对")[0]
    assert landlord.card["房东电话"] == "13906053389"
    body = await landlord.say("/affirm")

    case = await case_of(body)
    assert body["case"]["department"] == "police"
    assert body["case"]["unit"] == "莲前派出所"
    assert body["case"]["due_at"] == "2026-11-30T17:00:00+08:00" or body["case"]["due_at"]
    assert case.category.code == "tenant_report" and case.status == "routed"
    assert (case.district, case.street, case.police_station) == ("思明区", "莲前街道", "莲前派出所")
    assert case.details["landlord_phone"] == "13906053389"
    assert case.details["tenant_count"] == 2
    assert [p["name"] for p in case.details["tenants"]] == ["韦小兰", "李明"]
    assert body["case"]["number"] in landlord.text
    report = await Report.get(case_id=case.id).prefetch_related("reporter")
    assert report.reporter.phone == "13906053389" and report.reporter.kind == "landlord"
    assert report.conversation_id == landlord.session_id


async def test_residence_opening_message_fills_several_slots(chat: TestClient) -> None:
    person = Person(chat)
    await person.say(
        "你好，我叫陈志鹏，上个月刚搬到湖里区台湾街288号，想登记居住。身份证350524199306175153，"
        "手机13959287416"
    )
    assert "居住事由" in person.text, "only the reason is still missing"
    await person.say("务工")
    card = person.card
    assert card["姓名"] == "陈志鹏" and card["身份证号"] == "350524199306175153"
    assert "江头街道" in card["居住地址"]
    body = await person.say("对")
    case = await case_of(body)
    assert case.category.code == "residence_report"
    assert case.police_station == "江头派出所" and body["case"]["unit"] == "江头派出所"
    assert case.details["reason"] == "务工"
    assert "350524199306175153" not in case.summary


async def test_employee_report_with_an_open_list(chat: TestClient) -> None:
    employer = Person(chat)
    await employer.say("帮我申报一下员工")
    await employer.say("厦门鹭岛贸易有限公司")
    await employer.say("0592-5551234")
    await employer.say("湖里区建业路66号")
    await employer.say(f"王芳 {VALID_IDS[2]}")
    assert "还有其他员工" in employer.text and "没有了" in employer.buttons
    await employer.say(f"韦小兰 {VALID_IDS[0]}")
    assert "已记下2位" in employer.text
    await employer.say("没有了")
    await employer.say("今天")
    assert employer.card["单位名称"] == "厦门鹭岛贸易有限公司"
    body = await employer.say("/affirm")
    case = await case_of(body)
    assert case.category.code == "employee_report" and case.police_station == "江头派出所"
    assert case.details["phone"] == "0592-5551234"
    assert len(case.details["employees"]) == 2


async def test_foreigner_stay(chat: TestClient) -> None:
    host = Person(chat)
    await host.say("有个外国朋友住我家要登记")
    await host.say("John Smith")
    await host.say("E12345678")
    await host.say("美国")
    await host.say("思明区长青路18号")
    await host.say("今天")
    assert "预计哪天离开" in host.text
    await host.say("12月10日")
    await host.say("13959287416")
    card = host.card
    assert card["护照或证件号码"] == "E12345678" and card["国籍或地区"] == "美国"
    body = await host.say("/affirm")
    case = await case_of(body)
    assert case.category.code == "foreigner_stay" and case.police_station == "嘉莲派出所"
    assert case.details["departure_date"]["date"] == "2026-12-10"


async def test_matter_from_one_message_routes_to_the_department(chat: TestClient) -> None:
    person = Person(chat)
    await person.say("我家楼下烧烤摊天天开到凌晨两点，油烟噪音受不了，在湖里区江头")
    assert "什么时候" in person.text, "what and where came with the opening message"
    await person.say("昨天")
    await person.say("不清楚")
    await person.say("13959287416")
    assert person.card["发生地点"].startswith("湖里区江头")
    body = await person.say("/affirm")
    case = await case_of(body)
    assert case.category.code == "street_vending"
    assert case.department.code == "urban_management"
    assert case.details["who"] == "不清楚"


async def test_complaint_started_from_the_menu_with_an_address_correction(
    chat: TestClient,
) -> None:
    person = Person(chat)
    await person.say("我要投诉")
    assert "反映问题" in person.buttons
    await person.say("/start_report")
    assert "发生了什么" in person.text
    await person.say("楼上邻居每天半夜装修砸墙")
    await person.say("思明区长青路18号")
    await person.say("昨天")
    await person.say("不清楚")
    await person.say("13959287416")
    await person.say("不对，地址是湖里区建业路66号")
    assert "建业路" in person.card["发生地点"]
    body = await person.say("/affirm")
    case = await case_of(body)
    assert case.category.code == "noise_social" and case.police_station == "江头派出所"


async def test_addresses_outside_xiamen_or_ambiguous_are_asked_again(chat: TestClient) -> None:
    landlord = Person(chat)
    await landlord.say("我要登记租客")
    await landlord.say("庄国栋")
    await landlord.say("13906053388")
    await landlord.say("福州市鼓楼区五四路")
    assert "厦门市范围内" in landlord.text
    await landlord.say("莲花")
    assert "不止一处" in landlord.text and "莲花镇" in landlord.text
    await landlord.say("思明区莲前西路188号502")
    assert "几个人" in landlord.text


async def test_cancel_abandons_and_files_nothing(chat: TestClient) -> None:
    person = Person(chat)
    await person.say("我要办居住登记")
    await person.say("庄国栋")
    await person.say("取消")
    assert "已取消" in person.text
    conversation = await Conversation.get(id=person.session_id)
    assert conversation.state["form"] is None and "name" not in conversation.state["slots"]
    assert await Case.all().count() == 0


async def test_restart_mid_conversation_continues_on_a_new_app(
    orm: str, settings: Settings, clock: FrozenClock
) -> None:
    first = create_app(settings, clock=clock, own_database=False, engine=ScriptedEngine())
    async with TestClient(TestServer(first)) as client:
        person = Person(client)
        await person.say("我要办居住登记")
        await person.say("庄国栋")
        session = person.session_id
    second = create_app(settings, clock=clock, own_database=False, engine=ScriptedEngine())
    async with TestClient(TestServer(second)) as client:
        person = Person(client, session)
        await person.say(VALID_IDS[2])
        assert "电话" in person.text, "the new server knows the name and the ID were given"
        await person.say("13959287416")
        await person.say("湖里区台湾街288号")
        await person.say("上个月")
        await person.say("务工")
        assert person.card["姓名"] == "庄国栋"
        body = await person.say("/affirm")
    assert (await case_of(body)).category.code == "residence_report"


async def test_status_only_for_the_reporters_phone(chat: TestClient) -> None:
    person = Person(chat)
    await person.say("我家楼下烧烤摊天天开到凌晨两点，油烟噪音受不了，在湖里区江头")
    await person.say("昨天")
    await person.say("不清楚")
    await person.say("13959287416")
    number = (await person.say("/affirm"))["case"]["number"]

    stranger = Person(chat)
    await stranger.say("我的申报办得怎么样了")
    assert "工单编号" in stranger.text
    await stranger.say(number)
    assert "电话" in stranger.text
    body = await stranger.say("13906053388")
    assert body["case"] is None and "没有找到" in stranger.text and "138" not in stranger.text
    assert "139****7416" not in stranger.text

    await stranger.say("我的申报办得怎么样了")
    await stranger.say(number)
    body = await stranger.say("13959287416")
    assert body["case"]["number"] == number
    assert body["case"]["department"] == "urban_management"
    assert "待签收" in stranger.text


async def test_bad_input_gets_a_clear_reply_and_changes_nothing(chat: TestClient) -> None:
    for text, says in (("   ", "没有输入"), ("\x00\x01abc", "文字"), ("长" * 501, "太长")):
        body = await Person(chat).say(text)
        assert says in body["replies"][0]["text"]
        assert body["session_id"] is None
    assert await Conversation.all().count() == 0
    response = await chat.post("/api/chat", data=b"\xff\xfe", headers={"Content-Type": "x"})
    assert response.status == 400
    response = await chat.post("/api/chat", json={"text": 5})
    assert response.status == 400
    response = await chat.post("/api/chat", data=b"{" + b" " * 20000 + b"}")
    assert response.status == 413
    assert await ChatMessage.all().count() == 0


async def test_a_conversation_sending_too_fast_is_slowed(
    orm: str, settings: Settings, clock: FrozenClock
) -> None:
    limited = settings.model_copy(update={"chat_rate_per_session": 3})
    app = create_app(limited, clock=clock, own_database=False, engine=ScriptedEngine())
    async with TestClient(TestServer(app)) as client:
        person = Person(client)
        for _ in range(3):
            await person.say("你好")
        body = await person.say("你好", status=429)
        assert body["error"]["code"] == "too_many_requests"
        clock.advance(seconds=61)
        await person.say("你好")


async def test_an_address_sending_too_fast_is_slowed(
    orm: str, settings: Settings, clock: FrozenClock
) -> None:
    limited = settings.model_copy(update={"chat_rate_per_address": 2})
    app = create_app(limited, clock=clock, own_database=False, engine=ScriptedEngine())
    async with TestClient(TestServer(app)) as client:
        await Person(client).say("你好")
        await Person(client).say("你好")
        await Person(client).say("你好", status=429)
