"""Request ids, one log line and metrics per request, and one error format for the API."""

from __future__ import annotations

import logging
import re
import time
import uuid
from ipaddress import IPv4Network, IPv6Network, ip_address

from aiohttp import web
from aiohttp.typedefs import Handler

from hub.errors import HubError, error_body
from hub.http import json_response
from hub.keys import REQUEST_ID, SETTINGS
from hub.observability import metrics
from hub.observability.logs import log_context

log = logging.getLogger(__name__)
access = logging.getLogger("hub.access")
GIVEN_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
}


@web.middleware
async def forwarded(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Behind a trusted load balancer (HUB_TRUSTED_PROXIES) the caller is in X-Forwarded-For.

    Only a connection from a trusted network may say who the caller is; the caller is the
    right-most address not itself a trusted proxy (what a client writes further left is ignored).
    """
    trusted = request.app[SETTINGS].proxy_networks
    if trusted and _trusted(request.remote, trusted):
        chain = [
            a.strip() for h in request.headers.getall("X-Forwarded-For", []) for a in h.split(",")
        ]
        for address in reversed(chain):
            if not _trusted(address, trusted):
                if _address(address):
                    request = request.clone(remote=address)
                break
    return await handler(request)


def _address(text: str) -> bool:
    try:
        ip_address(text)
    except ValueError:
        return False
    return True


def _trusted(address: str | None, networks: tuple[IPv4Network | IPv6Network, ...]) -> bool:
    try:
        ip = ip_address(address or "")
    except ValueError:
        return False
    return any(ip in network for network in networks)


@web.middleware
async def request_id(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The request's id (the caller's X-Request-Id when well-formed), its log line, its metrics."""
    given = request.headers.get("X-Request-Id", "")
    rid = given if GIVEN_ID.fullmatch(given) else uuid.uuid4().hex
    request[REQUEST_ID] = rid
    with log_context(request_id=rid, case=request.match_info.get("number")):
        started, status = time.perf_counter(), 500
        metrics.IN_FLIGHT.inc()
        try:
            response = await handler(request)
            status = response.status
            response.headers["X-Request-Id"] = rid
            return response
        except web.HTTPException as exc:
            status = exc.status
            exc.headers["X-Request-Id"] = rid
            raise
        finally:
            metrics.IN_FLIGHT.dec()
            _observe(request, status, time.perf_counter() - started)


def _observe(request: web.Request, status: int, seconds: float) -> None:
    """One line and one count per request; the route is the pattern, not the path."""
    resource = request.match_info.route.resource
    route = resource.canonical if resource is not None else "unmatched"
    metrics.observe_request(request.method, route, status, seconds)
    access.info(
        "%s %s %s",
        request.method,
        request.rel_url,
        status,
        extra={
            "http": {
                "method": request.method,
                "route": route,
                "path": str(request.rel_url),
                "status": status,
                "ms": round(seconds * 1000, 1),
                "remote": _network(request.remote),
            }
        },
    )


def _network(address: str | None) -> str | None:
    """The caller's address with its last part hidden (an address is personal data too)."""
    if not address:
        return None
    if "." in address:
        return address.rsplit(".", 1)[0] + ".x"
    return address.rsplit(":", 2)[0] + ":x"


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Domain errors and HTTP errors as {"error": {...}}; anything unexpected as a logged 500."""
    try:
        return await handler(request)
    except HubError as exc:
        return json_response(exc.as_json(), status=exc.status)
    except web.HTTPException as exc:
        if exc.status < 400 or not _json_path(request):
            raise
        code = _HTTP_CODES.get(exc.status, "http_error")
        return json_response(error_body(code, exc.reason), status=exc.status, headers=_allow(exc))
    except Exception:
        log.exception("unhandled error on %s %s", request.method, request.path)
        body = error_body("internal", "服务器内部错误", request_id=request.get(REQUEST_ID))
        return json_response(body, status=500)


def _json_path(request: web.Request) -> bool:
    return request.path.startswith(("/api", "/open311", "/healthz"))


def _allow(exc: web.HTTPException) -> dict[str, str]:
    allow = exc.headers.get("Allow")
    return {"Allow": allow} if allow else {}
