"""The keys of personal data, loaded once per process from the settings.

A sealed value reads `pii1:<key id>:<Fernet token>`. The key id (the first 8 hex digits of the
key's SHA-256) says which key opens it, so opening tries no other key, and `hub pii rotate` finds
in SQL the values not yet under the current key (what lets it stop and resume at any point).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from cryptography.fernet import Fernet, InvalidToken

from hub.settings import Settings, SettingsError

PREFIX = "pii1:"
# Only a value of this exact shape is taken as sealed: text a person typed that merely starts
# with the prefix is kept as written.
SEALED = re.compile(r"pii1:([0-9a-f]{8}):(gAAAAA[A-Za-z0-9_=-]+)")


class SealError(Exception):
    """A sealed value that the keys at hand cannot open."""


@dataclass(frozen=True)
class Keyring:
    """The sealing keys by id (the first one seals) and the key of the keyed hashes."""

    fernets: dict[str, Fernet]
    current: str
    hash_key: bytes

    @classmethod
    def of(cls, keys: list[str], hash_key: str) -> Keyring:
        fernets = {key_id(k): Fernet(k.encode("ascii")) for k in keys}
        return cls(fernets, key_id(keys[0]), hash_key.encode("utf-8"))

    @property
    def sealed_prefix(self) -> str:
        """What every value sealed under the current key starts with."""
        return f"{PREFIX}{self.current}:"

    def seal(self, text: str) -> str:
        token = self.fernets[self.current].encrypt(text.encode("utf-8")).decode("ascii")
        return self.sealed_prefix + token

    def open(self, stored: str) -> str:
        """The clear text; a value never sealed (written before sealing) comes back as it is."""
        if not stored.startswith(PREFIX) or (shape := SEALED.fullmatch(stored)) is None:
            return stored
        kid, token = shape.groups()
        fernet = self.fernets.get(kid)
        if fernet is None:
            raise SealError(f"personal data sealed under key {kid}, which HUB_PII_KEYS lacks")
        try:
            return fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise SealError(f"a value sealed under key {kid} does not open: altered?") from None

    def digest(self, normalised: str) -> str:
        return hmac.new(self.hash_key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def key_id(key: str) -> str:
    return hashlib.sha256(key.encode("ascii")).hexdigest()[:8]


_settings: Settings | None = None
_keyring: Keyring | None = None


def use_keys(settings: Settings) -> None:
    """The settings this process takes its keys from (read at first use: a command that never
    touches personal data creates no key file)."""
    global _settings, _keyring
    _settings, _keyring = settings, None


def keyring() -> Keyring:
    global _keyring
    if _keyring is None:
        if _settings is None:
            raise SettingsError("the personal data keys are not loaded (hub.privacy.keys.use_keys)")
        _keyring = Keyring.of(_settings.personal_data_keys(), _settings.personal_data_hash_key())
    return _keyring


def seal(text: str) -> str:
    return keyring().seal(text)


def unseal(stored: str) -> str:
    return keyring().open(stored)
