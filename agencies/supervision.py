"""Reads for the hub operators' supervision pages: extension requests waiting for a decision."""

from __future__ import annotations

from tortoise.expressions import Subquery

from agencies.access import Principal, visible_cases
from hub.sla.enums import ExtensionStatus
from hub.sla.models import Extension


async def pending_extensions(principal: Principal) -> list[Extension]:
    """Extension requests waiting for a decision, oldest first, on cases the principal sees."""
    seen = Subquery(visible_cases(principal).values("id"))
    return (
        await Extension.filter(status=ExtensionStatus.PENDING, case_id__in=seen)
        .order_by("requested_at", "id")
        .select_related("case", "case__department", "case__category")
    )
