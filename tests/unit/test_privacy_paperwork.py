"""The controller's paperwork (issue 14, Deliver 6): the processing register, the impact-assessment
dossier and the 72-hour breach notice are made from the app's fields, consents, package flows and
audit log, as PDF and Word in Vietnamese, with counts and never a person's name."""
from __future__ import annotations

import unicodedata

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import func, select

from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.excel import export_list
from dnnd_desktop.services.privacy.paperwork import write_breach_notice, write_impact_assessment, write_register
from dnnd_desktop.storage.models import AuditEntry, Consent, Household, OverseasPerson


def _pdf(path) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def demo(ctx):
    fill_demo(ctx, households=60, activities=5, seed=3)
    with ctx.session() as s:
        households = s.scalar(select(func.count()).select_from(Household))
        persons = s.scalar(select(func.count()).select_from(OverseasPerson))
        consented = len(set(s.scalars(select(Consent.household_id).where(Consent.withdrawn_date.is_(None)))))
        names = list(s.scalars(select(Household.head_name))) + list(s.scalars(select(OverseasPerson.full_name)))
    return ctx, households, persons, consented, names


def test_register_from_the_fields_consents_and_flows(demo, tmp_path):
    ctx, households, persons, consented, names = demo
    out = write_register(ctx, tmp_path / "so.pdf")
    text = _pdf(out)
    assert "SỔ GHI NHẬN" in text and f"{households} hộ thân nhân và {persons} người" in text
    # the record kinds' sensitive fields, by their labels
    for label in ("Tình trạng cư trú", "Tâm tư, nguyện vọng", "Dân tộc", "Tôn giáo"):
        assert label in text, label
    # the purposes with the households counted by hand (demo consents list no purposes: all of them)
    assert "In, xuất danh sách (Excel, PDF, Word)" in text
    assert f"In, xuất danh sách (Excel, PDF, Word) {consented} {households - consented}" in text
    assert "cần rà soát" in text                       # consents without purposes are flagged
    assert "Bản sao lưu tự động được giữ 7 ngày" in text
    assert not any(n in text for n in names)          # counts, never a person


def test_impact_assessment_in_word_and_pdf(demo, tmp_path):
    ctx, households, persons, _consented, names = demo
    text = _pdf(write_impact_assessment(ctx, tmp_path / "dgtd.pdf"))
    for heading in ("ĐÁNH GIÁ TÁC ĐỘNG", "MỤC ĐÍCH XỬ LÝ", "LOẠI DỮ LIỆU CÁ NHÂN", "BIỆN PHÁP BẢO VỆ",
                    "RỦI RO", "THỜI GIAN XỬ LÝ, LƯU GIỮ"):
        assert heading in text.upper(), heading
    word = write_impact_assessment(ctx, tmp_path / "dgtd.docx")
    doc_text = "\n".join(p.text for p in Document(str(word)).paragraphs)
    assert "ĐÁNH GIÁ TÁC ĐỘNG" in doc_text.upper() and not any(n in doc_text for n in names)


def test_breach_notice_filled_from_the_audit_log(demo, tmp_path):
    ctx, _households, _persons, _consented, names = demo
    export_list(ctx, "persons", tmp_path / "a.xlsx")
    export_list(ctx, "persons", tmp_path / "b.xlsx")
    export_list(ctx, "persons", tmp_path / "c.xlsx", include_sensitive=True, reason="Rà soát")
    text = _pdf(write_breach_notice(ctx, tmp_path / "tb.pdf"))
    assert "THÔNG BÁO" in text and "72 giờ" in text
    user = ctx.current_user.name
    assert f"Xuất danh sách ra Excel {user} 2" in text
    assert f"Xuất danh sách kèm dữ liệu nhạy cảm {user} 1" in text
    assert not any(n in text for n in names)
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)
                        .where(AuditEntry.action == "privacy_document")) == 1
