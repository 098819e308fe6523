"""At the province, records that came from a lower office are read-only copies."""
import pytest
from sqlalchemy import update

from dnnd_desktop.domain.errors import PermissionDenied
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage.models import Household, Office


def _make_foreign(ctx, record_id):
    with ctx.session() as s:
        lower = Office(relation="lower", name="Ủy ban MTTQ Việt Nam xã Y Tý", level="commune")
        s.add(lower)
        s.flush()
        s.execute(update(Household).where(Household.id == record_id).values(origin_office_id=lower.id))


def test_records_of_a_lower_office_cannot_be_edited_or_deleted_here(ctx):
    svc = RecordService(ctx)
    h = svc.create("household", {"head_name": "Sùng A Páo"})
    mine = svc.create("household", {"head_name": "Lò Văn Sáng"})
    _make_foreign(ctx, h.id)
    with pytest.raises(PermissionDenied) as err:
        svc.update("household", h.id, {"village": "Bản Mới"})
    assert "Y Tý" in err.value.message and err.value.code == "read_only_copy"
    with pytest.raises(PermissionDenied):
        svc.delete("household", h.id)
    with pytest.raises(PermissionDenied):
        svc.save_household({"head_name": "Sùng A Páo", "village": "Bản Mới"}, [], household_id=h.id)
    assert svc.get("household", h.id).values["head_name"] == "Sùng A Páo"
    assert svc.update("household", mine.id, {"village": "Bản Cũ"}).changed   # own records still edit


def test_lists_filter_by_the_office_a_record_came_from(ctx):
    from dnnd_desktop.services.records import RecordQueryService
    from dnnd_desktop.services.records.types import ListQuery

    svc = RecordService(ctx)
    theirs = svc.create("household", {"head_name": "Sùng A Páo"})
    svc.create("household", {"head_name": "Lò Văn Sáng"})
    _make_foreign(ctx, theirs.id)
    q = RecordQueryService(ctx)
    with ctx.session() as s:
        lower_id = s.query(Office.id).filter(Office.relation == "lower").scalar()
    only = ListQuery(filters={"origin_office_id": lower_id})
    assert q.count("household", only) == 1
    assert [r.id for r in q.page("household", only)] == [theirs.id]
    assert q.count("household", ListQuery(filters={"origin_office_id": ctx.installation.office_id})) == 1


def test_terms_added_by_the_province_reach_the_form_pickers_and_validation(ctx):
    from dnnd_desktop.storage.models import VocabTerm

    with ctx.session() as s:
        s.add(VocabTerm(vocabulary="contribution_purpose", code="bien_dao_2026", label="Vì biển đảo 2026",
                        source="plan:x"))
    svc = RecordService(ctx)
    assert svc.extra_terms()["contribution_purpose"] == {"bien_dao_2026": "Vì biển đảo 2026"}
    h = svc.create("household", {"head_name": "Hầu A Lử"})
    c = svc.create("contribution", {"household_id": h.id, "purpose": "bien_dao_2026", "amount_vnd": 500000})
    assert c.values["purpose"] == "bien_dao_2026"
