"""E-mail that never gets lost: queued with the change, delivered to a real SMTP server on loopback,
retried while the server is down, given up on (dead) after a bounded number of tries."""

from __future__ import annotations

import asyncio
import email
import email.policy
import mailbox
import os
import shutil
import ssl
import sys
from asyncio.subprocess import PIPE
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import BinaryIO

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from agencies.access import SYSTEM
from agencies.catalog import catalogue
from agencies.models import Department
from hub.cases import flows
from hub.cases.enums import ResolutionResult
from hub.cases.models import Case
from hub.clock import FrozenClock
from hub.errors import Conflict, Forbidden, RuleViolation, TransitionNotAllowed
from hub.outbox import flows as outbox
from hub.outbox.channels import default_deliverers
from hub.outbox.mail import MaildirDeliverer, SmtpDeliverer, SmtpServer, email_deliverer
from hub.outbox.models import OutboxChannel, OutboxMessage, OutboxStatus
from hub.outbox.sender import Deliverers, SendReport, send_due
from hub.outbox.service import dead_messages, queue_summary
from hub.settings import Settings
from hub.sla import flows as sla
from hub.tasks.flows import add_system
from intake.models import ChatMessage, Conversation
from tests.conftest import PII_ENV
from tests.factories import OPERATOR, file_case, staff_of
from tests.mailserver import (
    Inbox,
    MailServer,
    free_port,
    mail_server,
    self_signed,
    tls_options,
)

HR = "human-resources@xiamen-hub.example"
HUB = "dispatch@xiamen-hub.example"


def read_email(handle: BinaryIO) -> EmailMessage:
    message = email.message_from_binary_file(handle, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def smtp(url: str) -> Deliverers:
    deliverers = Deliverers()
    deliverers.register(OutboxChannel.EMAIL, SmtpDeliverer(SmtpServer.from_url(url), "hub@xm.test"))
    return deliverers


async def queued() -> list[tuple[str, str]]:
    return [(m.recipient, m.subject or "") for m in await OutboxMessage.all().order_by("id")]


async def test_routing_queues_an_email_to_the_department(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    (message,) = await OutboxMessage.all()
    assert (message.channel, message.recipient, message.case_id) == ("email", HR, case.id)
    assert (
        message.subject
        == f"【新工单】{case.number} 劳务劳资纠纷(欠薪)，请于2026年11月30日 11:00前签收"
    )
    assert "厦门市人力资源和社会保障局：" in message.body
    assert f"查看工单：http://127.0.0.1:8080/portal/cases/{case.number}" in message.body
    assert (message.status, message.attempts, message.next_attempt_at) == (
        OutboxStatus.PENDING,
        0,
        clock.now(),
    )


async def test_a_change_that_loses_queues_nothing(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    await flows.return_case(case.number, reason="非本部门职责", actor=SYSTEM, now=clock.now())
    results = await asyncio.gather(
        *(
            flows.dispatch(
                case.number,
                department=code,
                actor=OPERATOR,
                now=clock.now(),
                expected_version=case.version + 1,
            )
            for code in ("labor_arbitration", "justice", "urban_management")
        ),
        return_exceptions=True,
    )
    assert sum(isinstance(r, Case) for r in results) == 1
    assert all(isinstance(r, Case | Conflict | TransitionNotAllowed) for r in results), results
    winner = next(r for r in results if isinstance(r, Case))
    department = await Department.get(id=winner.department_id)
    # Routed to HR, the return to the hub, and one dispatch: the losers' messages rolled back.
    assert [to for to, _ in await queued()] == [HR, HUB, department.email]


async def test_who_hears_about_returns_extensions_and_reopening(
    orm: str, clock: FrozenClock
) -> None:
    case = await file_case(clock.now())
    await flows.return_case(
        case.number,
        reason="应由仲裁院处理",
        actor=await staff_of("human_resources"),
        now=clock.now(),
    )
    await flows.dispatch(case.number, department="labor_arbitration", actor=SYSTEM, now=clock.now())
    staff = await staff_of("labor_arbitration")
    await flows.sign(case.number, actor=staff, now=clock.now())
    await sla.request_extension(
        case.number, length="3d", reason="需要调查取证", actor=staff, now=clock.now()
    )
    await sla.decide_extension(
        case.number, approve=False, note="案情简单", actor=OPERATOR, now=clock.now()
    )
    await flows.resolve(
        case.number, text="已调解", result=ResolutionResult.RESOLVED, actor=staff, now=clock.now()
    )
    await flows.reopen(case.number, reason="工资仍未发放", actor=SYSTEM, now=clock.now())
    arbitration = "labor-arbitration@xiamen-hub.example"
    assert [to for to, _ in await queued()] == [HR, HUB, arbitration, HUB, arbitration, arbitration]
    subjects = [s for _, s in await queued()]
    assert subjects[1] == f"【退单】工单 {case.number} 被厦门市人力资源和社会保障局退回，请重新分拨"
    assert (
        subjects[3] == f"【延期申请】厦门市劳动人事争议仲裁院申请工单 {case.number} 延期3个工作日"
    )
    assert subjects[4] == f"【延期未批准】工单 {case.number} 办结期限仍为2026年12月9日 17:30"
    assert subjects[5] == f"【重办】工单 {case.number} 需重新办理，请于2026年12月9日 17:30前办结"
    refused = await OutboxMessage.get(subject=subjects[4])
    assert "驳回理由：案情简单" in refused.body


async def test_delivery_to_a_real_smtp_server(orm: str, clock: FrozenClock) -> None:
    case = await file_case(clock.now())
    with mail_server() as server:
        report = await send_due(smtp(server.url), clock)
    assert report == SendReport(sent=1)
    (received,) = server.inbox.messages
    assert received["To"] == HR
    assert received["Subject"].startswith(f"【新工单】{case.number}")
    assert received["From"].addresses[0].display_name == "厦门市社会治理协同中枢"
    assert received["Message-ID"] == "<outbox-1@xm.test>"
    assert received["X-Hub-Case"] == case.number
    body = received.get_content()
    assert f"http://127.0.0.1:8080/portal/cases/{case.number}" in body
    message = await OutboxMessage.get()
    assert (message.status, message.attempts, message.sent_at) == ("sent", 1, clock.now())


async def test_retried_while_the_server_is_down(orm: str, clock: FrozenClock) -> None:
    for category in ("dispute_labor", "street_vending", "dispute_neighbor"):
        await file_case(clock.now(), category=category, where="华荣路")
    server = MailServer(Inbox())
    deliverers = smtp(server.url)
    report = await send_due(deliverers, clock)  # nobody listens on the port
    assert report == SendReport(retrying=3)
    for message in await OutboxMessage.all():
        assert (message.status, message.attempts) == ("pending", 1)
        assert message.next_attempt_at == clock.now() + timedelta(minutes=1)
        assert message.last_error is not None and "无法连接邮件服务器" in message.last_error
    assert await send_due(deliverers, clock) == SendReport()  # not due again yet

    server.start()
    try:
        clock.advance(minutes=1)
        assert await send_due(deliverers, clock) == SendReport(sent=3)
        assert len(server.inbox.messages) == 3
        server.stop()  # the kept-open connection dies with the server
        await file_case(clock.now())
        assert await send_due(deliverers, clock) == SendReport(retrying=1)
        server.start()
        clock.advance(minutes=1)
        assert await send_due(deliverers, clock) == SendReport(sent=1)
    finally:
        server.stop()
        await deliverers.close()
    assert len(server.inbox.by_id()) == 4


async def test_dead_after_a_bounded_number_of_tries(orm: str, clock: FrozenClock) -> None:
    await file_case(clock.now())
    policy = outbox.RetryPolicy(max_attempts=4)
    server = MailServer(Inbox())
    deliverers = smtp(server.url)
    waits = []
    for _ in range(3):
        assert await send_due(deliverers, clock, policy=policy) == SendReport(retrying=1)
        message = await OutboxMessage.get()
        waits.append(message.next_attempt_at - clock.now())
        clock.set(message.next_attempt_at)
    assert waits == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert await send_due(deliverers, clock, policy=policy) == SendReport(dead=1)
    dead = await dead_messages()
    assert [(d["recipient"], d["attempts"], d["channel"]) for d in dead] == [(HR, 4, "email")]
    assert "无法连接邮件服务器" in dead[0]["last_error"]
    assert (await queue_summary()) == {"email": {"dead": 1}}

    clock.advance(hours=1)
    assert await send_due(deliverers, clock, policy=policy) == SendReport()  # dead stays dead
    with pytest.raises(Forbidden):
        await outbox.retry_dead(dead[0]["id"], actor=await staff_of("police"), now=clock.now())
    again = await outbox.retry_dead(dead[0]["id"], actor=OPERATOR, now=clock.now())
    assert (again.status, again.attempts) == ("pending", 0)
    with pytest.raises(RuleViolation):
        await outbox.retry_dead(dead[0]["id"], actor=OPERATOR, now=clock.now())
    server.start()
    try:
        assert await send_due(deliverers, clock, policy=policy) == SendReport(sent=1)
    finally:
        server.stop()
        await deliverers.close()


async def test_refusals_are_final_deferrals_are_retried(orm: str, clock: FrozenClock) -> None:
    await file_case(clock.now())  # to human resources
    await file_case(clock.now(), category="street_vending", where="华荣路", text="夜市占道经营")
    with mail_server() as server:
        server.inbox.refused.add(HR)
        server.inbox.defer = 1
        deliverers = smtp(server.url)
        assert await send_due(deliverers, clock) == SendReport(retrying=1, dead=1)
        hr = await OutboxMessage.get(recipient=HR)
        assert (hr.status, hr.attempts) == ("dead", 1)
        assert hr.last_error is not None and "550" in hr.last_error
        clock.advance(minutes=1)
        assert await send_due(deliverers, clock) == SendReport(sent=1)
        await deliverers.close()
    assert [m["To"] for m in server.inbox.messages] == ["urban-management@xiamen-hub.example"]


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
async def test_starttls_and_login(orm: str, clock: FrozenClock, tmp_path: Path) -> None:
    await file_case(clock.now())
    cert, key = self_signed(tmp_path)
    inbox = Inbox()
    server = MailServer(inbox, **tls_options(cert, key, inbox, password="s3cret:pw"))
    server.start()
    try:
        base = f"smtp+starttls://hub%40xm:{{}}@127.0.0.1:{server.port}?cafile={cert}&timeout=5"
        wrong = smtp(base.format("wrong"))
        assert await send_due(wrong, clock) == SendReport(retrying=1)
        assert "SMTPAuthenticationError" in ((await OutboxMessage.get()).last_error or "")
        clock.advance(minutes=1)
        right = smtp(base.format("s3cret%3Apw"))
        assert await send_due(right, clock) == SendReport(sent=1)
        await right.close()
    finally:
        server.stop()
    assert inbox.logins == ["hub@xm"]
    assert len(inbox.messages) == 1


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
async def test_implicit_tls(orm: str, clock: FrozenClock, tmp_path: Path) -> None:
    await file_case(clock.now())
    cert, key = self_signed(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server = MailServer(Inbox(), ssl_context=context)
    server.start()
    try:
        untrusted = smtp(f"smtps://127.0.0.1:{server.port}?timeout=5")
        assert await send_due(untrusted, clock) == SendReport(retrying=1)
        assert "CERTIFICATE_VERIFY_FAILED" in ((await OutboxMessage.get()).last_error or "")
        clock.advance(minutes=1)
        trusted = smtp(f"smtps://127.0.0.1:{server.port}?cafile={cert}&timeout=5")
        assert await send_due(trusted, clock) == SendReport(sent=1)
        await trusted.close()
    finally:
        server.stop()
    assert len(server.inbox.messages) == 1


def test_smtp_url_forms() -> None:
    tls = SmtpServer.from_url("smtps://u%40x:p%2Fw@mail.example:2465?timeout=7")
    assert (tls.hostname, tls.port, tls.username, tls.password) == (
        "mail.example",
        2465,
        "u@x",
        "p/w",
    )
    assert (tls.use_tls, tls.start_tls, tls.timeout) == (True, False, 7.0)
    assert SmtpServer.from_url("smtps://mail.example").port == 465
    starttls = SmtpServer.from_url("smtp+starttls://mail.example")
    assert (starttls.port, starttls.start_tls) == (587, True)
    plain = SmtpServer.from_url("smtp://mail.example?cafile=/etc/ca.pem")
    assert (plain.port, plain.start_tls, plain.cafile) == (25, None, "/etc/ca.pem")
    assert "p/w" not in repr(tls)


async def test_without_smtp_each_message_is_an_eml_file_in_a_maildir(
    orm: str, clock: FrozenClock, settings: Settings
) -> None:
    case = await file_case(clock.now())
    deliverer = email_deliverer(settings)
    assert isinstance(deliverer, MaildirDeliverer)
    deliverers = Deliverers()
    deliverers.register(OutboxChannel.EMAIL, deliverer)
    assert await send_due(deliverers, clock) == SendReport(sent=1)
    # A sender that died after writing and before recording it tries again: still one file.
    await OutboxMessage.all().update(status=OutboxStatus.PENDING, next_attempt_at=clock.now())
    assert await send_due(deliverers, clock) == SendReport(sent=1)
    maildir = settings.data_dir / "maildir"
    assert [p.name for p in (maildir / "new").iterdir()] == ["outbox-00000001.eml"]
    (message,) = mailbox.Maildir(maildir, factory=read_email, create=False)
    assert message["To"] == HR
    assert message["Subject"].startswith(f"【新工单】{case.number}")
    assert f"/portal/cases/{case.number}" in message.get_content()


async def test_a_channel_nobody_delivers_waits(orm: str, clock: FrozenClock) -> None:
    await outbox.enqueue(
        OutboxChannel.WEBHOOK, "https://tasks.example/callback", body="{}", now=clock.now()
    )
    with mail_server() as server:
        assert await send_due(smtp(server.url), clock) == SendReport()
    webhook = await OutboxMessage.get()
    assert (webhook.status, webhook.attempts) == ("pending", 0)


def test_a_channel_has_one_deliverer(tmp_path: Path) -> None:
    deliverers = Deliverers()
    deliverers.register(OutboxChannel.EMAIL, MaildirDeliverer(tmp_path, "a@b"))
    with pytest.raises(ValueError, match="registered already"):
        deliverers.register(OutboxChannel.EMAIL, MaildirDeliverer(tmp_path, "a@b"))


@pytest.mark.postgres_only
async def test_two_senders_deliver_each_message_once(orm: str, clock: FrozenClock) -> None:
    for n in range(40):
        await outbox.enqueue(
            OutboxChannel.EMAIL, f"dept{n}@xm.test", subject=f"#{n}", body="通知", now=clock.now()
        )
    with mail_server() as server:
        first, second = smtp(server.url), smtp(server.url)
        reports = await asyncio.gather(
            send_due(first, clock, batch=5), send_due(second, clock, batch=5)
        )
        await first.close()
        await second.close()
    assert sum(r.sent for r in reports) == 40
    assert all(r.sent > 0 for r in reports), reports  # both took part
    assert len(server.inbox.messages) == len(server.inbox.by_id()) == 40


async def test_every_department_has_its_addresses(orm: str) -> None:
    assert catalogue().hub_email == HUB
    departments = await Department.all()
    assert len(departments) == 85
    assert all(d.email and d.supervisor_email for d in departments)


async def test_every_channel_is_delivered_by_the_hub(
    orm: str, clock: FrozenClock, settings: Settings
) -> None:
    received: list[web.Request] = []

    async def callback(request: web.Request) -> web.Response:
        await request.read()
        received.append(request)
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/callback", callback)
    system = await add_system("警务任务系统", now=clock.now())
    conversation = await Conversation.create(
        id="c-1", created_at=clock.now(), updated_at=clock.now()
    )
    async with TestServer(app) as server:
        await outbox.enqueue(
            OutboxChannel.WEBHOOK,
            str(server.make_url("/callback")),
            subject="case.signed",
            body='{"event": "case.signed"}',
            payload={"system_id": system.system.id, "delivery": "1.1"},
            now=clock.now(),
        )
        await outbox.enqueue(
            OutboxChannel.CHAT, conversation.id, body="您的工单已签收。", now=clock.now()
        )
        await outbox.enqueue(OutboxChannel.EMAIL, HR, subject="测试", body="正文", now=clock.now())
        deliverers = default_deliverers(settings)
        assert await send_due(deliverers, clock) == SendReport(sent=3)
        await deliverers.close()
    (request,) = received
    assert request.headers["X-Hub-Event"] == "case.signed" and request.headers["X-Hub-Signature"]
    chat = await ChatMessage.filter(conversation_id="c-1", direction="out").values_list(
        "text", flat=True
    )
    assert chat == ["您的工单已签收。"]
    assert len(list((settings.data_dir / "maildir" / "new").iterdir())) == 1


async def test_the_outbox_commands(orm: str, tmp_path: Path) -> None:
    await file_case(datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1))
    env = (
        {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
        | PII_ENV
        | {
            "HUB_DB_URL": orm,
            "HUB_DATA_DIR": str(tmp_path / "data"),
        }
    )

    async def hub(*args: str, **extra: str) -> str:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "hub", "outbox", *args, env=env | extra, stdout=PIPE, stderr=PIPE
        )
        out, err = await process.communicate()
        assert process.returncode == 0, err.decode()
        return out.decode()

    nobody = f"smtp://127.0.0.1:{free_port()}?timeout=2"
    assert await hub("send", HUB_SMTP_URL=nobody, HUB_OUTBOX_MAX_ATTEMPTS="1") == (
        "hub: 0 sent, 0 to retry, 1 dead\n"
    )
    (line,) = (await hub("dead")).splitlines()
    number, recipient = line.split("\t")[:2]
    assert (number, recipient) == ("1", HR)
    assert await hub("retry", "1") == "hub: message 1 queued again\n"
    assert await hub("send") == "hub: 1 sent, 0 to retry, 0 dead\n"
    assert len(list((tmp_path / "data" / "maildir" / "new").iterdir())) == 1
