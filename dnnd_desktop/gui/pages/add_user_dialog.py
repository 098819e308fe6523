"""Add a user: name, roles, optional password. The write goes through the task runner (one write at
a time); the service's field errors are shown under the fields."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ValidationError
from ...domain.roles import ALL_ROLES, OFFICER
from ..roles_text import role_name
from ..widgets.field_error import FieldWithError


class AddUserDialog(QDialog):
    def __init__(self, users, runner, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add user"))
        self._users, self._runner = users, runner
        self.created = None
        self.name = QLineEdit()
        self.name.setObjectName("name")
        roles = QWidget()
        roles_layout = QHBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        for role in ALL_ROLES:
            check = QCheckBox(role_name(role))
            check.setObjectName(f"role_{role}")
            check.setChecked(role == OFFICER)
            self.role_checks[role] = check
            roles_layout.addWidget(check)
        roles_layout.addStretch(1)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setObjectName("password_again")
        self.fields = {
            "name": FieldWithError(self.name),
            "roles": FieldWithError(roles),
            "password": FieldWithError(self.password),
            "password_again": FieldWithError(self.password_again),
        }
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.fields["name"])
        form.addRow(self.tr("Roles:"), self.fields["roles"])
        form.addRow(self.tr("Password (optional):"), self.fields["password"])
        form.addRow(self.tr("Password again:"), self.fields["password_again"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def roles(self) -> tuple[str, ...]:
        return tuple(r for r, c in self.role_checks.items() if c.isChecked())

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, box in self.fields.items():
            box.set_error(errors.get(name))

    def accept(self) -> None:
        errors = {}
        if self.password.text() != self.password_again.text():
            errors["password_again"] = self.tr("The two passwords are not the same.")
        self.show_errors(errors)
        if errors:
            return
        name, roles, password = self.name.text(), self.roles(), self.password.text() or None
        task = self._runner.run(
            lambda progress, cancel: self._users.add_user(name, roles, password),
            title=self.tr("Adding the user…"), on_done=self._added, on_error=self._failed,
            cancellable=False,
        )
        if task is not None:
            self.buttons.setEnabled(False)
            task.finished.connect(lambda: self.buttons.setEnabled(True))

    def _added(self, user) -> None:
        self.created = user
        super().accept()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError) and exc.field_errors:
            self.show_errors(exc.field_errors)
            return True
        return False
