"""The office's key passphrase opens two things: the office's signing keys (in the store) and the
data folder's database key (database-key.json). Changing it changes both, or neither (issue 14).

    change_office_passphrase(ctx, old, new, *, new_recovery_code=False) -> str | None
    renew_recovery_code(ctx, passphrase) -> str

Before this, "Change the key passphrase" changed the signing keys only, and the next start asked
for the OLD passphrase to open the data. A new recovery code (the old one stops working) is offered
at the same time, for an office whose printed code was lost or seen. Both are audited, with no
secret in the audit entry; the code is returned once, to be printed, and never stored.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.errors import ValidationError
from ...domain.messages import translate
from ...exchange import keys
from ..audit import write_audit
from . import db_key

if TYPE_CHECKING:
    from ..app_context import AppContext


def _restore(path: Path, saved: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(saved)
    os.replace(tmp, path)


def change_office_passphrase(ctx: AppContext, old: str, new: str, *, new_recovery_code: bool = False) -> str | None:
    """Seal the database key and the signing keys under `new`. WrongPassphrase (old) or
    ValidationError (new too weak or the same) leave both as they were. Returns the new recovery
    code when asked for (the previous code stops working), else None."""
    from ..key_management import change_passphrase

    keys.validate_passphrase(new)
    if new == old:
        raise ValidationError(translate("KeyErrors", "The new passphrase is the same as the old one. Choose another "
                                        "passphrase."), field_errors={"passphrase": "same"}, code="passphrase_same")
    data_dir = ctx.data_dir
    key_path = db_key.key_file(data_dir)
    saved = key_path.read_bytes() if db_key.is_encrypted(data_dir) else None
    if saved is not None:
        db_key.change_passphrase(data_dir, old, new)     # WrongPassphrase: nothing written yet
    try:
        change_passphrase(ctx, old, new)                  # the signing keys, audited, one transaction
    except BaseException:
        if saved is not None:
            _restore(key_path, saved)                     # the data open with the old passphrase again
        raise
    if new_recovery_code and saved is not None:
        return renew_recovery_code(ctx, new)
    return None


def renew_recovery_code(ctx: AppContext, passphrase: str) -> str:
    """A new printed recovery code for the data (the old one stops working); audited, never stored."""
    code = db_key.issue_recovery_code(ctx.data_dir, passphrase)
    with ctx.session() as s:
        write_audit(s, ctx, "recovery_code_renewed", "installation", "1",
                    details=str(translate("AuditDetails", "A new recovery code of the data was made; the old "
                                          "one no longer works.")))
    return code
