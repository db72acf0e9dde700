"""Each report form end to end through POST /api/chat on the trained NLU, to a routed case that
matches what the person said; names, corrections, bad input, cancelling, restarts, status."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from hub.app import create_app
from hub.cases.models import Case, Report
from hub.clock import FrozenClock
from hub.settings import Settings
from intake.models import ChatMessage, Conversation
from nlu.pipeline import NluEngine
from tests.chat_helpers import Person
from tests.chat_scripts import CHEN_ZHIPENG, LI_NA, SCRIPTS, ZHANG_WEI, Script


@pytest.fixture
async def chat(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> AsyncIterator[TestClient]:
    app = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(app)) as client:
        yield client


async def case_of(body: dict) -> Case:
    assert body["case"] is not None, body
    case = await Case.get(number=body["case"]["number"])
    await case.fetch_related("department", "unit", "category")
    return case


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.name for s in SCRIPTS])
async def test_each_form_end_to_end(chat: TestClient, script: Script) -> None:
    person = Person(chat)
    for step in script.steps:
        body = await person.say(step.say)
        for words in step.expect:
            assert words in person.text, f"{step.say!r} -> {person.text!r}"
        if any(r.get("card") for r in body["replies"]) and step is script.steps[-2]:
            card = person.card
            for label, value in script.card.items():
                assert card[label] == value, (label, card)
        if step is not script.steps[-1]:
            assert await Case.all().count() == 0, "nothing is filed before the read-back"
    case = await case_of(body)
    assert body["case"]["due_at"] and body["case"]["number"] in person.text
    await script.check(case)
    report = await Report.get(case_id=case.id).prefetch_related("reporter")
    assert report.conversation_id == person.session_id


async def test_the_tenant_reporter_is_the_landlord_on_record(chat: TestClient) -> None:
    landlord = Person(chat)
    await landlord.say(f"你好，我是房东王丽，电话13912345678，我要登记租客张伟 {ZHANG_WEI}")
    assert "已记下" not in landlord.text or "张伟" in landlord.text
    assert "出租的房子在哪里" in landlord.text, "name, phone and one tenant came with the opening"
    await landlord.say("湖里区台湾街288号")
    assert "已记下1位租客：张伟" in landlord.text and "几个人" in landlord.text
    assert "1" in landlord.buttons
    await landlord.say("就一个")
    await landlord.say("今天")
    body = await landlord.say("/affirm")
    case = await case_of(body)
    report = await Report.get(case_id=case.id).prefetch_related("reporter")
    assert report.reporter.phone == "13912345678" and report.reporter.kind == "landlord"
    assert report.reporter.name == "王丽"
    assert case.details["tenants"] == [{"name": "张伟", "id_number": ZHANG_WEI}]


async def test_answers_that_are_not_names_are_refused(chat: TestClient) -> None:
    person = Person(chat)
    await person.say("我要办居住登记")
    assert "您的姓名" in person.text
    for answer in ("两个", "不知道", "我也不太清楚该怎么填这个", "1395928741"):
        await person.say(answer)
        assert ("姓名" in person.text and "不像姓名" in person.text) or "只发姓名" in person.text
        assert "1395928741" not in person.text, "digits a person typed are not echoed back"
    await person.say("13959287416")
    assert "已记下联系电话" in person.text and "您的姓名" in person.text
    await person.say("庄国栋")
    assert "身份证" in person.text
    await person.say(ZHANG_WEI_TYPO_ALONE)
    assert "校验位不对" in person.text
    await person.say(CHEN_ZHIPENG)
    conversation = await Conversation.get(id=person.session_id)
    slots = conversation.state["slots"]
    assert (slots["name"], slots["id_number"], slots["phone"]) == (
        "庄国栋",
        CHEN_ZHIPENG,
        "13959287416",
    )


async def test_a_yes_before_the_form_is_complete_is_no_ones_name(chat: TestClient) -> None:
    """确认 while a tenant or a name is asked: the question again, not a person called 确认."""
    landlord = Person(chat)
    await landlord.say("我要登记租客，我是房东庄国栋，13906053388，思明区莲前西路188号502，租客2个")
    for answer in ("确认", "确定", "提交"):
        await landlord.say(answer)
        assert f"还需要{answer}的身份证号" not in landlord.text
        assert "租客的姓名和身份证号" in landlord.text
    resident = Person(chat)
    await resident.say("我要办居住登记")
    await resident.say("确认")
    assert "请先发姓名" in resident.text and "已记下" not in resident.text


ZHANG_WEI_TYPO_ALONE = "350203199003071235"


async def test_a_tenant_given_with_their_name_later_corrects_their_id(chat: TestClient) -> None:
    landlord = Person(chat)
    await landlord.say("房子租出去了要登记，我是房东庄国栋，13906053388，思明区莲前西路188号502")
    await landlord.say("2个")
    await landlord.say("李娜")
    assert "还需要李娜的身份证号" in landlord.text
    await landlord.say(f"李娜 {LI_NA}，张伟 {ZHANG_WEI}")
    await landlord.say("3月1日")
    assert landlord.card["租客"] == f"李娜 {LI_NA}\n张伟 {ZHANG_WEI}"
    await landlord.say(f"李娜的身份证号应该是{CHEN_ZHIPENG}")
    assert landlord.card["租客"] == f"李娜 {CHEN_ZHIPENG}\n张伟 {ZHANG_WEI}"


async def test_cancel_abandons_and_files_nothing(chat: TestClient) -> None:
    person = Person(chat)
    await person.say("我要办居住登记")
    await person.say("庄国栋")
    await person.say("取消")
    assert "已取消" in person.text
    conversation = await Conversation.get(id=person.session_id)
    assert conversation.state["form"] is None and "name" not in conversation.state["slots"]
    assert await Case.all().count() == 0
    await person.say("有个外国人住我家")
    assert "境外人员" in person.text, "a new report starts afresh after a cancellation"


async def test_restart_mid_conversation_continues_on_a_new_app(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> None:
    first = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(first)) as client:
        person = Person(client)
        await person.say("我要办居住登记")
        await person.say("庄国栋")
        session = person.session_id
    second = create_app(settings, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(second)) as client:
        person = Person(client, session)
        await person.say(CHEN_ZHIPENG)
        assert "电话" in person.text, "the new server knows the name and the ID were given"
        await person.say("13959287416")
        await person.say("湖里区台湾街288号")
        await person.say("上周一")
        await person.say("务工")
        assert person.card["姓名"] == "庄国栋" and person.card["入住日期"] == "2026年11月23日"
        body = await person.say("/affirm")
    assert (await case_of(body)).category.code == "residence_report"


async def test_status_only_for_the_reporters_phone(chat: TestClient) -> None:
    person = Person(chat)
    number = await person.report_and_confirm(
        "我家楼下烧烤摊天天开到凌晨两点，油烟噪音受不了，在湖里区江头台湾街"
    )
    await person.say("查进度")
    assert number in person.buttons, "the case just filed is offered"

    stranger = Person(chat)
    await stranger.say("我的申报办得怎么样了")
    assert "工单编号" in stranger.text
    await stranger.say(number)
    assert "电话" in stranger.text
    body = await stranger.say("13906053388")
    assert body["case"] is None and "没有找到" in stranger.text
    assert "139****7416" not in stranger.text

    body = await stranger.say(f"帮我查下{number}办到哪了，电话13959287416")
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
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> None:
    limited = settings.model_copy(update={"chat_rate_per_session": 3})
    app = create_app(limited, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(app)) as client:
        person = Person(client)
        for _ in range(3):
            await person.say("你好")
        body = await person.say("你好", status=429)
        assert body["error"]["code"] == "too_many_requests"
        clock.advance(seconds=61)
        await person.say("你好")


async def test_an_address_sending_too_fast_is_slowed(
    orm: str, settings: Settings, clock: FrozenClock, engine: NluEngine
) -> None:
    limited = settings.model_copy(update={"chat_rate_per_address": 2})
    app = create_app(limited, clock=clock, own_database=False, engine=engine)
    async with TestClient(TestServer(app)) as client:
        await Person(client).say("你好")
        await Person(client).say("你好")
        await Person(client).say("你好", status=429)


async def test_a_vague_stay_fills_no_date_and_a_date_is_no_call_for_help(chat: TestClient) -> None:
    host = Person(chat)
    await host.say("你好")
    assert "要办什么事" in host.text and "居住登记" in host.buttons
    await host.say("我家来了个韩国朋友要住几天，需要登记吗")
    await host.say("金敏俊")
    await host.say("护照M12345678")
    assert "住在哪里" in host.text, "the nationality came with the opening message"
    await host.say("思明区莲花新村3栋501")
    assert "哪天入住" in host.text, "住几天 is no arrival date"
    await host.say("昨天")
    await host.say("下周日")
    assert "电话" in host.text and "我可以帮您" not in host.text
    await host.say("13806012345")
    card = host.card
    assert (card["国籍或地区"], card["入住日期"], card["预计离开日期"]) == (
        "韩国",
        "2026年11月29日",
        "2026年12月13日",
    )
