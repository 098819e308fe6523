"""The long-text list columns (a contribution's description, a consent's scope) keep a stored
Vietnamese key of their first LONG_TEXT_SORT_PREFIX characters (revision 0025): the record writer,
sync apply and the revision's fill keep it; the key stays bounded however long the text; and the
consent list sorted by every column gives the rows of a Python sort with the Vietnamese key (of the
same prefix for the scope), then the id."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, select
from test_list_order import _python_order, _read_all
from test_named_sort_keys import other  # noqa: F401 - fixture
from test_packages_world import sync_across
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.record_kinds import kind_spec
from dnnd_desktop.domain.text import LONG_TEXT_SORT_PREFIX, sort_key
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.storage.models import Consent, Contribution

# Alike in their first 100 characters, apart after them; one very long.
_HEAD = "Đồng ý lưu giữ thông tin của thân nhân kiều bào để phục vụ công tác vận động, khen thưởng và "
_HEAD = _HEAD + "x" * (LONG_TEXT_SORT_PREFIX - len(_HEAD))
SCOPES = ["Lưu giữ thông tin", "lưu giữ thông tin", "Ảnh và hồ sơ", "Anh va ho so", None, "Áo ấm",
          "Ủng hộ  \n quỹ", "Đồng ý", "Dong y", _HEAD + " (bản giấy)", _HEAD + " ảnh", _HEAD + "Z" * 5000]
METHODS = ["Ký giấy", "ký giấy", "Trước người làm chứng", None, "Bằng lời nói", "Ảnh chụp"]
PURPOSES = ["keeping", "keeping,lists", None, "sharing", "lists,sharing", "keeping,lists,sharing"]


def expected(text: str | None) -> str | None:
    return None if text is None else sort_key(text[:LONG_TEXT_SORT_PREFIX])


def stored(c) -> dict[str, tuple[str | None, str | None]]:
    """id -> (the text, its stored key) of every contribution and consent."""
    with c.session() as s:
        return {i: (t, k) for model, col, key in ((Contribution, "description", "description_sort"),
                                                  (Consent, "scope", "scope_sort"))
                for i, t, k in s.execute(select(model.id, getattr(model, col), getattr(model, key)))}


def keys_agree(c) -> bool:
    return all(k == expected(t) for t, k in stored(c).values())


def test_the_record_writer_keeps_the_keys_of_the_beginning(ctx):  # noqa: F811
    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    gift = rs.create("contribution", {"household_id": h, "purpose": "poor_fund", "description": "  Áo ấm\n"}).id
    plain = rs.create("contribution", {"household_id": h, "purpose": "poor_fund"}).id
    long_ = rs.create("consent", {"household_id": h, "given_date": dt.date(2025, 3, 1),
                                  "scope": _HEAD + "Z" * 5000}).id
    got = stored(ctx)
    assert got[gift] == ("Áo ấm", sort_key("Áo ấm")) and got[plain] == (None, None)
    # The key covers the first 100 characters only: at most 302 characters, whatever the text.
    assert got[long_][1] == sort_key(_HEAD) and len(got[long_][1]) <= 3 * LONG_TEXT_SORT_PREFIX + 2
    rs.update("contribution", gift, {"description": "Xây nhà"})
    rs.update("contribution", plain, {"description": "ủng hộ"})
    rs.update("consent", long_, {"scope": None})
    got = stored(ctx)
    assert got[gift][1] == sort_key("Xây nhà") and got[plain][1] == sort_key("ủng hộ") and got[long_][1] is None
    rs.delete("household", h)                   # with its rows: tombstones keep agreeing keys
    assert keys_agree(ctx)


def test_sync_apply_keeps_the_keys(world, tmp_path):
    a, b = world["a"], world["province"]
    rs = RecordService(a.ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    gift = rs.create("contribution", {"household_id": h, "purpose": "poor_fund", "description": "Áo ấm"}).id
    sync_across(a, b, tmp_path / "s1.dnnd")
    assert stored(b.ctx)[gift] == ("Áo ấm", sort_key("Áo ấm"))
    rs.update("contribution", gift, {"description": _HEAD + " đổi"})
    sync_across(a, b, tmp_path / "s2.dnnd")
    assert stored(b.ctx)[gift][1] == sort_key(_HEAD) and keys_agree(b.ctx)


def test_excel_import_keeps_the_keys(ctx, other, tmp_path):  # noqa: F811
    from dnnd_desktop.services.excel import export_list, import_excel
    from tests.support.consents import consent_everyone

    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Vàng Seo Phủ"}).id
    texts = ("Áo ấm", "xây nhà", _HEAD + " (bản giấy)", None)
    for text in texts:
        rs.create("contribution", {"household_id": h, "purpose": "poor_fund", "description": text})
    consent_everyone(ctx)                       # lists leave out who has not consented
    homes, gifts = tmp_path / "ho.xlsx", tmp_path / "gifts.xlsx"
    export_list(ctx, "households", homes, include_sensitive=True, reason="kiểm tra")
    import_excel(other, "households", homes)
    export_list(ctx, "contributions", gifts)
    result, _preview = import_excel(other, "contributions", gifts)
    got = stored(other)
    assert result.imported == len(got) == 4 and keys_agree(other)
    assert sorted((k for _t, k in got.values() if k), reverse=True) == sorted(
        (expected(t) for t in texts if t), reverse=True)


def _consents(c) -> list[str]:
    """About 24 consents of every kind of value over 4 households; one household deleted with its own."""
    rs = RecordService(c)
    homes = [rs.create("household", {"head_name": n}).id for n in ("Anh", "Ánh", "Bùi Văn Ba", "Ơn")]
    for i in range(24):
        values = {"household_id": homes[i % 4], "given_date": dt.date(2024 + i % 2, 1 + i % 12, 1 + i % 3),
                  "purposes": PURPOSES[i % len(PURPOSES)], "scope": SCOPES[i % len(SCOPES)],
                  "method": METHODS[i % len(METHODS)]}
        if i % 5 == 0:
            values["withdrawn_date"] = dt.date(2026, 1 + i % 12, 1)
        rs.create("consent", values)
    rs.delete("household", homes[3])
    return homes


def test_every_consent_sort_matches_a_python_sort_with_the_vietnamese_key(ctx, on_postgres):  # noqa: F811
    _consents(ctx)
    qs = RecordQueryService(ctx)
    spec = kind_spec("consent")
    everything = qs.page("consent", ListQuery(), 0, 1000)
    assert len(everything) == 24 - 6 and keys_agree(ctx)      # household 3's six consents went with it
    # The scope by the key of its first 100 characters: the three texts that begin with _HEAD tie
    # there and go by id, as the Python sort of the same prefix puts them.
    for sort in spec.list_columns:
        for descending in (False, True):
            want = [r.id for r in _python_order(spec, everything, sort, descending, nulls_low=not on_postgres)]
            for backwards in (False, True):
                got = [r.id for r in _read_all(qs, "consent", ListQuery(sort=sort, descending=descending), backwards)]
                assert got == want, (sort, descending, backwards)


def test_the_revision_fills_existing_rows_and_goes_back(ctx):  # noqa: F811
    from alembic import command

    from tests.support.migrations import own_database_config

    _consents(ctx)
    rs = RecordService(ctx)
    h = rs.create("household", {"head_name": "Lò Thị Mai"}).id
    for text in ("Áo ấm", None, _HEAD + "Z" * 3000, "xây nhà"):
        rs.create("contribution", {"household_id": h, "purpose": "poor_fund", "description": text})
    before = stored(ctx)
    cfg = own_database_config(ctx)
    command.downgrade(cfg, "0022")
    columns = {t: {c["name"] for c in inspect(ctx.engine).get_columns(t)} for t in ("contributions", "consents")}
    assert "description_sort" not in columns["contributions"] and "scope_sort" not in columns["consents"]
    assert "description" in columns["contributions"] and "scope" in columns["consents"]
    ctx.engine.dispose()
    command.upgrade(cfg, "head")
    after = stored(ctx)
    assert after == before and keys_agree(ctx)
    # 24 consents (two without a scope) and 4 contributions (one without a description).
    assert len(after) == 28 and sum(k is None for _t, k in after.values()) == 3
    indexes = {ix["name"] for t in ("contributions", "consents") for ix in inspect(ctx.engine).get_indexes(t)}
    assert {"ix_contributions_live_description_sort", "ix_consents_live_scope_sort",
            "ix_consents_live_purposes"} <= indexes
