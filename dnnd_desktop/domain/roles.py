"""User roles and office levels. Levels are data (since 1/7/2025 there are no district Front
committees, yet older installations still are one), so nothing else may hard-code them."""
from __future__ import annotations

from .messages import Message, translate

OFFICER = "officer"     # cán bộ: records, drafts
APPROVER = "approver"   # lãnh đạo: approves reports
ADMIN = "admin"         # quản trị: users, settings, trust
ALL_ROLES = (OFFICER, APPROVER, ADMIN)

ROLE_LABELS: dict[str, Message] = {OFFICER: translate("Roles", "Officer"), APPROVER: translate("Roles", "Leader"),
                                   ADMIN: translate("Roles", "Administrator")}

PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
LEVELS = (PROVINCE, DISTRICT, COMMUNE)
LEVEL_LABELS: dict[str, Message] = {PROVINCE: translate("Roles", "Province level"),
                                    DISTRICT: translate("Roles", "District level"),
                                    COMMUNE: translate("Roles", "Commune level")}
