"""First-run setup: who this office is, its keys, its first user.

Setup is all-or-nothing: the database file appears only when every step succeeded.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from nacl.pwhash import argon2id
from sqlalchemy.orm import Session

from ..domain.errors import DnndError, ValidationError
from ..domain.messages import Text, translate
from ..domain.progress import CancelToken, ProgressCallback, no_progress
from ..domain.roles import ALL_ROLES, COMMUNE, DISTRICT, LEVELS, PROVINCE
from ..domain.text import clean
from ..domain.units import communes, find_communes, province_by_code
from ..exchange import keys
from ..paths import DataDir
from ..storage import sqlite_cipher
from ..storage.engine import make_engine, make_session_factory
from ..storage.migrate import current_revision, is_current, upgrade
from ..storage.models import Installation, Office, User
from ..storage.sqlite_files import copy_database
from .joined_texts import joined
from .passwords import hash_password
from .privacy import db_key
from .types import InstallationInfo, installation_info

if TYPE_CHECKING:
    from .app_context import AppContext


@dataclass
class SetupRequest:
    level: str
    province_code: int
    unit_name: str
    unit_code: int | None
    office_name: str
    parent_body: str | None
    symbol: str
    place_name: str
    head_title: str
    head_name: str
    officer_name: str
    officer_password: str | None
    passphrase: str


# The parent body line of the document header: Vietnamese wording of the documents (Decree 30).
CENTRAL_BODY = "Ủy ban Trung ương MTTQ Việt Nam"


def default_parent_body(province_code: int, level: str = DISTRICT) -> str:
    """The body above the office, for the document header: the central committee above a province,
    "Ủy ban MTTQ Việt Nam tỉnh Lào Cai" above a district or commune."""
    if level == PROVINCE:
        return CENTRAL_BODY
    province = province_by_code(province_code)
    if province is None:
        return ""
    kind = "thành phố" if province.full_name.startswith("Thành phố") else "tỉnh"
    return f"Ủy ban MTTQ Việt Nam {kind} {province.name}"


KdfLimits = tuple[int, int]
"""argon2id (opslimit, memlimit) for protecting the key passphrase."""

REAL_KDF_LIMITS: KdfLimits = (keys.DEFAULT_OPSLIMIT, keys.DEFAULT_MEMLIMIT)
FAST_KDF_LIMITS: KdfLimits = (argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN)
"""The minimum cost: only for a throwaway installation whose keys protect nothing (the selftest's,
the test suite's). It makes a stolen passphrase file cheap to attack, so real installs never use it."""

# Process-wide settings of setup_installation (and of the encrypted-backup export, which shares the
# passphrase cost). Real use keeps the defaults. A program that sets up many throwaway installations
# changes them in its own process (the test suite does, in tests/conftest.py and
# tests/support/run_cli.py); nothing reads them from the environment.
KDF_LIMITS: KdfLimits = REAL_KDF_LIMITS
MIGRATED_TEMPLATE: Path | None = None
"""An empty database file already migrated to the app's head revision. When set, a new installation
starts as a copy of it (the same file the migrations would make) instead of running every Alembic
revision again; a template that is not at the head revision is ignored."""


def kdf_limits() -> KdfLimits:
    """argon2id cost for the key passphrase (and the encrypted backup's): KDF_LIMITS, the 'moderate'
    profile unless the process lowered it."""
    return KDF_LIMITS


def is_set_up(data_dir: DataDir) -> bool:
    if db_key.needs_unlock(data_dir) and sqlite_cipher.is_encrypted_file(data_dir.database):
        return True   # encrypted and locked: set up, and opened once the passphrase is typed
    db = data_dir.database_url
    if current_revision(db) is None:
        return False
    engine = make_engine(db)
    try:
        with make_session_factory(engine)() as s:
            return s.get(Installation, 1) is not None
    except Exception:  # noqa: BLE001 - a damaged file is "not set up"; opening it reports why
        return False
    finally:
        engine.dispose()


def _present(value: str) -> str:
    """The cleaned text of a required field that _validate has found filled in."""
    text = clean(value)
    assert text is not None
    return text


def _validate(req: SetupRequest) -> SetupRequest:
    errors: dict[str, Text] = {}
    level = (req.level or "").strip().lower()
    if level not in LEVELS:
        errors["level"] = translate("SetupErrors", "Choose the level of the office: province, district or commune.")
    province = province_by_code(int(req.province_code)) if str(req.province_code).isdigit() else None
    if province is None:
        errors["province_code"] = translate("SetupErrors", "Choose a province or city from the list.")
    unit_name, unit_code = clean(req.unit_name), req.unit_code
    if level == PROVINCE and province:
        unit_name, unit_code = province.full_name, province.code
    elif level == COMMUNE and province:
        if unit_code is not None:
            match = [c for c in communes(province.code) if c.code == unit_code]
        else:
            match = find_communes(province.code, unit_name or "")
        if len(match) != 1:
            errors["unit_name"] = (
                translate("SetupErrors", "No commune or ward «{name}» was found in {province}. Choose the right "
                          "name from the list.").format(name=unit_name or "", province=province.full_name)
                if not match else
                translate("SetupErrors", "{count} communes or wards match «{name}». Write the full name.")
                .format(count=len(match), name=unit_name))
        else:
            unit_name, unit_code = match[0].name, match[0].code
    elif level == DISTRICT and not unit_name:
        errors["unit_name"] = translate("SetupErrors", "Enter the name of the district (e.g. huyện Bát Xát).")
    required = {
        "office_name": (translate("SetupErrors", "Enter the name of the office (e.g. Ủy ban MTTQ Việt Nam huyện Bát "
                                  "Xát)."), req.office_name),
        "symbol": (translate("SetupErrors", "Enter the office's document symbol (e.g. MTTQ-BTT)."), req.symbol),
        "place_name": (translate("SetupErrors", "Enter the place name written on the date line (e.g. Bát Xát)."),
                       req.place_name),
        "officer_name": (translate("SetupErrors", "Enter the name of the first user."), req.officer_name),
    }
    for name, (message, value) in required.items():
        if not clean(value):
            errors[name] = message
    try:
        keys.validate_passphrase(req.passphrase or "")
    except DnndError as exc:
        errors["passphrase"] = exc.text
    if req.officer_password is not None and req.officer_password != "" and len(req.officer_password) < 4:
        errors["officer_password"] = translate("SetupErrors", "The user's password needs at least 4 characters (or "
                                               "leave it empty).")
    if errors:
        raise ValidationError(translate("SetupErrors", "The setup information is incomplete or wrong: {problems}")
                              .format(problems=joined(errors.values(), " ")), field_errors=errors,
                              code="setup_invalid")
    # No error, so the province and the unit were found and every required text is there.
    assert province is not None and unit_name is not None
    return SetupRequest(
        level=level, province_code=province.code, unit_name=unit_name, unit_code=unit_code,
        office_name=_present(req.office_name), parent_body=clean(req.parent_body), symbol=_present(req.symbol),
        # The default signer title of the documents (Vietnamese by law).
        place_name=_present(req.place_name), head_title=clean(req.head_title) or "Chủ tịch",
        head_name=clean(req.head_name) or "", officer_name=_present(req.officer_name),
        officer_password=req.officer_password or None, passphrase=req.passphrase,
    )


def setup_installation(data_dir: DataDir, req: SetupRequest, progress: ProgressCallback = no_progress,
                       cancel: CancelToken | None = None, *, kdf: KdfLimits | None = None,
                       migrated_template: Path | None = None) -> InstallationInfo:
    """Set up `data_dir` for the office described by `req`. `kdf` is the passphrase cost (default
    kdf_limits()); `migrated_template` an empty database at the head revision to start from instead
    of running the migrations (default MIGRATED_TEMPLATE, normally none)."""
    cancel = cancel or CancelToken()
    template = migrated_template if migrated_template is not None else MIGRATED_TEMPLATE
    if is_set_up(data_dir):
        raise DnndError(translate("SetupErrors", "This data folder is already set up for an office. It is not set "
                                  "up again, so that no data is lost; choose another folder if needed."),
                        code="already_set_up")
    req = _validate(req)
    progress(1, 4, str(translate("Setup", "Making the office's signing and encryption keys…")))
    secret = keys.generate_keys()
    ops, mem = kdf if kdf is not None else kdf_limits()
    protected = keys.protect(secret, req.passphrase, opslimit=ops, memlimit=mem)
    cancel.raise_if_cancelled()
    progress(2, 4, str(translate("Setup", "Making the database…")))
    data_dir.ensure()
    db = data_dir.database_url
    file = data_dir.database if data_dir.uses_sqlite_file else None
    # On a server the database exists already (its administrator made it, docs/server.md); setup
    # migrates it and writes the identity in one transaction, so a failure leaves no office in it.
    fresh = file is not None and not file.exists()
    encrypt = fresh and db_key.ENABLED and db_key.applies(data_dir)
    try:
        if encrypt:   # registered now: the new file is a SQLCipher file from its first page
            db_key.create_key(data_dir, req.passphrase, kdf=(ops, mem))
        if fresh and file is not None and template is not None and is_current(Path(template)):
            copy_database(Path(template), file)
        upgrade(db, data_dir.backups)  # a copied template is already current: nothing to do
        cancel.raise_if_cancelled()
        progress(3, 4, str(translate("Setup", "Writing the office's details…")))
        engine = make_engine(db)
        try:
            with make_session_factory(engine)() as s, s.begin():
                info = _write_identity(s, req, secret, protected)
        finally:
            engine.dispose()
    except BaseException:
        if fresh and file is not None:  # nothing half-made stays behind
            for suffix in ("", "-wal", "-shm"):
                p = file.with_name(file.name + suffix)
                if p.exists():
                    p.unlink()
        if encrypt:
            db_key.key_file(data_dir).unlink(missing_ok=True)
        raise
    progress(4, 4, str(translate("Setup", "Done.")))
    return info


def _write_identity(s: Session, req: SetupRequest, secret: keys.SecretKeys, protected: bytes) -> InstallationInfo:
    office = Office(
        relation="self", name=req.office_name, level=req.level, province_code=req.province_code,
        unit_name=req.unit_name, unit_code=req.unit_code, parent_body=req.parent_body, symbol=req.symbol,
        place_name=req.place_name, head_title=req.head_title, head_name=req.head_name,
    )
    s.add(office)
    s.flush()
    pub = secret.public
    inst = Installation(id=1, office_id=office.id, site_id=str(uuid.uuid4()), site_counter=0,
                        sign_pk=pub.sign_pk, box_pk=pub.box_pk, protected_secret=protected)
    s.add(inst)
    s.add(User(name=req.officer_name, roles=",".join(ALL_ROLES),
               password_hash=hash_password(req.officer_password) if req.officer_password else None))
    s.flush()
    return installation_info(inst, office)


def unlock_secret_keys(ctx_session: Session, passphrase: str) -> keys.SecretKeys:
    """The installation's secret keys, for signing a package (asks for the passphrase each time)."""
    inst = ctx_session.get_one(Installation, 1)
    return keys.unlock(inst.protected_secret, passphrase)


def unlock_secret(ctx: AppContext, passphrase: str) -> keys.SecretKeys:
    """The same, for callers that hold only an AppContext (the GUI never opens sessions)."""
    with ctx.session() as s:
        return unlock_secret_keys(s, passphrase)
