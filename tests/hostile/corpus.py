"""The hostile corpus: named attacks, each a way of building requests against one route.

The payloads are data; each attack says to which routes it applies (by the route's plan: who may
call it and what it takes) and whether it must be refused (a 4xx that stores nothing) or may be
answered (a read that finds nothing, or free text stored as the text it is).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from tests.hostile.wire import Sent

SQL = [
    "' OR '1'='1",
    '1; DROP TABLE "case"; --',
    "XM20261130000001' UNION SELECT username, password_hash FROM account --",
    '" OR 1=1 --',
    "1 AND SLEEP(5)",
    "'); SELECT pg_sleep(5); --",
]
SCRIPT = '<script>alert("hub")</script>'
TEMPLATE = "{{ 7777*7777 }}${7777*7777}{% raw %}"
TEMPLATE_RESULT = "60481729"
MARKUP = [SCRIPT, '"><img src=x onerror=alert(1)>', TEMPLATE]
HUGE_NUMBERS = ["99999999999", "2147483648", "9" * 40, "-1", "0", "1e9", "0x10", "²", "١٢"]
TRAVERSAL = [
    b"/../../../../etc/passwd",
    b"/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    b"/..%2f..%2f..%2f..%2fetc%2fpasswd",
    b"/%252e%252e/%252e%252e/etc/passwd",
    b"/..\\..\\..\\..\\etc\\passwd",
    b"/../../auth.py",
    b"/..%2f..%2fauth.py",
    b"/%2e%2e%2f%2e%2e%2fauth.py",
    b"/vendor/../../../../hub/settings.py",
    b"/portal.css%00.js",
    b"/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
]
MALFORMED_JSON = [
    b"{",
    b'{"text": "\xe4\xbd\xa0\xe5\xa5\xbd"',
    b"{'text': 'single quotes'}",
    b'{"text": "x",}',
    b'{"text": NaN}',
    b"[" * 50_000 + b"]" * 50_000,
    b'{"text": "x"} trailing',
    b"\x00\x01\x02",
    b"",
]
NOT_OBJECTS = [b"[]", b'"text"', b"null", b"42", b"true"]
INVALID_UTF8 = [b"\xff\xfe\xfd", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]
WRONG_TYPES: dict[str, list[Any]] = {
    "string": [12345, 1.5, True, [], {"$ne": ""}, ["a"]],
    "integer": ["1; DROP TABLE account", 1.5, True, [], {}, "１２", 10**30],
    "array": ["x", 1, {}, [1, 2], [None]],
    "boolean": ["true", 1],
}
# What reaches a response header: a value with CR and LF must never split the header.
CRLF = "abcdefgh\r\nSet-Cookie: injected=1\r\nX-Injected: 1"


@dataclass(frozen=True)
class Plan:
    """How a route is meant to be called: by whom, with what, answered how."""

    auth: str  # public, account, session, officer, system, open311, login
    body: str = "none"  # none, json, form, open311
    writer: str = "staff"  # the identity whose request reaches the checks of the body
    page: bool = False  # a portal page (HTML, anonymous callers sent to sign in)


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # the route's canonical path, e.g. /api/cases/{number}/sign
    plan: Plan
    params: tuple[str, ...]
    properties: dict[str, Any] = field(default_factory=dict)  # JSON body's schema
    required: tuple[str, ...] = ()
    queries: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.method} {self.template}"

    @property
    def writes(self) -> bool:
        return self.method not in ("GET", "HEAD")


@dataclass(frozen=True)
class Request:
    """A request of the corpus: who sends it, and how its answer is judged."""

    attack: str
    sent: Sent
    caller: str  # the identity whose credentials it carries (or a forged one)
    refuse: bool = True  # must be a 4xx that changes nothing
    stores: bool = False  # may store what it sends (free text), never a 5xx nor a leak
    payload: str | None = None  # markup that must not come back unescaped in HTML
    parsed: bool = True  # reaches the application (HTTP's own parser refuses the others)


class Ctx:
    """What the attacks need to know of the hub they attack (filled by the test)."""

    valid_path: dict[str, str]  # a path parameter's valid value
    valid_body: dict[str, Any]  # a valid value of each body field, by name
    credentials: dict[str, list[tuple[bytes, bytes]]]  # headers of each identity
    csrf: dict[str, str]

    def headers(self, caller: str, *extra: tuple[bytes, bytes]) -> tuple[tuple[bytes, bytes], ...]:
        return (*self.credentials[caller], *extra)


def path(route: Route, ctx: Ctx, **given: str) -> str:
    out = route.template
    for name in route.params:
        value = given.get(name, ctx.valid_path[name])
        out = out.replace("{" + name + "}", value)
    return out


def q(text: str) -> str:
    return quote(text, safe="")


JSON = (b"Content-Type", b"application/json")
FORM = (b"Content-Type", b"application/x-www-form-urlencoded")


def csrf_header(ctx: Ctx, caller: str) -> tuple[bytes, bytes]:
    return (b"X-CSRF-Token", ctx.csrf.get(caller, "").encode())


def valid_fields(route: Route, ctx: Ctx) -> dict[str, Any]:
    """A body that passes every check, so that the one field an attack spoils is what is judged."""
    names = route.required or tuple(n for n in route.properties if n != "version")[:1]
    return {n: ctx.valid_body[n] for n in names if n in ctx.valid_body}


def write(route: Route, ctx: Ctx, caller: str, body: bytes, *headers: tuple[bytes, bytes]) -> Sent:
    """A write as the route takes it (JSON or form), with the caller's credentials and CSRF."""
    if route.plan.body in ("form", "open311"):
        return Sent(
            route.method, path(route, ctx).encode(), ctx.headers(caller, FORM, *headers), body
        )
    return Sent(
        route.method,
        path(route, ctx).encode(),
        ctx.headers(caller, JSON, csrf_header(ctx, caller), *headers),
        body,
    )


def encode(route: Route, ctx: Ctx, fields: dict[str, Any], caller: str) -> bytes:
    if route.plan.body == "form":
        return urlencode({**fields, "_csrf": ctx.csrf.get(caller, "")}).encode()
    if route.plan.body == "open311":
        return urlencode(fields).encode()
    return json.dumps(fields, ensure_ascii=False).encode()


# --- credentials -------------------------------------------------------------------------------

FORGED_CALLERS = {
    "account": [
        "anonymous",
        "garbage-cookie",
        "tampered-cookie",
        "expired-session",
        "idle-session",
        "unknown-account-session",
        "odd-account-session",
        "forged-bearer",
        "revoked-officer",
        "bearer-crlf",
        "other-session-csrf",
    ],
    "officer": [
        "anonymous",
        "forged-bearer",
        "revoked-officer",
        "staff-bearer-less",
        "bearer-crlf",
        "system-key-as-bearer",
    ],
    "system": [
        "anonymous",
        "forged-api-key",
        "officer",
        "api-key-sql",
        "api-key-unicode",
        "api-key-bytes",
    ],
    "open311": ["anonymous"],
}


def forged_credentials(route: Route, ctx: Ctx) -> Iterator[Request]:
    """Every way of calling without the right credentials: refused, whatever else is sent."""
    for caller in FORGED_CALLERS.get(route.plan.auth, []):
        if caller == "other-session-csrf" and not route.writes:
            continue  # a valid session: only its writes are forged (with another's token)
        if route.writes:
            sent = write(route, ctx, caller, encode(route, ctx, valid_fields(route, ctx), caller))
        else:
            sent = Sent("GET", path(route, ctx).encode(), ctx.headers(caller))
        yield Request("forged-credentials:" + caller, sent, caller)
    if route.plan.auth == "open311":
        for key in ["", "hubk_forged-key-0000000000000000", SQL[0], "\u202e" + "k" * 40]:
            fields = valid_fields(route, ctx) | {"api_key": key}
            body = encode(route, ctx, fields, "anonymous")
            yield Request("forged-api-key", write(route, ctx, "anonymous", body), "anonymous")


def forged_csrf(route: Route, ctx: Ctx) -> Iterator[Request]:
    """A signed-in browser tricked into a write: no token, a made-up one, one from the query."""
    if not route.writes or route.plan.auth not in ("account", "session", "login"):
        return
    caller = route.plan.writer
    fields = valid_fields(route, ctx)
    tokens = ["", "forged-" + "x" * 36, ctx.csrf[caller].swapcase(), ctx.csrf["outsider"]]
    for token in tokens:
        if route.plan.body == "form":
            body = urlencode({**fields, "_csrf": token}).encode()
            sent = Sent(route.method, path(route, ctx).encode(), ctx.headers(caller, FORM), body)
        else:
            headers = ctx.headers(caller, JSON, (b"X-CSRF-Token", token.encode()))
            body = json.dumps(fields).encode()
            sent = Sent(route.method, path(route, ctx).encode(), headers, body)
        yield Request("forged-csrf", sent, caller)
    if route.plan.body != "form":  # a cross-site form post carries no header and no JSON type
        target = f"{path(route, ctx)}?_csrf={ctx.csrf[caller]}".encode()
        form = urlencode({k: str(v) for k, v in fields.items()}).encode()
        yield Request(
            "csrf-in-query", Sent(route.method, target, ctx.headers(caller, FORM), form), caller
        )
        plain = (b"Content-Type", b"text/plain")
        body = json.dumps(fields).encode()
        yield Request(
            "csrf-text-plain", Sent(route.method, target, ctx.headers(caller, plain), body), caller
        )


# --- bodies ------------------------------------------------------------------------------------


def malformed_bodies(route: Route, ctx: Ctx) -> Iterator[Request]:
    """Bodies that are not what the route takes: never a 5xx, never stored."""
    if not route.writes or route.plan.body == "none":
        return
    caller = route.plan.writer
    if route.plan.body == "json":
        for raw in MALFORMED_JSON + NOT_OBJECTS:
            yield Request("malformed-json", write(route, ctx, caller, raw), caller)
        for raw in INVALID_UTF8:
            body = b'{"text": "' + raw + b'", "reason": "' + raw + b'"}'
            yield Request("invalid-utf8-json", write(route, ctx, caller, body), caller)
        wrong = (b"Content-Type", b"application/xml")
        sent = Sent(
            route.method,
            path(route, ctx).encode(),
            ctx.headers(caller, wrong, csrf_header(ctx, caller)),
            b"<a/>",
        )
        yield Request("wrong-content-type", sent, caller)
    else:
        valid = encode(route, ctx, valid_fields(route, ctx), caller)
        for raw in INVALID_UTF8:
            for name in [*valid_fields(route, ctx)] or ["text"]:
                body = valid.replace(
                    f"{name}=".encode(), f"{name}=".encode() + quote(raw).encode(), 1
                )
                if body == valid:
                    body = valid + b"&" + name.encode() + b"=" + quote(raw).encode()
                yield Request("invalid-utf8-form", write(route, ctx, caller, body), caller)
            yield Request(
                "invalid-utf8-form-raw", write(route, ctx, caller, valid + b"&text=" + raw), caller
            )
        sent = write(route, ctx, caller, valid)
        headers = [h for h in sent.headers if h[0] != b"Content-Type"]
        multipart = (b"Content-Type", b"multipart/form-data; boundary=x")
        sent = Sent(sent.method, sent.target, (*headers, multipart), b"--x\r\nbroken")
        yield Request("broken-multipart", sent, caller)
    # Over the JSON limit (64 KiB), then over any request's (1 MiB).
    for size in (70 * 1024, 1100 * 1024) if route.plan.body == "json" else (1100 * 1024,):
        filler = "厦" * (size // 3)
        spoiled = ("text", "reason", "note", "description", "subject")
        fields = valid_fields(route, ctx) | dict.fromkeys(spoiled, filler)
        yield Request(
            f"oversized-{size // 1024}k",
            write(route, ctx, caller, encode(route, ctx, fields, caller)),
            caller,
        )


def wrong_types(route: Route, ctx: Ctx) -> Iterator[Request]:
    """Each field of the documented body, in turn, of a type it must not have."""
    if route.plan.body != "json" or not route.writes:
        return
    caller = route.plan.writer
    for name, spec in route.properties.items():
        for value in WRONG_TYPES.get(spec.get("type", "string"), []):
            fields = valid_fields(route, ctx) | {name: value}
            yield Request(
                f"wrong-type:{name}", write(route, ctx, caller, json.dumps(fields).encode()), caller
            )
    for name in route.required:
        fields = {k: v for k, v in valid_fields(route, ctx).items() if k != name}
        yield Request(
            f"missing:{name}", write(route, ctx, caller, encode(route, ctx, fields, caller)), caller
        )


# Fields whose value names something (a code, a choice, an account, a number): any of the corpus's
# strings there is refused. Other string fields are free text, stored as the text they are.
NAMING_FIELDS = {
    "result",
    "decision",
    "department",
    "assignee",
    "length",
    "category",
    "unit",
    "username",
    "service_code",
    "lat",
    "long",
    "version",
    "task_id",
    "email",
    "attribute[occurred_at]",
}


def injections(route: Route, ctx: Ctx) -> Iterator[Request]:
    """SQL, script and template strings in every path parameter, field and query parameter."""
    caller = route.plan.writer if route.plan.auth not in ("public", "login") else "anonymous"
    if route.plan.auth in ("system", "officer", "open311"):
        caller = route.plan.auth
    payloads = SQL + MARKUP
    for name in route.params:
        for value in [*payloads, *HUGE_NUMBERS]:
            target = path(route, ctx, **{name: q(value)}).encode()
            if route.writes:
                body = encode(route, ctx, valid_fields(route, ctx), caller)
                sent = write(route, ctx, caller, body)
                sent = Sent(sent.method, target, sent.headers, sent.body)
            else:
                sent = Sent("GET", target, ctx.headers(caller))
            yield Request(f"path-injection:{name}", sent, caller, payload=value)
    if route.writes and route.plan.body != "none":
        names = list(route.properties) or list(valid_fields(route, ctx))
        if route.plan.body == "form":
            versioned = {"version"} if "number" in route.params else set()
            names = sorted(set(names) | set(valid_fields(route, ctx)) | versioned)
        for name in names:
            free = name not in NAMING_FIELDS
            for value in payloads if not free else [SQL[0], SQL[2], SCRIPT, TEMPLATE]:
                fields = valid_fields(route, ctx) | {name: value}
                sent = write(route, ctx, caller, encode(route, ctx, fields, caller))
                yield Request(
                    f"field-injection:{name}",
                    sent,
                    caller,
                    refuse=not free,
                    stores=free,
                    payload=value,
                )
    if not route.writes:
        for name in route.queries:
            for value in [*payloads, "\r\n", "%ff", "9" * 40]:
                target = f"{path(route, ctx)}?{name}={q(value)}".encode()
                yield Request(
                    f"query-injection:{name}",
                    Sent("GET", target, ctx.headers(caller)),
                    caller,
                    refuse=False,
                    payload=value,
                )
        target = path(route, ctx).encode() + b"?q=%ff%fe&tab=%c3%28&next=%ed%a0%80"
        yield Request(
            "query-invalid-utf8", Sent("GET", target, ctx.headers(caller)), caller, refuse=False
        )
        target = path(route, ctx).encode() + b"?q=\xff\xfe"
        sent = Sent("GET", target, ctx.headers(caller))
        yield Request("query-raw-bytes", sent, caller, refuse=False, parsed=False)


def header_injection(route: Route, ctx: Ctx) -> Iterator[Request]:
    """CR and LF in the headers the hub reads: never a split response, never a 5xx."""
    caller = route.plan.writer if route.plan.auth not in ("public", "login") else "anonymous"
    if route.plan.auth in ("system", "officer", "open311"):
        caller = route.plan.auth
    for header in (b"X-Request-Id", b"Idempotency-Key", b"X-Forwarded-For"):
        raw = CRLF.encode().replace(b"\r\n", b"\n", 1)
        headers = ctx.headers(caller, (header, raw))
        if route.writes:
            sent = write(route, ctx, caller, b"{", (header, raw))
        else:
            sent = Sent("GET", path(route, ctx).encode(), headers)
        yield Request(f"header-injection:{header.decode()}", sent, caller, parsed=False)
        headers = ctx.headers(caller, (header, quote(CRLF).encode() + b"\xff<script>"))
        if route.writes and route.plan.body == "none":
            continue
        if route.writes:
            sent = write(route, ctx, caller, b"{", (header, quote(CRLF).encode()))
        else:
            sent = Sent("GET", path(route, ctx).encode(), headers)
        yield Request(f"header-encoded-crlf:{header.decode()}", sent, caller, refuse=route.writes)
    encoded = quote(CRLF)
    target = f"{path(route, ctx)}?next=/portal/{encoded}&tab={encoded}".encode()
    if not route.writes:
        yield Request(
            "crlf-in-query", Sent("GET", target, ctx.headers(caller)), caller, refuse=False
        )


def cross_department(route: Route, ctx: Ctx) -> Iterator[Request]:
    """Another department's staff naming the case by number and by id: as if it did not exist."""
    if "number" not in route.params or route.plan.auth != "account":
        return
    for value in (ctx.valid_path["number"], ctx.valid_path["case_id"]):
        target = path(route, ctx, number=value).encode()
        if route.writes:
            body = encode(route, ctx, valid_fields(route, ctx), "outsider")
            sent = write(route, ctx, "outsider", body)
            sent = Sent(sent.method, target, sent.headers, sent.body)
        else:
            sent = Sent("GET", target, ctx.headers("outsider"))
        yield Request("cross-department", sent, "outsider")


def wrong_methods(route: Route, ctx: Ctx) -> Iterator[Request]:
    caller = route.plan.writer if route.plan.auth not in ("public", "login") else "anonymous"
    for method in ("PUT", "PATCH", "TRACE"):
        yield Request(
            f"method:{method}", Sent(method, path(route, ctx).encode(), ctx.headers(caller)), caller
        )


def traversal(route: Route, ctx: Ctx) -> Iterator[Request]:
    """Out of the static directory by every spelling of `..`."""
    if route.plan.auth != "static":
        return
    for tail in TRAVERSAL:
        yield Request("path-traversal", Sent("GET", route.template.encode() + tail), "anonymous")


ATTACKS: list[Callable[[Route, Ctx], Iterator[Request]]] = [
    forged_credentials,
    forged_csrf,
    malformed_bodies,
    wrong_types,
    cross_department,
    wrong_methods,
    header_injection,
    traversal,
    injections,  # last: free text is stored, and a stored resolution changes what comes after
]
