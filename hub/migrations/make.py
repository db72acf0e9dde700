"""Writes the migration files of both dialects from the models, without a database.

    python -m hub.migrations.make NAME         # a new migration with the changes since the last one
    python -m hub.migrations.make --reset      # start over with one initial migration

Each dialect runs in its own interpreter, because aerich keeps its state in class attributes.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys

from aerich import Command

from hub.db import migrations_location, tortoise_config

OFFLINE_URLS = {"sqlite": "sqlite:///tmp/hub-offline.sqlite3", "postgres": "postgres://offline@127.0.0.1:1/offline"}


async def _make(dialect: str, name: str) -> None:
    url = OFFLINE_URLS[dialect]
    location = migrations_location(url)
    command = Command(tortoise_config(url), app="models", location=str(location))
    if not any((location / "models").glob("[0-9]*.py")):
        await command.init_migrations(safe=True)
        return
    await command.init(offline=True)
    created = await command.migrate(name, no_input=True, offline=True)
    print(f"{dialect}: {created or 'no changes'}")


def main(argv: list[str]) -> int:
    if argv and argv[0] in OFFLINE_URLS:
        asyncio.run(_make(argv[0], argv[1]))
        return 0
    name = argv[0] if argv else "update"
    if name == "--reset":
        for url in OFFLINE_URLS.values():
            shutil.rmtree(migrations_location(url) / "models", ignore_errors=True)
        name = "init"
    for dialect in OFFLINE_URLS:
        subprocess.run([sys.executable, "-m", "hub.migrations.make", dialect, name], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
