"""Issue 16 item 3: passphrase change and key rotation (a new card signed by the old key replaces
the old key at every office that trusted it; the old key is no longer trusted)."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from test_packages_world import SAMPLE_PLAN

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.exchange.keys import WrongPassphrase
from dnnd_desktop.services import identity
from dnnd_desktop.services.installation import unlock_secret
from dnnd_desktop.services.key_management import change_passphrase, rotate_keys
from dnnd_desktop.services.packages import export_package, import_package, parse_plan
from dnnd_desktop.storage.models import AuditEntry
from tests.conftest import PASSPHRASE
from tests.support.attacker import Attacker, database_digest


def test_change_passphrase(world):
    a = world["a"]
    before = database_digest(a.ctx)
    with pytest.raises(WrongPassphrase):
        change_passphrase(a.ctx, "not-the-passphrase", "mat-khau-moi-2026")
    with pytest.raises(DnndError) as info:
        change_passphrase(a.ctx, PASSPHRASE, "ngan")
    assert info.value.code == "passphrase_too_short"
    assert database_digest(a.ctx) == before
    old_keys = unlock_secret(a.ctx, PASSPHRASE)
    change_passphrase(a.ctx, PASSPHRASE, "mat-khau-moi-2026")
    assert unlock_secret(a.ctx, "mat-khau-moi-2026").public == old_keys.public   # same keys
    with pytest.raises(WrongPassphrase):
        unlock_secret(a.ctx, PASSPHRASE)
    with a.ctx.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "passphrase_change")).first() is not None


def test_key_rotation_reaches_every_trusted_office(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    old_secret, old_card = p.secret, p.card()
    out = tmp_path / "rotation"
    out.mkdir()
    r = rotate_keys(p.ctx, PASSPHRASE, out)
    assert len(r.packages) == 2 and r.old_key_id == old_card.key_id != r.key_id
    p._secret = None   # the office's keys are the new ones now
    new_card = p.card()
    assert new_card.key_id == r.key_id and p.secret.public.sign_pk == new_card.sign_pk
    for office in (a, b):
        res = next(import_package(office.ctx, path, office.secret) for path in r.packages
                   if _for(office, path))
        assert res.per_kind["identity"]["updated"] == 1
        rows = {t.key_id: t for t in identity.list_trusted(office.ctx) if t.office_id == p.id}
        assert rows[r.key_id].active and not rows[old_card.key_id].active
        with office.ctx.session() as s:
            assert s.scalars(select(AuditEntry).where(AuditEntry.action == "trust_rotate")).first() is not None
    # the new key signs, the old one is refused
    pkg = tmp_path / "tasks.dnnd"
    export_package(p.ctx, kind="tasks", to=[a.id], out_path=pkg, secret=p.secret, plan=parse_plan(SAMPLE_PLAN))
    assert import_package(a.ctx, pkg, a.secret).per_kind["plan"]["new"] == 1

    class OldKey:
        ctx, id, secret = p.ctx, p.id, old_secret
    with p.ctx.session():
        pass
    stale = Attacker(OldKey, tmp_path).package("identity", a.id, {"card.json": old_card.encode()})
    before = database_digest(a.ctx)
    with pytest.raises(DnndError) as info:
        import_package(a.ctx, stale, a.secret)
    assert info.value.code == "revoked_signer" and database_digest(a.ctx) == before


def _for(office, path) -> bool:
    from dnnd_desktop.services.packages import verify_file
    return office.id in verify_file(office.ctx, path).recipients


def test_new_keys_from_a_package_not_signed_by_the_trusted_key_are_refused(world, tmp_path):
    """A peer cannot hand us new keys for itself signed by anything but its trusted key: here the
    card with new keys is signed by the trusted key of ANOTHER office and so rejected."""
    p, a, b = world["province"], world["a"], world["b"]
    import dataclasses

    from dnnd_desktop.exchange.keys import generate_keys
    from dnnd_desktop.services.packages.common import json_bytes

    fresh = generate_keys().public
    forged = dataclasses.replace(b.card(), sign_pk=fresh.sign_pk, box_pk=fresh.box_pk)
    res = import_package(p.ctx, Attacker(a, tmp_path).package("identity", p.id,
                                                              {"card.json": json_bytes(forged.to_dict())}), p.secret)
    assert res.per_kind["identity"]["rejected"] == 1
    assert all(t.key_id != forged.key_id for t in identity.list_trusted(p.ctx))
