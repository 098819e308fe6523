"""Sign a final PDF with the office's certificate, and see who signed a PDF and whether it changed.

Signing asks everything first (file, certificate file and password, or the token's library and
PIN, reason, place) in one dialog that owns the focus, then signs in the task runner; a wrong
password is said in the dialog and asked again in place, nothing re-picked.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_datetime
from ...domain.messages import render
from ...services.signing import CertificateSource, SignatureInfo, check_file, sign_file


def _browse(parent: QWidget, edit: QLineEdit, caption: str, filters: str) -> None:
    path, _ = QFileDialog.getOpenFileName(parent, caption, edit.text() or str(Path.home()), filters)
    if path:
        edit.setText(path)


def signed_name(path: str | Path) -> Path:
    """Where the signed copy goes: beside the original, "-da-ky" added (the original stays as it was)."""
    p = Path(path)
    return p.with_name(f"{p.stem}-da-ky{p.suffix or '.pdf'}")


class SignPdfDialog(QDialog):
    """Everything signing needs, asked before any work starts."""

    def __init__(self, ctx, runner, pdf_path: str | Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.result_infos: list[SignatureInfo] = []
        self.setWindowTitle(self.tr("Sign the PDF digitally"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.pdf = QLineEdit(str(pdf_path or ""))
        self.pdf.setObjectName("signPdfFile")
        form.addRow(self.tr("PDF to sign:"), self._with_browse(self.pdf, self.tr("Choose the PDF to sign"),
                                                               self.tr("PDF documents (*.pdf)")))
        self.use_file = QRadioButton(self.tr("Certificate file (.p12, .pfx)"))
        self.use_file.setChecked(True)
        self.use_token = QRadioButton(self.tr("USB token"))
        kinds = QHBoxLayout()
        kinds.addWidget(self.use_file)
        kinds.addWidget(self.use_token)
        kinds.addStretch(1)
        form.addRow(self.tr("Sign with:"), kinds)
        self.cert = QLineEdit()
        self.cert.setObjectName("signCertificate")
        form.addRow(self.tr("Certificate file:"), self._with_browse(
            self.cert, self.tr("Choose the certificate file"), self.tr("Certificate files (*.p12 *.pfx)")))
        self.token = QLineEdit()
        self.token.setObjectName("signTokenLibrary")
        form.addRow(self.tr("Token driver library:"), self._with_browse(
            self.token, self.tr("Choose the token's PKCS#11 library"), self.tr("Libraries (*.dll *.so *.dylib)")))
        self.secret = QLineEdit()
        self.secret.setObjectName("signSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password or PIN:"), self.secret)
        self.reason = QLineEdit(self.tr("Approval of the document"))
        form.addRow(self.tr("Reason:"), self.reason)
        self.place = QLineEdit(ctx.installation.place_name or "")
        form.addRow(self.tr("Place:"), self.place)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("signError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(self.tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("signButton")
        buttons.accepted.connect(self.sign)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.use_file.toggled.connect(self._source_changed)
        self._source_changed()

    def _with_browse(self, edit: QLineEdit, caption: str, filters: str) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(lambda: _browse(self, edit, caption, filters))
        box.addWidget(button)
        return row

    def _source_changed(self) -> None:
        by_file = self.use_file.isChecked()
        self.cert.setEnabled(by_file)
        self.token.setEnabled(not by_file)

    def certificate(self) -> CertificateSource:
        if self.use_file.isChecked():
            return CertificateSource(p12_path=self.cert.text().strip() or None, password=self.secret.text())
        return CertificateSource(token_library=self.token.text().strip() or None, pin=self.secret.text())

    def sign(self) -> None:
        source = self.pdf.text().strip()
        if not source or not Path(source).is_file():
            self.error.setText(self.tr("Choose the PDF file to sign."))
            self.pdf.setFocus()
            return
        self.error.clear()
        self.sign_button.setEnabled(False)
        target = signed_name(source)
        certificate, reason, place = self.certificate(), self.reason.text().strip(), self.place.text().strip()
        self.runner.run(lambda _p, _c: sign_file(source, target, certificate, reason=reason, location=place,
                                                 ctx=self.ctx),
                        title=self.tr("Signing the PDF"), writes=True, on_done=self._signed, on_error=self._refused)

    def _signed(self, infos: list[SignatureInfo]) -> None:
        self.result_infos = list(infos)
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        """A refusal (wrong password or PIN, expired certificate…) is said here; the dialog stays
        open with everything filled in, the secret selected to type again."""
        self.sign_button.setEnabled(True)
        if isinstance(exc, DnndError):
            self.error.setText(exc.message)
            self.secret.setFocus()
            self.secret.selectAll()
            return True
        return False


class SignaturesDialog(QDialog):
    """Who signed a PDF, when they say they did, and whether the file changed since."""

    def __init__(self, ctx, path: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Digital signatures of %1").replace("%1", Path(path).name))
        self.setMinimumSize(720, 260)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("signaturesSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("signatures")
        self.table.setHorizontalHeaderLabels([self.tr("Signer"), self.tr("Organisation"), self.tr("Signed at"),
                                              self.tr("Issued by"), self.tr("State")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        try:
            self.infos = check_file(path, data_dir=ctx.data_dir)
        except DnndError as exc:
            self.infos = []
            self.summary.setText(exc.message)
            return
        self._fill()

    def _fill(self) -> None:
        if not self.infos:
            self.summary.setText(self.tr("This PDF has no digital signature."))
            return
        ok = all(i.intact and not i.modified_after for i in self.infos)
        self.summary.setText(self.tr("Every signature is intact and the file has not changed since.") if ok
                             else self.tr("Warning: the file changed after it was signed, or a signature is broken."))
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            when = format_datetime(info.signed_at) if info.signed_at else ""
            for col, text in enumerate((info.signer, info.organisation, when, info.issuer, render(info.summary))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()


def check_signatures(parent: QWidget, ctx, path: str | None = None) -> SignaturesDialog | None:
    """Ask for a PDF and show its signatures."""
    if path is None:
        # (parent.tr() looked the texts up in the caller's context, where lupdate never put them)
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("SignaturesDialog", "Check the signatures of a PDF"), str(Path.home()),
            QCoreApplication.translate("SignaturesDialog", "PDF documents (*.pdf)"))
        if not path:
            return None
    dialog = SignaturesDialog(ctx, path, parent)
    dialog.open()
    return dialog


__all__ = ["SignPdfDialog", "SignaturesDialog", "check_signatures", "signed_name"]
