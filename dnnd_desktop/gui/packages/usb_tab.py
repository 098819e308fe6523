"""«USB»: exchange packages through a USB stick (or any folder) shared by several offices. The
program reads the packages left for this office, imports them, and writes what it owes the office
above and each trusted office; packages for other offices stay on the stick."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...services.usb_sync import ROOT_NAME, SUFFIX, UsbSyncResult, pending_outgoing, usb_sync
from . import secret as secret_mod
from . import texts


def waiting_packages(folder: str, office_id: str) -> int:
    """How many packages on the stick are addressed to this office (file names only, nothing opened)."""
    mine = Path(folder) / ROOT_NAME / office_id
    return sum(1 for _ in mine.glob(f"*{SUFFIX}")) if mine.is_dir() else 0


class UsbTab(QWidget):
    synced = Signal(object)   # UsbSyncResult

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.result: UsbSyncResult | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Plug in the USB stick and choose it (or a folder on it). The program takes the packages left "
            "for this office, imports them, and leaves on the stick the packages for the office above and the "
            "trusted offices. Several offices can share one stick; only sealed packages are written, never "
            "the database."))
        intro.setWordWrap(True)
        intro.setObjectName("pageDescription")
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("USB stick or folder:")))
        self.folder = QLineEdit()
        self.folder.setObjectName("usbFolder")
        self.folder.setPlaceholderText(self.tr("for example E:\\"))
        self.folder.textChanged.connect(lambda _t: self.refresh())
        row.addWidget(self.folder, 1)
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.browse_button.setObjectName("usbBrowse")
        self.browse_button.clicked.connect(self.choose_folder)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        boxes = QHBoxLayout()
        send_box = QGroupBox(self.tr("Will be written for"))
        sl = QVBoxLayout(send_box)
        self.outgoing = QListWidget()
        self.outgoing.setObjectName("usbOutgoing")
        sl.addWidget(self.outgoing)
        boxes.addWidget(send_box, 1)
        receive_box = QGroupBox(self.tr("Will be received"))
        rl = QVBoxLayout(receive_box)
        self.incoming = QLabel()
        self.incoming.setObjectName("usbIncoming")
        self.incoming.setWordWrap(True)
        self.incoming.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        rl.addWidget(self.incoming, 1)
        boxes.addWidget(receive_box, 1)
        layout.addLayout(boxes, 1)

        run_row = QHBoxLayout()
        run_row.addStretch(1)
        self.run_button = QPushButton(self.tr("Synchronise with the USB stick"))
        self.run_button.setObjectName("usbRun")
        self.run_button.clicked.connect(self.run_sync)
        run_row.addWidget(self.run_button)
        layout.addLayout(run_row)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("usbSummary")
        self.summary.setReadOnly(True)
        self.summary.setPlaceholderText(self.tr("The result of the synchronisation appears here."))
        layout.addWidget(self.summary, 1)
        self.refresh()

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"),
                                                self.folder.text() or str(Path.home()))
        if path:
            self.folder.setText(path)

    def refresh(self) -> None:
        self.outgoing.clear()
        try:
            items = pending_outgoing(self.ctx)
        except DnndError as exc:
            items = []
            self.outgoing.addItem(exc.message)
        for item in items:
            self.outgoing.addItem(f"{item['office_name']} — {texts.kind_label(item['kind'])}")
        if not items:
            self.outgoing.addItem(self.tr("Nothing (no trusted office yet)."))
        folder = self.folder.text().strip()
        if not folder:
            self.incoming.setText(self.tr("Choose the USB stick first."))
            self.run_button.setEnabled(False)
            return
        if not Path(folder).is_dir():
            self.incoming.setText(self.tr("This folder does not exist. Plug in the USB stick and choose it again."))
            self.run_button.setEnabled(False)
            return
        n = waiting_packages(folder, self.ctx.installation.office_id)
        self.incoming.setText(self.tr("%1 package(s) on the stick are addressed to this office.")
                              .replace("%1", str(n)) if n else self.tr("No package on the stick for this office."))
        self.run_button.setEnabled(True)

    def run_sync(self) -> None:
        folder = self.folder.text().strip()
        if not folder or not Path(folder).is_dir():
            self.refresh()
            return
        secret_mod.run_with_passphrase(self, self.runner, self.tr(
            "Packages are opened and signed with the office's key."),
            self._sync, self.ctx, folder, title=self.tr("Synchronising with the USB stick"),
            writes=True, on_done=self._done)

    @staticmethod
    def _sync(progress, cancel, ctx, folder, passphrase):
        keys = secret_mod.unlock(ctx, passphrase)
        return usb_sync(ctx, folder, keys, progress=progress, cancel=cancel)

    def _done(self, result: UsbSyncResult) -> None:
        self.result = result
        self.summary.setPlainText(result.summary_text())
        self.refresh()
        self.synced.emit(result)
