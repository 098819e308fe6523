"""Settings → «Đơn vị»: the office's details (name, body above, symbol, place, signer), as the setup
wizard asked them; saved through services/office_details (audited, used by the next document).
Administrators edit; others read."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..domain.errors import ValidationError
from ..domain.roles import ADMIN
from ..services.office_details import FIELDS, office_details, update_office_details
from .widgets.field_error import FieldWithError


def field_names() -> dict[str, str]:
    """The fields' names as the person reads them (also for the audit log's «Field» column)."""
    return {
        "office_name": QCoreApplication.translate("OfficeDetailsBox", "Office name"),
        "parent_body": QCoreApplication.translate("OfficeDetailsBox", "Body above (document header)"),
        "symbol": QCoreApplication.translate("OfficeDetailsBox", "Document symbol"),
        "place_name": QCoreApplication.translate("OfficeDetailsBox", "Place (date line)"),
        "head_title": QCoreApplication.translate("OfficeDetailsBox", "Signer's title"),
        "head_name": QCoreApplication.translate("OfficeDetailsBox", "Signer's name"),
    }


class OfficeDetailsBox(QGroupBox):
    saved = Signal(object)   # InstallationInfo

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Office"))
        self.setObjectName("officeDetails")
        self.editable = bool(ctx.current_user is None or ctx.current_user.has_role(ADMIN))
        form = QFormLayout(self)
        self.fields: dict[str, FieldWithError] = {}
        names = field_names()
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"office_{name}")
            edit.setReadOnly(not self.editable)
            box = FieldWithError(edit)
            self.fields[name] = box
            form.addRow(names[name] + ":", box)
        row = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("officeDetailsStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save the office's details"))
        self.save_button.setObjectName("saveOfficeDetails")
        self.save_button.setToolTip(self.tr("Used by the next report, printout and document"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.editable)
        row.addWidget(self.save_button)
        form.addRow(row)
        if not self.editable:
            self.status.setText(self.tr("Only administrators can change the office's details."))
        self.load()

    def load(self) -> None:
        for name, value in office_details(self.ctx).items():
            self.fields[name].field.setText(value)   # type: ignore[attr-defined]
            self.fields[name].set_error(None)

    def values(self) -> dict[str, str]:
        return {name: box.field.text() for name, box in self.fields.items()}   # type: ignore[attr-defined]

    def save(self):
        """A handful of fields in one small transaction: fine on the UI thread."""
        for box in self.fields.values():
            box.set_error(None)
        try:
            info = update_office_details(self.ctx, self.values())
        except ValidationError as exc:
            for name, message in exc.field_errors.items():
                if name in self.fields:
                    self.fields[name].set_error(str(message))
            self.status.setText(exc.message)
            return None
        self.load()
        self.status.setText(self.tr("Saved. The next document uses these details."))
        self.saved.emit(info)
        return info
