"""The signing passphrase: asked each time a package is made or opened, never stored.

`ask_passphrase(parent, text)` shows a small dialog and returns the typed passphrase (None when the
person cancels). `unlock(ctx, passphrase)` opens the installation's secret keys; it runs on the
task runner's worker, since the key derivation takes a moment on purpose.

`run_with_passphrase(...)` is the whole flow every page uses: ask first (before any long work, so no
progress window can hold the keyboard while the person types), run the work with the passphrase,
and when the passphrase is wrong ask again in place, up to MAX_TRIES times, without the person
having to pick the file or the offices again."""
from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...exchange.keys import WrongPassphrase
from ...services.installation import unlock_secret

MAX_TRIES = 3


class SigningPassphraseDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the office's key"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(text + "\n\n" + self.tr(
            "Type the passphrase of the office's key (chosen when the program was set up). "
            "It is not saved anywhere."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QLineEdit()
        self.edit.setObjectName("signingPassphrase")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.edit)
        self.show_text = QCheckBox(self.tr("Show the passphrase"))
        self.show_text.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        layout.addWidget(self.show_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Take the keyboard as soon as the prompt is on screen: a progress window that has just
        # closed, or the main window, must not keep the first keys the person types.
        # The window system activates a new window later, asynchronously; until then the keys went to
        # the window behind, which the modal prompt blocks, so they were lost. Qt is told at once.
        super().showEvent(event)
        self.raise_()
        self.activateWindow()
        with warnings.catch_warnings():   # deprecated in Qt 6 for activateWindow(), which is the async one
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(self)
        self.edit.setFocus()

    def _accept(self) -> None:
        if self.edit.text():
            self.accept()
        else:
            self.edit.setFocus()

    def passphrase(self) -> str:
        return self.edit.text()


def ask_passphrase(parent: QWidget, text: str) -> str | None:
    dialog = SigningPassphraseDialog(text, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None
    finally:
        dialog.edit.clear()
        dialog.deleteLater()


def _retry_text(tries_left: int) -> str:
    return QCoreApplication.translate(
        "SigningPassphraseDialog", "The passphrase was not right. Type it again (%1 tries left).").replace(
        "%1", str(tries_left))


def run_with_passphrase(parent: QWidget, runner, text: str, work: Callable[..., Any], *args: Any, title: str,
                        on_done: Callable[[Any], None] | None = None,
                        on_error: Callable[[BaseException], bool] | None = None,
                        on_cancel: Callable[[], None] | None = None,
                        writes: bool = True, tries: int = MAX_TRIES):
    """Ask the passphrase, then run `work(progress, cancel, *args, passphrase)` on the runner.

    A WrongPassphrase from the work asks again (same work, same arguments) until `tries` prompts
    were answered; the last one goes to `on_error` like any other refusal. Returns the first task
    (None when the person cancelled the prompt or the runner refused)."""
    def attempt(number: int, prompt: str):
        passphrase = ask_passphrase(parent, prompt)
        if not passphrase:
            if on_cancel is not None:
                on_cancel()
            return None

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, WrongPassphrase) and number < tries:
                # After the progress window is gone, so the prompt gets the keyboard.
                QTimer.singleShot(0, parent, lambda: attempt(
                    number + 1, text + "\n\n" + _retry_text(tries - number)))
                return True
            return bool(on_error is not None and on_error(exc))

        return runner.run(work, *args, passphrase, title=title, writes=writes, on_done=on_done, on_error=failed)

    return attempt(1, text)


def unlock(ctx, passphrase: str):
    """The office's secret keys (WrongPassphrase, a DnndError, when the passphrase is wrong)."""
    return unlock_secret(ctx, passphrase)
