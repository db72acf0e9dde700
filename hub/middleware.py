"""Request ids, and one error format for the API."""

from __future__ import annotations

import logging
import uuid

from aiohttp import web
from aiohttp.typedefs import Handler

from hub.errors import HubError, error_body
from hub.http import json_response
from hub.keys import REQUEST_ID

log = logging.getLogger(__name__)
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
async def request_id(request: web.Request, handler: Handler) -> web.StreamResponse:
    rid = request.headers.get("X-Request-Id", "")[:64] or uuid.uuid4().hex
    request[REQUEST_ID] = rid
    response = await handler(request)
    response.headers["X-Request-Id"] = rid
    return response


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
