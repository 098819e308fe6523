"""Settings: the UI language (applied at once), the office's details and, for administrators, the users."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import ADMIN
from ...services.users import UserService
from .. import i18n
from ..privacy.security_box import SecurityBox
from ..roles_text import roles_text
from ..settings_office_box import OfficeDetailsBox
from ..ui_settings import UiSettings
from .add_user_dialog import AddUserDialog


class SettingsPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.users = UserService(ctx)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        title = QLabel(self.tr("Settings"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        language_box = QGroupBox(self.tr("Language"))
        form = QFormLayout(language_box)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Language of the program:"), self.language)
        hint = QLabel(self.tr("Documents and reports are always written in Vietnamese."))
        hint.setObjectName("pageDescription")
        form.addRow("", hint)
        layout.addWidget(language_box)
        # The office's details, editable after setup (issue 19); the window title names the office.
        self.office_box = OfficeDetailsBox(ctx, self)
        self.office_box.saved.connect(lambda _info: getattr(self.window(), "retranslate", lambda: None)())
        layout.addWidget(self.office_box)
        # The key passphrase and the recovery code of the encrypted data (issue 14).
        self.security_box = SecurityBox(ctx, runner, self)
        layout.addWidget(self.security_box)

        users_box = QGroupBox(self.tr("Users"))
        users_layout = QVBoxLayout(users_box)
        self.is_admin = bool(ctx.current_user and ctx.current_user.has_role(ADMIN))
        if self.is_admin:
            self.table = QTableWidget(0, 3)
            self.table.setObjectName("users")
            self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Roles"), self.tr("Password")])
            self.table.verticalHeader().hide()
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            users_layout.addWidget(self.table)
            buttons = QHBoxLayout()
            self.add_button = QPushButton(self.tr("Add user…"))
            self.add_button.setObjectName("addUser")
            self.add_button.clicked.connect(self.add_user)
            buttons.addWidget(self.add_button)
            buttons.addStretch(1)
            users_layout.addLayout(buttons)
            self.refresh_users()
        else:
            users_layout.addWidget(QLabel(self.tr("Only administrators can manage users.")))
        layout.addWidget(users_box, 1)

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code == i18n.current_language():
            return
        UiSettings(self.ctx.data_dir).language = code
        # Qt sends LanguageChange to every window; the main window rebuilds its pages (this one too).
        i18n.set_language(code)

    def refresh_users(self) -> None:
        users = self.users.list_users()  # a handful of rows: fine on the UI thread
        self.table.setRowCount(len(users))
        for r, u in enumerate(users):
            password = self.tr("Yes") if u.has_password else self.tr("No")
            for c, text in enumerate((u.name, roles_text(u.roles), password)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.id)
                self.table.setItem(r, c, item)

    def add_user(self) -> AddUserDialog:
        dialog = AddUserDialog(self.users, self.runner, self)
        dialog.accepted.connect(self.refresh_users)
        dialog.open()
        return dialog
