"""The office's own keys: change the passphrase that protects them, and rotate them (issue 16).

    change_passphrase(ctx, old, new)                 re-encrypt the same keys under a new passphrase
    rotate_keys(ctx, passphrase, out_dir) -> KeyRotation
        new keys replace the old ones; one `identity` package per trusted office, carrying the new
        card and SIGNED WITH THE OLD KEY, is written to out_dir. An office that trusts the old key
        takes the new one from it and stops trusting the old one (packages/contents.py,
        rotate_trusted_key): no second phone call is needed, and a card with new keys that is not
        signed by the trusted key is still refused.

Both are one transaction each: a failure (wrong passphrase, a package that cannot be written)
leaves the keys as they were and removes the packages already written.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..domain.errors import ValidationError
from ..domain.messages import translate
from ..exchange import keys
from ..exchange.package import SenderIdentity, write_package
from ..storage.models import Installation, PackageLogEntry, TrustedKey, utcnow
from .audit import write_audit
from .identity import card_from_session, recipient_for
from .installation import kdf_limits
from .packages.common import SCHEMA_VERSION, file_sha256

if TYPE_CHECKING:
    from .app_context import AppContext


@dataclass(frozen=True)
class KeyRotation:
    key_id: str
    fingerprint: str
    old_key_id: str
    packages: list[str] = field(default_factory=list)   # one identity package per trusted office


def _protect(secret: keys.SecretKeys, passphrase: str) -> bytes:
    ops, mem = kdf_limits()
    return keys.protect(secret, passphrase, opslimit=ops, memlimit=mem)


def change_passphrase(ctx: AppContext, old: str, new: str) -> None:
    """Raises WrongPassphrase (old) or ValidationError (new too weak); nothing changes then."""
    keys.validate_passphrase(new)
    if new == old:
        raise ValidationError(translate("KeyErrors", "The new passphrase is the same as the old one. Choose another "
                                        "passphrase."), field_errors={"passphrase": "same"}, code="passphrase_same")
    with ctx.session() as s:
        inst = s.get_one(Installation, 1, with_for_update=True, populate_existing=True)
        secret = keys.unlock(inst.protected_secret, old)
        inst.protected_secret = _protect(secret, new)
        write_audit(s, ctx, "passphrase_change", "installation", "1",
                    details=str(translate("Trust", "The key passphrase was changed.")))


def rotate_keys(ctx: AppContext, passphrase: str, out_dir: str | os.PathLike[str]) -> KeyRotation:
    """New keys for this office; the packages announcing them go to every trusted office."""
    folder = Path(out_dir)
    if not folder.is_dir():
        raise ValidationError(translate("PackageErrors", "The folder «{folder}» does not exist. Choose another "
                                        "folder.").format(folder=folder),
                              field_errors={"path": str(folder)}, code="folder_not_found")
    written: list[Path] = []
    try:
        with ctx.session() as s:
            inst = s.get_one(Installation, 1, with_for_update=True, populate_existing=True)
            old = keys.unlock(inst.protected_secret, passphrase)
            old_key_id = keys.key_id(old.public.sign_pk)
            new = keys.generate_keys()
            inst.sign_pk, inst.box_pk = new.public.sign_pk, new.public.box_pk
            inst.protected_secret = _protect(new, passphrase)
            s.flush()
            card = card_from_session(s)
            offices = sorted(set(s.scalars(select(TrustedKey.office_id).where(TrustedKey.revoked_at.is_(None)))))
            sender = SenderIdentity(inst.office_id, inst.site_id, old)   # the OLD key vouches for the new
            for n, office_id in enumerate(offices, 1):
                out = folder / f"doi-khoa-{n:03d}.dnnd"   # no names in file names
                header = write_package(out, kind="identity", sender=sender, recipients=[recipient_for(s, office_id)],
                                       files={"card.json": card.encode()}, schema_version=SCHEMA_VERSION)
                written.append(out)
                s.add(PackageLogEntry(package_id=header.package_id, direction="out", kind="identity",
                                      sender_office_id=inst.office_id, recipients=list(header.recipients),
                                      sequence=0, file_sha256=file_sha256(out), file_name=out.name,
                                      created=header.created.replace(tzinfo=None), processed_at=utcnow(),
                                      summary={"contents": {"key_rotation": 1}}))
            write_audit(s, ctx, "key_rotate", "installation", "1", details=str(translate(
                "Trust", "The office's keys were changed: key {old_key} replaced by key {key_id}, fingerprint "
                "{fingerprint}; {count} packages to send.").format(old_key=old_key_id, key_id=card.key_id,
                                                                   fingerprint=card.fingerprint,
                                                                   count=len(written))))
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise
    return KeyRotation(card.key_id, card.fingerprint, old_key_id, [str(p) for p in written])
