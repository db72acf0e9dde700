"""E-mail: through an SMTP server (aiosmtplib; HUB_SMTP_URL), or into a maildir when none is set."""

from __future__ import annotations

import asyncio
import mailbox
import os
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import aiosmtplib

from hub.outbox.models import OutboxMessage
from hub.outbox.sender import ChannelDown, PermanentFailure
from hub.settings import Settings
from hub.sla.calendar import SHANGHAI

SENDER_NAME = "厦门市社会治理协同中枢"
DEFAULT_TIMEOUT = 30.0


def build_email(message: OutboxMessage, mail_from: str) -> EmailMessage:
    """The e-mail of an outbox message; its Message-ID stays the same on every attempt."""
    email = EmailMessage()
    email["From"] = Address(SENDER_NAME, addr_spec=mail_from)
    email["To"] = message.recipient
    email["Subject"] = message.subject or ""
    email["Date"] = format_datetime(message.created_at.astimezone(SHANGHAI))
    email["Message-ID"] = f"<outbox-{message.id}@{mail_from.rpartition('@')[2] or 'localhost'}>"
    email["Auto-Submitted"] = "auto-generated"
    if number := message.payload.get("case"):
        email["X-Hub-Case"] = str(number)
    email.set_content(message.body)
    return email


@dataclass(frozen=True)
class SmtpServer:
    """HUB_SMTP_URL: smtp:// (STARTTLS when offered), smtp+starttls:// (required), smtps:// (TLS).

    Query parameters: timeout (seconds), cafile (CA bundle of a private certificate authority).
    """

    hostname: str
    port: int
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    use_tls: bool = False
    start_tls: bool | None = None
    timeout: float = DEFAULT_TIMEOUT
    cafile: str | None = None

    @classmethod
    def from_url(cls, url: str) -> SmtpServer:
        split = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(split.query).items()}
        use_tls = split.scheme == "smtps"
        start_tls = {"smtp": None, "smtp+starttls": True}.get(split.scheme, False)
        return cls(
            hostname=split.hostname or "localhost",
            port=split.port or (465 if use_tls else 587 if start_tls else 25),
            username=unquote(split.username) if split.username else None,
            password=unquote(split.password) if split.password else None,
            use_tls=use_tls,
            start_tls=start_tls,
            timeout=float(query.get("timeout", DEFAULT_TIMEOUT)),
            cafile=query.get("cafile"),
        )

    def client(self) -> aiosmtplib.SMTP:
        return aiosmtplib.SMTP(
            hostname=self.hostname,
            port=self.port,
            username=self.username,
            password=self.password,
            use_tls=self.use_tls,
            start_tls=self.start_tls,
            timeout=self.timeout,
            cert_bundle=self.cafile,
        )


class SmtpDeliverer:
    """Sends over one kept-open connection, reopened when the server has dropped it."""

    def __init__(self, server: SmtpServer, mail_from: str) -> None:
        self._server = server
        self._from = mail_from
        self._client: aiosmtplib.SMTP | None = None
        self._lock = asyncio.Lock()

    async def deliver(self, message: OutboxMessage, now: datetime) -> None:
        email = build_email(message, self._from)
        async with self._lock:
            try:
                await self._send(email)
            except ChannelDown:
                raise
            except Exception as exc:
                await self.close()  # whatever state the session is in, start the next one clean
                if _refused_for_good(exc):
                    raise PermanentFailure(str(exc)) from exc
                raise

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            await client.quit()
        except (aiosmtplib.SMTPException, OSError):
            client.close()

    async def _send(self, email: EmailMessage) -> None:
        for fresh in (self._client is None, True):
            client = await self._connected()
            try:
                await client.send_message(email)
                return
            except aiosmtplib.SMTPServerDisconnected as exc:
                await self.close()
                if fresh:
                    raise ChannelDown(f"连接被邮件服务器断开：{exc}") from exc

    async def _connected(self) -> aiosmtplib.SMTP:
        if self._client is not None and self._client.is_connected:
            return self._client
        client = self._server.client()
        try:
            await client.connect()
        except (aiosmtplib.SMTPException, OSError) as exc:
            client.close()
            raise ChannelDown(
                f"无法连接邮件服务器 {self._server.hostname}:{self._server.port}："
                f"{type(exc).__name__} {exc}"
            ) from exc
        self._client = client
        return client


def _refused_for_good(exc: Exception) -> bool:
    """A 5xx answer about this message (not about the session): retrying cannot help."""
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return all(500 <= r.code < 600 for r in exc.recipients)
    if isinstance(exc, aiosmtplib.SMTPSenderRefused | aiosmtplib.SMTPDataError):
        return 500 <= exc.code < 600
    return False


class MaildirDeliverer:
    """Writes each message as an .eml file into a maildir (the demo's mail server).

    The file is named after the message, so a second attempt replaces the first.
    """

    def __init__(self, path: Path, mail_from: str) -> None:
        self.path = path
        self._from = mail_from

    async def deliver(self, message: OutboxMessage, now: datetime) -> None:
        data = build_email(message, self._from).as_bytes()
        await asyncio.to_thread(self._write, f"outbox-{message.id:08d}.eml", data)

    async def close(self) -> None:
        return None

    def _write(self, name: str, data: bytes) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        mailbox.Maildir(self.path, create=True)  # makes new/, cur/, tmp/ unless it exists
        staged = self.path / "tmp" / name
        staged.write_bytes(data)
        os.replace(staged, self.path / "new" / name)


def email_deliverer(settings: Settings) -> SmtpDeliverer | MaildirDeliverer:
    """SMTP when HUB_SMTP_URL is set, else the maildir under the data folder."""
    if settings.smtp_url:
        return SmtpDeliverer(SmtpServer.from_url(settings.smtp_url), settings.mail_from)
    return MaildirDeliverer(settings.data_dir / "maildir", settings.mail_from)
