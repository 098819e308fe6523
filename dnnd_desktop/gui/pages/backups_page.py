"""Backups page: the backups the program made (daily, weekly, before imports, upgrades and
restores, by hand), "Back up now", restoring one (checked first, confirmed, the current data backed
up before), the encrypted backup that moves the office to a new laptop, and restoring from a file.

After a restore the program closes: every open page and the open database context still hold the
installation as it was before (its site id changes on restore), and reopening is the one way to be
sure nothing keeps writing with the old identity. The person is told so and opens it again.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_datetime
from ...services import backups
from ...services.backups import PORTABLE_SUFFIX, BackupCheck, BackupInfo, OtherOfficeBackup, RestoreResult
from ...services.backups.server import is_server_database
from .. import message_boxes
from ..backups import texts
from ..backups.passphrase_dialog import PassphraseDialog
from ..icons import icon
from ..restored_data import announce_and_close
from ..widgets.flow_layout import flow_widget


class BackupsPage(QWidget):
    restart_required = Signal()

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.data_dir = ctx.data_dir
        self.backups: list[BackupInfo] = []
        self.restored: RestoreResult | None = None
        self.last_export: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Backups"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "The program backs up your data every day you use it, and before every import, upgrade and "
            "restore. Backups stay on this laptop; to protect against a lost or broken laptop, or to move "
            "to a new one, export an encrypted backup to a USB stick."))
        intro.setWordWrap(True)
        intro.setObjectName("pageDescription")
        layout.addWidget(intro)
        self.intro = intro

        # the buttons wrap onto a second line at 1024 px instead of making the page scroll sideways
        self.buttons_row, buttons = flow_widget("backupButtons")
        self.backup_button = QPushButton(icon("backups"), self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setToolTip(self.tr("Make a backup of the data now (Ctrl+B)"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.setToolTip(self.tr("Go back to the data of the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_button = QPushButton(self.tr("Export a backup to move to another laptop…"))
        self.export_button.setObjectName("exportPortable")
        self.export_button.setToolTip(self.tr("An encrypted backup file (.dnndbak) with all data and "
                                              "attachments, protected by a passphrase"))
        self.export_button.clicked.connect(self.export_portable)
        self.file_button = QPushButton(self.tr("Restore from a file…"))
        self.file_button.setObjectName("restoreFile")
        self.file_button.setToolTip(self.tr("Restore a backup file brought from elsewhere "
                                            "(.dnndbak or .sqlite3)"))
        self.file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(self.tr("Open the backup folder"))
        self.folder_button.setObjectName("openFolder")
        self.folder_button.clicked.connect(self.open_folder)
        for b in (self.backup_button, self.restore_button, self.export_button, self.file_button, self.folder_button):
            buttons.addWidget(b)
        layout.addWidget(self.buttons_row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Made on"), self.tr("Size"),
                                              self.tr("File")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setObjectName("pageDescription")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        QShortcut(QKeySequence("Ctrl+B"), self, self.backup_now)  # while the page is visible
        if is_server_database(self.data_dir):
            self._server_mode()
        self.refresh()

    def _server_mode(self) -> None:
        """On a database server the file copies of this page do not apply: the server is backed up
        by its administrator (docs/server.md)."""
        self.intro.setText(self.tr(
            "The data is on a database server. Its administrator backs it up (pg_dump on a schedule and "
            "WAL archiving), so this program makes no copies of its own: no daily backup and no backup "
            "before an import. A backup by hand: the command “dnnd backup FILE.dump”."))
        for button in (self.backup_button, self.restore_button, self.export_button, self.file_button):
            button.setEnabled(False)

    # -- list --------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.refresh()

    def refresh(self, select: Path | None = None) -> None:
        self.backups = backups.list_backups(self.data_dir)
        kinds = texts.shown_kinds(self.backups)
        t = self.table
        t.setRowCount(len(self.backups))
        for row, (b, kind) in enumerate(zip(self.backups, kinds, strict=False)):
            cells = [QTableWidgetItem(texts.kind_label(kind)), QTableWidgetItem(format_datetime(b.created)),
                     QTableWidgetItem(texts.size_text(b.size)), QTableWidgetItem(b.name)]
            cells[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[3].setToolTip(str(b.path))
            for col, c in enumerate(cells):
                t.setItem(row, col, c)
            if select is not None and b.path == select:
                t.selectRow(row)
        if select is None and self.backups and t.currentRow() < 0:
            t.selectRow(0)
        total = sum(b.size for b in self.backups)
        if self.backups:
            self.summary.setText(self.tr("%1 backups, %2 in all, in %3").replace("%1", str(len(self.backups)))
                                 .replace("%2", texts.size_text(total)).replace("%3", str(self.data_dir.backups)))
        else:
            self.summary.setText(self.tr("No backup yet. Click “Back up now” to make the first one."))
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.backups) and self.table.selectionModel().hasSelection():
            return self.backups[row]
        return None

    def select_path(self, path: Path) -> None:
        for row, b in enumerate(self.backups):
            if b.path == path:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self.restored is None
                                       and not is_server_database(self.data_dir))

    # -- making ------------------------------------------------------------------------------------
    def backup_now(self) -> None:
        if not self.backup_button.isEnabled():   # Ctrl+B on a server installation
            return
        self.runner.run_service(backups.make_backup, self.data_dir, title=self.tr("Backing up the data"),
                                writes=True, on_done=self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self.refresh(select=info.path)
        self._notice(self.tr("Backup made: %1").replace("%1", info.name))

    def ask_passphrase(self, confirm: bool, file_name: str = "") -> str | None:
        dialog = PassphraseDialog(confirm, file_name, self)
        try:
            return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def export_portable(self) -> None:
        default = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                       or Path.home()) / f"sao-luu-chuyen-may-{dt.date.today():%Y%m%d}{PORTABLE_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the encrypted backup"), str(default),
            self.tr("Encrypted backup (*%1)").replace("%1", PORTABLE_SUFFIX))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != PORTABLE_SUFFIX:
            target = target.with_name(target.name + PORTABLE_SUFFIX)
        passphrase = self.ask_passphrase(confirm=True)
        if passphrase is None:
            return
        self.runner.run_service(backups.export_encrypted, self.data_dir, target, passphrase,
                                title=self.tr("Writing the encrypted backup"), writes=False,
                                on_done=self._exported)

    def _exported(self, path: Path) -> None:
        self.last_export = Path(path)
        message_boxes.information(self, self.tr("Encrypted backup saved"), self.tr(
            "The encrypted backup was saved to:\n%1\n\nOn the new laptop, install the program, then open "
            "Backups › “Restore from a file…” and type the passphrase. Keep the passphrase safe: without it "
            "the backup cannot be opened.").replace("%1", str(path)))

    def open_folder(self) -> None:
        self.data_dir.backups.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir.backups)))

    # -- restoring ---------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        b = self.selected()
        if b is None or self.restored is not None:
            return
        self._check(b.path, None, format_datetime(b.created))

    def restore_from_file(self) -> None:
        if self.restored is not None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), str(Path.home()),
            self.tr("Backups (*%1 *.sqlite3);;All files (*)").replace("%1", PORTABLE_SUFFIX))
        if not path:
            return
        source = Path(path)
        passphrase = None
        try:
            encrypted = backups.is_encrypted(source)
        except OSError:
            encrypted = False   # verify_backup reports an unreadable file clearly
        if encrypted:
            passphrase = self.ask_passphrase(confirm=False, file_name=source.name)
            if passphrase is None:
                return
        made = format_datetime(dt.datetime.fromtimestamp(source.stat().st_mtime)) if source.exists() else ""
        self._check(source, passphrase, made)

    def _check(self, path: Path, passphrase: str | None, made: str) -> None:
        """Check the backup first (nothing is changed), then ask, then restore."""
        self.runner.run_service(backups.verify_backup, path, self.data_dir, passphrase,
                                title=self.tr("Checking the backup"), writes=False,
                                on_done=lambda check: self._confirm(check, passphrase, made))

    def _confirm(self, check: BackupCheck, passphrase: str | None, made: str) -> None:
        other = check.same_office is False
        if other:
            answer = message_boxes.warning(
                self, self.tr("Backup of another office"),
                self.tr("This backup belongs to another office: “%1”.\n\nRestoring it replaces ALL the data on "
                        "this laptop by that office's data. Do this only when that office is moving to this "
                        "laptop.\n\nReplace this laptop's data by the data of “%1”?")
                .replace("%1", check.office_name or check.office_id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        text = self.tr(
            "Restore the data from the backup made on %1?\n\n"
            "The data you have now is replaced by the data in the backup: what was entered after the "
            "backup was made will no longer be there. Before restoring, the program backs up the current "
            "data (kind “Before a restore”), so you can go back to it.\n\n"
            "When the restore is done the program closes; open it again to continue working.").replace("%1", made)
        if check.needs_upgrade:
            text += "\n\n" + self.tr("The backup was made by an older version; it is upgraded while restoring.")
        answer = message_boxes.question(
            self, self.tr("Restore a backup"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run_service(backups.restore, self.data_dir, check.path, passphrase=passphrase,
                                allow_other_office=other, title=self.tr("Restoring the data"), writes=True,
                                cancellable=True, on_done=self._restored, on_error=self._restore_failed)

    def _restore_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, OtherOfficeBackup):  # the office changed between check and restore
            message_boxes.warning(self, self.tr("Restore a backup"), exc.message)
            return True
        return False  # the runner shows the service's message (nothing was changed)

    def _restored(self, result: RestoreResult) -> None:
        self.restored = result
        for b in (self.backup_button, self.restore_button, self.export_button, self.file_button):
            b.setEnabled(False)
        text = self.tr("The data was restored.") + "\n\n"
        if result.safety_backup:
            text += self.tr("The data you had before is kept as the backup “%1”.").replace(
                "%1", result.safety_backup.name) + "\n\n"
        announce_and_close(self, self.tr("Restore finished"), text.rstrip())
        self.restart_required.emit()

    # -- helpers -----------------------------------------------------------------------------------
    def _notice(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

