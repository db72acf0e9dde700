"""The time left on the limit a case is running against, as a countdown with a colour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from hub.cases.enums import CaseStatus
from hub.cases.models import Case

URGENT_SHARE = 0.25  # less than a quarter of the window left
SOON_SHARE = 0.5


@dataclass(frozen=True)
class Countdown:
    window: str  # 签收 or 办结
    due: datetime
    seconds_left: int  # negative once overdue
    tone: str  # ok, soon, urgent, overdue, paused

    @property
    def text(self) -> str:
        return "已挂起，暂停计时" if self.tone == "paused" else describe(self.seconds_left)


def countdown(case: Case, now: datetime) -> Countdown | None:
    """The running limit of an open case: sign-off while routed, resolution while being worked."""
    if case.status == CaseStatus.ROUTED and case.sign_due_at is not None:
        return _countdown("签收", case.routed_at, case.sign_due_at, now)
    if case.status in (CaseStatus.SIGNED, CaseStatus.REOPENED) and case.resolve_due_at is not None:
        if case.suspended_at is not None:
            left = int((case.resolve_due_at - case.suspended_at).total_seconds())
            return Countdown("办结", case.resolve_due_at, left, "paused")
        return _countdown("办结", case.signed_at, case.resolve_due_at, now)
    return None


def _countdown(window: str, start: datetime | None, due: datetime, now: datetime) -> Countdown:
    left = (due - now).total_seconds()
    length = (due - start).total_seconds() if start is not None else 0
    share = left / length if length > 0 else 1.0
    if left < 0:
        tone = "overdue"
    elif share < URGENT_SHARE:
        tone = "urgent"
    elif share < SOON_SHARE:
        tone = "soon"
    else:
        tone = "ok"
    return Countdown(window, due, int(left), tone)


def describe(seconds: int) -> str:
    """剩 1天3小时 / 剩 25分钟 / 超期 2小时10分."""
    prefix = "剩" if seconds >= 0 else "超期"
    minutes = abs(seconds) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{prefix} {days}天{hours}小时"
    if hours:
        return f"{prefix} {hours}小时{mins}分"
    return f"{prefix} {mins}分钟"
