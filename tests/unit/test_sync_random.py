"""Random edit sequences on three real installations (RecordWriter edits, conflict resolutions,
partial syncs in random directions) converge once everyone has exchanged everything."""
from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from test_sync_support import create, delete, dump, exchange, make_site, update

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.sync.conflicts import ConflictService
from dnnd_desktop.storage.models import Household
from tests.conftest import copy_installation


@pytest.fixture(scope="module")
def blank():
    root = Path(tempfile.mkdtemp(prefix="dnnd-sync-random-"))
    make_site(root, "blank").close()
    yield root / "blank"
    shutil.rmtree(root, ignore_errors=True)


def _live_ids(ctx) -> list[str]:
    with ctx.session() as s:
        return sorted(s.scalars(select(Household.id).where(Household.deleted.is_(False))))


FIELD_VALUES = {"village": ["Thôn Một", "Thôn Hai", None], "phone": ["0900000001", "0900000002"],
                "head_birth_year": [1950, 1960], "notes": ["ghi chú", None]}
op = st.one_of(
    st.tuples(st.just("create"), st.integers(0, 2), st.none(), st.none()),
    st.tuples(st.just("update"), st.integers(0, 2), st.sampled_from(sorted(FIELD_VALUES)), st.integers(0, 5)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.none(), st.integers(0, 5)),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.none()),
    st.tuples(st.just("resolve"), st.integers(0, 2), st.none(), st.integers(0, 3)),
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=1, max_size=14))
def test_random_edit_sequences_converge(blank, ops):
    root = Path(tempfile.mkdtemp(prefix="dnnd-sync-run-"))
    ctxs = []
    try:
        for name in "abc":
            copy_installation(DataDir(blank), DataDir(root / name))
            ctxs.append(open_context(DataDir(root / name)))
        # each copy of the blank installation must be its own site
        with_sites = []
        for i, ctx in enumerate(ctxs):
            with ctx.session() as s:
                from dnnd_desktop.storage.models import Installation
                inst = s.get(Installation, 1)
                inst.site_id = f"00000000-0000-4000-8000-00000000000{i}"
            ctx.close()
            with_sites.append(open_context(DataDir(root / "abc"[i])))
        ctxs = with_sites
        create(ctxs[0], "household", head_name="Hộ gốc", head_birth_year=1955, commune_code=2842)
        for kind, i, x, y in ops:
            ctx = ctxs[i]
            ids = _live_ids(ctx)
            if kind == "create":
                create(ctx, "household", head_name=f"Hộ {len(ids)}", commune_code=2842)
            elif kind == "update" and ids:
                update(ctx, "household", ids[y % len(ids)], **{x: FIELD_VALUES[x][y % len(FIELD_VALUES[x])]})
            elif kind == "delete" and ids:
                delete(ctx, "household", ids[y % len(ids)])
            elif kind == "sync":
                exchange(ctx, ctxs[x])
            elif kind == "resolve":
                conflicts = ConflictService(ctx).list()
                if conflicts:
                    c = conflicts[0]
                    ConflictService(ctx).resolve(c.id, y % len(c.values))
        for _ in range(2):
            for a, b in itertools.permutations(ctxs, 2):
                exchange(a, b)
        dumps = [dump(c) for c in ctxs]
        assert dumps[0] == dumps[1] == dumps[2]
    finally:
        for c in ctxs:
            c.close()
        shutil.rmtree(root, ignore_errors=True)
