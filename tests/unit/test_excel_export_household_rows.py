"""The households export row by row (the fast path of issue 12): who goes in and who is left out
for want of consent, counted by hand; a household whose persons are all left out, or who has none,
keeps a row of its own; empty texts are empty cells, codes become names, a formula-like text stays
text."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from dnnd_desktop.services.excel import export_list
from dnnd_desktop.services.privacy.consent import NO_CONSENT, WITHDRAWN, withdraw_consent
from dnnd_desktop.services.records import RecordService

TODAY = dt.date.today()
EARLIER = TODAY - dt.timedelta(days=40)


def _consent(svc, hid, person=None, purposes="keeping,lists"):
    values = {"household_id": hid, "given_date": EARLIER, "purposes": purposes, "method": "Văn bản có chữ ký"}
    if person:
        values["person_id"] = person
    return svc.create("consent", values)


def test_households_export_rows_and_exclusions_by_hand(ctx, tmp_path):
    svc = RecordService(ctx)

    def household(name, **values):
        return svc.create("household", {"head_name": name, **values}).id

    def person(hid, name, **values):
        return svc.create("person", {"household_id": hid, "full_name": name, **values}).id

    # 1: consent; A is covered by it, B withdrew her own
    h1 = household("Lò Văn Một", village="", notes="=HYPERLINK(\"http://x\",\"bấm\")", commune_code=2686)
    person(h1, "Lò Thị An", country="KR")
    b = person(h1, "Lò Thị Bích", country="TW")
    withdraw_consent(ctx, _consent(svc, h1, b).id)
    _consent(svc, h1)
    # 2: consent, but its only person withdrew: the household's own row
    h2 = household("Vàng Seo Hai")
    c = person(h2, "Vàng Thị Chư")
    _consent(svc, h2)
    withdraw_consent(ctx, _consent(svc, h2, c).id)
    # 3: consent and no persons: one row
    h3 = household("Giàng A Ba")
    _consent(svc, h3)
    # 4: no household consent: left out with its persons, even one with her own consent
    h4 = household("Hoàng Văn Bốn")
    _consent(svc, h4, person(h4, "Hoàng Thị Dung"))
    # 5: the household withdrew
    h5 = household("Đỗ Văn Năm")
    person(h5, "Đỗ Thị Én")
    withdraw_consent(ctx, _consent(svc, h5).id)
    # 6: E's own consent for lists; F's own consent is for sharing only, so the household's decides
    h6 = household("Bùi Văn Sáu")
    _consent(svc, h6)
    _consent(svc, h6, person(h6, "Bùi Thị Gấm"), purposes="lists")
    _consent(svc, h6, person(h6, "Bùi Văn Phúc"), purposes="sharing")

    out = tmp_path / "ho.xlsx"
    r = export_list(ctx, "households", out)
    ws = load_workbook(out).active
    header = [c.value for c in ws[4]]
    rows = [dict(zip(header, row, strict=True)) for row in ws.iter_rows(min_row=5, values_only=True)]
    got = sorted((row["Họ và tên chủ hộ"], row["Họ và tên"]) for row in rows)
    assert got == sorted([("Lò Văn Một", "Lò Thị An"), ("Vàng Seo Hai", None), ("Giàng A Ba", None),
                          ("Bùi Văn Sáu", "Bùi Thị Gấm"), ("Bùi Văn Sáu", "Bùi Văn Phúc")])
    assert r.rows == 5
    assert (r.excluded.households, r.excluded.persons) == (2, 2)
    reasons = {(e.kind, e.name): e.reason for e in r.excluded.listed}
    assert reasons == {("household", "Hoàng Văn Bốn"): NO_CONSENT, ("household", "Đỗ Văn Năm"): WITHDRAWN,
                       ("person", "Lò Thị Bích"): WITHDRAWN, ("person", "Vàng Thị Chư"): WITHDRAWN}
    one = next(row for row in rows if row["Họ và tên chủ hộ"] == "Lò Văn Một")
    notes = next(h for h in header if h.startswith("Ghi chú"))
    assert one[notes] == "=HYPERLINK(\"http://x\",\"bấm\")"          # text, not a formula
    cell = ws.cell(row=5 + rows.index(one), column=header.index(notes) + 1)
    assert cell.data_type == "s"
    assert one["Thôn, bản, tổ dân phố"] is None                       # an empty text is an empty cell
    assert one["Nước đang sinh sống"] == "Hàn Quốc" and one["Xã, phường"] not in (None, 2686, "2686")
