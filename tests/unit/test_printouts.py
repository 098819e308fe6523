"""PDF printouts: lists with their filter, record sheets per household (with persons), person,
twinning pair and activity, in the Decree 30 layout; text is NFC and sensitive fields stay hidden
unless asked."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.services.excel import import_excel
from dnnd_desktop.services.printouts import print_list, print_record_sheet
from dnnd_desktop.services.records import ListQuery, RecordService
from dnnd_desktop.storage.models import AuditEntry
from dnnd_desktop.storage.models.records import Activity, Household, OverseasPerson
from tests.support.consents import consent_everyone


def _text(path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(str(path)).pages))


@pytest.fixture
def filled(ctx, tmp_path):
    import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"))
    import_excel(ctx, "activities", xb.activities_file(tmp_path / "hd.xlsx"))
    with ctx.session() as s:
        h = s.scalars(select(Household).where(Household.head_name == "Lò Thị Phượng")).one()
        h.ethnicity = "Hà Nhì"
    RecordService(ctx).create("twinning", {
        "kind": "village_village", "local_name": "Bản Sín Chải", "counterpart_name": "Bản Pờ Hồ",
        "counterpart_country": "CN", "signed_date": dt.date(2019, 9, 2), "status": "active"})
    consent_everyone(ctx)   # lists leave out whoever has not consented (issue 14)
    return ctx


def test_list_with_its_filter(filled, tmp_path):
    out = tmp_path / "ds.pdf"
    result = print_list(filled, "persons", out, ListQuery(filters={"country": "KR"}))
    assert result.rows == 1
    text = _text(out)
    for words in ("DANH SÁCH", "Người Việt Nam ở nước ngoài", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "Lò Văn Dương", "Hàn Quốc", "nước đang sinh sống: Hàn Quốc", "ỦY BAN MTTQ VIỆT NAM"):
        assert words in text, words
    assert "Nguyễn Thị Hằng" not in text


def test_list_and_sheet_as_word(filled, tmp_path):
    from tests.support.docx_text import docx_text

    print_list(filled, "persons", tmp_path / "ds.docx", ListQuery(filters={"country": "KR"}))
    text = docx_text(tmp_path / "ds.docx")
    assert "DANH SÁCH" in text and "Lò Văn Dương" in text and "Nguyễn Thị Hằng" not in text
    with filled.session() as s:
        hid = s.scalars(select(Household.id).where(Household.head_name == "Lò Thị Phượng")).one()
    print_record_sheet(filled, "household", hid, tmp_path / "ho.docx")
    text = docx_text(tmp_path / "ho.docx")
    assert "PHIẾU THÔNG TIN" in text and "Lò Thị Phượng" in text and "Hà Nhì" not in text


@pytest.mark.parametrize("kind", ["households", "persons", "activities", "twinnings", "partners"])
def test_every_list_prints(filled, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    print_list(filled, kind, out)
    assert out.stat().st_size > 1000 and "DANH SÁCH" in _text(out)


def test_household_sheet_with_its_persons_hides_sensitive_fields(filled, tmp_path):
    with filled.session() as s:
        hid = s.scalars(select(Household.id).where(Household.head_name == "Lò Thị Phượng")).one()
    out = tmp_path / "ho.pdf"
    print_record_sheet(filled, "household", hid, out)
    text = _text(out)
    for words in ("PHIẾU THÔNG TIN", "Lò Thị Phượng", "Bản Sín Chải", "Lò Văn Dương", "Lò Thị Mỹ",
                  "NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI (2 người)", "Nhật Bản"):
        assert words in text, words
    assert "Hà Nhì" not in text and "nhạy cảm" in text
    print_record_sheet(filled, "household", hid, out, show_sensitive=True)
    assert "Hà Nhì" in _text(out)
    with filled.session() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry).where(AuditEntry.record_id == hid))]
    assert "print" in actions and "view_sensitive" in actions


@pytest.mark.parametrize("kind, model, name", [
    ("person", OverseasPerson, "Lò Văn Dương"), ("activity", Activity, "Gặp mặt kiều bào dịp Tết Bính Ngọ")])
def test_person_and_activity_sheets(filled, tmp_path, kind, model, name):
    name_col = model.full_name if kind == "person" else model.title
    with filled.session() as s:
        rid = s.scalars(select(model.id).where(name_col == name)).one()
    out = tmp_path / f"{kind}.pdf"
    print_record_sheet(filled, kind, rid, out)
    assert name in _text(out)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_to_png(filled, tmp_path):
    """Renders for a person to look at (tests/fixtures/excel/out/ is kept when DNND_KEEP_PNG is set)."""
    import os

    target = Path(os.environ.get("DNND_KEEP_PNG", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    with filled.session() as s:
        hid = s.scalars(select(Household.id).where(Household.head_name == "Lò Thị Phượng")).one()
    print_record_sheet(filled, "household", hid, target / "phieu-ho.pdf")
    print_list(filled, "households", target / "ds-ho.pdf")
    for name in ("phieu-ho", "ds-ho"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target / f"{name}.pdf"),
                        str(target / name)], check=True)
    assert list(target.glob("phieu-ho*.png")) and list(target.glob("ds-ho*.png"))
