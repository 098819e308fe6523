"""«Nhận gói»: open a .dnnd file → the signature is checked → passphrase → preview of what the
package would change (per kind: new / updated / unchanged / conflicts / rejected, with messages)
→ «Nhập» applies it (the service backs the data up first) or «Hủy» leaves everything as it was."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_datetime, format_number
from ...services.packages import ImportResult, VerifyResult, import_package, preview_package, verify_file
from .. import message_boxes
from ..widgets.plain_label import plain_label
from . import secret as secret_mod
from . import texts

IDLE, CHECKED, PREVIEWED, IMPORTED, REFUSED = "idle", "checked", "previewed", "imported", "refused"
OPENING = "opening"   # the passphrase is being asked or the package read: the next state is on its way


def _local(value):
    """Package times are UTC; show them in the laptop's time."""
    from datetime import UTC

    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


class ImportTab(QWidget):
    imported = Signal(object)   # ImportResult, after a real import

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.state = IDLE
        self.path: Path | None = None
        self.verified: VerifyResult | None = None
        self.preview: ImportResult | None = None
        self.result: ImportResult | None = None
        self._secret = None   # the unlocked key, kept only between the preview and «Nhập»/«Hủy»

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Open a package file (.dnnd) received by e-mail or on a USB stick. The program checks who made "
            "it, shows what it would change, and changes nothing until you click “Import”."))
        intro.setWordWrap(True)
        intro.setObjectName("pageDescription")
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open a package file…"))
        self.open_button.setObjectName("openPackage")
        self.open_button.setToolTip(self.tr("Choose a .dnnd file (Ctrl+O)"))
        self.open_button.clicked.connect(self.choose_file)
        row.addWidget(self.open_button)
        self.file_label = plain_label()
        self.file_label.setObjectName("packageFile")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)

        self.status = plain_label()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.info_box = QGroupBox(self.tr("Package"))
        form = QFormLayout(self.info_box)
        # The sender's name comes from the package: shown as typed, never as HTML.
        self.kind_value, self.sender_value, self.created_value = plain_label(), plain_label(), plain_label()
        form.addRow(self.tr("Kind:"), self.kind_value)
        form.addRow(self.tr("From:"), self.sender_value)
        form.addRow(self.tr("Made on:"), self.created_value)
        layout.addWidget(self.info_box)

        self.table = QTableWidget(0, 1 + len(texts.OUTCOMES))
        self.table.setObjectName("previewCounts")
        self.table.setHorizontalHeaderLabels([self.tr("Content")] + [texts.outcome_label(o) for o in texts.OUTCOMES])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.table.columnCount()):
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 3)
        self.messages = QPlainTextEdit()
        self.messages.setObjectName("previewMessages")
        self.messages.setReadOnly(True)
        self.messages.setPlaceholderText(self.tr("Notes about the package appear here."))
        self.messages.setMaximumHeight(120)
        layout.addWidget(self.messages, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("applyImport")
        self.import_button.setDefault(True)
        self.import_button.setToolTip(
            self.tr("Apply the package to the data (the package is kept, so the import can be undone)"))
        self.import_button.clicked.connect(self.apply)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.setToolTip(self.tr("Do not import this package; nothing is changed"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

        # Window-wide while this tab is shown (hidden widgets' shortcuts do not fire).
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_file, Qt.ShortcutContext.WindowShortcut)
        self._set_state(IDLE)

    # -- steps -------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a package file"), start,
                                              self.tr("Packages (*.dnnd);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Ask the key's passphrase at once, then check the signature and the sender and read the
        preview in one task: nothing is asked while a progress window is up, and a mistyped
        passphrase is asked again (secret.run_with_passphrase) without picking the file again."""
        self._forget_secret()
        self.path = Path(path)
        self.verified = self.preview = self.result = None
        self.table.setRowCount(0)
        self._clear_info()
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        from ..ui_settings import UiSettings

        UiSettings(self.ctx.data_dir).add_recent_file(str(self.path))   # Tệp → Tệp gần đây
        self._set_state(OPENING, self.tr("Checking the package…"))
        secret_mod.run_with_passphrase(
            self, self.runner, self.tr("To open the package “%1”, the program needs the office's key.")
            .replace("%1", self.path.name),
            self._open_preview, self.ctx, self.path, title=self.tr("Reading the package"), writes=False,
            on_done=self._previewed, on_error=self._refused, on_cancel=self._not_opened)

    def _not_opened(self) -> None:
        self._set_state(IDLE, self.tr("Not opened. Open the file again to see what it contains."))

    @staticmethod
    def _open_preview(progress, cancel, ctx, path, passphrase):
        verified = verify_file(ctx, path, progress=progress, cancel=cancel)
        if not verified.for_me:
            return verified, None, None
        keys = secret_mod.unlock(ctx, passphrase)
        return verified, keys, preview_package(ctx, path, keys, progress=progress, cancel=cancel)

    def _checked(self, verified: VerifyResult) -> bool:
        """Show who made the package; False (after saying so) when it is for another office."""
        self.verified = verified
        self._show_info(verified)
        if not verified.for_me:
            self._refused(DnndError(self.tr(
                "This package is addressed to another office, not to yours. Nothing was imported. "
                "Give the file to the office it is for.")), box=True)
            return False
        return True

    def _previewed(self, value) -> None:
        verified, keys, preview = value
        if not self._checked(verified):
            return
        self._secret, self.preview = keys, preview
        self._show_counts(self.preview)
        if self.preview.already_imported:
            self._forget_secret()
            self._set_state(IMPORTED, self.tr("This package was imported before; importing it again would change "
                                              "nothing."))
            return
        self._set_state(PREVIEWED, self.tr(
            "Preview: this is what importing the package would change. Nothing has been changed yet. "
            "Click “Import” to apply it, or “Cancel”."))
        self.import_button.setFocus()

    def apply(self) -> None:
        """Step 3: import for real (the service backs the data up first; one transaction)."""
        if self.state != PREVIEWED or self._secret is None:
            return
        keys = self._secret
        task = self.runner.run_service(import_package, self.ctx, self.path, keys,
                                       title=self.tr("Importing the package"), writes=True,
                                       on_done=self._imported, on_error=self._refused)
        if task is not None:
            self.import_button.setEnabled(False)
            self.cancel_button.setEnabled(False)

    def _imported(self, result: ImportResult) -> None:
        self._forget_secret()
        self.result = result
        self._show_counts(result)
        text = self.tr("Imported. New: %1, updated: %2, unchanged: %3, conflicts: %4, rejected: %5.")
        for i, o in enumerate(texts.OUTCOMES, 1):
            text = text.replace(f"%{i}", format_number(getattr(result, o)))
        if result.conflicts:
            text += " " + self.tr("Open the “Conflicts” tab to choose which values to keep.")
        if not result.already_imported:
            # No copy of the database any more (issue 15): the kept package makes the import undoable.
            text += " " + self.tr("The package was kept: the import can be undone (command “dnnd undo-import”).")
        self._set_state(IMPORTED, text)
        self.imported.emit(result)

    def cancel(self) -> None:
        self._forget_secret()
        self.verified = self.preview = None
        self.table.setRowCount(0)
        self.messages.clear()
        self._clear_info()
        self.file_label.clear()
        self._set_state(IDLE, self.tr("Not imported. Nothing was changed."))

    def _refused(self, exc: BaseException, box: bool = True) -> bool:
        """A refused package: say why in Vietnamese, here and in a message box; nothing changed."""
        if not isinstance(exc, DnndError):
            return False   # unexpected: the runner shows the details
        self._forget_secret()
        self.preview = None
        self.table.setRowCount(0)
        self._set_state(REFUSED, exc.message + "\n" + self.tr("Nothing was changed."))
        if box:
            message_boxes.warning(self, self.tr("Package not imported"), exc.message)
        return True

    # -- display -----------------------------------------------------------------------------------
    def _show_info(self, v: VerifyResult) -> None:
        kind = texts.kind_label(v.kind)
        if v.kind == "tasks" and v.sequence:
            kind += " " + self.tr("(version %1)").replace("%1", str(v.sequence))
        self.kind_value.setText(kind)
        self.sender_value.setText(v.sender_name)
        self.created_value.setText(format_datetime(_local(v.created)))

    def _clear_info(self) -> None:
        for w in (self.kind_value, self.sender_value, self.created_value):
            w.clear()

    def _show_counts(self, result: ImportResult) -> None:
        rows = [(texts.content_label(k), c) for k, c in result.per_kind.items()]
        rows.append((self.tr("Total"), {o: getattr(result, o) for o in texts.OUTCOMES}))
        self.table.setRowCount(len(rows))
        for r, (label, counts) in enumerate(rows):
            first = QTableWidgetItem(label)
            if r == len(rows) - 1:
                font = first.font()
                font.setBold(True)
                first.setFont(font)
            self.table.setItem(r, 0, first)
            for c, o in enumerate(texts.OUTCOMES, 1):
                n = counts.get(o, 0)
                item = QTableWidgetItem(format_number(n))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if n and o in ("conflicts", "rejected"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.messages.setPlainText("\n".join(result.messages))

    def _set_state(self, state: str, text: str = "") -> None:
        self.state = state
        self.status.setText(text)
        colour = {REFUSED: "#b3261e", IMPORTED: "#1e6b34", PREVIEWED: "#1f4e79"}.get(state, "#1b2733")
        self.status.setStyleSheet(f"color: {colour}; font-weight: {'bold' if state != IDLE else 'normal'};")
        self.import_button.setEnabled(state == PREVIEWED)
        self.cancel_button.setEnabled(state in (CHECKED, PREVIEWED))
        self.info_box.setVisible(self.verified is not None)

    def _forget_secret(self) -> None:
        self._secret = None
