"""The windows a case's clock runs in, and the states of an extension request."""

from enum import StrEnum

from hub.cases.enums import CaseStatus


class Window(StrEnum):
    SIGN = "sign"  # from routing to sign-off (签收)
    RESOLVE = "resolve"  # from sign-off (or reopening) to resolution (办结)

    @property
    def label_zh(self) -> str:
        return {"sign": "签收", "resolve": "办结"}[self.value]


# The window a case is in, by status; statuses not listed have no clock running.
WINDOW_OF = {
    CaseStatus.ROUTED: Window.SIGN,
    CaseStatus.SIGNED: Window.RESOLVE,
    CaseStatus.REOPENED: Window.RESOLVE,
}


class ExtensionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"

    @property
    def label_zh(self) -> str:
        return {"pending": "待审批", "approved": "已批准", "refused": "已驳回"}[self.value]
