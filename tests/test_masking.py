"""Personal data never reaches a log line: the masking every log path goes through."""

from __future__ import annotations

import io
import json
import logging
import sys

import pytest

from hub.observability.logs import JsonLines, MaskedText, configure_logging, log_context
from hub.observability.masking import mask_fields, mask_name, mask_text

ID_NUMBER = "35020319900101123X"
MOBILE = "13812345678"


@pytest.mark.parametrize(
    ("text", "secret", "kept"),
    [
        (f"身份证号{ID_NUMBER}，请核实", ID_NUMBER, "350203"),
        ("老身份证 350203900101123 仍可用", "350203900101123", "350203"),
        (f"电话{MOBILE}", MOBILE, "138****5678"),
        ("手机 +86 138-1234-5678 联系", "1234-5678", "138****5678"),
        ("手机 138 1234 5678", "1234 5678", "5678"),
        ("座机0592-5551234", "5551234", "0592-"),
        ("护照号码：E12345678", "E12345678", "护照号码："),
        ("passport X1234567A valid", "X1234567A", "passport "),
        ("港澳通行证C12345678", "C12345678", "通行证"),
        ("回乡证 H1234567801", "H1234567801", "H"),
        ("发到 zhang.san@example.com", "zhang.san", "@example.com"),
    ],
)
def test_numbers_in_free_text_are_masked(text: str, secret: str, kept: str) -> None:
    masked = mask_text(text)
    assert secret not in masked
    assert kept in masked
    assert "*" in masked


@pytest.mark.parametrize(
    "text",
    [
        "工单 XM20261128000123 已签收",
        "GET /api/cases?page=2 200",
        "pid 12345 listening on 127.0.0.1:8080",
        "applied migration 0_20261128220221_init.py",
        "2026-11-30T09:00:00+08:00 到期",
        "request 9f1c2a7e4b6d4c0e8a1b2c3d4e5f6a7b",
    ],
)
def test_ordinary_figures_are_left_alone(text: str) -> None:
    assert mask_text(text) == text


def test_fields_are_masked_by_name_at_any_depth() -> None:
    record = {
        "reporter": {"name": "张三丰", "phone": MOBILE},
        "tenants": [{"name": "李四", "id_number": ID_NUMBER, "moved_in": "2026-11-01"}],
        "landlord_name": "王五",
        "passport": "P98765432",
        "contact_phone": 5925551234,
        "password": "hunter2-but-longer",
        "note": f"租客电话 {MOBILE}",
        "status": "routed",
        "count": 3,
        "urgent": True,
        "logger_name": "hub.access",
    }
    masked = mask_fields(record)
    flat = json.dumps(masked, ensure_ascii=False)
    for secret in ("张三丰", "李四", "王五", MOBILE, ID_NUMBER, "P98765432", "5551234", "hunter2"):
        assert secret not in flat
    assert masked["reporter"]["name"] == "张**"
    assert masked["tenants"][0]["moved_in"] == "2026-11-01"
    assert (masked["status"], masked["count"], masked["urgent"]) == ("routed", 3, True)
    assert masked["logger_name"] == "hub.access"


def test_a_name_keeps_its_first_character() -> None:
    assert mask_name("欧阳娜娜") == "欧***"
    assert mask_name("王") == "王*"


def _record(msg: str, *args: object, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("hub.test", logging.WARNING, __file__, 1, msg, args, None)
    record.__dict__.update(extra)
    return record


def test_a_json_line_carries_context_and_masks_message_and_extras() -> None:
    with log_context(request_id="req-1", case="XM20261130000001"):
        line = JsonLines().format(
            _record("来电 %s 身份证 %s", MOBILE, ID_NUMBER, reporter_name="赵六", step=2)
        )
    entry = json.loads(line)
    assert "\n" not in line
    assert entry["level"] == "WARNING" and entry["logger"] == "hub.test"
    assert (entry["request_id"], entry["case"]) == ("req-1", "XM20261130000001")
    assert entry["reporter_name"] == "赵*" and entry["step"] == 2
    for secret in (MOBILE, ID_NUMBER, "赵六"):
        assert secret not in line


def test_context_ends_with_its_block_and_only_case_numbers_bind() -> None:
    with log_context(request_id=MOBILE, case=ID_NUMBER):
        inside = json.loads(JsonLines().format(_record("x")))
    after = json.loads(JsonLines().format(_record("x")))
    assert MOBILE not in inside["request_id"] and inside["case"] is None
    assert (after["request_id"], after["case"]) == (None, None)


def test_exceptions_are_masked_too() -> None:
    try:
        raise ValueError(f"bad phone {MOBILE}")
    except ValueError:
        record = _record("failed")
        record.exc_info = sys.exc_info()
    for formatter in (JsonLines(), MaskedText()):
        line = formatter.format(record)
        assert "ValueError" in line and MOBILE not in line


@pytest.mark.parametrize(
    ("terminal", "form", "json_lines"),
    [
        (True, "auto", False),
        (False, "auto", True),
        (True, "json", True),
        (False, "text", False),
    ],
)
def test_logs_are_text_for_a_person_at_a_terminal_and_json_for_collectors(
    monkeypatch: pytest.MonkeyPatch, terminal: bool, form: str, json_lines: bool
) -> None:
    stream = io.StringIO()
    monkeypatch.setattr(stream, "isatty", lambda: terminal)
    monkeypatch.setattr(sys, "stderr", stream)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure_logging("INFO", form)
        logging.getLogger("hub.test").info("电话 13812345678")
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    line = stream.getvalue().strip()
    assert line.startswith("{") is json_lines, line
    assert "13812345678" not in line and "138****5678" in line


def test_a_request_the_parser_refuses_is_one_warning_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from aiohttp.http_exceptions import BadHttpMessage

    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        configure_logging("INFO", "json")
        try:
            raise BadHttpMessage("Missing expected CR after header value")
        except BadHttpMessage as exc:
            logging.getLogger("aiohttp.server").error(
                "Error handling request from %s", "10.0.0.9", exc_info=exc
            )
        try:
            raise RuntimeError("a fault of the hub")
        except RuntimeError as exc:
            logging.getLogger("aiohttp.server").error("Error handling request", exc_info=exc)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    refused, fault = (json.loads(line) for line in stream.getvalue().splitlines())
    assert refused["level"] == "WARNING" and "exception" not in refused
    assert "10.0.0.9" in refused["message"] and "Missing expected CR" in refused["message"]
    assert fault["level"] == "ERROR" and "RuntimeError" in fault["exception"]
