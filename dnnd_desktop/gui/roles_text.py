"""Role and level names as shown in the UI (translated; the domain's Vietnamese labels are for
documents and the CLI)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.roles import ADMIN, APPROVER, COMMUNE, DISTRICT, OFFICER, PROVINCE


def role_name(role: str) -> str:
    return {
        OFFICER: QCoreApplication.translate("Roles", "Officer"),
        APPROVER: QCoreApplication.translate("Roles", "Approver"),
        ADMIN: QCoreApplication.translate("Roles", "Administrator"),
    }.get(role, role)


def roles_text(roles) -> str:
    return ", ".join(role_name(r) for r in roles)


def level_name(level: str) -> str:
    return {
        PROVINCE: QCoreApplication.translate("Roles", "Province level"),
        DISTRICT: QCoreApplication.translate("Roles", "District level"),
        COMMUNE: QCoreApplication.translate("Roles", "Commune level"),
    }.get(level, level)
