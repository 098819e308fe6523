"""Several offices in temporary data folders, for package tests (imported by the other
test_packages_* / test_usb_sync* / test_identity* files), plus a few tests of the helpers."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import identity
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation, unlock_secret_keys
from tests.conftest import PASSPHRASE, make_setup_request

SAMPLE_PLAN = {
    "format": "dnnd-plan", "version": 1,
    "doc_number": "15/HD-MTTQ-BTT", "doc_date": "2026-01-20",
    "issuer": "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
    "title": "Hướng dẫn công tác đối ngoại nhân dân và công tác đối với người Việt Nam ở nước ngoài năm 2026",
    "year": 2026,
    "tasks": [
        {"code": "I.1", "title": "Tuyên truyền chủ trương về công tác đối ngoại nhân dân", "deadline": "2026-06-30"},
        {"code": "I.2", "title": "Tổ chức giao lưu nhân dân biên giới", "description": "Phối hợp Bộ đội Biên phòng.",
         "deadline": "2026-09-30"},
        {"code": "II.1", "title": "Gặp mặt kiều bào dịp Tết", "deadline": "2026-02-10"},
    ],
    "report_schedule": [{"template": "bao_cao_dnnd", "period_kind": "half", "due": "05-15"},
                        {"template": "bao_cao_dnnd", "period_kind": "year", "due": "11-20"}],
    "vocabularies": {"activity_type": [{"code": "giao_luu_thanh_nien", "label": "Giao lưu thanh niên biên giới"}]},
}


@dataclass
class Office:
    name: str
    data_dir: DataDir
    ctx: object = None
    _secret: object = field(default=None, repr=False)

    @property
    def id(self) -> str:
        return self.ctx.installation.office_id

    @property
    def secret(self):
        if self._secret is None:
            with self.ctx.session() as s:
                self._secret = unlock_secret_keys(s, PASSPHRASE)
        return self._secret

    def card(self):
        return identity.identity_card(self.ctx)

    def trust(self, other: Office, relation: str | None = None):
        card = other.card()
        return identity.trust_card(self.ctx, card, card.fingerprint, relation)

    @property
    def db(self) -> Path:
        return self.data_dir.database


def make_office(tmp_path: Path, name: str, **overrides) -> Office:
    dd = DataDir(tmp_path / name)
    setup_installation(dd, make_setup_request(**overrides))
    return Office(name, dd, open_context(dd))


def make_world(tmp_path: Path) -> dict[str, Office]:
    """A province office and two district offices that trust each other as they should."""
    province = make_office(tmp_path, "tinh", level="province", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
                           parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai")
    a = make_office(tmp_path, "batxat")
    b = make_office(tmp_path, "muongkhuong", unit_name="huyện Mường Khương",
                    office_name="Ủy ban MTTQ Việt Nam huyện Mường Khương", place_name="Mường Khương")
    for d in (a, b):
        d.trust(province)
        province.trust(d)
    a.trust(b)
    b.trust(a)
    return {"province": province, "a": a, "b": b}


def close_world(world: dict[str, Office]) -> None:
    for o in world.values():
        o.ctx.close()


def sync_across(src: Office, dst: Office, path: Path) -> None:
    """`src`'s sync package for `dst`, written to `path` and imported there."""
    from dnnd_desktop.services.packages import export_package, import_package

    export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret)
    import_package(dst.ctx, path, dst.secret)


def db_digest(path: Path) -> str:
    """A hash of every row of every table (sorted), to prove a refusal changed nothing."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        h = hashlib.sha256()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for t in tables:
            h.update(t.encode())
            rows = con.execute(f'SELECT * FROM "{t}"').fetchall()
            for row in sorted(repr(r) for r in rows):
                h.update(row.encode())
        return h.hexdigest()
    finally:
        con.close()


def test_world_offices_trust_each_other_with_the_right_roles(tmp_path):
    w = make_world(tmp_path)
    try:
        rows = {t.office_id: t for t in identity.list_trusted(w["a"].ctx)}
        assert rows[w["province"].id].relation == "parent"
        assert "tasks" in rows[w["province"].id].allowed_kinds
        assert rows[w["b"].id].relation == "peer" and "tasks" not in rows[w["b"].id].allowed_kinds
        prov_rows = {t.office_id: t for t in identity.list_trusted(w["province"].ctx)}
        assert prov_rows[w["a"].id].relation == "lower"
        assert set(prov_rows[w["a"].id].allowed_kinds) == {"report", "sync", "identity"}
    finally:
        close_world(w)


def test_db_digest_sees_a_change(tmp_path):
    o = make_office(tmp_path, "x")
    try:
        before = db_digest(o.db)
        assert db_digest(o.db) == before
        o.trust(make_office(tmp_path, "y", unit_name="huyện Y", office_name="Ủy ban MTTQ huyện Y"))
        assert db_digest(o.db) != before
    finally:
        o.ctx.close()
