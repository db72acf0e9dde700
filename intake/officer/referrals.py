"""An officer's one-tap referral: the task becomes a report, understood and routed like any."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Any

from agencies.access import Principal
from agencies.catalog import catalogue
from hub.cases.enums import Channel
from hub.cases.flows import NewReport
from hub.tasks import flows
from hub.tasks.flows import ReferralAnswer
from hub.tasks.models import Task
from nlu.engine import Engine, run_nlu
from nlu.meaning import Meaning
from routing.decide import decide

MAX_NOTE = 1000


async def push(
    *,
    officer: Principal,
    task_id: int,
    note: str,
    key: str,
    engine: Engine,
    now: datetime,
    threshold: float,
    duplicate_window: timedelta,
) -> ReferralAnswer:
    """File the referral of a task once per idempotency key; retries get the first answer."""
    fingerprint = flows.referral_fingerprint(task_id, note)
    earlier = await flows.earlier_referral(officer, key, fingerprint)
    if earlier is not None:
        return earlier
    task = await flows.officer_task(officer, task_id)
    text = referral_text(task, note)
    meaning = await understand(engine, text, task.place)
    return await flows.refer(
        officer=officer,
        key=key,
        fingerprint=fingerprint,
        task=task,
        new=NewReport(
            Channel.OFFICER,
            text,
            details=referral_details(task, officer, note),
            reporter_kind="officer",
            reporter_name=officer.label,
        ),
        decision=decide(meaning, catalogue(), threshold=threshold),
        now=now,
        duplicate_window=duplicate_window,
    )


def referral_text(task: Task, note: str) -> str:
    """The report as the department reads it: the matter, where, who, and the officer's note."""
    parts = [task.subject.strip().rstrip("。")]
    if task.place:
        parts.append(f"地点：{task.place}")
    names = [str(p["name"]) for p in task.people if isinstance(p, dict) and p.get("name")]
    if names:
        parts.append(f"涉及人员：{'、'.join(names)}")
    if note.strip():
        parts.append(f"民警补充：{note.strip()}")
    return "。".join(parts) + "。"


def referral_details(task: Task, officer: Principal, note: str) -> dict[str, Any]:
    return {
        "task": {"id": task.id, "external_id": task.external_id, "type": task.type},
        "station": task.station,
        "place": task.place,
        "people": task.people,
        "officer": officer.label,
        "note": note.strip() or None,
    }


async def understand(engine: Engine, text: str, place: str | None) -> Meaning:
    """The NLU's reading of the referral; the task's own place when the text names none."""
    meaning = await run_nlu(engine.understand, text)
    if meaning.place is None and place:
        found = await run_nlu(engine.place, place)
        meaning = dataclasses.replace(meaning, place=found)
    return meaning
