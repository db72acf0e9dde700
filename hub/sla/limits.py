"""Time limits as the SLA classes write them: `30m`, `2h`, `72h`, `7d`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Unit = Literal["m", "h", "d"]
_LIMIT = re.compile(r"^(\d+)([mhd])$")


@dataclass(frozen=True)
class Limit:
    amount: int
    unit: Unit

    @classmethod
    def parse(cls, text: str) -> Limit:
        match = _LIMIT.match(text.strip())
        if not match or int(match.group(1)) <= 0:
            raise ValueError(f"not a time limit: {text!r} (expected e.g. 30m, 2h, 7d)")
        return cls(int(match.group(1)), match.group(2))  # type: ignore[arg-type]

    @property
    def minutes(self) -> int:
        """Length in minutes; only meaningful for m and h limits."""
        return self.amount * {"m": 1, "h": 60, "d": 24 * 60}[self.unit]

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"

    def describe_zh(self) -> str:
        word = {"m": "分钟", "h": "小时", "d": "个工作日"}[self.unit]
        return f"{self.amount}{word}"
