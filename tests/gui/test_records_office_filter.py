"""At the province, every list can show one office's records (issue 7: records of lower offices
arrive as read-only copies, filterable by office in every list)."""
from sqlalchemy import update

from dnnd_desktop.domain.record_kinds import kind_spec
from dnnd_desktop.gui.records.filters import FilterBar
from dnnd_desktop.services.records import RecordQueryService, RecordService
from dnnd_desktop.services.records.types import ListQuery
from dnnd_desktop.storage.models import Household, Office


def test_office_filter_appears_only_with_lower_offices_and_filters_the_list(qtbot, ctx):
    bar = FilterBar(ctx, kind_spec("household"))
    qtbot.addWidget(bar)
    assert "origin_office_id" not in bar.widgets            # a district alone: no office filter

    svc = RecordService(ctx)
    theirs = svc.create("household", {"head_name": "Giàng Seo Phử"})
    svc.create("household", {"head_name": "Lò Văn Sáng"})
    with ctx.session() as s:
        lower = Office(relation="lower", name="Ủy ban MTTQ Việt Nam xã Y Tý", level="commune")
        s.add(lower)
        s.flush()
        lower_id = lower.id
        s.execute(update(Household).where(Household.id == theirs.id).values(origin_office_id=lower_id))

    bar = FilterBar(ctx, kind_spec("household"))
    qtbot.addWidget(bar)
    assert "origin_office_id" in bar.widgets
    bar.set_filter("origin_office_id", lower_id)
    filters = bar.filters()
    assert filters == {"origin_office_id": lower_id}
    rows = RecordQueryService(ctx).page("household", ListQuery(filters=filters))
    assert [r.id for r in rows] == [theirs.id]
