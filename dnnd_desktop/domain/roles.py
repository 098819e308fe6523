"""User roles and office levels. Levels are data (since 1/7/2025 there are no district Front
committees, yet older installations still are one), so nothing else may hard-code them."""
from __future__ import annotations

OFFICER = "officer"     # cán bộ: records, drafts
APPROVER = "approver"   # lãnh đạo: approves reports
ADMIN = "admin"         # quản trị: users, settings, trust
ALL_ROLES = (OFFICER, APPROVER, ADMIN)

ROLE_LABELS = {OFFICER: "Cán bộ", APPROVER: "Lãnh đạo", ADMIN: "Quản trị"}

PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
LEVELS = (PROVINCE, DISTRICT, COMMUNE)
LEVEL_LABELS = {PROVINCE: "Cấp tỉnh", DISTRICT: "Cấp huyện", COMMUNE: "Cấp xã"}
