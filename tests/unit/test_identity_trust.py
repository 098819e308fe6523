"""Identity cards and the trust store: strict cards, fingerprint check, roles, revoke."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from test_packages_world import close_world, db_digest, make_office

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.exchange.keys import key_id
from dnnd_desktop.services import identity
from dnnd_desktop.storage.models import Office, TrustedKey


@pytest.fixture
def pair(tmp_path):
    prov = make_office(tmp_path, "p", level="province", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai")
    dist = make_office(tmp_path, "d")
    yield prov, dist
    close_world({"p": prov, "d": dist})


def test_card_round_trip_and_fingerprint_groups(pair, tmp_path):
    prov, _ = pair
    path = tmp_path / "the.dnndid"
    card = identity.write_identity_card(prov.ctx, path)
    again = identity.read_identity_card(path)
    assert again.office_id == prov.id and again.level == "province" and again.sign_pk == card.sign_pk
    groups = again.fingerprint.split()
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert again.fingerprint == prov.ctx.installation.fingerprint
    assert set(json.loads(path.read_text())) >= {"office_id", "site_id", "name", "level", "keys", "fingerprint"}


@pytest.mark.parametrize("mutate", [
    lambda c: c.update(fingerprint="00000 00000 00000 00000 00000 00000"),
    lambda c: c["keys"].update(box_pk=c["keys"]["sign_pk"]),
    lambda c: c.update(extra=1),
    lambda c: c.pop("level"),
    lambda c: c.update(level="galaxy"),
    lambda c: c.update(office_id="../x"),
], ids=["fingerprint-field", "swapped-key", "extra", "missing", "level", "office-id"])
def test_damaged_cards_are_refused(pair, mutate):
    card = pair[0].card().to_dict()
    mutate(card)
    with pytest.raises(identity.IdentityCardInvalid):
        identity.read_identity_card(json.dumps(card).encode())


def test_duplicate_keys_and_garbage_are_refused(pair):
    data = pair[0].card().encode()
    with pytest.raises(identity.IdentityCardInvalid):
        identity.read_identity_card(data[:-1] + b',"name":"x"}')
    with pytest.raises(identity.IdentityCardInvalid):
        identity.read_identity_card(b"\xff\xfe garbage")


def test_fingerprint_mismatch_is_refused_and_nothing_is_written(pair):
    prov, dist = pair
    card = prov.card()
    before = db_digest(dist.db)
    wrong = card.fingerprint[:-1] + ("1" if card.fingerprint[-1] != "1" else "2")
    with pytest.raises(identity.FingerprintMismatch) as e:
        identity.trust_card(dist.ctx, card, wrong)
    assert "KHÔNG tin cậy" in e.value.message
    assert db_digest(dist.db) == before


def test_fingerprint_typed_with_any_spacing_is_accepted(pair):
    prov, dist = pair
    card = prov.card()
    t = identity.trust_card(dist.ctx, card, card.fingerprint.replace(" ", "-"))
    assert t.relation == "parent" and "tasks" in t.allowed_kinds and t.key_id == key_id(card.sign_pk)
    with dist.ctx.session() as s:
        assert s.get(Office, prov.id).relation == "parent"
        me = s.get(Office, dist.id)
        assert me.parent_office_id == prov.id
    # the province sees the district as a lower office, which may send reports but not tasks
    back = identity.trust_card(prov.ctx, dist.card(), dist.card().fingerprint)
    assert back.relation == "lower" and "tasks" not in back.allowed_kinds and "report" in back.allowed_kinds


def test_own_card_and_second_parent_are_refused(pair, tmp_path):
    prov, dist = pair
    with pytest.raises(DnndError):
        identity.trust_card(dist.ctx, dist.card(), dist.card().fingerprint)
    identity.trust_card(dist.ctx, prov.card(), prov.card().fingerprint)
    other = make_office(tmp_path, "p2", level="province", province_code=1, office_name="Ủy ban MTTQ Việt Nam TP Hà Nội")
    try:
        with pytest.raises(DnndError) as e:
            identity.trust_card(dist.ctx, other.card(), other.card().fingerprint)
        assert e.value.code == "trust_refused"
    finally:
        other.ctx.close()


def test_lookup_roles_revoke_and_trust_again(pair):
    prov, dist = pair
    identity.trust_card(dist.ctx, prov.card(), prov.card().fingerprint)
    with dist.ctx.session() as s:
        lookup = identity.trust_lookup(s)
    signer = lookup(prov.card().key_id)
    assert signer.office_id == prov.id and "tasks" in signer.allowed_kinds and not signer.revoked
    assert lookup("0" * 16) is None
    identity.revoke(dist.ctx, prov.id)
    with dist.ctx.session() as s:
        assert identity.trust_lookup(s)(prov.card().key_id).revoked
        assert s.scalars(select(TrustedKey)).one().revoked_at is not None
    assert not identity.list_trusted(dist.ctx, include_revoked=False)
    # issue 16: trusting the card again does not undo a revocation; the explicit restore does
    with pytest.raises(DnndError) as info:
        identity.trust_card(dist.ctx, prov.card(), prov.card().fingerprint)
    assert info.value.code == "key_revoked" and not identity.list_trusted(dist.ctx)[0].active
    identity.trust_card(dist.ctx, prov.card(), prov.card().fingerprint, restore_revoked=True)
    assert identity.list_trusted(dist.ctx)[0].active


def test_peer_relation_signs_only_sync_and_identity(tmp_path):
    a = make_office(tmp_path, "a")
    b = make_office(tmp_path, "b", unit_name="huyện Mường Khương", office_name="Ủy ban MTTQ huyện Mường Khương")
    try:
        t = identity.trust_card(a.ctx, b.card(), b.card().fingerprint)
        assert t.relation == "peer" and set(t.allowed_kinds) == {"sync", "identity"}
    finally:
        close_world({"a": a, "b": b})
