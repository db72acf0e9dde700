"""Instants are stored in UTC: queries compare them as instants, whatever offset they came with."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hub.cases.models import Case
from hub.sla.calendar import SHANGHAI
from tests.factories import file_case


async def test_instants_compare_as_instants(orm: str) -> None:
    # 16:12 in Xiamen is 08:12 UTC: earlier than 09:00 UTC, though "16" sorts after "09".
    xiamen = datetime(2026, 12, 15, 16, 12, tzinfo=SHANGHAI)
    case = await file_case(xiamen)
    assert await Case.filter(created_at__lt=datetime(2026, 12, 15, 9, 0, tzinfo=UTC)).exists()
    assert not await Case.filter(created_at__lt=datetime(2026, 12, 15, 8, 0, tzinfo=UTC)).exists()
    assert await Case.filter(created_at=xiamen.astimezone(UTC)).exists()
    stored = await Case.get(id=case.id)
    assert stored.created_at == xiamen
    assert stored.sign_due_at == datetime(2026, 12, 16, 9, 12, tzinfo=SHANGHAI)
    assert await Case.filter(sign_due_at__gt=stored.sign_due_at - timedelta(seconds=1)).exists()
