"""One user action is one transaction: the household form's Save writes the household, its persons,
their contributions and commendations and the household's consent records together, or nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import FieldPath, NotFound, PermissionDenied, ValidationError
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.records import PersonInput, RecordInput, RecordService
from dnnd_desktop.storage.models import (
    AuditEntry,
    Commendation,
    Consent,
    Contribution,
    Household,
    Office,
    OverseasPerson,
)

MODELS = (Household, OverseasPerson, Contribution, Commendation, Consent)


@pytest.fixture
def rs(ctx):  # noqa: F811
    return RecordService(ctx)


def state(ctx):  # noqa: F811
    """Every row a household save can write, with the fields that change, and the audit count."""
    with ctx.session() as s:
        rows = {(m.__kind__, r.id, r.deleted, r.updated_at) for m in MODELS for r in s.scalars(select(m))}
        return rows, s.scalar(select(func.count()).select_from(AuditEntry))


def test_consents_are_saved_with_the_household(rs):
    saved = rs.save_household({"head_name": "Giàng Seo Sử"}, [PersonInput(values={"full_name": "Giàng Thị Mỷ"})],
                              consents=[RecordInput(values={"given_date": "01/03/2026",
                                                            "method": "Văn bản có chữ ký"})])
    hid = saved.household.id
    [consent] = saved.consents
    assert consent.values["household_id"] == hid and consent.display["given_date"] == "01/03/2026"
    again = rs.save_household({}, [], household_id=hid, consents=[
        RecordInput(id=consent.id, values={"withdrawn_date": "01/06/2026"}),
        RecordInput(values={"given_date": "02/06/2026", "scope": "Khen thưởng"})])
    assert sorted(str(c.values["withdrawn_date"]) for c in again.consents) == ["2026-06-01", "None"]


def test_a_bad_nested_contribution_writes_nothing(rs, ctx):  # noqa: F811
    hid = rs.save_household({"head_name": "Lò Văn Sáu"}, [PersonInput(values={"full_name": "Lò Thị Mai"})]).household.id
    person = rs.get_household(hid).persons[0]
    before = state(ctx)
    with pytest.raises(ValidationError) as err:
        rs.save_household({"village": "Bản Mới"}, [
            PersonInput(id=person.id, values={"city": "Seoul"},
                        contributions=[RecordInput(values={"purpose": "poor_fund", "amount_vnd": 1_000_000}),
                                       RecordInput(values={"purpose": "poor_fund", "amount_vnd": -5})]),
            PersonInput(values={"full_name": "Lò Văn Lực"})],
            household_id=hid, consents=[RecordInput(values={"given_date": "01/03/2026"})])
    assert set(err.value.path_errors) == {FieldPath(("persons", 0, "contributions", 1), "amount_vnd")}
    assert state(ctx) == before
    assert rs.get_household(hid).household.values["village"] is None


def test_a_bad_consent_refuses_the_whole_save(rs, ctx):  # noqa: F811
    before = state(ctx)
    with pytest.raises(ValidationError) as err:
        rs.save_household({"head_name": "Hộ Mới"}, [PersonInput(values={"full_name": "Người Mới"})], consents=[
            RecordInput(values={"given_date": "01/03/2026"}),
            RecordInput(values={"given_date": "01/03/2026", "withdrawn_date": "01/01/2026"})])
    assert set(err.value.path_errors) == {FieldPath(("consents", 1), "withdrawn_date")}
    assert state(ctx) == before


def test_a_failed_consent_write_undoes_the_household_and_its_persons(rs, ctx, monkeypatch):  # noqa: F811
    before = state(ctx)
    real = RecordWriter.create

    def create(self, model, values, record_id=None):
        if model is Consent:
            raise OSError("disk I/O error")
        return real(self, model, values, record_id)

    monkeypatch.setattr(RecordWriter, "create", create)
    with pytest.raises(OSError):
        rs.save_household({"head_name": "Hộ Mới"}, [
            PersonInput(values={"full_name": "Người Mới"},
                        contributions=[RecordInput(values={"purpose": "poor_fund", "amount_vnd": 100_000})])],
            consents=[RecordInput(values={"given_date": "01/03/2026"})])
    assert state(ctx) == before


def test_a_consent_of_another_household_is_refused(rs, ctx):  # noqa: F811
    other = rs.save_household({"head_name": "Hộ Khác"}, [], consents=[RecordInput(values={"given_date": "01/03/2026"})])
    mine = rs.save_household({"head_name": "Hộ Của Tôi"}, []).household.id
    before = state(ctx)
    with pytest.raises(NotFound):
        rs.save_household({"head_name": "Hộ Đổi Tên"}, [], household_id=mine,
                          consents=[RecordInput(id=other.consents[0].id, values={"withdrawn_date": "01/06/2026"})])
    assert state(ctx) == before


def test_records_added_directly_under_a_lower_offices_household_are_refused(rs, ctx):  # noqa: F811
    theirs = rs.save_household({"head_name": "Sùng A Páo"}, [PersonInput(values={"full_name": "Sùng Thị Chư"})])
    hid, pid = theirs.household.id, theirs.persons[0].id
    with ctx.session() as s:
        lower = Office(relation="lower", name="Ủy ban MTTQ Việt Nam xã Y Tý", level="commune")
        s.add(lower)
        s.flush()
        for model, rid in ((Household, hid), (OverseasPerson, pid)):
            s.execute(update(model).where(model.id == rid).values(origin_office_id=lower.id))
    before = state(ctx)
    for kind, values in (("consent", {"household_id": hid, "given_date": "01/03/2026"}),
                         ("contribution", {"person_id": pid, "purpose": "poor_fund", "amount_vnd": 100_000}),
                         ("person", {"household_id": hid, "full_name": "Người Thêm"})):
        with pytest.raises(PermissionDenied):
            rs.create(kind, values)
    assert state(ctx) == before
    mine = rs.save_household({"head_name": "Lò Văn Sáng"}, []).household.id
    assert rs.create("consent", {"household_id": mine, "given_date": "01/03/2026"})   # own households still take them


def test_a_consent_names_a_member_of_its_household_only(rs):
    """A consent for one person abroad (issue 14) must name a member of the household saved with it."""
    other = rs.save_household({"head_name": "Lý A Sử"}, [PersonInput(values={"full_name": "Lý Thị Dua"})])
    own = rs.save_household({"head_name": "Sần Văn Páo"}, [PersonInput(values={"full_name": "Sần Thị Mẩy"})])
    with pytest.raises(ValidationError) as err:
        rs.save_household({"head_name": "Sần Văn Páo"}, [], household_id=own.household.id, consents=[RecordInput(
            id=None, values={"given_date": "2026-02-01", "person_id": other.persons[0].id})])
    assert FieldPath(("consents", 0), "person_id") in err.value.field_texts
    saved = rs.save_household({"head_name": "Sần Văn Páo"}, [], household_id=own.household.id, consents=[
        RecordInput(id=None, values={"given_date": "2026-02-01", "purposes": "lists",
                                     "person_id": own.persons[0].id})])
    assert [c.values["person_id"] for c in saved.consents] == [own.persons[0].id]
