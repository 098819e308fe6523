"""Sensitive fields stay out of list PDFs and Excel files (issue 14, Deliver 4): residence status
("Cư trú không hợp pháp") and wishes ("Tâm tư, nguyện vọng") included; they go into a file only when
asked by a Leader or Administrator with a reason, and that export is audited with the reason."""
from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from dnnd_desktop.domain.errors import PermissionDenied, ValidationError
from dnnd_desktop.domain.roles import OFFICER
from dnnd_desktop.services.excel import export_list
from dnnd_desktop.services.printouts import print_list
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage.models import AuditEntry
from tests.support.consents import consent_everyone

WISH = "Mong được về quê thờ cúng tổ tiên theo đạo Tin Lành"


@pytest.fixture
def people(ctx):
    svc = RecordService(ctx)
    hh = svc.create("household", {"head_name": "Lò Văn Pao", "village": "Thôn Trung Hồ", "ethnicity": "Hà Nhì"})
    svc.create("person", {"household_id": hh.id, "full_name": "Lò Thị Mai", "country": "KR",
                          "residence_status": "undocumented", "aspirations": WISH})
    svc.create("person", {"household_id": hh.id, "full_name": "Lò Văn Sáng", "country": "JP",
                          "residence_status": "worker"})
    consent_everyone(ctx)   # lists leave out whoever has not consented
    return ctx


def _pdf_text(path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(str(path)).pages))


def _xlsx_text(path) -> str:
    ws = load_workbook(path).active
    return "\n".join(str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None)


def _audit(ctx, action):
    with ctx.session() as s:
        return [(a.record_kind, a.details) for a in s.scalars(select(AuditEntry).where(AuditEntry.action == action))]


@pytest.mark.parametrize("kind", ["persons", "households"])
def test_excel_leaves_sensitive_columns_out(people, tmp_path, kind):
    out = tmp_path / f"{kind}.xlsx"
    export_list(people, kind, out)
    text = _xlsx_text(out)
    assert "Lò Thị Mai" in text                       # the list itself is there
    for hidden in ("Cư trú không hợp pháp", "Tình trạng cư trú", WISH, "Tâm tư, nguyện vọng"):
        assert hidden not in text, hidden


def test_pdf_list_leaves_sensitive_columns_out(people, tmp_path):
    out = tmp_path / "nguoi.pdf"
    print_list(people, "person", out)
    text = " ".join(_pdf_text(out).split())   # (a narrow column wraps words)
    assert "Lò Thị Mai" in text and "Lò Văn Sáng" in text
    assert "không hợp pháp" not in text and "Tình trạng cư trú" not in text and "Tin Lành" not in text


def test_sensitive_export_needs_the_right_and_a_reason(people, tmp_path):
    out = tmp_path / "nguoi.xlsx"
    with pytest.raises(ValidationError) as err:
        export_list(people, "persons", out, include_sensitive=True, reason="  ")
    assert err.value.code == "sensitive_reason_required" and not out.exists()
    admin = people.current_user
    people.current_user = dataclasses.replace(admin, roles=(OFFICER,))
    try:
        with pytest.raises(PermissionDenied):
            export_list(people, "persons", out, include_sensitive=True, reason="Báo cáo Sở Ngoại vụ")
        with pytest.raises(PermissionDenied):
            print_list(people, "person", tmp_path / "x.pdf", include_sensitive=True, reason="Báo cáo Sở Ngoại vụ")
    finally:
        people.current_user = admin
    assert not out.exists() and not (tmp_path / "x.pdf").exists()
    assert _audit(people, "export_sensitive") == []


def test_sensitive_export_when_asked_is_audited_with_the_reason(people, tmp_path):
    out = tmp_path / "nguoi.xlsx"
    export_list(people, "persons", out, include_sensitive=True, reason="Rà soát hỗ trợ bảo hộ công dân")
    text = _xlsx_text(out)
    assert "Cư trú không hợp pháp" in text and WISH in text
    pdf = tmp_path / "nguoi.pdf"
    print_list(people, "person", pdf, include_sensitive=True, reason="Rà soát hỗ trợ bảo hộ công dân")
    assert "Cư trú không hợp pháp" in " ".join(_pdf_text(pdf).split())   # (a narrow column wraps it)
    entries = _audit(people, "export_sensitive")
    assert len(entries) == 2 and all(k == "person" for k, _ in entries)
    assert all("Rà soát hỗ trợ bảo hộ công dân" in d for _, d in entries)
    # the audit entry names the file and the reason, never the values
    assert not any("không hợp pháp" in d or "Tin Lành" in d for _, d in entries)
