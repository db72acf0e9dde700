"""What follows an event on a case's timeline, inside the transaction that records it.

hub/cases/flows.py `record` calls `react` for every event, so no verb (the lifecycle's, the SLA's
extensions, the portal's) can change a case without the linked police tasks, the reporter and the
revisit plan hearing of it; and nothing is sent from here: messages wait in the outbox until commit.
"""

from __future__ import annotations

from hub.cases.models import Case, CaseEvent
from hub.feedback import residents, tasks


async def react(case: Case, event: CaseEvent) -> None:
    if event.kind in tasks.TASK_EVENTS:
        await tasks.tell_tasks(case, event)
    if event.kind in residents.REPORTER_EVENTS:
        await residents.tell_reporters(case, event)
    if event.kind == "resolved":
        await residents.plan_revisits(case, event.at)
    if event.kind in residents.ENDS_REVISITS:
        await residents.void_revisits(case)
