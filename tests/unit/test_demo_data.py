"""Demo data: realistic, deterministic, in the office's province, one transaction, one audit entry."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import Cancelled, DnndError
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.domain.units import communes
from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.records import AuditQuery, AuditQueryService, ListQuery, RecordQueryService
from dnnd_desktop.storage.models import Household, OverseasPerson
from tests.conftest import copy_installation


def test_demo_fills_every_kind_realistically(ctx):  # noqa: F811
    r = fill_demo(ctx, households=300, activities=120, seed=7)
    assert r.households == 300 and r.activities == 120
    assert 450 <= r.persons <= 750                      # about 2 per household
    assert r.partners and r.twinnings and r.links
    qs = RecordQueryService(ctx)
    assert qs.count("household") == 300 and qs.count("person") == r.persons
    with ctx.session() as s:
        heads = s.scalars(select(Household.head_name)).all()
        codes = set(s.scalars(select(Household.commune_code)))
    assert any(h.startswith(("Đỗ", "Đặng", "Đinh")) for h in heads) and any(h.startswith("Dương") for h in heads)
    assert codes <= {c.code for c in communes(15)}
    types = {row.values["activity_type"] for row in qs.page("activity", limit=1000)}
    assert len(types) == 11                               # every activity type
    assert qs.count("activity", ListQuery(filters={"country": "CN"})) > 0
    # Searchable right away (the index is rebuilt after the bulk load).
    some = heads[0].split()[-1]
    assert qs.count("household", ListQuery(search=some)) >= 1
    entries = AuditQueryService(ctx).page(AuditQuery(action="demo"))
    assert len(entries) == 1 and "300" in entries[0].details
    assert AuditQueryService(ctx).count(AuditQuery(action="create")) == 0


def test_every_tone_mark_and_d_stroke_appear_in_names(ctx):  # noqa: F811
    fill_demo(ctx, households=400, activities=0, seed=3)
    with ctx.session() as s:
        text = " ".join(s.scalars(select(OverseasPerson.full_name)).all())
    import unicodedata

    marks = {c for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c)}
    assert {"\u0300", "\u0309", "\u0303", "\u0301", "\u0323"} <= marks   # huyền hỏi ngã sắc nặng
    assert "Đ" in text and "đ" in text.lower()


def test_same_seed_same_data_and_second_run_refused(ctx, data_dir, tmp_path, installed_template):  # noqa: F811
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    fill_demo(ctx, households=50, activities=10, seed=11)
    other_dir = DataDir(tmp_path / "other")
    copy_installation(DataDir(installed_template), other_dir)
    other = open_context(other_dir)
    try:
        fill_demo(other, households=50, activities=10, seed=11)
        with other.session() as s2, ctx.session() as s1:
            q = select(Household.id, Household.head_name).order_by(Household.id)
            assert s1.execute(q).all() == s2.execute(q).all()
    finally:
        other.close()
    with pytest.raises(DnndError, match="--seed khác"):
        fill_demo(ctx, households=50, activities=10, seed=11)
    fill_demo(ctx, households=5, activities=0, seed=12)   # another seed adds more


def test_cancel_rolls_back_everything(ctx):  # noqa: F811
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        fill_demo(ctx, households=10, activities=0, seed=1, cancel=token)
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(Household)) == 0
    # ... and the search triggers dropped for the bulk load are back.
    from dnnd_desktop.storage.dialect import module_for

    with ctx.session() as s:
        assert module_for(s).broken_search_indexes(s.connection()) == ()
