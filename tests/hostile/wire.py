"""HTTP/1.1 on a bare socket: requests exactly as an attacker writes them.

A client library tidies what it sends (it takes `..` out of paths, encodes bytes, refuses CR and LF
in headers); an attacker's client does none of that, so the hostile corpus writes its own bytes.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from multidict import CIMultiDict


@dataclass(frozen=True)
class Sent:
    method: str
    target: bytes  # path and query, as raw bytes
    headers: tuple[tuple[bytes, bytes], ...] = ()
    body: bytes = b""


@dataclass
class Reply:
    status: int
    headers: CIMultiDict[str] = field(default_factory=CIMultiDict)
    body: bytes = b""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip()


async def send(port: int, request: Sent, wait: float = 30) -> Reply:
    """One request on its own connection; the reply as the server wrote it."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = [request.method.encode() + b" " + request.target + b" HTTP/1.1"]
        head += [b"Host: 127.0.0.1", b"Connection: close"]
        if request.body or request.method in ("POST", "PUT", "PATCH", "DELETE"):
            head.append(b"Content-Length: %d" % len(request.body))
        head += [name + b": " + value for name, value in request.headers]
        writer.write(b"\r\n".join(head) + b"\r\n\r\n" + request.body)
        await writer.drain()
        raw = await asyncio.wait_for(reader.read(), wait)
    finally:
        writer.close()
    return _parse(raw)


def _parse(raw: bytes) -> Reply:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers: CIMultiDict[str] = CIMultiDict()
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.add(name.strip(), value.strip())
    if headers.get("Transfer-Encoding", "").lower() == "chunked":
        body = _dechunk(body)
    return Reply(status, headers, body)


def _dechunk(data: bytes) -> bytes:
    out = b""
    while data:
        size_line, _, rest = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += rest[:size]
        data = rest[size + 2 :]
    return out
