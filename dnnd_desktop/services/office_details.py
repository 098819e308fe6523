"""The office's own details after setup: its name, the body above it, the document symbol, the place
of the date line and the signer (Settings → Đơn vị). The setup wizard says they can be completed
later; this is where.

    office_details(ctx) -> dict[str, str]                  the current values, by field
    update_office_details(ctx, values) -> InstallationInfo  one transaction; one audit entry per
                                                            changed field ("office_update",
                                                            field, old → new); ctx.installation
                                                            is replaced, so the next document
                                                            (report, printout) uses the new values

The level, province and unit are not here: they decide which records and packages belong to the
office and are fixed at setup."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.messages import Text, translate
from ..domain.roles import ADMIN
from ..domain.text import clean
from ..storage.models import Installation, Office
from .audit import write_audit
from .types import InstallationInfo, installation_info

if TYPE_CHECKING:
    from .app_context import AppContext

# field -> the Office column that holds it
FIELDS: dict[str, str] = {
    "office_name": "name",
    "parent_body": "parent_body",
    "symbol": "symbol",
    "place_name": "place_name",
    "head_title": "head_title",
    "head_name": "head_name",
}
REQUIRED = ("office_name", "symbol", "place_name")


def office_details(ctx: AppContext) -> dict[str, str]:
    info = ctx.installation
    return {
        "office_name": info.office_name, "parent_body": info.parent_body or "", "symbol": info.symbol,
        "place_name": info.place_name, "head_title": info.head_title, "head_name": info.head_name,
    }


def update_office_details(ctx: AppContext, values: dict[str, str]) -> InstallationInfo:
    user = ctx.current_user
    if user is not None and not user.has_role(ADMIN):
        raise PermissionDenied(translate("OfficeErrors", "Only a person with the Administrator role may change the "
                                         "office's details."))
    cleaned = {name: clean(values.get(name)) for name in FIELDS if name in values}
    errors: dict[str, Text] = {}
    for name in REQUIRED:
        if name in cleaned and not cleaned[name]:
            errors[name] = translate("OfficeErrors", "This field is needed on every document; fill it in.")
    if errors:
        raise ValidationError(translate("OfficeErrors", "Some of the office's details are missing."),
                              field_errors=errors, code="office_invalid")
    with ctx.session() as s:
        inst = s.get(Installation, 1)
        assert inst is not None   # an open context is a set-up installation
        office = s.get(Office, inst.office_id)
        assert office is not None
        for name, value in cleaned.items():
            column = FIELDS[name]
            old = getattr(office, column)
            if (old or None) == (value or None):
                continue
            setattr(office, column, value)
            write_audit(s, ctx, "office_update", "office", office.id, field=name, old=old, new=value)
        s.flush()
        info = installation_info(inst, office)
    ctx.installation = info
    return info
