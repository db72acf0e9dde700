"""Password hashing with argon2id; API tokens, being long and random, by SHA-256."""

from __future__ import annotations

import hashlib

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    """The stored form of a random bearer token (an API key, an officer's token).

    A header's bytes that are not UTF-8 arrive as surrogates; they hash like any wrong token.
    """
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()
