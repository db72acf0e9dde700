"""The hub's settings: one typed object, read once from HUB_* environment variables."""

from __future__ import annotations

import base64
import os
import secrets
import time
from collections.abc import Callable
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DB_SCHEMES = ("sqlite", "postgres", "postgresql", "asyncpg")
SMTP_SCHEMES = ("smtp", "smtps", "smtp+starttls")


class SettingsError(Exception):
    """Raised when the environment holds settings the hub cannot start with."""


class Settings(BaseSettings):
    """Every setting of the hub, with its default (documented in README.md)."""

    model_config = SettingsConfigDict(env_prefix="HUB_", frozen=True, extra="ignore")

    data_dir: Path = Field(Path("data"), description="embedded database, maildir, models, keys")
    db_url: str | None = Field(None, description="sqlite://PATH or postgres://USER@HOST/DB")
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    base_url: str | None = Field(None, description="public address used in links in messages")
    secret_key: SecretStr | None = Field(None, description="at least 32 characters")
    admin_token: SecretStr | None = Field(None, description="Bearer token with admin rights")
    smtp_url: str | None = Field(None, description="smtp[s]://user:pass@host:port; none: maildir")
    mail_from: str = "xiamen-hub@localhost"
    display_tz: str = "Asia/Shanghai"
    duplicate_window_hours: int = Field(72, ge=0, le=24 * 90)
    triage_threshold: float = Field(0.30, ge=0.0, le=1.0)  # see README: chosen out of fold
    chat_max_text: int = Field(500, ge=20, le=5000, description="characters in one chat message")
    chat_rate_per_session: int = Field(30, ge=1, description="messages a minute, one conversation")
    chat_rate_per_address: int = Field(120, ge=1, description="messages a minute, one address")
    scheduler: bool = Field(True, description="run the SLA sweep and the outbox sender")
    nlu_preload: bool = Field(True, description="load (or train) the NLU model at start")
    sweep_interval: float = Field(30.0, gt=0, le=3600, description="seconds between SLA sweeps")
    send_interval: float = Field(5.0, gt=0, le=3600, description="seconds between outbox sends")
    outbox_max_attempts: int = Field(10, ge=1, le=100, description="tries before a message dies")
    outbox_backoff: float = Field(60.0, gt=0, le=86400, description="seconds before the 1st retry")
    outbox_backoff_max: float = Field(7200.0, gt=0, le=86400, description="longest wait, seconds")
    outbox_lease: float = Field(
        300.0, ge=1, le=86400, description="seconds a sender holds the messages it claimed"
    )
    workers: int = Field(1, ge=1, le=64, description="worker processes of `hub serve`")
    trusted_proxies: str = Field(
        "", description="comma-separated networks of load balancers whose X-Forwarded-For counts"
    )
    log_level: str = "INFO"
    log_format: Literal["auto", "json", "text"] = "auto"
    metrics_token: SecretStr | None = Field(None, description="Bearer token /metrics asks for")
    pii_keys: SecretStr | None = Field(
        None, description="comma-separated AES-256 keys: the first seals, all open (hub pii keygen)"
    )
    pii_hash_key: SecretStr | None = Field(
        None, description="key of the keyed hashes personal data is found by; never rotated"
    )
    retention_days: int = Field(
        0, ge=0, le=36500, description="days after closing that self-reports keep personal data"
    )

    @field_validator("db_url")
    @classmethod
    def _known_database(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in DB_SCHEMES:
            raise ValueError(f"must start with one of {', '.join(s + '://' for s in DB_SCHEMES)}")
        return value

    @field_validator("smtp_url")
    @classmethod
    def _known_mail_server(cls, value: str | None) -> str | None:
        if value and (urlsplit(value).scheme not in SMTP_SCHEMES or not urlsplit(value).hostname):
            raise ValueError("must look like smtp://user:password@host:port (or smtps://)")
        return value or None

    @field_validator("base_url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        if value and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError("must be an http:// or https:// address")
        return value.rstrip("/") if value else None

    @field_validator("pii_keys")
    @classmethod
    def _sealing_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        keys = [k.strip() for k in value.get_secret_value().split(",") if k.strip()]
        if not keys:
            raise ValueError("holds no key (make one with `hub pii keygen`)")
        for number, key in enumerate(keys, 1):
            if not _is_sealing_key(key):
                raise ValueError(
                    f"key {number} is not 32 url-safe base64-encoded bytes (`hub pii keygen`)"
                )
        return value

    @field_validator("secret_key", "admin_token", "metrics_token", "pii_hash_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 32:
            raise ValueError("must be at least 32 characters long")
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: str) -> str:
        for part in filter(None, (p.strip() for p in value.split(","))):
            try:
                ip_network(part, strict=False)
            except ValueError as exc:
                raise ValueError(f"{part!r} is not a network (10.2.0.0/16, 127.0.0.1)") from exc
        return value

    @field_validator("display_tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @property
    def database_url(self) -> str:
        """The database in use: HUB_DB_URL, or the embedded SQLite file under the data folder."""
        return self.db_url or f"sqlite://{self.data_dir / 'hub.sqlite3'}"

    @property
    def embedded_database(self) -> bool:
        return urlsplit(self.database_url).scheme == "sqlite"

    @property
    def public_url(self) -> str:
        return self.base_url or f"http://{self.host}:{self.port}"

    @property
    def proxy_networks(self) -> tuple[IPv4Network | IPv6Network, ...]:
        parts = (p.strip() for p in self.trusted_proxies.split(","))
        return tuple(ip_network(p, strict=False) for p in parts if p)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.display_tz)

    def secret(self) -> str:
        """The signing key; without HUB_SECRET_KEY, one kept in the data folder."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        return _stored_secret(self.data_dir / "secret_key")

    def personal_data_keys(self) -> list[str]:
        """The keys sealing personal data, current first; without HUB_PII_KEYS, one kept in the
        data folder (the embedded demo: keep that folder, or the data cannot be read)."""
        if self.pii_keys is not None:
            return [k.strip() for k in self.pii_keys.get_secret_value().split(",") if k.strip()]
        return [_stored_secret(self.data_dir / "pii_keys", _new_sealing_key, "HUB_PII_KEYS")]

    def personal_data_hash_key(self) -> str:
        """The key of the keyed hashes; without HUB_PII_HASH_KEY, one kept in the data folder."""
        if self.pii_hash_key is not None:
            return self.pii_hash_key.get_secret_value()
        return _stored_secret(self.data_dir / "pii_hash_key", name="HUB_PII_HASH_KEY")


def _is_sealing_key(key: str) -> bool:
    try:
        return len(base64.urlsafe_b64decode(key.encode("ascii"))) == 32 and len(key) == 44
    except (ValueError, UnicodeEncodeError):
        return False


def _new_sealing_key() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


def _new_secret() -> str:
    return secrets.token_urlsafe(48)


def _stored_secret(
    path: Path, make: Callable[[], str] = _new_secret, name: str = "HUB_SECRET_KEY"
) -> str:
    """Created once, atomically: workers starting together all read the same key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "w") as new:
            new.write(make())
    for _ in range(50):  # another process may have created it and not written it yet
        if key := path.read_text().strip():
            return key
        time.sleep(0.01)
    raise SettingsError(f"{path} is empty: delete it or set {name}")


def load_settings(**overrides: object) -> Settings:
    """Read the settings once; any invalid value stops here with a message naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = [
            f"HUB_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        ]
        raise SettingsError("invalid settings:\n  " + "\n  ".join(problems)) from None
