"""The 34 provinces and centrally-run cities after the 1/7/2025 reform (GSO code, name without its
kind, kind), as the vietnam-provinces package lists them. Kept here because the package's import
builds an enum of every commune (about 0.1 s): the start only needs its own province's name, and
the communes are loaded when first asked for (domain/units.py). tests/unit/test_units_vocab.py checks
this table against the package, so an update of the package that changes a province fails there.
"""
from __future__ import annotations

PROVINCE_ROWS: tuple[tuple[int, str, str], ...] = (
    (1, "Hà Nội", "thành phố trung ương"),
    (4, "Cao Bằng", "tỉnh"),
    (8, "Tuyên Quang", "tỉnh"),
    (11, "Điện Biên", "tỉnh"),
    (12, "Lai Châu", "tỉnh"),
    (14, "Sơn La", "tỉnh"),
    (15, "Lào Cai", "tỉnh"),
    (19, "Thái Nguyên", "tỉnh"),
    (20, "Lạng Sơn", "tỉnh"),
    (22, "Quảng Ninh", "tỉnh"),
    (24, "Bắc Ninh", "tỉnh"),
    (25, "Phú Thọ", "tỉnh"),
    (31, "Hải Phòng", "thành phố trung ương"),
    (33, "Hưng Yên", "tỉnh"),
    (37, "Ninh Bình", "tỉnh"),
    (38, "Thanh Hóa", "tỉnh"),
    (40, "Nghệ An", "tỉnh"),
    (42, "Hà Tĩnh", "tỉnh"),
    (44, "Quảng Trị", "tỉnh"),
    (46, "Huế", "thành phố trung ương"),
    (48, "Đà Nẵng", "thành phố trung ương"),
    (51, "Quảng Ngãi", "tỉnh"),
    (52, "Gia Lai", "tỉnh"),
    (56, "Khánh Hòa", "tỉnh"),
    (66, "Đắk Lắk", "tỉnh"),
    (68, "Lâm Đồng", "tỉnh"),
    (75, "Đồng Nai", "tỉnh"),
    (79, "Hồ Chí Minh", "thành phố trung ương"),
    (80, "Tây Ninh", "tỉnh"),
    (82, "Đồng Tháp", "tỉnh"),
    (86, "Vĩnh Long", "tỉnh"),
    (91, "An Giang", "tỉnh"),
    (92, "Cần Thơ", "thành phố trung ương"),
    (96, "Cà Mau", "tỉnh"),
)
