"""Keys over time: the start-up check that the keys open the data, and re-sealing (rotation)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from tortoise.transactions import in_transaction

from hub.db import connection
from hub.privacy.keys import SealError, keyring
from hub.privacy.lookup import PHONE, digest_of
from hub.settings import SettingsError

log = logging.getLogger(__name__)
ROTATE_BATCH = 500
# Every sealed column: (table, primary key, columns). hub/privacy/__init__.py says why each one.
SEALED_COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("reporter", "id", ("name", "phone")),
    ("report", "id", ("text", "details")),
    ("case", "id", ("details",)),
    ("conversation", "id", ("state",)),
    ("chat_message", "id", ("text", "extra")),
    ("task", "id", ("people",)),
)


async def check_keys() -> None:
    """Stop the start of a hub whose keys cannot open its data, or whose hash key differs."""
    db = connection()
    for table, key, columns in SEALED_COLUMNS:
        for column in columns:
            rows = await db.execute_query_dict(
                f'SELECT "{column}" AS v FROM "{table}" WHERE "{column}" IS NOT NULL '
                f'ORDER BY "{key}" DESC LIMIT 1'
            )
            try:
                for row in rows:
                    keyring().open(str(row["v"]))
            except SealError as exc:
                raise SettingsError(f"HUB_PII_KEYS: {exc} ({table}.{column})") from None
    rows = await db.execute_query_dict(
        'SELECT "phone", "phone_hash" FROM "reporter" WHERE "phone_hash" IS NOT NULL '
        'ORDER BY "id" DESC LIMIT 1'
    )
    for row in rows:
        if digest_of(PHONE, keyring().open(row["phone"])) != row["phone_hash"]:
            raise SettingsError(
                "HUB_PII_HASH_KEY is not the key the stored hashes were made with: "
                "lookups by phone or ID number would find nothing"
            )


@dataclass
class Rotation:
    """What `hub pii rotate` did: values sealed again per column, and what is left to do."""

    resealed: dict[str, int] = field(default_factory=dict)
    left: dict[str, int] = field(default_factory=dict)


async def rotate(batch: int = ROTATE_BATCH) -> Rotation:
    """Seal again under the current key every value sealed under another (or never sealed).

    Batch by batch in primary key order, each in its own transaction, a value only if it is
    still what was read: stopped at any point, it starts again where it matters, and a second
    run finds nothing to do.
    """
    done = Rotation()
    for table, key, columns in SEALED_COLUMNS:
        for column in columns:
            name = f"{table}.{column}"
            done.resealed[name] = await _rotate_column(table, key, column, batch)
            done.left[name] = await _not_current(table, column)
    return done


async def _rotate_column(table: str, key: str, column: str, batch: int) -> int:
    ring, count, last = keyring(), 0, None
    while True:
        rows = await _stale_rows(table, key, column, last, batch)
        if not rows:
            return count
        async with in_transaction():
            db = connection()
            for row in rows:
                fresh = ring.seal(ring.open(row["v"]))
                update = _sql(
                    f'UPDATE "{table}" SET "{column}" = {{}} WHERE "{key}" = {{}} '
                    f'AND "{column}" = {{}}'
                )
                changed, _ = await db.execute_query(update, [fresh, row["k"], row["v"]])
                count += 1 if changed else 0
        last = rows[-1]["k"]
        log.info("re-sealed %s.%s up to %s=%s", table, column, key, last)


async def _stale_rows(
    table: str, key: str, column: str, last: Any, batch: int
) -> list[dict[str, Any]]:
    after = f'AND "{key}" > {{}} ' if last is not None else ""
    sql = _sql(
        f'SELECT "{key}" AS k, "{column}" AS v FROM "{table}" '
        f'WHERE "{column}" IS NOT NULL AND "{column}" NOT LIKE {{}} {after}'
        f'ORDER BY "{key}" LIMIT {int(batch)}'
    )
    values = [keyring().sealed_prefix + "%", *([last] if last is not None else [])]
    return await connection().execute_query_dict(sql, values)


async def _not_current(table: str, column: str) -> int:
    sql = _sql(
        f'SELECT COUNT(*) AS n FROM "{table}" WHERE "{column}" IS NOT NULL '
        f'AND "{column}" NOT LIKE {{}}'
    )
    rows = await connection().execute_query_dict(sql, [keyring().sealed_prefix + "%"])
    return int(rows[0]["n"])


def _sql(template: str) -> str:
    """The statement with this database's placeholders ($1, $2 … or ?)."""
    if connection().capabilities.dialect == "postgres":
        return template.format(*(f"${n}" for n in range(1, template.count("{}") + 1)))
    return template.format(*("?" for _ in range(template.count("{}"))))
