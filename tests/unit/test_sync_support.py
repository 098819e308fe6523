"""Helpers for the sync tests: installations in temp folders, local edits through RecordWriter,
changesets exchanged directly (no package crypto at this layer), and a canonical dump to compare."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from dnnd_desktop.domain import merge as m
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import SetupRequest, setup_installation
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.sync import Changeset, apply_changeset, collect_changeset
from dnnd_desktop.services.sync.codec import KIND_ORDER, row_mapping, row_state
from dnnd_desktop.storage.models import MODEL_BY_KIND, Conflict


def make_site(root, name: str, commune: str = "Bát Xát"):
    data = DataDir(root / name)
    setup_installation(data, SetupRequest(
        level="commune", province_code=15, unit_name=commune, unit_code=None,
        office_name=f"Ủy ban MTTQ Việt Nam xã {commune} ({name})", parent_body=None, symbol="MTTQ",
        place_name=commune, head_title="Chủ tịch", head_name="Thử", officer_name=f"Cán bộ {name}",
        officer_password=None, passphrase="mat-khau-thu-123"))
    return open_context(data)


@pytest.fixture
def sites(tmp_path):
    ctxs = [make_site(tmp_path, n) for n in ("a", "b", "c")]
    yield ctxs
    for c in ctxs:
        c.close()


def create(ctx, kind: str, /, **values) -> str:
    with ctx.session() as s:
        return RecordWriter(s, ctx).create(MODEL_BY_KIND[kind], values).id


def update(ctx, kind: str, rid: str, /, **values) -> None:
    with ctx.session() as s:
        RecordWriter(s, ctx).update(s.get(MODEL_BY_KIND[kind], rid), values)


def delete(ctx, kind: str, rid: str) -> None:
    with ctx.session() as s:
        RecordWriter(s, ctx).delete(s.get(MODEL_BY_KIND[kind], rid))


def get(ctx, kind: str, rid: str):
    with ctx.session() as s:
        return s.get(MODEL_BY_KIND[kind], rid)


def changes(ctx, base=None) -> Changeset:
    """A changeset as it leaves one installation (rebuilt from its files, as the receiver sees it)."""
    with ctx.session() as s:
        cs = collect_changeset(s, ctx, base)
    return Changeset.from_files(cs.files())


def apply(ctx, cs: Changeset, preview: bool = False):
    with ctx.session() as s:
        return apply_changeset(s, ctx, cs, preview=preview)


def exchange(src, dst, base=None):
    return apply(dst, changes(src, base))


def dump(ctx) -> dict:
    """Everything that must converge: records (data, stamps, versions, deletion) and their live
    sibling sets (open conflicts and equal-value ones), as the merge rules see them."""
    out = {}
    with ctx.session() as s:
        for kind in KIND_ORDER:
            model = MODEL_BY_KIND[kind]
            sib = {}
            for c in s.scalars(select(Conflict).where(Conflict.record_kind == kind,
                                                      Conflict.status.in_(("open", "same")))):
                sib.setdefault(c.record_id, {})[c.field] = c.values
            rows = {}
            for obj in s.scalars(select(model)):
                if not obj.version:  # placeholder waiting for its record
                    continue
                state = m.canonical(m.normalise_state(row_state(model, row_mapping(obj), sib.get(obj.id))))
                state["origin"] = [obj.origin_office_id, obj.origin_site_id]
                rows[obj.id] = state
            out[kind] = rows
        out["conflicts"] = sorted((k, rid, f) for k, rows in out.items() for rid, r in rows.items()
                                  for f, v in r["siblings"].items() if len({json.dumps(e[0]) for e in v}) > 1)
    return out


def open_conflicts(ctx) -> list[tuple[str, str, str]]:
    with ctx.session() as s:
        return sorted((c.record_kind, c.record_id, c.field)
                      for c in s.scalars(select(Conflict).where(Conflict.status == "open")))


def test_a_new_record_travels_with_its_metadata(sites):
    a, b, _ = sites
    hid = create(a, "household", head_name="Nguyễn Văn Đức", head_birth_year=1960, commune_code=2842)
    res = exchange(a, b)
    assert res.totals()["new"] == 1
    h = get(b, "household", hid)
    assert h.head_name == "Nguyễn Văn Đức" and h.origin_site_id == a.installation.site_id
    assert "nguyen van duc" in h.search_text and h.head_name_sort
    assert dump(a)["household"] == dump(b)["household"]
