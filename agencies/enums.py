"""Roles and kinds on the departments' side."""

from enum import StrEnum


class Role(StrEnum):
    STAFF = "staff"  # department staff: works the department's queue
    SUPERVISOR = "supervisor"  # department supervisor: also reassigns, receives escalations
    OPERATOR = "operator"  # hub operator: dispatches, approves extensions, sees every case
    ADMIN = "admin"
    OFFICER = "officer"  # police officer: pushes referrals from tasks

    @property
    def label_zh(self) -> str:
        return {
            "staff": "部门经办人",
            "supervisor": "部门负责人",
            "operator": "中心调度员",
            "admin": "系统管理员",
            "officer": "民警",
        }[self.value]


HUB_WIDE_ROLES = frozenset({Role.OPERATOR, Role.ADMIN})
DEPARTMENT_ROLES = frozenset({Role.STAFF, Role.SUPERVISOR})


class UnitKind(StrEnum):
    POLICE_STATION = "police_station"
    STREET_OFFICE = "street_office"
