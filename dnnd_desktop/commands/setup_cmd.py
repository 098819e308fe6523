"""`dnnd setup`: first-run setup for scripts (the GUI has a wizard doing the same). The first user's
password, if any, comes from DNND_PASSWORD (commands/cli_auth.py)."""
from __future__ import annotations

import os

from ..domain.errors import ValidationError
from ..domain.messages import translate
from ..domain.roles import COMMUNE, LEVELS, PROVINCE
from ..domain.units import find_communes, find_province
from ..services.installation import SetupRequest, default_parent_body, setup_installation
from .base import Cli
from .cli_auth import PASSWORD_ENV


def register(sub, common) -> None:
    p = sub.add_parser("setup", parents=[common], help=translate("CliHelp", "first setup of the office").text())
    p.add_argument("--level", required=True, choices=LEVELS,
                   help=translate("CliHelp", "level: province, district, commune").text())
    p.add_argument("--province", required=True,
                   help=translate("CliHelp", "province name or code, for example \"Lào Cai\" or \"15\"").text())
    p.add_argument("--unit", required=True, help=translate(
        "CliHelp", "commune/ward (\"Bát Xát\"), district name, or the province itself").text())
    p.add_argument("--office-name", required=True, help=translate("CliHelp", "name of the office").text())
    p.add_argument("--officer", default=None, help=translate("CliHelp", "name of the first user").text())
    p.add_argument("--symbol", default="MTTQ-BTT",
                   help=translate("CliHelp", "document symbol, default MTTQ-BTT").text())
    p.add_argument("--place", default=None, help=translate("CliHelp", "place name on the date line").text())
    p.add_argument("--parent-body", default=None,
                   help=translate("CliHelp", "the body above, at the top left of documents").text())
    # Stored document wording (the signer's title), not a text of the interface.
    p.add_argument("--head-title", default="Chủ tịch")
    p.add_argument("--head-name", default="")
    p.set_defaults(handler=run)


def _short(name: str) -> str:
    for prefix in ("Xã ", "Phường ", "Thị trấn ", "Đặc khu ", "huyện ", "Huyện ", "Tỉnh ", "Thành phố "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def run(cli: Cli) -> int:
    a = cli.args
    province = find_province(a.province)
    if province is None:
        raise ValidationError(translate("CliMessages", "Province or city “{province}” not found. Write its right "
                                                       "name (for example: Lào Cai) or code (for example: 15).")
                              .format(province=a.province), field_errors={"province": a.province},
                              code="province_not_found")
    unit_name, unit_code = a.unit, None
    if a.level == COMMUNE:
        found = find_communes(province.code, a.unit)
        if len(found) == 1:
            unit_name, unit_code = found[0].name, found[0].code
    elif a.level == PROVINCE:
        unit_name = province.full_name
    parent = a.parent_body
    if parent is None:
        parent = default_parent_body(province.code, a.level)
    officer = a.officer or translate("CliMessages", "Administrator").text()  # stored: the language of setup
    req = SetupRequest(
        level=a.level, province_code=province.code, unit_name=unit_name, unit_code=unit_code,
        office_name=a.office_name, parent_body=parent, symbol=a.symbol,
        place_name=a.place or _short(unit_name), head_title=a.head_title, head_name=a.head_name,
        officer_name=officer, officer_password=os.environ.get(PASSWORD_ENV) or None,
        passphrase=cli.passphrase(translate("CliMessages", "Choose a passphrase to protect the office's key "
                                                           "(at least 8 characters): "), confirm=True),
    )
    cli.info(translate("CliMessages", "Creating the keys and the database…"))
    info = setup_installation(cli.data_dir, req)
    result = {**info.to_dict(), "data_dir": str(cli.data_dir.root), "user": officer}
    lines = [
        translate("CliMessages", "Set up: {office} ({unit}, {province}).").format(
            office=info.office_name, unit=info.unit_name, province=info.province_name),
        translate("CliMessages", "Office id: {id}").format(id=info.office_id),
        translate("CliMessages", "Key fingerprint: {fingerprint}").format(fingerprint=info.fingerprint),
        translate("CliMessages", "First user: {name}").format(name=officer),
        translate("CliMessages", "Data folder: {path}").format(path=str(cli.data_dir.root))]
    from ..services.privacy import db_key

    if db_key.is_encrypted(cli.data_dir):
        # Shown once, never stored: the only way into the data if the passphrase is lost.
        result["recovery_code"] = db_key.issue_recovery_code(cli.data_dir, req.passphrase)
        lines.append(translate("CliMessages", "Recovery code of the data (print it and keep it in the office's "
                                              "safe; it opens the data if the passphrase is lost): {code}")
                     .format(code=result["recovery_code"]))
    cli.emit(result, lambda: "\n".join(m.text() for m in lines))
    return 0
