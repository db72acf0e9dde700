"""Case numbers: XM + the day in Asia/Shanghai + a six-digit sequence of that day."""

from __future__ import annotations

import re
from datetime import datetime

from hub.db import connection
from hub.sla.calendar import SHANGHAI

_UPSERT = (
    'INSERT INTO "case_number_sequence" ("day", "last_number") VALUES ({day}, 1) '
    'ON CONFLICT ("day") DO UPDATE SET "last_number" = "case_number_sequence"."last_number" + 1 '
    'RETURNING "last_number"'
)
NUMBER = re.compile(r"XM\d{14}", re.IGNORECASE)
_NEXT = {"sqlite": _UPSERT.format(day="?"), "postgres": _UPSERT.format(day="$1")}


async def next_case_number(now: datetime) -> str:
    """Hand out the next number of the day, atomically, whichever worker asks."""
    day = now.astimezone(SHANGHAI).strftime("%Y%m%d")
    db = connection()
    rows = await db.execute_query_dict(_NEXT[db.capabilities.dialect], [day])
    return f"XM{day}{rows[0]['last_number']:06d}"


def is_case_number(text: str) -> bool:
    """Whether a text is written as a case number; anything else names no case."""
    return NUMBER.fullmatch(text) is not None


def case_number_in(text: str) -> str | None:
    """The first case number written in a text (xm2026… counts too), as the hub writes it."""
    found = NUMBER.search(text.replace(" ", ""))
    return found.group(0).upper() if found else None
