"""The `hub` command as a newcomer uses it, in real processes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PII_ENV


def hub(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hub", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def env(tmp_path: Path, db_url: str) -> dict[str, str]:
    values = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
    return (
        values
        | PII_ENV
        | {
            "HUB_DATA_DIR": str(tmp_path / "data"),
            "HUB_DB_URL": db_url,
            "HUB_SCHEDULER": "false",
        }
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_invalid_settings_stop_the_command(env: dict[str, str]) -> None:
    result = hub("db", "upgrade", env=env | {"HUB_PORT": "not-a-port"})
    assert result.returncode == 2
    assert "HUB_PORT" in result.stderr


def test_upgrade_and_add_accounts(env: dict[str, str]) -> None:
    assert hub("db", "upgrade", env=env).returncode == 0
    assert hub("db", "upgrade", env=env).returncode == 0  # idempotent
    added = hub(
        "users",
        "add",
        "--username",
        "hr01",
        "--password",
        "correct-horse-battery",
        "--role",
        "staff",
        "--department",
        "human_resources",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    again = hub(
        "users",
        "add",
        "--username",
        "hr01",
        "--password",
        "correct-horse-battery",
        "--role",
        "staff",
        "--department",
        "human_resources",
        env=env,
    )
    assert again.returncode == 1 and "已存在" in again.stderr
    unknown = hub(
        "users",
        "add",
        "--username",
        "x01",
        "--password",
        "correct-horse-battery",
        "--role",
        "staff",
        "--department",
        "ministry_of_magic",
        env=env,
    )
    assert unknown.returncode == 1 and "ministry_of_magic" in unknown.stderr


def test_serve_on_a_fresh_embedded_database(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUB_")}
    env |= {
        "HUB_DATA_DIR": str(tmp_path / "fresh"),
        "HUB_PORT": str(port),
        "HUB_SCHEDULER": "false",
    }
    with (tmp_path / "serve.log").open("w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "hub", "serve"], env=env, stdout=log, stderr=log
        )
        try:
            health = _wait_for(f"http://127.0.0.1:{port}/healthz")
            assert health == {"status": "ok", "departments": 85}
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/departments") as response:
                assert len(json.load(response)["departments"]) == 85
        finally:
            server.terminate()
            server.wait(timeout=20)
    assert (tmp_path / "fresh" / "hub.sqlite3").exists()


def _wait_for(url: str) -> dict[str, object]:
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return dict(json.load(response))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
