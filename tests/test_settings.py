"""Settings come from HUB_* variables; a bad one stops start-up with a message naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.settings import SettingsError, load_settings


def test_defaults_use_the_embedded_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    settings = load_settings()
    assert settings.database_url == f"sqlite://{tmp_path}/hub.sqlite3"
    assert settings.embedded_database
    assert (settings.host, settings.port) == ("127.0.0.1", 8080)
    assert settings.smtp_url is None


def test_the_signing_key_is_kept_between_starts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HUB_DATA_DIR", str(tmp_path))
    first = load_settings().secret()
    assert len(first) >= 32
    assert load_settings().secret() == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("HUB_PORT", "eighty", "HUB_PORT"),
        ("HUB_PORT", "70000", "HUB_PORT"),
        ("HUB_DB_URL", "mysql://root@localhost/hub", "HUB_DB_URL"),
        ("HUB_SMTP_URL", "http://mail.example", "HUB_SMTP_URL"),
        ("HUB_SECRET_KEY", "short", "HUB_SECRET_KEY"),
        ("HUB_ADMIN_TOKEN", "123", "HUB_ADMIN_TOKEN"),
        ("HUB_DISPLAY_TZ", "Mars/Olympus", "HUB_DISPLAY_TZ"),
        ("HUB_TRIAGE_THRESHOLD", "1.5", "HUB_TRIAGE_THRESHOLD"),
    ],
)
def test_invalid_settings_are_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, says: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match=says):
        load_settings()


def test_postgres_url_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUB_DB_URL", "postgres://postgres@127.0.0.1:5432/hub")
    settings = load_settings()
    assert not settings.embedded_database
