"""Which database the app uses (File ▸ Database…): the data file on this computer, or a PostgreSQL
server for a province or central store (docs/server.md).

The dialog shows the current database (a server's password masked), lets an administrator enter a
server by its parts or as one address, checks it in the task runner (a server that does not answer
must not freeze the window, and Cancel does not wait for it), and stores it through
services/database_setting.py. The setting takes effect at the next start: the open database stays
in use until then.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.roles import ADMIN
from ...services import database_setting as ds

DEFAULT_PORT = 5432


class DatabaseDialog(QDialog):
    def __init__(self, ctx, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.task = None
        self.setWindowTitle(self.tr("Database"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        self.current = QLabel()
        self.current.setObjectName("databaseCurrent")
        self.current.setWordWrap(True)
        layout.addWidget(self.current)

        server = QGroupBox(self.tr("A PostgreSQL server (a province or central store)"))
        form = QFormLayout(server)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("for example db.mttq.vn"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: taken from the computer's pgpass file"))
        self.address = QLineEdit()
        self.address.setObjectName("databaseAddress")
        self.address.setPlaceholderText(self.tr("postgresql://user@server:5432/database"))
        self.address.textChanged.connect(self._address_changed)
        self.address.editingFinished.connect(self._take_password_out)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Or the whole address:"), self.address)
        layout.addWidget(server)

        self.status = QLabel()
        self.status.setObjectName("databaseStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.use_button = QPushButton(self.tr("Use this server"))
        self.local_button = QPushButton(self.tr("Use the data file on this computer"))
        for button in (self.test_button, self.use_button, self.local_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use_server)
        self.local_button.clicked.connect(self.use_local_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        user = ctx.current_user
        self.may_change = user is None or user.has_role(ADMIN)
        if not self.may_change:
            for w in (server, self.test_button, self.use_button, self.local_button):
                w.setEnabled(False)
            self.status.setText(self.tr("Only a person with the Administrator role may change the database."))
        self._show_current(ds.current_setting(ctx.data_dir))

    # -- what is shown ------------------------------------------------------------------------------
    def _show_current(self, setting: ds.DatabaseSetting) -> None:
        if setting.kind == "sqlite":
            text = self.tr("Database: the data file on this computer, %1.").replace("%1", setting.location)
        else:
            # The driver in the scheme (postgresql+psycopg) is the app's business, not the reader's.
            shown = setting.location.replace("postgresql+psycopg://", "postgresql://", 1)
            text = self.tr("Database: the PostgreSQL server %1.").replace("%1", shown)
        if setting.source in ("option", "environment"):
            text += " " + self.tr("This is set for this run by the command line or the DNND_DATABASE_URL "
                                  "variable, which take precedence over what is saved here.")
        self.current.setText(text)
        self.local_button.setEnabled(self.may_change and setting.source == "stored")

    def _address_changed(self, text: str) -> None:
        # One way of entering at a time: a pasted address is used whole, the fields wait.
        # The password field stays: a pasted address's password moves there, out of sight.
        for w in (self.host, self.port, self.database, self.user):
            w.setEnabled(not text.strip())

    def _take_password_out(self) -> None:
        url, password = ds.split_password(self.address.text())
        if password:
            self.password.setText(password)
            self.address.setText(url)

    def entered_url(self) -> str:
        if self.address.text().strip():
            self._take_password_out()
            return ds.with_password(self.address.text().strip(), self.password.text())
        return ds.server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                             self.password.text())

    def _state_text(self, state: str) -> str:
        if state == ds.NOT_SET_UP:
            return self.tr("The server answers, but this database holds no office of this software yet. "
                           "At the next start the software opens the setup wizard for it (the user needs "
                           "the right to create tables in the database).")
        if state == ds.NEEDS_UPGRADE:
            return self.tr("The server answers. Its data is from an earlier version of the software and "
                           "is brought up to date at the next start (the user must own the tables).")
        return self.tr("The server answers and holds this software's data.")

    # -- actions --------------------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, DnndError):
            self.status.setText(exc.message)
            return True
        return False   # a bug: the crash reporter shows it

    def test_connection(self):
        self.status.setText(self.tr("Connecting…"))
        self.task = self.runner.run_service(
            ds.check_database_url, self.entered_url(), title=self.tr("Connecting to the database server"),
            on_done=lambda state: self.status.setText(self._state_text(state)), on_error=self._failed,
            writes=False)
        return self.task

    def use_server(self):
        self.status.setText(self.tr("Connecting…"))

        def stored(result: ds.StoredDatabase) -> None:
            self._show_current(result.setting)
            self.status.setText(self._state_text(result.state) + "\n\n" + self._restart_text())

        self.task = self.runner.run_service(
            ds.check_and_store, self.ctx.data_dir, self.entered_url(), user=self.ctx.current_user,
            title=self.tr("Connecting to the database server"), on_done=stored, on_error=self._failed,
            writes=False)
        return self.task

    def use_local_file(self) -> None:
        try:
            setting = ds.set_database_url(self.ctx.data_dir, None, user=self.ctx.current_user)
        except DnndError as exc:
            self.status.setText(exc.message)
            return
        self._show_current(setting)
        self.status.setText(self._restart_text())

    def _restart_text(self) -> str:
        return self.tr("Saved. The software keeps using the open database until you close it; it uses "
                       "the new one from its next start. Close the software and open it again.")
