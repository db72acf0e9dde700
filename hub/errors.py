"""Domain errors: each carries a stable code, a Chinese message and the HTTP status it maps to."""

from __future__ import annotations

from typing import Any, ClassVar


class HubError(Exception):
    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def as_json(self) -> dict[str, Any]:
        return error_body(self.code, self.message, **self.details)


def error_body(code: str, message: str, **details: Any) -> dict[str, Any]:
    """The API's error format: {"error": {"code", "message", "details"?}}."""
    body: dict[str, Any] = {"code": code, "message": message}
    if details:
        body["details"] = details
    return {"error": body}


class InvalidInput(HubError):
    status = 400
    code = "invalid_input"


class Unauthenticated(HubError):
    status = 401
    code = "unauthenticated"


class Forbidden(HubError):
    status = 403
    code = "forbidden"


class NotFound(HubError):
    status = 404
    code = "not_found"


class Conflict(HubError):
    """Someone else changed the record first (optimistic locking), or it already exists."""

    status = 409
    code = "conflict"


class TransitionNotAllowed(HubError):
    status = 409
    code = "transition_not_allowed"


class RuleViolation(HubError):
    """The action is allowed in principle but breaks a rule (deadline passed, reason missing)."""

    status = 422
    code = "rule_violation"


class PayloadTooLarge(HubError):
    status = 413
    code = "payload_too_large"


class TooManyRequests(HubError):
    status = 429
    code = "too_many_requests"
