"""The four kinds of work the seed plans ask offices to report (issue 13): border self-management
groups, relatives' associations, training courses and propaganda products. Each is only a
description, so these tests check what the description promises through the real services: save
with validation, the list (sort, filters, period), search (both indexes, tombstones left out) and
delete; on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.record_kinds import KINDS, SEARCHABLE_KINDS, WORK_KINDS, kind_spec
from dnnd_desktop.domain.units import communes
from dnnd_desktop.services.records import ListQuery, RecordQueryService, RecordService
from dnnd_desktop.storage import dialect
from dnnd_desktop.storage.models import MODEL_BY_KIND

LAO_CAI = 15


@pytest.fixture
def svc(ctx):  # noqa: F811
    return RecordService(ctx), RecordQueryService(ctx)


def names(rows):
    return [r.name for r in rows]


def test_each_work_kind_is_a_described_synced_searchable_kind():
    for spec in WORK_KINDS:
        assert KINDS[spec.kind] is spec and spec.kind in SEARCHABLE_KINDS
        assert kind_spec(spec.plural) is spec          # the command-line name
        model = MODEL_BY_KIND[spec.kind]
        assert set(model.data_fields()) == set(spec.field_names)
        from dnnd_desktop.storage import postgres, sqlite
        assert model.__tablename__ in sqlite.SEARCH_INDEXED_TABLES
        assert model.__tablename__ in postgres.SEARCH_INDEXED_TABLES


def test_border_group_saves_lists_filters_and_sorts(svc):
    rs, qs = svc
    bat_xat, other = communes(LAO_CAI)[0].code, communes(LAO_CAI)[1].code
    a = rs.create("border_group", {"name": "Tổ tự quản thôn Na Lốc", "commune_code": bat_xat, "country": "Trung Quốc",
                                   "members": "12", "households": "35", "border_length_m": "4.500",
                                   "markers": "3", "marker_numbers": "mốc 102, 103, 104/1",
                                   "leader": "Lò Văn Sáng"})
    assert a.values["status"] == "active"                      # the described default
    assert a.values["country"] == "CN" and a.values["border_length_m"] == 4500
    rs.create("border_group", {"name": "Tổ tự quản bản Lũng Pô", "commune_code": other, "households": 20,
                               "status": "inactive"})
    rs.create("border_group", {"name": "Ánh Dương", "households": 8})
    with pytest.raises(ValidationError) as err:
        rs.create("border_group", {"name": "", "members": "-3"})
    assert set(err.value.field_errors) == {"name", "members"}
    assert qs.count("border_group", ListQuery()) == 3
    assert qs.count("border_group", ListQuery(filters={"status": "inactive"})) == 1
    assert qs.count("border_group", ListQuery(filters={"commune_code": bat_xat})) == 1
    assert qs.count("border_group", ListQuery(filters={"country": "cn"})) == 1
    # Vietnamese order: Á before L before N
    assert names(qs.page("border_group", ListQuery())) == ["Ánh Dương", "Tổ tự quản bản Lũng Pô",
                                                          "Tổ tự quản thôn Na Lốc"]
    by_households = qs.page("border_group", ListQuery(sort="households", descending=True))
    assert names(by_households)[0] == "Tổ tự quản thôn Na Lốc"


def test_relatives_association_and_training_course_and_propaganda_product(svc):
    rs, qs = svc
    rs.create("relatives_association", {"name": "Hội thân nhân kiều bào xã Bát Xát", "level": "Hội",
                                        "members": 140, "branches": 4})
    rs.create("relatives_association", {"name": "Chi hội thôn Pa Cheo", "members": 31})
    assert qs.count("relatives_association", ListQuery(filters={"level": "branch"})) == 1   # default "branch"
    assert qs.count("relatives_association", ListQuery(filters={"level": "association"})) == 1

    rs.create("training_course", {"title": "Tập huấn kỹ năng đối ngoại nhân dân", "start_date": "12/03/2026",
                                  "participants": 65, "topic": "lễ tân, đàm phán"})
    rs.create("training_course", {"title": "Bồi dưỡng cán bộ Mặt trận cơ sở", "start_date": "05/11/2025"})
    assert qs.count("training_course", ListQuery(filters={"period": "2026"})) == 1
    assert names(qs.page("training_course", ListQuery())) == ["Tập huấn kỹ năng đối ngoại nhân dân",
                                                             "Bồi dưỡng cán bộ Mặt trận cơ sở"]   # newest first
    with pytest.raises(ValidationError) as err:
        rs.create("training_course", {"title": "Không ngày"})
    assert "start_date" in err.value.field_errors

    p = rs.create("propaganda_product", {"title": "Phóng sự giao lưu biên giới", "product_type": "Phóng sự, chương "
                                         "trình phát thanh, truyền hình", "channel": "radio_tv",
                                         "date": "02/02/2026", "reach": "12.000"})
    assert p.values["product_type"] == "broadcast" and p.values["quantity"] == 1 and p.values["reach"] == 12000
    rs.create("propaganda_product", {"title": "Bài đăng Zalo về mốc quốc giới", "product_type": "social_post",
                                     "channel": "social_media", "date": "03/02/2026", "quantity": 6})
    assert qs.count("propaganda_product", ListQuery(filters={"product_type": "social_post"})) == 1
    assert qs.count("propaganda_product", ListQuery(filters={"channel": "radio_tv", "period": "2026-Q1"})) == 1


def test_search_finds_the_work_kinds_and_leaves_deleted_ones_out(svc, ctx):  # noqa: F811
    rs, qs = svc
    g = rs.create("border_group", {"name": "Tổ tự quản thôn Na Lốc", "marker_numbers": "mốc 102"})
    rs.create("relatives_association", {"name": "Chi hội thân nhân kiều bào thôn Na Lốc"})
    c = rs.create("training_course", {"title": "Tập huấn tuyên truyền biên giới", "start_date": "12/03/2026",
                                      "location": "Nhà văn hóa thôn Na Lốc"})
    rs.create("propaganda_product", {"title": "Tin bài về thôn Na Lốc", "product_type": "article",
                                     "date": "02/02/2026"})
    found = qs.search("na loc")
    assert sorted(h.kind for h in found.hits) == ["border_group", "propaganda_product", "relatives_association",
                                                 "training_course"]
    assert qs.count("border_group", ListQuery(search="moc 102")) == 1
    assert qs.count("border_group", ListQuery(search="uan")) == 1          # a substring (trigram index)
    rs.delete("border_group", g.id)
    rs.delete("training_course", c.id)
    assert sorted(h.kind for h in qs.search("na loc").hits) == ["propaganda_product", "relatives_association"]
    assert qs.count("border_group", ListQuery(search="na loc")) == 0
    with ctx.session() as s:
        # revision 0014 made the search indexes of the new tables: FTS5 tables and triggers, or trigram indexes
        if dialect.name_of(s) == "sqlite":
            assert not dialect.module_for(s).broken_search_indexes(s.connection())
            n = s.execute(text("SELECT count(*) FROM border_groups_words WHERE border_groups_words MATCH 'na*'"))
            assert n.scalar() == 0                      # the deleted group left the index
        else:
            indexes = set(s.scalars(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%search_trgm'")))
            assert {f"ix_{t}_search_trgm" for t in ("border_groups", "relatives_associations", "training_courses",
                                                    "propaganda_products")} <= indexes


def test_the_work_kinds_travel_to_the_province_with_their_tombstones(tmp_path):
    from test_packages_world import close_world, make_world

    from dnnd_desktop.services.packages import export_package, import_package

    world = make_world(tmp_path)
    try:
        a, province = world["a"], world["province"]
        rs = RecordService(a.ctx)
        g = rs.create("border_group", {"name": "Tổ tự quản thôn Na Lốc", "households": 35, "markers": 3})
        gone = rs.create("border_group", {"name": "Tổ đã giải thể", "households": 9})
        rs.delete("border_group", gone.id)
        rs.create("relatives_association", {"name": "Chi hội Pa Cheo", "members": 31})
        rs.create("training_course", {"title": "Tập huấn đối ngoại", "start_date": "12/03/2026", "participants": 65})
        rs.create("propaganda_product", {"title": "Tin bài biên giới", "product_type": "article", "date": "02/02/2026",
                                         "quantity": 4, "reach": 900})
        out = tmp_path / "sync.dnnd"
        r = export_package(a.ctx, kind="sync", to=province.id, out_path=out, secret=a.secret)
        assert r.contents == {"border_group": 2, "relatives_association": 1, "training_course": 1,
                              "propaganda_product": 1}
        res = import_package(province.ctx, out, province.secret)
        assert res.rejected == 0
        assert {k: v["new"] for k, v in res.per_kind.items()} == r.contents
        qs = RecordQueryService(province.ctx)
        got = RecordService(province.ctx).get("border_group", g.id).values
        assert (got["households"], got["markers"]) == (35, 3)
        assert qs.count("border_group", ListQuery()) == 1          # the tombstone stays deleted
        assert qs.count("propaganda_product", ListQuery(search="bien gioi")) == 1
    finally:
        close_world(world)


def test_excel_import_of_an_office_list_then_export_round_trip(ctx, tmp_path):  # noqa: F811
    """A border groups list as an office keeps it: a title row, the app's Vietnamese headers, a
    row number column, thousands written with dots, a country by name, a blank line, an invalid
    row; re-importing the exported list adds nothing."""
    from openpyxl import Workbook, load_workbook

    from dnnd_desktop.services.excel import export_list, import_excel

    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH TỔ TỰ QUẢN ĐƯỜNG BIÊN, CỘT MỐC NĂM 2026"])
    ws.append([])
    ws.append(["STT", "Tên tổ tự quản", "Thôn, bản, tổ dân phố", "Nước giáp biên", "Số thành viên",
               "Số hộ tham gia tự quản", "Chiều dài đường biên phụ trách (m)", "Số cột mốc phụ trách"])
    ws.append([1, "Tổ tự quản thôn Na Lốc", "Na Lốc", "Trung Quốc", 12, 35, "4.500", 3])
    ws.append([2, "Tổ tự quản bản Lũng Pô", "Lũng Pô", "CN", 9, 20, 3200, 2])
    ws.append([])
    ws.append([3, "Tổ tự quản thôn Trung Tâm", "Trung Tâm", "Lào", "mười", 14, 1800, 1])   # members not a number
    path = tmp_path / "to-tu-quan.xlsx"
    wb.save(path)

    result, preview = import_excel(ctx, "border_groups", path, skip_invalid=True)
    assert (result.rows, result.imported, result.invalid) == (3, 2, 1)
    assert result.records_created == {"border_group": 2}
    qs = RecordQueryService(ctx)
    rows = {r.name: r.values for r in qs.page("border_group", ListQuery())}
    assert rows["Tổ tự quản thôn Na Lốc"]["border_length_m"] == 4500
    assert rows["Tổ tự quản thôn Na Lốc"]["country"] == "CN"

    out = tmp_path / "xuat.xlsx"
    exported = export_list(ctx, "border_groups", out)
    assert exported.rows == 2
    headers = [c.value for c in next(r for r in load_workbook(out).active.iter_rows()
                                     if any(c.value == "Tên tổ tự quản" for c in r))]
    assert "Số hộ tham gia tự quản" in headers and "Tổ trưởng" in headers
    again, _ = import_excel(ctx, "border_groups", out)
    assert (again.imported, again.duplicates) == (0, 2)

    # a training course already there is a possible duplicate (same name and start date), named so
    RecordService(ctx).create("training_course", {"title": "Tập huấn đối ngoại", "start_date": "12/03/2026"})
    wb = Workbook()
    wb.active.append(["Tên lớp", "Ngày bắt đầu", "Số học viên"])
    wb.active.append(["Tập huấn đối ngoại", "12/03/2026", 70])
    wb.save(tmp_path / "lop.xlsx")
    res, prev = import_excel(ctx, "training_courses", tmp_path / "lop.xlsx", dry_run=True)
    assert res.candidates == 1
    assert "«Tên lớp», «Ngày bắt đầu»" in str(prev.reasons[0])


def test_a_work_record_prints_its_sheet_and_takes_attachments(ctx, tmp_path):  # noqa: F811
    import unicodedata

    from pypdf import PdfReader

    from dnnd_desktop.services.printouts import print_record_sheet
    from dnnd_desktop.services.records.attachments import AttachmentService

    rec = RecordService(ctx).create("training_course", {"title": "Tập huấn kỹ năng đối ngoại",
                                                        "start_date": "12/03/2026", "participants": 65})
    out = tmp_path / "phieu.pdf"
    print_record_sheet(ctx, "training_course", rec.id, out)
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(str(out)).pages))
    assert "Lớp tập huấn, bồi dưỡng" in text and "Tập huấn kỹ năng đối ngoại" in text and "65" in text
    doc = tmp_path / "danh-sach-hoc-vien.pdf"
    doc.write_bytes(b"%PDF-1.4 danh sach" * 10)
    att = AttachmentService(ctx).add("training_course", rec.id, doc)
    assert att.file_name == "danh-sach-hoc-vien.pdf"
