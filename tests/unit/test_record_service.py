"""Record service: writes through the record writer with audit by the right user, sensitive data
masked unless asked (and audited), households saved as one unit, links, personal-data rights."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import FieldPath, NotFound, ValidationError
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.records import (
    AuditQuery,
    AuditQueryService,
    CountRow,
    LinkedRecord,
    ListQuery,
    OverviewService,
    Participants,
    PersonInput,
    RecordInput,
    RecordQueryService,
    RecordService,
)
from dnnd_desktop.services.users import UserService
from dnnd_desktop.storage.models import AuditEntry, Contribution, Household, OverseasPerson


@pytest.fixture
def rs(ctx):  # noqa: F811
    return RecordService(ctx)


def audit(ctx, **where):  # noqa: F811
    with ctx.session() as s:
        stmt = (select(AuditEntry).where(*(getattr(AuditEntry, k) == v for k, v in where.items()))
                .order_by(AuditEntry.id))
        return s.scalars(stmt).all()


def test_create_update_delete_are_audited_with_the_current_user(rs, ctx):  # noqa: F811
    rec = rs.create("partner", {"name": "Hội Hữu nghị Việt – Lào", "kind": "friendship_assoc", "country": "Lào"})
    assert rec.values["country"] == "LA" and rec.display["country"] == "Lào"
    out = rs.update("partner", rec.id, {"phone": "0912 345 678", "name": "Hội Hữu nghị Việt – Lào tỉnh"})
    assert out.changed["phone"] == (None, "0912 345 678")
    assert rs.update("partner", rec.id, {"phone": "0912 345 678"}).changed == {}
    rs.delete("partner", rec.id)
    entries = audit(ctx, record_id=rec.id)
    assert [e.action for e in entries] == ["create", "update", "update", "delete"]
    assert {e.field for e in entries if e.action == "update"} == {"name", "phone"}
    assert {e.user_name for e in entries} == {"Cán bộ Hà"}
    with pytest.raises(NotFound):
        rs.get("partner", rec.id)


def test_audit_names_the_user_acting(ctx, data_dir):  # noqa: F811
    UserService(ctx).add_user("Cán bộ Hùng", ("officer",), None)
    other = open_context(data_dir, user_name="Cán bộ Hùng")
    try:
        rid = RecordService(other).create("partner", {"name": "Oxfam", "kind": "foreign_ngo"}).id
    finally:
        other.close()
    assert [e.user_name for e in audit(ctx, record_id=rid)] == ["Cán bộ Hùng"]
    page = AuditQueryService(ctx).page(AuditQuery(user="Cán bộ Hùng"))
    assert [(r.action_label, r.kind_label) for r in page] == [("Thêm mới", "Đối tác")]


def test_validation_refusal_changes_nothing(rs, ctx):  # noqa: F811
    with pytest.raises(ValidationError) as exc:
        rs.create("activity", {"title": "Giao lưu", "activity_type": "border_exchange",
                               "start_date": "15/05/2026", "end_date": "01/05/2026"})
    assert exc.value.field_errors == {"end_date": "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu."}
    assert RecordQueryService(ctx).count("activity") == 0
    rec = rs.create("activity", {"title": "Giao lưu", "activity_type": "border_exchange", "start_date": "15/05/2026"})
    with pytest.raises(ValidationError) as exc:
        rs.update("activity", rec.id, {"end_date": "14/05/2026"})   # checked against the stored start
    assert "end_date" in exc.value.field_errors
    with pytest.raises(ValidationError):
        rs.update("activity", rec.id, {"participants_vn": -1})


def test_sensitive_fields_hidden_unless_asked_and_viewing_is_audited(rs, ctx):  # noqa: F811
    hid = rs.create("household", {"head_name": "Lò Văn Sáu", "ethnicity": "Thái", "religion": "Phật giáo",
                                  "id_number": "012345678901"}).id
    plain = rs.get("household", hid)
    assert "ethnicity" not in plain.values and set(plain.hidden_fields) == {"ethnicity", "religion", "id_number"}
    assert plain.display["id_number"] == "•••"
    assert not audit(ctx, record_id=hid, action="view_sensitive")
    shown = rs.get("household", hid, show_sensitive=True)
    assert shown.values["id_number"] == "012345678901"
    assert len(audit(ctx, record_id=hid, action="view_sensitive")) == 1
    # The audit log never becomes a copy of sensitive values.
    create = audit(ctx, record_id=hid, action="create")[0]
    assert "012345678901" not in create.new_value and "Thái" not in create.new_value
    # A masked value sent back by a form is not saved over the real one.
    rs.update("household", hid, {"id_number": "•••", "village": "Bản Nà Lùng"})
    assert rs.get("household", hid, show_sensitive=True).values["id_number"] == "012345678901"


def test_save_household_as_one_unit(rs, ctx):  # noqa: F811
    saved = rs.save_household(
        {"head_name": "Nguyễn Văn Đức", "head_birth_year": 1955},
        [PersonInput(values={"full_name": "Nguyễn Thị Hương", "country": "KR", "birth_year": 1985},
                     contributions=[RecordInput(values={"purpose": "poor_fund", "amount_vnd": 5_000_000,
                                                        "date": "01/03/2026"})],
                     commendations=[RecordInput(values={"level": "province", "status": "awarded"})]),
         PersonInput(values={"full_name": "Nguyễn Văn Dũng", "country": "JP"})])
    hid = saved.household.id
    assert [p.name for p in saved.persons] == ["Nguyễn Thị Hương", "Nguyễn Văn Dũng"]
    huong = saved.persons[0]
    assert huong.contributions[0].values["amount_vnd"] == 5_000_000
    assert huong.values["household_id"] == hid
    # Edit: change a person, add a contribution, remove the other person.
    dung = saved.persons[1]
    again = rs.save_household(
        {"head_name": "Nguyễn Văn Đức"},
        [PersonInput(id=huong.id, values={"city": "Seoul"},
                     contributions=[RecordInput(id=huong.contributions[0].id, values={"amount_vnd": 6_000_000}),
                                    RecordInput(values={"purpose": "scholarship", "amount_vnd": 1_000_000})])],
        household_id=hid, removed_person_ids=(dung.id,))
    assert [p.name for p in again.persons] == ["Nguyễn Thị Hương"]
    assert sorted(c.values["amount_vnd"] for c in again.persons[0].contributions) == [1_000_000, 6_000_000]
    assert again.persons[0].values["city"] == "Seoul"


def test_household_failure_rolls_back_everything(rs, ctx):  # noqa: F811
    with pytest.raises(ValidationError) as exc:
        rs.save_household({"head_name": "Hộ Lỗi"}, [
            PersonInput(values={"full_name": "Người Một"}),
            PersonInput(values={"full_name": "Người Hai", "birth_year": 1800},
                        contributions=[RecordInput(values={"purpose": "poor_fund", "amount_vnd": -5})])])
    assert set(exc.value.path_errors) == {FieldPath(("persons", 1), "birth_year"),
                                         FieldPath(("persons", 1, "contributions", 0), "amount_vnd")}
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(Household)) == 0
        assert s.scalar(select(func.count()).select_from(OverseasPerson)) == 0
    # A failure during the writes (a removed person that is not this household's) also undoes all.
    other = rs.save_household({"head_name": "Hộ Khác"}, [PersonInput(values={"full_name": "Người Khác"})])
    mine = rs.save_household({"head_name": "Hộ Của Tôi"}, [])
    with pytest.raises(ValidationError):
        rs.save_household({"head_name": "Hộ Đã Đổi Tên"}, [PersonInput(values={"full_name": "Người Mới"})],
                          household_id=mine.household.id, removed_person_ids=(other.persons[0].id,))
    assert rs.get("household", mine.household.id).name == "Hộ Của Tôi"
    assert RecordQueryService(ctx).count("person") == 1


def test_deleting_a_household_tombstones_its_persons_and_contributions(rs, ctx):  # noqa: F811
    saved = rs.save_household({"head_name": "Hộ Xóa"}, [
        PersonInput(values={"full_name": "Người Xóa", "aspirations": "Về quê"},
                    contributions=[RecordInput(values={"purpose": "other", "amount_vnd": 100_000})])])
    rs.create("consent", {"household_id": saved.household.id, "given_date": "01/01/2026"})
    assert rs.delete("household", saved.household.id) == 4
    with ctx.session() as s:
        p = s.get(OverseasPerson, saved.persons[0].id)
        assert p.deleted and p.aspirations is None
        assert s.scalar(select(func.count()).select_from(Contribution).where(Contribution.deleted.is_(False))) == 0


def test_activity_links(rs):
    act = rs.create("activity", {"title": "Gặp mặt kiều bào", "activity_type": "overseas_meeting",
                                 "start_date": "20/01/2026"}).id
    partner = rs.create("partner", {"name": "Hội người Việt tại Hàn Quốc", "kind": "friendship_assoc"}).id
    person = rs.create("person", {"full_name": "Bùi Thị Mai"}).id
    first = rs.link(act, "partner", partner)
    assert rs.link(act, "partner", partner) == first          # linking twice changes nothing
    rs.link(act, "person", person)
    links = rs.links(act)
    assert links["partner"] == (LinkedRecord(partner, "Hội người Việt tại Hàn Quốc"),)
    assert [p.name for p in links["person"]] == ["Bùi Thị Mai"]
    assert rs.unlink(act, "partner", partner)
    assert rs.links(act)["partner"] == ()
    with pytest.raises(ValidationError):
        rs.link(act, "planet", partner)
    with pytest.raises(NotFound):
        rs.link(act, "twinning", partner)


def test_reference_to_a_deleted_record_is_refused(rs):
    hid = rs.create("household", {"head_name": "Hộ Cũ"}).id
    rs.delete("household", hid)
    with pytest.raises(ValidationError) as exc:
        rs.create("consent", {"household_id": hid, "given_date": "01/01/2026"})
    assert "household_id" in exc.value.field_errors


def test_export_person_data_and_anonymise_are_audited(rs, ctx):  # noqa: F811
    saved = rs.save_household({"head_name": "Giàng Seo Lử", "religion": "Tin Lành"},
                              [PersonInput(values={"full_name": "Giàng Thị Mỷ", "country": "TW"})])
    hid = saved.household.id
    data = rs.export_person_data("household", hid)
    fields = {f.name: f.display for f in data.fields}
    assert fields["religion"] == "Tin Lành" and data.name == "Giàng Seo Lử"
    assert [p.name for p in data.related["person"]] == ["Giàng Thị Mỷ"]
    assert data.exported_by == "Cán bộ Hà"
    assert len(audit(ctx, record_id=hid, action="export_personal")) == 1
    rs.anonymise("household", hid)
    after = rs.get("household", hid, show_sensitive=True)
    assert after.name == "(đã ẩn danh)" and after.values["religion"] is None
    assert len(audit(ctx, record_id=hid, action="anonymise")) == 1
    with pytest.raises(ValidationError):
        rs.export_person_data("activity", hid)


def test_audit_query_filters_and_paging(rs, ctx):  # noqa: F811
    ids = [rs.create("partner", {"name": f"Đối tác {i}", "kind": "other"}).id for i in range(5)]
    rs.update("partner", ids[0], {"notes": "ghi chú"})
    aq = AuditQueryService(ctx)
    assert aq.count(AuditQuery(action="create", kind="partner")) == 5
    assert aq.count(AuditQuery(record_id=ids[0])) == 2
    assert [r.action for r in aq.page(AuditQuery(kind="partner"), limit=2)] == ["update", "create"]
    today = dt.date.today()
    assert aq.count(AuditQuery(date_from=today, date_to=today, kind="partner")) == 6
    assert aq.count(AuditQuery(date_to=today - dt.timedelta(days=1))) == 0
    assert aq.page(AuditQuery(record_id=ids[0]))[0].field_label == "Ghi chú"
    assert "Cán bộ Hà" in aq.users()


def test_overview_figures(rs, ctx):  # noqa: F811
    year = dt.date.today().year
    rs.create("activity", {"title": "Giao lưu", "activity_type": "border_exchange", "start_date": dt.date(year, 1, 5),
                           "country": "CN", "participants_vn": 50, "participants_foreign": 40})
    rs.create("activity", {"title": "Tặng quà", "activity_type": "aid_support", "start_date": dt.date(year, 2, 5),
                           "country": "LA", "participants_vn": 20})
    rs.create("activity", {"title": "Năm trước", "activity_type": "aid_support", "start_date": dt.date(year - 1, 2, 5)})
    rs.create("twinning", {"kind": "village_village", "local_name": "Bản A", "counterpart_name": "Bản B"})
    rs.save_household({"head_name": "Hộ A"}, [
        PersonInput(values={"full_name": "P1", "country": "KR"},
                    contributions=[RecordInput(values={"purpose": "poor_fund", "amount_vnd": 3_000_000,
                                                       "date": dt.date(year, 3, 1)}),
                                   RecordInput(values={"purpose": "poor_fund", "amount_vnd": 9_000_000,
                                                       "date": dt.date(year - 1, 3, 1)})]),
        PersonInput(values={"full_name": "P2", "country": "KR"})])
    f = OverviewService(ctx).figures(year)
    assert f.activities == 2
    assert {r.code: r.count for r in f.activities_by_type} == {"border_exchange": 1, "aid_support": 1}
    assert {r.label for r in f.activities_by_country} == {"Trung Quốc", "Lào"}
    assert f.participants == Participants(vn=70, foreign=40, overseas=0)
    assert f.twinnings_active == 1 and f.households == 1 and f.persons == 2
    assert f.persons_by_country == (CountRow(code="KR", label="Hàn Quốc", count=2),)
    assert f.contributions_vnd == 3_000_000


def test_list_query_of_each_kind_runs(rs, ctx):  # noqa: F811
    qs = RecordQueryService(ctx)
    from dnnd_desktop.domain.record_kinds import KINDS

    for kind, spec in KINDS.items():
        for col in spec.list_columns:
            qs.page(kind, ListQuery(sort=col, descending=True, search="a"))
        assert qs.count(kind) == 0
