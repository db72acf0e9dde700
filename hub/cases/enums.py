"""Statuses of a case and the kinds of events on its timeline."""

from enum import StrEnum


class CaseStatus(StrEnum):
    RECEIVED = "received"
    TRIAGE = "triage"
    ROUTED = "routed"
    SIGNED = "signed"
    RETURNED = "returned"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    CANCELLED = "cancelled"

    @property
    def label_zh(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    CaseStatus.RECEIVED: "已受理",
    CaseStatus.TRIAGE: "待分拨",
    CaseStatus.ROUTED: "待签收",
    CaseStatus.SIGNED: "办理中",
    CaseStatus.RETURNED: "已退单",
    CaseStatus.RESOLVED: "已办结",
    CaseStatus.CLOSED: "已关闭",
    CaseStatus.REOPENED: "重办中",
    CaseStatus.CANCELLED: "已撤销",
}

OPEN_STATUSES = frozenset(
    {
        CaseStatus.RECEIVED,
        CaseStatus.TRIAGE,
        CaseStatus.ROUTED,
        CaseStatus.SIGNED,
        CaseStatus.RETURNED,
        CaseStatus.REOPENED,
    }
)


class EventKind(StrEnum):
    RECEIVED = "received"
    ROUTED = "routed"
    TRIAGED = "triaged"
    DISPATCHED = "dispatched"
    SIGNED = "signed"
    RETURNED = "returned"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"
    CANCELLED = "cancelled"
    DUPLICATE_REPORT = "duplicate_report"
    NOTE = "note"
    REMINDED = "reminded"
    ESCALATED = "escalated"
    LISTED = "listed"
    EXTENSION_REQUESTED = "extension_requested"
    EXTENSION_APPROVED = "extension_approved"
    EXTENSION_REFUSED = "extension_refused"
    SUSPENDED = "suspended"
    RESUMED = "resumed"
    REVISIT = "revisit"
    ASSIGNED = "assigned"
    OPINION = "opinion"
    PERSONAL_DATA_VIEWED = "personal_data_viewed"
    PERSONAL_DATA_ERASED = "personal_data_erased"

    @property
    def label_zh(self) -> str:
        return EVENT_LABELS.get(self, self.value)


EVENT_LABELS = {
    EventKind.RECEIVED: "受理",
    EventKind.ROUTED: "分派",
    EventKind.TRIAGED: "转人工分拨",
    EventKind.DISPATCHED: "人工分拨",
    EventKind.SIGNED: "签收",
    EventKind.RETURNED: "退单",
    EventKind.RESOLVED: "办结",
    EventKind.CLOSED: "关闭",
    EventKind.REOPENED: "重办",
    EventKind.CANCELLED: "撤销",
    EventKind.DUPLICATE_REPORT: "重复诉求并案",
    EventKind.NOTE: "办理进展",
    EventKind.REMINDED: "催办",
    EventKind.ESCALATED: "督办",
    EventKind.LISTED: "超期通报",
    EventKind.EXTENSION_REQUESTED: "申请延期",
    EventKind.EXTENSION_APPROVED: "批准延期",
    EventKind.EXTENSION_REFUSED: "驳回延期",
    EventKind.SUSPENDED: "挂起",
    EventKind.RESUMED: "恢复计时",
    EventKind.REVISIT: "回访",
    EventKind.ASSIGNED: "指派经办人",
    EventKind.OPINION: "协办意见",
    EventKind.PERSONAL_DATA_VIEWED: "查看个人信息",
    EventKind.PERSONAL_DATA_ERASED: "个人信息到期删除",
}


class Channel(StrEnum):
    CHAT = "chat"
    OFFICER = "officer"
    OPEN311 = "open311"
    PORTAL = "portal"
    API = "api"


class ResolutionResult(StrEnum):
    RESOLVED = "resolved"
    EXPLAINED = "explained"
    NOT_OUR_RESPONSIBILITY = "not_our_responsibility"
    UNRESOLVABLE = "unresolvable"

    @property
    def label_zh(self) -> str:
        return {
            "resolved": "已解决",
            "explained": "已解释说明",
            "not_our_responsibility": "非本部门职责",
            "unresolvable": "暂无法解决",
        }[self.value]
