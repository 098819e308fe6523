"""The office's key passphrase opens the signing keys and the encrypted data: changing it changes
both or neither, and a new recovery code may be made with it (issue 14). Audited, no secret kept."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.exchange.keys import WrongPassphrase
from dnnd_desktop.services import key_management
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation, unlock_secret
from dnnd_desktop.services.privacy import db_key
from dnnd_desktop.services.privacy.office_passphrase import change_office_passphrase, renew_recovery_code
from dnnd_desktop.storage import sqlite_cipher
from dnnd_desktop.storage.models import AuditEntry
from tests.conftest import PASSPHRASE, make_setup_request

pytestmark = pytest.mark.sqlite_only("the database key of a SQLite data folder")

NEW = "mây trắng bến sông 1975"


@pytest.fixture
def office(data_dir, monkeypatch):
    monkeypatch.setattr(db_key, "ENABLED", True)
    setup_installation(data_dir, make_setup_request())
    first_code = db_key.issue_recovery_code(data_dir, PASSPHRASE)
    ctx = open_context(data_dir)
    yield ctx, first_code
    ctx.close()
    sqlite_cipher.forget_all()


def _opens(data_dir, passphrase: str) -> bool:
    sqlite_cipher.forget_all()
    try:
        db_key.unlock(data_dir, passphrase)
        return True
    except WrongPassphrase:
        return False


def test_change_seals_the_data_and_the_keys_under_the_new_passphrase(office):
    ctx, first_code = office
    key_file_before = db_key.key_file(ctx.data_dir).read_bytes()
    with pytest.raises(WrongPassphrase):
        change_office_passphrase(ctx, "khong-phai-mat-khau", NEW)
    with pytest.raises(ValidationError):
        change_office_passphrase(ctx, PASSPHRASE, "12345678")            # too easy (zxcvbn score < 3)
    assert db_key.key_file(ctx.data_dir).read_bytes() == key_file_before   # refused: nothing changed
    code = change_office_passphrase(ctx, PASSPHRASE, NEW, new_recovery_code=True)
    assert code and code != first_code
    assert unlock_secret(ctx, NEW)                                        # the signing keys
    with pytest.raises(WrongPassphrase):
        unlock_secret(ctx, PASSPHRASE)
    data_dir = ctx.data_dir
    assert _opens(data_dir, NEW) and not _opens(data_dir, PASSPHRASE)     # the data at the next start
    sqlite_cipher.forget_all()
    with pytest.raises(db_key.WrongRecoveryCode):
        db_key.recover(data_dir, first_code, "mat-khau-khac-hẳn-2027")   # the old code stopped working
    db_key.recover(data_dir, code, "mat-khau-khac-hẳn-2027")
    with ctx.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action.in_(
            ("passphrase_change", "recovery_code_renewed")))).all()
    assert sorted(a.action for a in audit) == ["passphrase_change", "recovery_code_renewed"]
    written = " ".join(str(v) for a in audit for v in (a.details, a.old_value, a.new_value))
    for secret in (PASSPHRASE, NEW, code, code.replace("-", ""), first_code):
        assert secret not in written


def test_a_failure_of_the_signing_keys_leaves_the_data_key_as_it_was(office, monkeypatch):
    ctx, _code = office

    def disk_full(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(key_management, "change_passphrase", disk_full)
    with pytest.raises(OSError):
        change_office_passphrase(ctx, PASSPHRASE, NEW)
    assert _opens(ctx.data_dir, PASSPHRASE) and not _opens(ctx.data_dir, NEW)
    assert unlock_secret(ctx, PASSPHRASE)


def test_new_recovery_code_alone(office):
    ctx, first_code = office
    with pytest.raises(WrongPassphrase):
        renew_recovery_code(ctx, "khong-phai-mat-khau")
    code = renew_recovery_code(ctx, PASSPHRASE)
    sqlite_cipher.forget_all()
    with pytest.raises(db_key.WrongRecoveryCode):
        db_key.recover(ctx.data_dir, first_code, NEW)
    db_key.recover(ctx.data_dir, code, NEW)
