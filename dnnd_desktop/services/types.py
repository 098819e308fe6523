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
    return user_info_of(user.id, user.name, user.roles, bool(user.password_hash))


def user_info_of(user_id: str, name: str, roles: str, has_password: bool) -> UserInfo:
    """From a users row's values (the start reads them before SQLAlchemy: services/start_facts.py)."""
    return UserInfo(user_id, name, tuple(r for r in (roles or "").split(",") if r), has_password)


def installation_info(inst: Installation, office: Office) -> InstallationInfo:
    return installation_info_of({name: getattr(office, name) for name in OFFICE_FIELDS},
                                inst.site_id, inst.sign_pk, inst.box_pk)


# The offices columns an InstallationInfo is made from.
OFFICE_FIELDS = ("id", "name", "level", "province_code", "unit_name", "unit_code", "parent_body", "symbol",
                 "place_name", "head_title", "head_name")


def installation_info_of(office: dict[str, Any], site_id: str, sign_pk: bytes, box_pk: bytes) -> InstallationInfo:
    """From the office's values (OFFICE_FIELDS) and the installation's: the ORM's (installation_info)
    or the start's rows read before SQLAlchemy (services/start_facts.py)."""
    province = province_by_code(office["province_code"]) if office["province_code"] else None
    return InstallationInfo(
        office_id=office["id"],
        site_id=site_id,
        office_name=office["name"],
        level=office["level"],
        province_code=office["province_code"],
        province_name=province.name if province else "",
        unit_name=office["unit_name"] or "",
        unit_code=office["unit_code"],
        parent_body=office["parent_body"],
        symbol=office["symbol"] or "",
        place_name=office["place_name"] or "",
        head_title=office["head_title"] or "",
        head_name=office["head_name"] or "",
        fingerprint=fingerprint(PublicKeys(sign_pk, box_pk)),
    )
