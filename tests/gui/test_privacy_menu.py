"""The "Personal data protection" menu writes the processing register, the impact-assessment dossier
and the breach notice through the task runner (issue 14, Deliver 6)."""
from __future__ import annotations

from pypdf import PdfReader


def test_menu_in_the_main_window_writes_each_document(qtbot, main_window, vietnamese, tmp_path):
    menu = main_window.privacy_menu
    assert menu.title().replace("&", "") == "Bảo vệ dữ liệu cá nhân"
    assert [a.text() for a in menu.actions()] == ["Sổ ghi nhận hoạt động xử lý dữ liệu…",
                                                  "Hồ sơ đánh giá tác động…", "Thông báo vi phạm dữ liệu (72 giờ)…"]
    for which, name in (("register", "so.pdf"), ("impact_assessment", "dgtd.docx"), ("breach_notice", "tb.pdf")):
        assert menu.write(which, str(tmp_path / name)) is not None
        qtbot.waitUntil(lambda: not main_window.runner.running_tasks, timeout=30000)
        assert (tmp_path / name).stat().st_size > 0
    assert "SỔ GHI NHẬN" in PdfReader(str(tmp_path / "so.pdf")).pages[0].extract_text()
