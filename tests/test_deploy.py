"""The example configuration under deploy/ is one the hub starts with."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.serve import check_deployment, gunicorn_options
from hub.settings import load_settings

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def test_the_example_environment_file_is_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    for line in (DEPLOY / "hub.env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, value = line.partition("=")
            monkeypatch.setenv(name, value)
    settings = load_settings()
    assert not settings.embedded_database
    assert settings.workers == 4
    check_deployment(settings, settings.workers)  # PostgreSQL, one signing key: allowed
    options = gunicorn_options(settings, settings.workers)
    assert options["bind"] == ["10.2.7.11:8080"]
    assert options["worker_class"] == "aiohttp.GunicornWebWorker"


def test_the_unit_runs_the_documented_command() -> None:
    unit = (DEPLOY / "hub.service").read_text()
    assert "ExecStart=/opt/hub/.venv/bin/hub serve\n" in unit
    assert "EnvironmentFile=/etc/hub/hub.env" in unit
