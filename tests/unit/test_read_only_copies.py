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
    _make_foreign(ctx, h["id"])
    with pytest.raises(PermissionDenied) as err:
        svc.update("household", h["id"], {"village": "Bản Mới"})
    assert "Y Tý" in err.value.message and err.value.code == "read_only_copy"
    with pytest.raises(PermissionDenied):
        svc.delete("household", h["id"])
    with pytest.raises(PermissionDenied):
        svc.save_household({"head_name": "Sùng A Páo", "village": "Bản Mới"}, [], household_id=h["id"])
    assert svc.get("household", h["id"])["values"]["head_name"] == "Sùng A Páo"
    assert svc.update("household", mine["id"], {"village": "Bản Cũ"})["changed"]   # own records still edit
