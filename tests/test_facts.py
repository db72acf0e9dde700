"""A report's fields as the case page labels them, for each channel's kind of details."""

from __future__ import annotations

from agencies.facts import report_facts


def test_a_referral_shows_its_task_people_and_officer_under_chinese_labels() -> None:
    details = {
        "task": {"id": 7, "external_id": "JW-2026-0042", "type": "入户走访"},
        "station": "江头派出所",
        "place": "台湾街288号",
        "people": [{"name": "陈大海", "phone": "13959211234", "role": "户主"}, {"name": "林小红"}],
        "officer": "陈警官",
        "note": None,
    }
    assert report_facts(details) == [
        ("警务任务", "JW-2026-0042 · 入户走访"),
        ("派出所", "江头派出所"),
        ("任务地点", "台湾街288号"),
        ("涉及人员", "陈大海 13959211234（户主）\n林小红"),
        ("推送民警", "陈警官"),
    ]


def test_an_open311_request_shows_its_standard_fields_and_client() -> None:
    details = {
        "open311": {
            "service_code": "streetlight",
            "description": "路灯不亮",
            "address_string": "集美区杏林",
            "attributes": {"night": "yes"},
        },
        "system": "市民热线",
    }
    assert report_facts(details) == [
        ("服务代码", "streetlight"),
        ("地址", "集美区杏林"),
        ("附加信息", '{"night": "yes"}'),
        ("来源系统", "市民热线"),
    ]


def test_details_of_no_known_kind_are_shown_under_their_own_keys() -> None:
    assert report_facts({"source": "测试", "empty": "", "list": []}) == [("source", "测试")]
