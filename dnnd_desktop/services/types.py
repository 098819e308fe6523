"""Plain data handed from services to the GUI and the CLI (no ORM objects cross that line)."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from ..domain.units import province_by_code
from ..exchange.keys import PublicKeys, fingerprint

if TYPE_CHECKING:
    from ..storage.models import Installation, Office, User


@dataclass(frozen=True)
class UserInfo:
    id: str
    name: str
    roles: tuple[str, ...]
    has_password: bool

    def has_role(self, role: str) -> bool:
        return role in self.roles


@dataclass(frozen=True)
class InstallationInfo:
    office_id: str
    site_id: str
    office_name: str
    level: str
    province_code: int | None
    province_name: str
    unit_name: str
    unit_code: int | None
    parent_body: str | None
    symbol: str
    place_name: str
    head_title: str
    head_name: str
    fingerprint: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def user_info(user: User) -> UserInfo:
    return UserInfo(user.id, user.name, tuple(r for r in user.roles.split(",") if r),
                    bool(user.password_hash))


def installation_info(inst: Installation, office: Office) -> InstallationInfo:
    province = province_by_code(office.province_code) if office.province_code else None
    return InstallationInfo(
        office_id=office.id,
        site_id=inst.site_id,
        office_name=office.name,
        level=office.level,
        province_code=office.province_code,
        province_name=province.name if province else "",
        unit_name=office.unit_name or "",
        unit_code=office.unit_code,
        parent_body=office.parent_body,
        symbol=office.symbol or "",
        place_name=office.place_name or "",
        head_title=office.head_title or "",
        head_name=office.head_name or "",
        fingerprint=fingerprint(PublicKeys(inst.sign_pk, inst.box_pk)),
    )
