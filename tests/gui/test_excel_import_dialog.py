"""The Excel import dialog with pytest-qt: file → mapping (corrected by a person) → preview with
counts and reasons → import of the valid rows; error list; export/print actions in the runner."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.gui import message_boxes
from dnnd_desktop.services.excel import INVALID
from dnnd_desktop.services.records import ListQuery
from dnnd_desktop.storage.models.records import Household, OverseasPerson
from tests.support.consents import consent_everyone


def _idle(qtbot, runner):
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=20000)


def _count(ctx, model):
    with ctx.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def dialog(qtbot, ctx, runner, tmp_path):
    from dnnd_desktop.gui.dialogs.excel_import_dialog import ExcelImportDialog

    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[3][8] = "năm ngoái"  # an invalid birth year
    headers = list(xb.HOUSEHOLD_HEADERS)
    headers[10] = "Nơi ở hiện nay"  # a header the matcher does not know: the person maps it
    path = xb.households_file(tmp_path / "ho.xlsx", rows=rows, headers=headers)
    d = ExcelImportDialog(ctx, runner, "household", path=path)
    qtbot.addWidget(d)
    d.show()
    _idle(qtbot, runner)
    return d


def test_mapping_preview_and_import(qtbot, ctx, runner, dialog, tmp_path):
    d = dialog
    assert d.stack.currentIndex() == d.MAP
    mapping = d.mapping_widget.mapping()
    assert mapping[1] == "head_name" and mapping[6] == "person.full_name" and mapping[10] is None
    d.mapping_widget.set_choice(10, "person.country")  # the person corrects the mapping
    assert d.next_button.isEnabled()
    qtbot.mouseClick(d.next_button, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    _idle(qtbot, runner)
    assert d.stack.currentIndex() == d.PREVIEW
    assert d.preview.counts == {"rows": 4, "new": 3, "candidates": 0, "duplicates": 0, "invalid": 1}
    assert "1" in d.summary.text() and d.import_button.text().endswith("3 valid rows")
    # The preview opens on the invalid rows, with the reason.
    assert d.model.rowCount() == 1
    assert "năm ngoái" in d.model.data(d.model.index(0, 2))
    assert d.errors_button.isVisible()
    errors = tmp_path / "loi.xlsx"
    d.save_errors(str(errors))
    _idle(qtbot, runner)
    assert errors.exists()
    assert _count(ctx, Household) == 0  # nothing written before the import button
    d.import_button.click()
    _idle(qtbot, runner)
    assert d.result.imported == 3 and d.result.invalid == 1
    assert _count(ctx, Household) == 2 and _count(ctx, OverseasPerson) == 3


def test_required_field_unmapped_disables_next(qtbot, dialog):
    d = dialog
    d.mapping_widget.set_choice(1, None)
    assert not d.next_button.isEnabled()
    # named as the household form names it, in the UI language (the file's header is "Họ và tên chủ hộ")
    assert "Head of household" in d.mapping_widget.missing.text()
    combo = d.mapping_widget.combos[1]
    assert "Head of household *" in [combo.itemText(i) for i in range(combo.count())]


def test_mapping_one_field_twice_is_explained(qtbot, runner, dialog, vietnamese):
    d = dialog
    d.mapping_widget.set_choice(7, "person.full_name")
    d.make_preview()
    _idle(qtbot, runner)
    assert d.stack.currentIndex() == d.MAP and "cùng được gán" in d.message.text()


def test_bad_file_message_and_nothing_written(qtbot, ctx, runner, tmp_path, vietnamese):
    from dnnd_desktop.gui.dialogs.excel_import_dialog import ExcelImportDialog

    bad = tmp_path / "x.xlsx"
    bad.write_text("abc", encoding="utf-8")
    d = ExcelImportDialog(ctx, runner, "partner", path=bad)
    qtbot.addWidget(d)
    _idle(qtbot, runner)
    assert d.stack.currentIndex() == d.PICK
    assert runner.last_message is not None and "không phải tệp Excel" in runner.last_message.text()


def test_cancel_while_checking_leaves_the_mapping_page(qtbot, ctx, runner, dialog):
    d = dialog
    d.make_preview()
    d.last_task.cancel()
    _idle(qtbot, runner)
    assert d.stack.currentIndex() in (d.MAP, d.PREVIEW)
    assert _count(ctx, Household) == 0


def test_cancel_while_comparing_and_while_writing_leaves_the_store_unchanged(qtbot, ctx, runner, tmp_path,
                                                                            monkeypatch):
    """Issue 16: Cancel pressed (through the task runner) while the preview compares with the data
    already there, and while the import writes, stops the task; nothing is written."""
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    from bench_excel import make_file

    from dnnd_desktop.gui.dialogs.excel_import_dialog import ExcelImportDialog
    from dnnd_desktop.services.excel import import_plan, import_service
    from tests.support.excel_cancel import store_rows

    path = tmp_path / "ho-lon.xlsx"
    make_file(path, 3_000)
    d = ExcelImportDialog(ctx, runner, "household", path=path)
    qtbot.addWidget(d)
    _idle(qtbot, runner)
    before = store_rows(ctx)
    presses = []

    def cancel_then_plan(*a, **k):      # runs on the worker thread, as the Cancel button's press would
        presses.append(1)
        d.last_task.cancel()
        return import_plan.plan_import(*a, **k)

    monkeypatch.setattr(import_service, "plan_import", cancel_then_plan)
    d.make_preview()
    _idle(qtbot, runner)
    assert presses == [1] and d.preview is None and d.stack.currentIndex() == d.MAP
    monkeypatch.setattr(import_service, "plan_import", import_plan.plan_import)
    d.make_preview()
    _idle(qtbot, runner)
    assert d.stack.currentIndex() == d.PREVIEW and d.preview.counts["rows"] == 3_000
    monkeypatch.setattr(import_service, "plan_import", cancel_then_plan)   # the import plans again, then writes
    d.import_button.click()
    _idle(qtbot, runner)
    assert presses == [1, 1] and d.result is None and d.stack.currentIndex() == d.PREVIEW
    assert store_rows(ctx) == before and _count(ctx, Household) == 0


def test_export_print_and_template_actions(qtbot, ctx, runner, tmp_path):
    from dnnd_desktop.gui.dialogs import excel_actions
    from dnnd_desktop.services.excel import import_excel

    import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"))
    consent_everyone(ctx)   # lists leave out whoever has not consented (issue 14)
    notices = []
    runner.notice.connect(notices.append)
    xlsx, pdf, tpl = tmp_path / "ds.xlsx", tmp_path / "ds.pdf", tmp_path / "mau.xlsx"
    excel_actions.export_list_to_excel(None, ctx, runner, "household", ListQuery(), path=str(xlsx),
                                       include_sensitive=False)
    _idle(qtbot, runner)
    excel_actions.print_list_pdf(None, ctx, runner, "person", ListQuery(search="lo"), path=str(pdf),
                                 include_sensitive=False)
    _idle(qtbot, runner)
    excel_actions.download_template(None, ctx, runner, "activity", path=str(tpl))
    _idle(qtbot, runner)
    with ctx.session() as s:
        hid = s.scalars(select(Household.id)).first()
    sheet = tmp_path / "phieu.pdf"
    excel_actions.print_record_sheet(None, ctx, runner, "household", hid, path=str(sheet))
    _idle(qtbot, runner)
    assert xlsx.exists() and pdf.exists() and tpl.exists() and sheet.exists()
    assert any("4" in n for n in notices)


def test_preview_model_handles_many_rows(qtbot):
    from dnnd_desktop.gui.dialogs.excel_import_dialog import PreviewModel
    from dnnd_desktop.services.excel import ImportPreview

    n = 50_000
    preview = ImportPreview(kind="partner", file_name="x.xlsx", headers=["Tên đối tác"], mapping=["name"],
                            lines=list(range(2, n + 2)), status=[INVALID] * n, reasons=["Lý do"] * n,
                            raw=[[f"Tên {i}"] for i in range(n)], values=[{}] * n, column_kinds=["text"])
    model = PreviewModel()
    model.set_preview(preview)
    assert model.rowCount() == n and model.data(model.index(n - 1, 3)) == f"Tên {n - 1}"


def test_export_asks_about_sensitive_fields_named_in_the_ui_language(qtbot, ctx, runner, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from dnnd_desktop.gui.dialogs import excel_actions

    asked = []
    monkeypatch.setattr(message_boxes, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    task = excel_actions.export_list_to_excel(None, ctx, runner, "household", ListQuery(),
                                              path=str(tmp_path / "ho.xlsx"))
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=20000)
    assert task is not None and len(asked) == 1
    assert "Personal ID number (CCCD)" in asked[0] and "Passport or ID document number" in asked[0]
    assert "Residence status" in asked[0] and "Wishes and aspirations" in asked[0]


def test_sensitive_export_asks_the_reason_and_audits_it(qtbot, ctx, runner, tmp_path, monkeypatch):
    import dataclasses

    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from dnnd_desktop.gui.dialogs import excel_actions
    from dnnd_desktop.storage.models import AuditEntry

    monkeypatch.setattr(message_boxes, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("Rà soát bảo hộ công dân", True))
    excel_actions.print_list_pdf(None, ctx, runner, "person", ListQuery(), path=str(tmp_path / "ds.pdf"))
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=20000)
    with ctx.session() as s:
        details = list(s.scalars(select(AuditEntry.details).where(AuditEntry.action == "export_sensitive")))
    assert len(details) == 1 and "Rà soát bảo hộ công dân" in details[0]
    # an Officer is not offered the sensitive fields at all
    ctx.current_user = dataclasses.replace(ctx.current_user, roles=("officer",))
    asked = []
    monkeypatch.setattr(message_boxes, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.Yes)
    excel_actions.export_list_to_excel(None, ctx, runner, "person", ListQuery(), path=str(tmp_path / "ds.xlsx"))
    qtbot.waitUntil(lambda: not runner.running_tasks, timeout=20000)
    assert asked == [] and (tmp_path / "ds.xlsx").exists()


def test_ambiguous_texts_are_listed_and_flipped(qtbot, ctx, runner, tmp_path):
    """A cell that reads as Vietnamese in both VNI and TCVN3 is listed with both readings; choosing
    the other one checks the rows again with it; "whole column" applies to the column."""
    from dnnd_desktop.gui.dialogs.excel_import_dialog import ExcelImportDialog

    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][1] = "Löu Thò Hoa"     # VNI "Lưu Thị Hoa", TCVN3 "Lửu Thũ Hoa"
    d = ExcelImportDialog(ctx, runner, "household", path=xb.households_file(tmp_path / "ho.xlsx", rows=rows))
    qtbot.addWidget(d)
    d.show()
    _idle(qtbot, runner)
    d.make_preview()
    _idle(qtbot, runner)
    assert d.tabs.isTabVisible(1)
    panel = d.encoding_panel
    assert panel.table.rowCount() == 1 and panel.table.item(0, 2).text() == "Löu Thò Hoa"
    assert panel.combo(0).currentText() == "Lưu Thị Hoa"
    assert d.preview.values[0]["head_name"] == "Lưu Thị Hoa"
    panel.combo(0).setCurrentIndex(panel.combo(0).findData("tcvn3"))
    _idle(qtbot, runner)
    assert d.preview.values[0]["head_name"] == "Lửu Thũ Hoa"
    assert panel.combo(0).currentText() == "Lửu Thũ Hoa"
    panel.combo(0).setCurrentIndex(panel.combo(0).findData("vni"))
    _idle(qtbot, runner)
    panel.table.setCurrentCell(0, 3)
    panel.column_button.click()
    _idle(qtbot, runner)
    assert d.file.column_encoding_choices == {1: "vni"}
    assert d.preview.values[0]["head_name"] == "Lưu Thị Hoa"


def test_unknown_values_are_listed_and_mapped(qtbot, ctx, runner, tmp_path):
    from dnnd_desktop.gui.dialogs.excel_import_dialog import ExcelImportDialog

    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][9] = "Con đỡ đầu"
    d = ExcelImportDialog(ctx, runner, "household", path=xb.households_file(tmp_path / "ho.xlsx", rows=rows))
    qtbot.addWidget(d)
    d.show()
    _idle(qtbot, runner)
    d.make_preview()
    _idle(qtbot, runner)
    assert d.tabs.isTabVisible(2) and not d.tabs.isTabVisible(1)
    panel = d.unknown_panel
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == "Con đỡ đầu"
    assert d.preview.count(INVALID) == 0 and d.preview.values[0]["person.relation"] == "Con đỡ đầu"
    panel.combo(0).setCurrentIndex(panel.combo(0).findData("relative"))
    _idle(qtbot, runner)
    assert d.preview.values[0]["person.relation"] == "relative"
    assert panel.combo(0).currentData() == "relative"


def test_old_communes_are_listed_and_a_split_one_is_chosen(qtbot, ctx, runner, tmp_path):
    from dnnd_desktop.gui.dialogs.excel_import_dialog import ExcelImportDialog

    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][3] = "Xã Quang Kim"
    rows[3][3] = "Xã Nam Cường"      # went to two current communes
    d = ExcelImportDialog(ctx, runner, "household", path=xb.households_file(tmp_path / "ho.xlsx", rows=rows))
    qtbot.addWidget(d)
    d.show()
    _idle(qtbot, runner)
    d.make_preview()
    _idle(qtbot, runner)
    assert d.tabs.isTabVisible(3)
    panel = d.old_panel
    texts = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    split_row = texts.index("Xã Nam Cường")
    assert panel.combo(texts.index("Xã Quang Kim")).currentText() == "Xã Bát Xát"
    assert panel.combo(split_row).currentData() is None and d.preview.count(INVALID) == 1
    panel.combo(split_row).setCurrentIndex(2)
    _idle(qtbot, runner)
    assert d.preview.count(INVALID) == 0


def test_export_tells_who_was_left_out_for_want_of_consent(qtbot, ctx, runner, tmp_path, monkeypatch):

    from dnnd_desktop.gui.dialogs import excel_actions
    from dnnd_desktop.services.excel import import_excel

    import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"))   # 3 households, no consent
    shown = []
    monkeypatch.setattr(message_boxes, "information", lambda parent, title, text, *a: shown.append(text))
    excel_actions.export_list_to_excel(None, ctx, runner, "person", ListQuery(), path=str(tmp_path / "ds.xlsx"),
                                       include_sensitive=False)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].startswith("0 households and 4 persons abroad were left out")
    assert "Lò Văn Dương (no consent recorded)" in shown[0]
