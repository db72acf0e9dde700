"""The migrations of both dialects describe exactly the models."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hub.db import MIGRATIONS_DIR

CHECK = """
import asyncio, sys
from aerich import Command
from hub.db import tortoise_config
from hub.migrations.make import OFFLINE_URLS

async def main(dialect, location):
    command = Command(tortoise_config(OFFLINE_URLS[dialect]), app="models", location=location)
    await command.init(offline=True)
    print(await command.migrate("check", no_input=True, offline=True) or "")

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
def test_no_model_change_lacks_a_migration(dialect: str, tmp_path: Path) -> None:
    location = tmp_path / dialect
    shutil.copytree(MIGRATIONS_DIR / dialect, location)
    result = subprocess.run(
        [sys.executable, "-c", CHECK, dialect, str(location)],
        capture_output=True,
        text=True,
        check=True,
    )
    created = result.stdout.strip()
    assert not created, (
        f"models changed without a migration: run `python -m hub.migrations.make NAME` ({created})"
    )
