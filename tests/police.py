"""A police task system, an officer and their phone, set up through the hub's own flows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agencies.enums import Role
from agencies.flows import add_account, issue_token
from hub.tasks.flows import add_system
from nlu.engine import Intent
from nlu.meaning import Meaning, PlaceMatch
from tests.factories import place


@dataclass(frozen=True)
class Police:
    api_key: str
    secret: str
    officer_token: str
    officer: str = "officer-chen"

    @property
    def system_headers(self) -> dict[str, str]:
        return {"X-Api-Key": self.api_key}

    def officer_headers(self, key: str | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.officer_token}"}
        return headers | ({"Idempotency-Key": key} if key else {})


async def police(now: datetime, officer: str = "officer-chen") -> Police:
    system = await add_system("公安任务系统", now=now)
    await add_account(
        username=officer, password=None, role=Role.OFFICER, display_name="陈警官", now=now
    )
    token = await issue_token(officer, now=now)
    return Police(system.api_key, system.signing_secret, token, officer)


def task_body(external_id: str = "RW-2026-0001", **changes: Any) -> dict[str, Any]:
    return {
        "external_id": external_id,
        "type": "入户走访",
        "station": "江头派出所",
        "officer": "officer-chen",
        "subject": "走访发现台湾街某出租屋楼道内多辆电动车飞线充电",
        "place": "台湾街",
        "people": [{"name": "王某", "phone": "13800000000", "role": "房东"}],
    } | changes


class FixedReading:
    """A fixed NLU reading, so routing assertions do not move with the model (the end-to-end test
    of the loop runs the trained engine)."""

    def __init__(self, category: str, where: str | None, confidence: float = 0.9) -> None:
        self.category = category
        self.where = where
        self.confidence = confidence

    def understand(self, text: str) -> Meaning:
        found = place(self.where) if self.where else None
        return Meaning(text, self.category, self.confidence, place=found)

    def intent(self, text: str) -> Intent:
        return Intent("report", 1.0)

    def entities(self, text: str) -> dict[str, Any]:
        return {}

    def place(self, text: str) -> PlaceMatch | None:
        return place(self.where) if self.where else None
