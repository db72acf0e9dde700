"""A real SMTP server on loopback (aiosmtpd), which can be stopped, refuse, and require TLS."""

from __future__ import annotations

import asyncio
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Inbox:
    """The server's mailbox, and how it answers: refuse some recipients, defer some messages."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.refused: set[str] = set()
        self.defer = 0  # the next n messages get 451 (try again later)
        self.logins: list[str] = []
        # The message numbered `stall_at` waits at the end of DATA until `released` is set; the
        # client's address is kept in `stalled_peer`. It is then taken like the others: a mail
        # server has a message once it has all of it, whether its answer still reaches the client.
        self.stall_at: int | None = None
        self.stalled = threading.Event()
        self.released = threading.Event()
        self.stalled_peer: tuple[str, int] | None = None

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.refused:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.defer:
            self.defer -= 1
            return "451 4.3.0 try again later"
        if self.stall_at is not None and len(self.messages) + 1 == self.stall_at:
            self.stalled_peer = session.peer
            self.stalled.set()
            await asyncio.to_thread(self.released.wait)
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 OK"

    def by_id(self) -> dict[str, EmailMessage]:
        return {str(m["Message-ID"]): m for m in self.messages}


class MailServer:
    """Starts and stops on one port, so a sender sees the same server go down and come back."""

    def __init__(self, inbox: Inbox, **options: Any) -> None:
        self.inbox = inbox
        self.port = free_port()
        self.options = options
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(
            self.inbox, hostname="127.0.0.1", port=self.port, **self.options
        )
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


@contextmanager
def mail_server(**options: Any) -> Iterator[MailServer]:
    server = MailServer(Inbox(), **options)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made by the openssl command."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def tls_options(cert: Path, key: Path, inbox: Inbox, password: str) -> dict[str, Any]:
    """aiosmtpd options: STARTTLS required, then AUTH LOGIN/PLAIN with one user."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
        ok = isinstance(auth, LoginPassword) and auth.password == password.encode()
        if ok:
            inbox.logins.append(auth.login.decode())
        return AuthResult(success=ok, handled=False)

    return {
        "tls_context": context,
        "require_starttls": True,
        "authenticator": authenticate,
        "auth_required": True,
        "auth_require_tls": True,
    }
