"""Search and list queries in real SQL: folding, Vietnamese order, filters, paging, tombstones."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select, text
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.units import communes
from dnnd_desktop.services.records import ListQuery, PersonInput, RecordQueryService, RecordService
from dnnd_desktop.storage.models import Household


def NFD(s):
    return unicodedata.normalize("NFD", s)


@pytest.fixture
def svc(ctx):  # noqa: F811
    return RecordService(ctx), RecordQueryService(ctx)


def names(rows):
    return [r.name for r in rows]


def add_households(rs, *heads, **extra):
    return [rs.create("household", {"head_name": h, **extra}).id for h in heads]


def test_duc_finds_nguyen_van_duc_and_do_van_duong_finds_caps(svc):
    rs, qs = svc
    add_households(rs, "Nguyễn Văn Đức", "ĐỖ VĂN DƯƠNG", "Trần Thị Lan")
    assert names(qs.page("household", ListQuery(search="duc"))) == ["Nguyễn Văn Đức"]
    assert names(qs.page("household", ListQuery(search="do van duong"))) == ["ĐỖ VĂN DƯƠNG"]
    assert qs.count("household", ListQuery(search="DUC")) == 1
    assert qs.count("household", ListQuery(search="xyz")) == 0


def test_nfd_query_finds_nfc_data_and_nfd_input_is_stored_nfc(svc, ctx):  # noqa: F811
    rs, qs = svc
    add_households(rs, "Nguyễn Văn Đức")
    assert names(qs.page("household", ListQuery(search=NFD("Đức")))) == ["Nguyễn Văn Đức"]
    hid = add_households(rs, NFD("Lê Thị Ngọc Ánh"))[0]
    with ctx.session() as s:
        stored = s.get(Household, hid).head_name
    assert stored == "Lê Thị Ngọc Ánh" and unicodedata.is_normalized("NFC", stored)
    assert names(qs.page("household", ListQuery(search="Ngọc Ánh"))) == ["Lê Thị Ngọc Ánh"]


def test_short_words_match_at_word_start(svc):
    rs, qs = svc
    add_households(rs, "Lê Văn Hải", "Đỗ Thị Mai", "Nguyễn Hữu Đô")
    # two letters: word start (index), so "le" does not match inside "nguyen le..."
    assert names(qs.page("household", ListQuery(search="le"))) == ["Lê Văn Hải"]
    assert sorted(names(qs.page("household", ListQuery(search="do")))) == ["Nguyễn Hữu Đô", "Đỗ Thị Mai"]
    # one letter: LIKE fallback at a word start
    assert qs.count("household", ListQuery(search="h")) == 2
    assert names(qs.page("household", ListQuery(search="d mai"))) == ["Đỗ Thị Mai"]


def test_sort_in_vietnamese_order_both_directions(svc):
    rs, qs = svc
    heads = ["Đinh Văn An", "Dương Văn An", "Ánh", "Anh", "Ăn", "Bùi Văn Ba", "Ơn", "Ôn", "On"]
    add_households(rs, *heads)
    asc = names(qs.page("household", ListQuery(sort="head_name")))
    assert asc == ["Anh", "Ánh", "Ăn", "Bùi Văn Ba", "Dương Văn An", "Đinh Văn An", "On", "Ôn", "Ơn"]
    desc = names(qs.page("household", ListQuery(sort="head_name", descending=True)))
    assert desc == list(reversed(asc))


def test_vocab_and_country_columns_sort_by_vietnamese_label(svc):
    rs, qs = svc
    for full_name, country in (("A", "LA"), ("B", "KR"), ("C", "CN"), ("D", "DE")):
        rs.create("person", {"full_name": full_name, "country": country})
    rows = qs.page("person", ListQuery(sort="country"))
    # Đức, Hàn Quốc, Lào, Trung Quốc
    assert [r.display["country"] for r in rows] == ["Đức", "Hàn Quốc", "Lào", "Trung Quốc"]
    rows = qs.page("person", ListQuery(sort="city"))   # text column without a stored key sorts too
    assert len(rows) == 4


def test_paging_is_stable_and_complete(svc):
    rs, qs = svc
    heads = [f"Nguyễn Văn {i:03d}" for i in range(57)]
    add_households(rs, *heads)
    q = ListQuery(sort="head_name")
    seen = []
    for offset in range(0, 60, 10):
        seen += names(qs.page("household", q, offset=offset, limit=10))
    assert seen == sorted(heads)
    assert qs.count("household", q) == 57
    assert qs.page("household", q, offset=57, limit=10) == []


def test_tombstones_hidden_from_lists_search_and_counts(svc, ctx):  # noqa: F811
    rs, qs = svc
    _keep, gone = add_households(rs, "Vàng Seo Páo", "Vàng A Sử")
    rs.delete("household", gone)
    assert names(qs.page("household")) == ["Vàng Seo Páo"]
    assert qs.count("household", ListQuery(search="vang")) == 1
    assert qs.count("household") == 1
    assert qs.search("vang a su").total == 0
    if ctx.engine.dialect.name != "sqlite":   # PostgreSQL searches the table itself: no index rows
        return
    with ctx.session() as s:
        fts = s.execute(text("SELECT count(*) FROM households_fts WHERE households_fts MATCH '\"su\"'")).scalar()
    assert fts == 0


def test_filters_activity_period_type_country_border_commune(svc):
    rs, qs = svc
    commune = communes(15)[0].code
    base = {"title": "Giao lưu", "activity_type": "border_exchange"}
    rs.create("activity", {**base, "start_date": "10/01/2026", "country": "CN", "border_area": True,
                           "commune_code": commune})
    rs.create("activity", {**base, "start_date": "10/05/2026", "country": "LA"})
    rs.create("activity", {**base, "title": "Hội nghị", "activity_type": "conference", "start_date": "10/05/2025"})

    def count(**filters):
        return qs.count("activity", ListQuery(filters=filters))

    assert count(period="2026") == 2
    assert count(period="2026-Q1") == 1
    assert count(date_from="01/05/2025", date_to=dt.date(2025, 12, 31)) == 1
    assert count(activity_type="conference") == 1
    assert count(country="la") == 1
    assert count(border_area=True) == 1
    assert count(border_area=False) == 2
    assert count(commune_code=commune) == 1
    assert count(country=None, activity_type="") == 3    # empty filters are ignored
    assert qs.count("activity", ListQuery(search="hoi nghi", filters={"period": "2025"})) == 1
    with pytest.raises(ValidationError, match="không lọc được"):
        count(planet="Mars")
    with pytest.raises(ValidationError):
        count(period="2026-Q7")


def test_household_filters_commune_and_person_country(svc):
    rs, qs = svc
    c1, c2 = communes(15)[0].code, communes(15)[1].code
    h1 = rs.save_household({"head_name": "Hộ Một", "commune_code": c1},
                           [PersonInput(values={"full_name": "Con Một", "country": "KR"})]).household.id
    rs.save_household({"head_name": "Hộ Hai", "commune_code": c2},
                      [PersonInput(values={"full_name": "Con Hai", "country": "JP"})])
    assert names(qs.page("household", ListQuery(filters={"person_country": "KR"}))) == ["Hộ Một"]
    assert names(qs.page("household", ListQuery(filters={"commune_code": c2}))) == ["Hộ Hai"]
    assert names(qs.page("person", ListQuery(filters={"commune_code": c1}))) == ["Con Một"]
    assert names(qs.page("person", ListQuery(filters={"household_id": h1}))) == ["Con Một"]
    row = qs.page("household", ListQuery(filters={"commune_code": c1}))[0]
    assert row.values["person_count"] == 1 and row.display["commune_code"] == communes(15)[0].name


def test_display_values_in_rows(svc):
    rs, qs = svc
    rs.create("activity", {"title": "Tặng quà", "activity_type": "aid_support", "start_date": "05/02/2026",
                           "country": "LA", "participants_vn": 1234})
    row = qs.page("activity")[0]
    assert row.display["start_date"] == "05/02/2026"
    assert row.display["activity_type"] == "Thăm hỏi, tặng quà, hỗ trợ"
    assert row.display["country"] == "Lào"
    assert row.display["participants_vn"] == "1.234"
    assert row.values["start_date"] == dt.date(2026, 2, 5)


def test_twinning_rows_carry_activity_figures_and_dormant_flag(svc):
    rs, qs = svc
    today = dt.date.today()
    busy = rs.create("twinning", {"kind": "village_village", "local_name": "Bản Lếch Mông",
                                  "counterpart_name": "Bản Kiều Đầu", "counterpart_country": "CN"}).id
    rs.create("twinning", {"kind": "village_village", "local_name": "Thôn Trung Đô", "counterpart_name": "Bản Mò"})
    old = rs.create("twinning", {"kind": "commune_commune", "local_name": "Xã A Mú Sung",
                                 "counterpart_name": "Trấn Bá Sái"}).id
    for days in (10, 40):
        a = rs.create("activity", {"title": "Giao lưu", "activity_type": "border_exchange",
                                   "start_date": today - dt.timedelta(days=days)}).id
        rs.link(a, "twinning", busy)
    a_old = rs.create("activity", {"title": "Giao lưu cũ", "activity_type": "border_exchange",
                                   "start_date": today - dt.timedelta(days=500)}).id
    rs.link(a_old, "twinning", old)
    gone = rs.create("activity", {"title": "Đã xóa", "activity_type": "other", "start_date": today}).id
    rs.link(gone, "twinning", old)
    rs.delete("activity", gone)   # a deleted activity does not count
    rows = {r.name: r for r in qs.page("twinning")}
    assert rows["Bản Lếch Mông"].values["activity_count"] == 2
    assert rows["Bản Lếch Mông"].values["last_activity_date"] == today - dt.timedelta(days=10)
    assert not rows["Bản Lếch Mông"].values["dormant"]
    assert rows["Xã A Mú Sung"].values["activity_count"] == 1 and rows["Xã A Mú Sung"].values["dormant"]
    assert rows["Thôn Trung Đô"].values["activity_count"] == 0 and rows["Thôn Trung Đô"].values["dormant"]
    assert names(qs.page("twinning", ListQuery(filters={"dormant": True}, sort="local_name"))) == \
        ["Thôn Trung Đô", "Xã A Mú Sung"]
    assert names(qs.page("twinning", ListQuery(sort="activity_count", descending=True)))[0] == "Bản Lếch Mông"
    assert qs.count("activity", ListQuery(filters={"twinning_id": busy})) == 2


def test_search_all_kinds_ranks_names_first(svc):
    rs, qs = svc
    add_households(rs, "Đỗ Văn Dương")
    rs.create("household", {"head_name": "Dương Văn Chử", "village": "Thôn Đoàn Kết"})
    rs.create("partner", {"name": "Hội Hữu nghị Việt – Lào", "kind": "friendship_assoc"})
    result = qs.search("do van duong")
    assert result.total == 2
    assert [h.name for h in result.hits] == ["Đỗ Văn Dương", "Dương Văn Chử"]
    assert qs.search("huu nghi", kinds=["partner"]).hits[0].kind == "partner"
    assert qs.search("").total == 0


@pytest.mark.sqlite_only("the FTS5 tables and their triggers")
def test_search_index_is_rebuilt_when_a_table_rebuild_dropped_its_triggers(svc, ctx):  # noqa: F811
    rs, _qs = svc
    add_households(rs, "Giàng Seo Chử")
    with ctx.session() as s:
        s.execute(text("DROP TRIGGER households_fts_ai"))
    add_households(rs, "Giàng A Lử")   # written while the trigger was missing
    fresh = RecordQueryService(ctx)
    assert fresh.count("household", ListQuery(search="giang a lu")) == 1


def test_unknown_sort_column_is_refused(svc):
    _rs, qs = svc
    with pytest.raises(ValidationError):
        qs.page("household", ListQuery(sort="id_number"))


def test_personal_fields_wiped_on_delete(svc, ctx):  # noqa: F811
    rs, _qs = svc
    hid = rs.create("household", {"head_name": "Sùng A Páo", "phone": "0912345678", "ethnicity": "Mông",
                                  "id_number": "012345678901"}).id
    rs.delete("household", hid)
    with ctx.session() as s:
        h = s.scalar(select(Household).where(Household.id == hid))
    assert h.deleted and h.phone is None and h.ethnicity is None and h.id_number is None
    assert h.head_name == "(đã ẩn danh)" and "sung" not in h.search_text


# -- word prefixes, the substring fallback and the page strategies (revision 0005) ---------------
def test_word_starts_are_matched_in_any_order(svc):
    rs, qs = svc
    rs.create("household", {"head_name": "Lý Thị Sâu", "village": "Bản Mường Hum"})
    add_households(rs, "Nguyễn Văn Đức", "Nguyễn Thị Dung", "Văn Đình Nguyên")
    assert names(qs.page("household", ListQuery(search="ban muong"))) == ["Lý Thị Sâu"]
    assert names(qs.page("household", ListQuery(search="nguyen van d"))) == ["Nguyễn Văn Đức", "Văn Đình Nguyên"]
    assert names(qs.page("household", ListQuery(search="d nguy"))) == \
        ["Nguyễn Thị Dung", "Nguyễn Văn Đức", "Văn Đình Nguyên"]
    assert qs.count("household", ListQuery(search="nguyen van d")) == 2


def test_substrings_only_when_no_word_starts_so(svc):
    rs, qs = svc
    add_households(rs, "Lò Văn Anh", "Đỗ Thị Thanh")
    # "anh" starts a word of the first name: the second, which only contains it, is left out.
    assert names(qs.page("household", ListQuery(search="anh"))) == ["Lò Văn Anh"]
    assert qs.count("household", ListQuery(search="anh")) == 1
    # No word starts with "hanh": substrings are searched, as before.
    assert names(qs.page("household", ListQuery(search="hanh"))) == ["Đỗ Thị Thanh"]
    assert qs.count("household", ListQuery(search="hanh")) == 1
    assert qs.search("hanh").total == 1


def test_query_punctuation_is_not_search_syntax(svc):
    rs, qs = svc
    rs.create("household", {"head_name": "Vàng Seo Páo", "phone": "0912345678"})
    for q in ('"vang', "vang*", "seo-pao", "(vang)", "vang:", "0912", "-páo"):
        assert qs.count("household", ListQuery(search=q)) == 1, q
        assert names(qs.page("household", ListQuery(search=q))) == ["Vàng Seo Páo"], q


@pytest.mark.sqlite_only("the FTS5 tables and their triggers")
def test_tombstones_leave_the_word_index(svc, ctx):  # noqa: F811
    rs, qs = svc
    _keep, gone = add_households(rs, "Vàng Seo Páo", "Vàng A Sử")
    rs.delete("household", gone)
    with ctx.session() as s:
        n = s.execute(text("SELECT count(*) FROM households_words WHERE households_words MATCH 'su*'")).scalar()
    assert n == 0
    assert qs.count("household", ListQuery(search="vang a")) == 0


def test_word_index_follows_edits(svc):
    rs, qs = svc
    hid = add_households(rs, "Giàng Seo Chử")[0]
    rs.update("household", hid, {"head_name": "Thào A Lử"})
    assert qs.count("household", ListQuery(search="giang")) == 0
    assert names(qs.page("household", ListQuery(search="thao a"))) == ["Thào A Lử"]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("read_max,per_match", [(1000, 3), (2, 100), (2, 1)])
def test_search_pages_in_sort_order_whatever_the_strategy(svc, monkeypatch, descending, read_max, per_match):
    # read_max 1000: matches read by rowid and sorted; (2, 100): the sort index is walked and the
    # page found there; (2, 1): the walk gives up early and the matches are read after all.
    from dnnd_desktop.storage import record_queries

    monkeypatch.setattr(record_queries, "READ_MATCHES_MAX", read_max)
    monkeypatch.setattr(record_queries, "SCAN_PER_MATCH", per_match)
    rs, qs = svc
    family = ["Vàng", "Đỗ", "Giàng", "Vũ", "Lò", "Ánh", "Vàng", "Bùi"]
    heads = [f"{family[i % len(family)]} Văn {chr(65 + i % 26)}{i:02d}" for i in range(40)]
    add_households(rs, *heads)
    gone = add_households(rs, "Vàng Văn Xóa")[0]
    rs.delete("household", gone)
    q = ListQuery(search="van", sort="head_name", descending=descending)
    expected = names(qs.page("household", ListQuery(sort="head_name", descending=descending)))
    assert qs.count("household", q) == 40
    got = []
    for offset in range(0, 40, 7):
        got += names(qs.page("household", q, offset=offset, limit=7))
    assert got == expected
    vang = ListQuery(search="vang", sort="head_name", descending=descending)   # clustered at one end
    assert names(qs.page("household", vang, limit=3)) == [h for h in expected if h.startswith("Vàng")][:3]
    assert names(qs.page("household", vang, offset=8, limit=5, total=10)) == \
        [h for h in expected if h.startswith("Vàng")][8:]


def test_search_with_a_filter_and_another_sort(svc):
    rs, qs = svc
    c1, c2 = communes(15)[0].code, communes(15)[1].code
    for i, head in enumerate(["Vàng A Páo", "Vàng Seo Sử", "Vàng Thị Mỷ", "Lò Văn Vàng"]):
        rs.create("household", {"head_name": head, "commune_code": c1 if i % 2 else c2,
                                "head_birth_year": 1950 + i})
    q = ListQuery(search="vang", filters={"commune_code": c1}, sort="head_birth_year", descending=True)
    assert names(qs.page("household", q)) == ["Lò Văn Vàng", "Vàng Seo Sử"]
    assert qs.count("household", q) == 2


def test_upgrade_from_0004_builds_the_word_index_from_existing_records(tmp_path):
    import sqlite3

    from dnnd_desktop.storage.migrate import upgrade

    db = tmp_path / "dnnd.sqlite3"
    upgrade(db, tmp_path / "b", target="0004")
    con = sqlite3.connect(db)
    for i, (name, folded, deleted) in enumerate([("Nguyễn Văn Đức", "nguyen van duc", 0),
                                                  ("Đỗ Văn Dương", "do van duong", 1)]):
        con.execute(
            "INSERT INTO households (id, head_name, head_name_sort, version, field_stamps, deleted,"
            " created_at, updated_at, search_text) VALUES (?, ?, 'x', '{}', '{}', ?,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00', ?)", (f"h-{i}", name, deleted, folded))
    con.commit()
    con.close()
    upgrade(db, tmp_path / "b")
    con = sqlite3.connect(db)
    def match(q):
        return con.execute(
            "SELECT count(*) FROM households_words WHERE households_words MATCH ?", (q,)).fetchone()[0]
    assert match("duc*") == 1 and match("van*") == 1 and match("duong*") == 0
    con.execute("UPDATE households SET deleted = 1 WHERE id = 'h-0'")     # the triggers work too
    assert match("duc*") == 0
    con.close()


@pytest.mark.parametrize("search,filters", [
    ("van", {}), ("vang", {}), ("ang", {}), ("vang a", {}), ("xyz", {}), ("", {}), ("vang", "commune")])
def test_first_page_matches_the_search_once_with_the_same_count_and_rows(svc, monkeypatch, search, filters):
    # A keystroke asks for the count and the first block: the search index is matched once for
    # both (it was matched for the count, again for the page), on either database.
    from dnnd_desktop.storage import postgres, sqlite

    rs, qs = svc
    c1, c2 = communes(15)[0].code, communes(15)[1].code
    heads = ["Vàng A Páo", "VÀNG SEO SỬ", "Vàng Thị Mỷ", "Lò Văn Vàng", "Giàng A Tháng", "Nguyễn Văn Đức",
             "  Đỗ   văn  Dương ", "Hoàng Văn Ánh"]
    for i, head in enumerate(heads):
        rs.create("household", {"head_name": head, "commune_code": c1 if i % 2 else c2})
    rs.delete("household", add_households(rs, "Vàng Văn Xóa")[0])
    q = ListQuery(search=search, filters={"commune_code": c1} if filters else {}, sort="head_name", descending=True)
    expected_count, expected = qs.count("household", q), names(qs.page("household", q, limit=3))

    calls = []
    for module in (sqlite, postgres):
        real = module.search_match
        monkeypatch.setattr(module, "search_match", lambda *a, real=real: calls.append(a[2]) or real(*a))
    count, rows = qs.first_page("household", q, limit=3)
    assert (count, names(rows)) == (expected_count, expected)
    assert len(calls) == (1 if search else 0)
    # Counted by hand: "van" starts a word of 7 live heads (Văn, văn and Vàng: all but Giàng),
    # "vang" of 4, "vang a" of 1; "ang" starts none, so substrings: 4 Vàng, Giàng, Hoàng.
    by_hand = {"van": 7, "vang": 4, "ang": 6, "vang a": 1, "xyz": 0, "": 8}
    if not filters:
        assert count == by_hand[search]
    # The remembered match is the read's own: a later read matches again.
    qs.count("household", q)
    assert len(calls) == (2 if search else 0)
