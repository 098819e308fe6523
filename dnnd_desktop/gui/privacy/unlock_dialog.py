"""At start, before anything is read: the office's key passphrase opens the encrypted data (or the
printed recovery code, with a new passphrase); a plain store left by an older version is encrypted
first, with progress."""
from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...exchange.keys import WrongPassphrase
from ...paths import DataDir
from ...services.privacy import convert_store, db_key
from ...services.privacy.unlock_ahead import PendingUnlock, start_scripted
from ..icons import app_icon
from ..task_runner import TaskRunner
from ..widgets.field_error import FieldWithError

MIN_PASSPHRASE = 8  # as exchange/keys.py requires


def _secret_field(name: str) -> tuple[QLineEdit, FieldWithError]:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit, FieldWithError(edit)


def _unlock(progress, cancel, data_dir: DataDir, passphrase: str) -> None:  # noqa: ANN001 - the runner's signature
    db_key.unlock(data_dir, passphrase)


WarmUp = Callable[[Callable[[], bool]], None]   # warm_up(still_waiting): gui/app.py _warm_up


class _Once:
    """The start's warm-up (gui/app.py), run at most once, whichever way the data are unlocked."""

    def __init__(self, fn: WarmUp | None):
        self._fn = fn

    def __call__(self, still_waiting: Callable[[], bool]) -> None:
        fn, self._fn = self._fn, None
        if fn is not None:
            fn(still_waiting)


class UnlockDialog(QDialog):
    """`exec()`; accepted when the data are unlocked (and converted); `recovery_code` then holds a
    code made now, to show with RecoveryCodeDialog. The passphrase's Argon2id runs on the runner's
    thread (the dialog keeps painting); `warm_up` is the start's own work that needs no data, done
    on this thread meanwhile."""

    def __init__(self, data_dir: DataDir, convert: bool, parent: QWidget | None = None,
                 warm_up: WarmUp | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.convert = convert
        self._warm_up = warm_up if isinstance(warm_up, _Once) else _Once(warm_up)
        self.recovery_code: str | None = None
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Open the office's data"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(540)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if self.convert:
            text = self.tr("From this version on, the office's data and its backups are encrypted on the disk, so "
                           "that nobody can read them without the office's key passphrase. Type the key passphrase "
                           "(the one that protects the office's keys) to encrypt them now. A backup is made first; "
                           "this takes a moment.")
        else:
            text = self.tr("The office's data are encrypted. Type the office's key passphrase to open them.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase, self.passphrase_field = _secret_field("passphrase")
        form.addRow(self.tr("Key passphrase:"), self.passphrase_field)
        self.show_text = QCheckBox(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(self._show)
        form.addRow("", self.show_text)
        layout.addLayout(form)
        if not self.convert:
            self.lost_button = QPushButton(self.tr("I lost the passphrase…"))
            self.lost_button.setObjectName("lostPassphrase")
            self.lost_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
            layout.addWidget(self.lost_button)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Type the recovery code printed when the data were first encrypted (kept in the "
                               "office's safe), then choose a new key passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCode")
        self.code_field = FieldWithError(self.code)
        form.addRow(self.tr("Recovery code:"), self.code_field)
        self.new_passphrase, self.new_field = _secret_field("newPassphrase")
        form.addRow(self.tr("New passphrase:"), self.new_field)
        self.again, self.again_field = _secret_field("newPassphraseAgain")
        form.addRow(self.tr("Type it again:"), self.again_field)
        layout.addLayout(form)
        self.back_button = QPushButton(self.tr("Back to the passphrase"))
        self.back_button.setObjectName("backToPassphrase")
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        layout.addWidget(self.back_button)
        return page

    def _error(self, field: FieldWithError, text: str | None) -> None:
        """Show (or clear) a field's error and let the window grow to the message's lines."""
        field.set_error(text)
        self.adjustSize()

    def _show(self, on: bool) -> None:
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)

    def _ok(self) -> None:
        if self.pages.currentIndex() == 1:
            self._recover()
        elif not self.passphrase.text():
            self._error(self.passphrase_field, self.tr("Type the passphrase."))
        elif self.convert:
            self._start_conversion()
        else:
            self._start_unlock()

    def _start_unlock(self) -> None:
        self.buttons.setEnabled(False)
        task = self.runner.run(_unlock, self.data_dir, self.passphrase.text(), title=self.tr("Open the office's data"),
                               on_done=lambda _none: self.accept(), on_error=self._passphrase_refused, writes=False,
                               cancellable=False, show_dialog=False)
        if task is None:
            self.buttons.setEnabled(True)
            return
        self._warm_up(lambda: task.running)

    def _passphrase_refused(self, exc: BaseException) -> bool:
        """The unlock's and the conversion's error handler: a wrong passphrase is said at its field;
        anything else (a damaged key file, a refused conversion) gets the runner's message box."""
        self.buttons.setEnabled(True)
        if isinstance(exc, WrongPassphrase):
            self._error(self.passphrase_field, self.tr("The passphrase is wrong. Mind capital letters and the "
                                                    "Vietnamese keyboard."))
            return True
        return False

    def _recover(self) -> None:
        new = self.new_passphrase.text()
        self._error(self.code_field, None)
        self._error(self.new_field, None)
        self._error(self.again_field, None)
        if len(new) < MIN_PASSPHRASE:
            self._error(self.new_field, self.tr("At least %1 characters.").replace("%1", str(MIN_PASSPHRASE)))
            return
        if self.again.text() != new:
            self._error(self.again_field, self.tr("The two passphrases are not the same. Type them again."))
            return
        try:
            db_key.recover(self.data_dir, self.code.text(), new)
        except db_key.WrongRecoveryCode as exc:
            self._error(self.code_field, exc.message)
            return
        self.accept()

    def _start_conversion(self) -> None:
        self.buttons.setEnabled(False)
        task = self.runner.run_service(convert_store.convert, self.data_dir, self.passphrase.text(),
                                       title=self.tr("Encrypting the office's data…"), on_done=self._converted,
                                       on_error=self._passphrase_refused)
        if task is None:
            self.buttons.setEnabled(True)

    def _converted(self, code: str | None) -> None:
        self.recovery_code = code
        self.accept()


def unlock_at_start(data_dir: DataDir, office_name: str = "", unlocking: PendingUnlock | None = None,
                    warm_up: WarmUp | None = None) -> bool:
    """Unlock (or first convert) the folder's data before anything opens them. False when the
    person cancelled: the app then closes without reading anything. `unlocking`: a scripted
    passphrase's unlock already running (cli.run_gui); `warm_up`: work of the start that needs no
    data, run (once) while the passphrase's Argon2id runs on another thread."""
    from .recovery_code_dialog import RecoveryCodeDialog

    warm = _Once(warm_up)
    if not db_key.applies(data_dir):
        return True
    convert = convert_store.needs_conversion(data_dir) and data_dir.database.exists()
    if unlocking is None:
        # Scripted starts (start-up benchmarks), as the command line reads it; a wrong one asks.
        unlocking = start_scripted(data_dir, dict(os.environ))
    if unlocking is not None:
        pending = unlocking
        warm(lambda: not pending.done())
        try:
            unlocking.result()
        except WrongPassphrase:
            pass
    if not convert and not db_key.needs_unlock(data_dir):
        return True
    dialog = UnlockDialog(data_dir, convert, warm_up=warm)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if dialog.recovery_code:
        RecoveryCodeDialog(dialog.recovery_code, office_name).exec()
    return True
