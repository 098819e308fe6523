"""Who is working? Asked at start when more than one user exists (or the only one has a password),
so every audit entry names the right person."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from ..domain.errors import DnndError
from ..services.types import UserInfo
from .icons import app_icon
from .roles_text import roles_text
from .widgets.field_error import FieldWithError

Authenticate = Callable[[str, "str | None"], UserInfo]


def needs_login(users: list[UserInfo], just_set_up: bool = False) -> bool:
    """Whether to ask who is working. Not right after the setup wizard: the one officer there just
    chose the password in it (the data opens as that first user)."""
    if just_set_up and len(users) == 1:
        return False
    return len(users) > 1 or any(u.has_password for u in users)


class LoginDialog(QDialog):
    """`exec()`; when accepted, `user` is the authenticated user."""

    def __init__(self, users: list[UserInfo], authenticate: Authenticate, office_name: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        self.setWindowIcon(app_icon())
        self._authenticate = authenticate
        self.user: UserInfo | None = None
        intro = QLabel(self.tr("Choose your name to start working.") if not office_name else
                       self.tr("Choose your name to start working for %1.").replace("%1", office_name))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("users")
        for u in users:
            item = QListWidgetItem(f"{u.name}  —  {roles_text(u.roles)}")
            item.setData(Qt.ItemDataRole.UserRole, u)
            self.list.addItem(item)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_box = FieldWithError(self.password)
        self.password_label = QLabel(self.tr("Password:"))
        form = QFormLayout()
        form.addRow(self.password_label, self.password_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self.list.setCurrentRow(0)
        self.resize(440, 360)

    def selected(self) -> UserInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _selection_changed(self, *_):
        user = self.selected()
        needs = bool(user and user.has_password)
        self.password.setEnabled(needs)
        self.password_label.setEnabled(needs)
        self.password.clear()
        self.password_box.set_error(None)
        if needs:
            self.password.setFocus()

    def accept(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.user = self._authenticate(user.id, self.password.text() if user.has_password else None)
        except DnndError as exc:
            self.password_box.set_error(exc.message)
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()
