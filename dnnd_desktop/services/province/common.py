"""Shared pieces of the province services."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...domain.errors import DnndError
from ...domain.messages import Message, translate
from ...domain.roles import PROVINCE
from ...exchange.keys import SecretKeys

if TYPE_CHECKING:
    from ..app_context import AppContext

RECEIVED, ACKNOWLEDGED, RETURNED = "received", "acknowledged", "returned"
# A lower office's report as the province sees it.
RECEIVED_STATUS_LABELS = {RECEIVED: translate("Province", "Received, awaiting review"),
                          ACKNOWLEDGED: translate("Province", "Acknowledged"),
                          RETURNED: translate("Province", "Returned")}
# Vietnam has no daylight saving: its offices' dates are UTC+7 whatever the laptop's zone.
VN_TZ = dt.timezone(dt.timedelta(hours=7))


class NotProvince(DnndError):
    code = "not_province"


def require_province(ctx: AppContext, what: Message) -> None:
    """`what` is what only a province does, e.g. translate("ProvinceErrors", "register lower offices")."""
    if ctx.installation.level != PROVINCE:
        raise NotProvince(translate("ProvinceErrors", "Only a province office can {what}. This app is set up for "
                                    "«{office}».").format(what=what, office=ctx.installation.office_name))


def vn_date(utc_naive: dt.datetime | None) -> dt.date | None:
    """The Vietnamese calendar day of a stored (naive UTC) time."""
    if utc_naive is None:
        return None
    return utc_naive.replace(tzinfo=dt.UTC).astimezone(VN_TZ).date()


def unlock(ctx: AppContext, passphrase: str) -> SecretKeys:
    """The office's secret keys for signing or opening a package (WrongPassphrase when wrong).
    Slow on purpose (key derivation): call it from the task runner's worker."""
    from ..installation import unlock_secret_keys

    with ctx.session() as s:
        return unlock_secret_keys(s, passphrase)
