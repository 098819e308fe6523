"""Add or edit one record (activity, twinning pair, partner) on its Designer form, with the
activity's links and the record's attachments on their own tabs."""
from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError, ValidationError
from ...domain.record_kinds import kind_spec
from ...services.records import RecordService, RecordView
from ..i18n import QT_TRANSLATE_NOOP
from . import prompts
from .attachments_panel import AttachmentsPanel
from .form_binding import FormBinder
from .links_editor import LinksEditor

ERROR_BANNER_STYLE = ("background: #fdecea; color: #8c1d18; border: 1px solid #f3c1bc; border-radius: 4px;"
                      " padding: 6px 8px;")


_KIND_TITLES = {
    "activity": (QT_TRANSLATE_NOOP("RecordDialog", "New activity"), QT_TRANSLATE_NOOP("RecordDialog", "Activity")),
    "twinning": (QT_TRANSLATE_NOOP("RecordDialog", "New twinning pair"),
                 QT_TRANSLATE_NOOP("RecordDialog", "Twinning pair")),
    "partner": (QT_TRANSLATE_NOOP("RecordDialog", "New partner"), QT_TRANSLATE_NOOP("RecordDialog", "Partner")),
    "household": (QT_TRANSLATE_NOOP("RecordDialog", "New household"), QT_TRANSLATE_NOOP("RecordDialog", "Household")),
    "consent": (QT_TRANSLATE_NOOP("RecordDialog", "New consent record"),
                QT_TRANSLATE_NOOP("RecordDialog", "Consent record")),
    "contribution": (QT_TRANSLATE_NOOP("RecordDialog", "New contribution"),
                     QT_TRANSLATE_NOOP("RecordDialog", "Contribution")),
    "commendation": (QT_TRANSLATE_NOOP("RecordDialog", "New commendation"),
                     QT_TRANSLATE_NOOP("RecordDialog", "Commendation")),
}


def kind_noun(kind: str) -> tuple[str, str]:
    """(title for a new record, title for an edit) of a kind; a kind without its own titles is
    named by its description's label."""
    if kind not in _KIND_TITLES:
        label = str(kind_spec(kind).label)
        return QCoreApplication.translate("RecordDialog", "New: %1").replace("%1", label), label
    new, edit = _KIND_TITLES[kind]
    return QCoreApplication.translate("RecordDialog", new), QCoreApplication.translate("RecordDialog", edit)


def error_banner() -> QLabel:
    banner = QLabel()
    banner.setObjectName("errorBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(ERROR_BANNER_STYLE)
    banner.hide()
    return banner


def scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.addWidget(widget)
    layout.addStretch(1)
    area.setWidget(inner)
    return area


class RecordDialog(QDialog):
    SIZES: ClassVar[dict[str, tuple[int, int]]] = {"activity": (1020, 640), "twinning": (820, 560),
                                                   "partner": (820, 540)}

    def __init__(self, ctx, runner, kind: str, record_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner, self.kind = ctx, runner, kind
        self.record_id = record_id
        self.service = RecordService(ctx)
        self.saved: RecordView | None = None
        new_title, edit_title = kind_noun(kind)

        layout = QVBoxLayout(self)
        self.banner = error_banner()
        layout.addWidget(self.banner)
        self.binder = FormBinder(ctx, kind)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll(self.binder.widget), self.tr("Details"))
        self.links = None
        if kind == "activity":
            self.links = LinksEditor(ctx, record_id)
            self.tabs.addTab(self.links, self.tr("Links"))
        self.attachments = AttachmentsPanel(ctx, runner, kind, record_id)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)

        if record_id:
            record = self.service.get(kind, record_id)
            self.binder.set_values(record.values, record.hidden_fields)
            self.setWindowTitle(f"{edit_title}: {record.name}")
        else:
            self.setWindowTitle(new_title)
        self._initial = self.binder.values()
        w, h = self.SIZES.get(kind, (820, 560))
        self.resize(w, h)

    def save(self) -> bool:
        """Validate through the service and save; errors appear next to the fields."""
        values = self.binder.values()
        self.banner.hide()
        try:
            if self.links is not None:  # an activity: its fields and links in one service call
                added, removed = self.links.changes()
                self.saved = self.service.save_activity(values, activity_id=self.record_id, add_links=added,
                                                        remove_links=removed)
            elif self.record_id:
                self.saved = self.service.update(self.kind, self.record_id, values)
            else:
                self.saved = self.service.create(self.kind, values)
        except ValidationError as exc:
            shown = self.binder.set_errors(exc.field_errors)
            self.tabs.setCurrentIndex(0)
            if len(shown) < len(exc.field_errors) or not shown:
                self.banner.setText(exc.message)
                self.banner.show()
            return False
        except DnndError as exc:
            self.banner.setText(exc.message)
            self.banner.show()
            return False
        self.record_id = self.saved.id
        if self.links is not None:
            self.links.mark_saved()
        self.binder.clear_errors()
        self.accept()
        return True

    def has_changes(self) -> bool:
        return self.binder.values() != self._initial

    def reject(self) -> None:
        if self.has_changes() and not prompts.confirm(
                self, self.tr("Discard changes"), self.tr("Close without saving your changes?"),
                self.tr("Close without saving")):
            return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line field must not close the form half-filled; Ctrl+S or the button saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
