"""Word export from the report editor, signing the exported PDF with the office's certificate, and
checking who signed a PDF (pytest-qt, a test CA made in the test)."""
from __future__ import annotations

import datetime as dt

import docx
import pytest
from PySide6.QtWidgets import QFileDialog

from dnnd_desktop.exchange.pdf import render_pdf
from dnnd_desktop.exchange.pdf.samples import sample_report
from dnnd_desktop.services.reports import ReportService
from tests.gui.test_reports_page import add_activity, wait_tasks
from tests.support.certificates import PASSWORD, SIGNER, make_test_ca


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    return make_test_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def editor_page(qtbot, ctx, runner, monkeypatch):
    from dnnd_desktop.gui.pages.reports_page import ReportsPage

    monkeypatch.setattr("dnnd_desktop.gui.widgets.saved_file_box.QDesktopServices.openUrl", lambda url: True)
    page = ReportsPage(ctx, runner)
    qtbot.addWidget(page)
    page.show()
    add_activity(ctx, dt.date(2026, 2, 1))
    page.refresh()
    page.open_report(ReportService(ctx).create("2026-H1").id)
    return page


def test_the_editor_exports_the_report_as_word(qtbot, editor_page, runner, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "bao-cao"), ""))
    editor_page.editor.docx_button.click()
    wait_tasks(qtbot, runner)
    target = tmp_path / "bao-cao.docx"   # no extension typed: the Word one is added
    text = " ".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "BÁO CÁO" in text


def test_sign_the_exported_pdf_then_check_it(qtbot, ctx, runner, ca, tmp_path):
    from dnnd_desktop.gui.dialogs.signature_dialogs import SignaturesDialog, SignPdfDialog, signed_name

    pdf = tmp_path / "bao-cao.pdf"
    render_pdf(sample_report(), pdf)
    dialog = SignPdfDialog(ctx, runner, pdf)
    qtbot.addWidget(dialog)
    dialog.cert.setText(str(ca["p12"]))
    dialog.secret.setText("sai mật khẩu")
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled() and bool(dialog.error.text()), timeout=20000)
    assert "Mật khẩu" in dialog.error.text() or "password" in dialog.error.text().lower()
    assert dialog.secret.hasSelectedText() and not signed_name(pdf).exists()   # asked again in place
    dialog.secret.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        dialog.sign_button.click()
    assert signed_name(pdf).exists() and dialog.result_infos[-1].signer == SIGNER
    check = SignaturesDialog(ctx, signed_name(pdf))
    qtbot.addWidget(check)
    assert check.table.rowCount() == 1 and check.table.item(0, 0).text() == SIGNER
    assert "intact" in check.summary.text()


def test_a_pdf_without_signature_says_so(qtbot, ctx, tmp_path):
    from dnnd_desktop.gui.dialogs.signature_dialogs import SignaturesDialog

    pdf = tmp_path / "a.pdf"
    render_pdf(sample_report(), pdf)
    check = SignaturesDialog(ctx, pdf)
    qtbot.addWidget(check)
    assert check.table.rowCount() == 0 and "no digital signature" in check.summary.text()


def test_the_editor_offers_its_last_pdf_for_signing(qtbot, editor_page, tmp_path):
    pdf = tmp_path / "bao-cao.pdf"
    render_pdf(sample_report(), pdf)
    editor = editor_page.editor
    editor.last_export = pdf
    editor.sign_pdf()
    assert editor.sign_dialog.isVisible() and editor.sign_dialog.pdf.text() == str(pdf)
    editor.sign_dialog.reject()
