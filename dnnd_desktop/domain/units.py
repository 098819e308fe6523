"""Administrative units after the 1/7/2025 reform (34 provinces, 3,321 communes, GSO codes),
from the vietnam-provinces package. Old (pre-2025) addresses are kept by callers as free text."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .province_table import PROVINCE_ROWS
from .text import fold, sort_key

_PROVINCE_PREFIX = {"tỉnh": "Tỉnh", "thành phố trung ương": "Thành phố"}


@dataclass(frozen=True)
class Province:
    code: int
    name: str          # "Lào Cai", "Hà Nội"
    kind: str          # "tỉnh" or "thành phố trung ương"

    @property
    def full_name(self) -> str:
        prefix = "Thành phố" if "thành phố" in self.kind else "Tỉnh"
        return f"{prefix} {self.name}"


@dataclass(frozen=True)
class Commune:
    code: int
    name: str          # "Xã Bát Xát", "Phường Hoàn Kiếm"
    province_code: int

    @property
    def short_name(self) -> str:
        """The name without its kind, for date lines: "Bát Xát"."""
        for prefix in ("Đặc khu ", "Phường ", "Thị trấn ", "Xã "):
            if self.name.startswith(prefix):
                return self.name[len(prefix):]
        return self.name


def _bare_province_name(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


@lru_cache(maxsize=1)
def provinces() -> list[Province]:
    # From the compact table, not the package: its import is an enum of every commune (issue 17).
    return sorted((Province(*row) for row in PROVINCE_ROWS), key=lambda p: sort_key(p.name))


def provinces_from_package() -> list[Province]:
    """The provinces as the vietnam-provinces package lists them (the test of PROVINCE_ROWS)."""
    from vietnam_provinces import Province as _VPProvince

    items = [
        Province(int(p.code.value), _bare_province_name(p.name), str(p.division_type.value))
        for p in _VPProvince.iter_all()
    ]
    return sorted(items, key=lambda p: sort_key(p.name))


@lru_cache(maxsize=64)
def communes(province_code: int) -> list[Commune]:
    from vietnam_provinces import Ward as _VPWard  # loaded when communes are first asked for

    items = [
        Commune(int(w.code.value), w.name, int(w.province_code.value))
        # The package annotates the code as its ProvinceCode IntEnum but only compares it with ==,
        # so a plain int works, and an unknown code gives no wards where ProvinceCode() would raise.
        for w in _VPWard.iter_by_province(province_code)  # type: ignore[arg-type]
    ]
    return sorted(items, key=lambda c: sort_key(c.short_name))


def province_by_code(code: int) -> Province | None:
    return next((p for p in provinces() if p.code == code), None)


def find_province(text: str | int) -> Province | None:
    """A province by GSO code ("15") or by name, ignoring tone marks and case ("lao cai")."""
    raw = str(text).strip()
    if raw.isdigit():
        return province_by_code(int(raw))
    wanted = fold(_bare_province_name(raw.title() if raw.islower() else raw))
    wanted = wanted.removeprefix("tinh ").removeprefix("thanh pho ")
    return next((p for p in provinces() if fold(p.name) == wanted), None)


def find_communes(province_code: int, text: str) -> list[Commune]:
    """Communes whose name matches `text` exactly (folded, kind optional), else contain it."""
    wanted = fold(text)
    items = communes(province_code)
    exact = [c for c in items if wanted in (fold(c.name), fold(c.short_name))]
    if exact:
        return exact
    return [c for c in items if wanted and wanted in fold(c.name)]


def commune_by_code(code: int) -> Commune | None:
    for p in provinces():
        for c in communes(p.code):
            if c.code == code:
                return c
    return None
