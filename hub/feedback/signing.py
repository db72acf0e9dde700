"""Signatures of task callbacks: HMAC-SHA256 over "<timestamp>.<body>" with the system's secret."""

from __future__ import annotations

import hashlib
import hmac

SCHEME = "sha256="
TOLERANCE_SECONDS = 300  # what docs/task-callbacks.md tells receivers to accept


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Hub-Signature header value for a body sent at `timestamp` (Unix seconds)."""
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return SCHEME + mac.hexdigest()


def valid(secret: str, timestamp: str, body: bytes, header: str, now: float) -> bool:
    """How a receiver checks a callback: the signature matches and the timestamp is recent."""
    if not timestamp.isdigit() or abs(now - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    return hmac.compare_digest(signature(secret, timestamp, body), header)
