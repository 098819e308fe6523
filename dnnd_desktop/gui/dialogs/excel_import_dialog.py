"""Import a list from Excel: pick a file → confirm the column mapping → preview → import.

Every step that reads the file or the database runs in the task runner (progress and Cancel); the
dialog only shows plain results. The preview lists each row as new, possible duplicate, already
there or invalid with its reason; "Import N valid rows" writes them all in one transaction after a
backup (invalid rows are skipped, as the button says), "Save error list…" writes the invalid rows
with their reasons to correct and import again.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationError
from ...domain.formatting import format_date, format_number
from ...domain.record_kinds import kind_spec
from ...services import excel as excel_service
from ..i18n import QT_TRANSLATE_NOOP
from .header_mapping_dialog import HeaderMappingWidget
from .old_addresses_panel import OldAddressesPanel
from .text_encoding_panel import TextEncodingPanel
from .unknown_values_panel import UnknownValuesPanel

NO_PARENT = QModelIndex()

# What the preview says of each row, named through the catalogue (the service's labels are Vietnamese).
_STATUS_NAMES = {
    excel_service.NEW: QT_TRANSLATE_NOOP("ExcelImport", "New"),
    excel_service.CANDIDATE: QT_TRANSLATE_NOOP("ExcelImport", "Possible duplicate"),
    excel_service.DUPLICATE: QT_TRANSLATE_NOOP("ExcelImport", "Already there"),
    excel_service.INVALID: QT_TRANSLATE_NOOP("ExcelImport", "Error"),
}


def status_name(status: str) -> str:
    return QCoreApplication.translate("ExcelImport", _STATUS_NAMES[status]) if status in _STATUS_NAMES else status


_COLOURS = {excel_service.INVALID: "#fde7e9", excel_service.CANDIDATE: "#fff4ce",
            excel_service.DUPLICATE: "#eeeeee"}


def _cell_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):   # datetime too; a cell read from Excel is one or the other
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"




class PreviewModel(QAbstractTableModel):
    """Rows of an ImportPreview (any number: cells are only formatted when shown)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preview = None
        self.rows: list[int] = []
        self.cols: list[int] = []
        self.headers: list[str] = []

    def set_preview(self, preview, only: str | None = None) -> None:
        self.beginResetModel()
        self.preview = preview
        self.rows = [i for i, s in enumerate(preview.status) if only is None or s == only]
        self.cols = [j for j, k in enumerate(preview.mapping) if k]
        self.headers = [self.tr("Line"), self.tr("Result"), self.tr("Reason")] + \
                       [preview.headers[j] for j in self.cols]
        self.endResetModel()

    def rowCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.preview is None:
            return None
        i = self.rows[index.row()]
        status = self.preview.status[i]
        if role == Qt.ItemDataRole.BackgroundRole and status in _COLOURS:
            return QBrush(QColor(_COLOURS[status]))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = index.column()
        if c == 0:
            return str(self.preview.lines[i])
        if c == 1:
            return status_name(status)
        if c == 2:
            return str(self.preview.reasons[i])
        j = self.cols[c - 3]
        raw = self.preview.raw[i]
        return _cell_text(raw[j] if j < len(raw) else "")


class ExcelImportDialog(QDialog):
    PICK, MAP, PREVIEW = range(3)

    def __init__(self, ctx, runner, kind: str, parent: QWidget | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.kind = excel_service.excel_kind(kind)
        self.file = None
        self.preview = None
        # shadows QDialog.result() (no caller uses that one); the tests read the import's result here
        self.result = None  # type: ignore[method-assign,assignment]
        self.last_task = None
        spec = kind_spec(self.kind)
        self.setWindowTitle(self.tr("Import from Excel: %1").replace("%1", str(spec.label)))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)

        pick = QWidget()
        pl = QVBoxLayout(pick)
        hint = QLabel(self.tr("Choose an Excel file (.xlsx). Old lists typed in TCVN3 (.VnTime) or VNI fonts are "
                              "converted automatically. Nothing is saved until you confirm the preview."))
        hint.setWordWrap(True)
        pl.addWidget(hint)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.template_button = QPushButton(self.tr("Download template…"))
        row.addWidget(self.choose_button)
        row.addWidget(self.template_button)
        row.addStretch(1)
        pl.addLayout(row)
        pl.addStretch(1)
        self.stack.addWidget(pick)

        self.mapping_widget = HeaderMappingWidget()
        self.stack.addWidget(self.mapping_widget)

        prev = QWidget()
        vl = QVBoxLayout(prev)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        vl.addWidget(self.summary)
        filt = QHBoxLayout()
        filt.addWidget(QLabel(self.tr("Show:")))
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("All rows"), None)
        for status in (excel_service.INVALID, excel_service.CANDIDATE, excel_service.DUPLICATE, excel_service.NEW):
            self.filter_combo.addItem(status_name(status), status)
        self.filter_combo.currentIndexChanged.connect(self._refilter)
        filt.addWidget(self.filter_combo)
        filt.addStretch(1)
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        self.tabs = QTabWidget()
        rows_tab = QWidget()
        rl = QVBoxLayout(rows_tab)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(filt)
        rl.addWidget(self.table)
        self.tabs.addTab(rows_tab, self.tr("Rows"))
        self.encoding_panel = TextEncodingPanel()
        self.encoding_panel.choice_made.connect(self._encoding_chosen)
        self.tabs.addTab(self.encoding_panel, self.tr("Texts to check"))
        self.unknown_panel = UnknownValuesPanel()
        self.unknown_panel.choice_made.connect(self._unknown_chosen)
        self.tabs.addTab(self.unknown_panel, self.tr("Values not in the lists"))
        self.old_panel = OldAddressesPanel()
        self.old_panel.choice_made.connect(self._old_commune_chosen)
        self.tabs.addTab(self.old_panel, self.tr("Old addresses"))
        vl.addWidget(self.tabs)
        self.stack.addWidget(prev)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.errors_button = QPushButton(self.tr("Save error list…"))
        self.next_button = QPushButton(self.tr("Next"))
        self.import_button = QPushButton(self.tr("Import"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.errors_button)
        buttons.addStretch(1)
        for b in (self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.template_button.clicked.connect(lambda: self.save_template())
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self.make_preview)
        self.import_button.clicked.connect(self.apply)
        self.errors_button.clicked.connect(lambda: self.save_errors())
        self.cancel_button.clicked.connect(self.reject)
        self.mapping_widget.changed.connect(self._update_buttons)
        self._show(self.PICK)
        if path is not None:
            self.load_file(path)

    # -- steps -------------------------------------------------------------------------------------
    def choose_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Excel file"), "",
                                                  self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        self.message.clear()
        self.last_task = self.runner.run_service(
            excel_service.open_import, str(path), self.kind, title=self.tr("Reading the Excel file"),
            on_done=self._file_read, writes=False)

    def _file_read(self, file) -> None:
        self.file = file
        self.mapping_widget.set_file(file)
        for notice in file.sheet.notices:
            self.message.setText(notice)
        self._show(self.MAP)

    def make_preview(self) -> None:
        if self.file is None:
            return
        self.message.clear()
        self.last_task = self.runner.run_service(
            excel_service.preview_import, self.ctx, self.file, self.mapping_widget.mapping(),
            title=self.tr("Checking the rows"), on_done=self._previewed, on_error=self._mapping_error,
            writes=False)

    def _mapping_error(self, exc) -> bool:
        if isinstance(exc, ValidationError) and exc.code in ("mapping_twice", "required_column_missing"):
            self.message.setText(exc.message)
            return True
        return False

    def _previewed(self, preview) -> None:
        self.preview = preview
        c = preview.counts
        text = self.tr("%1 rows: %2 new, %3 possible duplicates (will be imported and marked for merging), "
                       "%4 already in the database (skipped), %5 with errors (not imported).")
        for i, key in enumerate(("rows", "new", "candidates", "duplicates", "invalid"), start=1):
            text = text.replace(f"%{i}", format_number(c[key]))
        if preview.notices:
            text += "\n" + "\n".join(preview.notices)
        self.summary.setText(text)
        self.encoding_panel.set_cells(preview.ambiguous_texts)
        self.tabs.setTabVisible(1, bool(preview.ambiguous_texts))
        self.tabs.setTabText(1, self.tr("Texts to check (%1)").replace(
            "%1", format_number(len(preview.ambiguous_texts))))
        self.unknown_panel.set_values(preview.unknown_values)
        self.tabs.setTabVisible(2, bool(preview.unknown_values))
        self.tabs.setTabText(2, self.tr("Values not in the lists (%1)").replace(
            "%1", format_number(len(preview.unknown_values))))
        self.old_panel.set_uses(preview.old_communes)
        self.tabs.setTabVisible(3, bool(preview.old_communes))
        self.tabs.setTabText(3, self.tr("Old addresses (%1)").replace(
            "%1", format_number(len(preview.old_communes))))
        self.filter_combo.setCurrentIndex(1 if c["invalid"] else 0)
        self._refilter()
        self._show(self.PREVIEW)

    def _encoding_chosen(self, line: int, column: int, encoding: str) -> None:
        """A person chose another reading for an ambiguous cell (line 0: the whole column): check again."""
        if self.file is None:
            return
        if line:
            excel_service.choose_cell_encoding(self.file, line, column, encoding)
        else:
            excel_service.choose_column_encoding(self.file, column, encoding)
        self.make_preview()

    def _unknown_chosen(self, key: str, value: str, action: str) -> None:
        """A person chose what to do with a value not in a list: check again."""
        if self.file is None:
            return
        from ...services.excel.unknown_values import choose_unknown_value

        choose_unknown_value(self.file, key, value, action)
        self.make_preview()

    def _old_commune_chosen(self, old_text: str, code: int) -> None:
        """A person chose the current commune for an old one that was split: check again."""
        if self.file is None:
            return
        excel_service.choose_old_commune(self.file, old_text, code)
        self.make_preview()

    def apply(self) -> None:
        if self.preview is None:
            return
        self.last_task = self.runner.run_service(
            excel_service.apply_import, self.ctx, self.file, self.preview, skip_invalid=True,
            title=self.tr("Importing"), on_done=self._applied, writes=True)

    def _applied(self, result) -> None:
        self.result = result  # type: ignore[method-assign]  # see __init__
        text = self.tr("Imported %1 rows.").replace("%1", format_number(result.imported))
        self.runner.notice.emit(text)
        self.accept()

    def save_errors(self, path: str | None = None) -> None:
        if self.preview is None or not self.preview.count(excel_service.INVALID):
            return
        if path is None:
            suggested = str(Path(self.file.path).with_name(Path(self.file.path).stem + "-loi.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save error list"), suggested,
                                                  self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.last_task = self.runner.run_service(
                excel_service.write_import_errors, self.preview, path, title=self.tr("Saving the error list"),
                on_done=lambda n: self.message.setText(self.tr("Saved %1 rows with errors to %2.")
                                                       .replace("%1", format_number(n)).replace("%2", str(path))),
                writes=False)

    def save_template(self, path: str | None = None) -> None:
        from .excel_actions import download_template

        self.last_task = download_template(self, self.ctx, self.runner, self.kind, path)

    # -- helpers -----------------------------------------------------------------------------------
    def _refilter(self, *_args) -> None:
        if self.preview is not None:
            self.model.set_preview(self.preview, self.filter_combo.currentData())
            self.table.resizeColumnsToContents()
            for c in range(self.model.columnCount()):
                self.table.setColumnWidth(c, min(self.table.columnWidth(c), 420))

    def _back(self) -> None:
        self.message.clear()
        self._show(max(self.PICK, self.stack.currentIndex() - 1))

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        page = self.stack.currentIndex()
        self.back_button.setVisible(page > self.PICK)
        self.next_button.setVisible(page == self.MAP)
        self.next_button.setEnabled(page == self.MAP and not self.mapping_widget.missing_required())
        self.import_button.setVisible(page == self.PREVIEW)
        self.errors_button.setVisible(page == self.PREVIEW and bool(self.preview and
                                                                     self.preview.count(excel_service.INVALID)))
        n = self.preview.importable if self.preview is not None else 0
        self.import_button.setText(self.tr("Import %1 valid rows").replace("%1", format_number(n)))
        self.import_button.setEnabled(n > 0)
