"""Changing the office's key passphrase, and making a new recovery code, from Settings ▸ Security
or the Trust tab: the dialogs, then the service on the task runner (argon2id takes a moment on
purpose), then the new recovery code shown once to print (services/privacy/office_passphrase.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.privacy import db_key
from ...services.privacy.office_passphrase import change_office_passphrase, renew_recovery_code
from .. import message_boxes
from ..packages.key_dialogs import ChangePassphraseDialog
from ..packages.secret import run_with_passphrase
from .recovery_code_dialog import RecoveryCodeDialog


def data_encrypted(ctx) -> bool:
    return db_key.is_encrypted(ctx.data_dir)


def change_passphrase(parent: QWidget, ctx, runner) -> ChangePassphraseDialog:
    """Open the dialog (non-modal for the tests' sake, like the other dialogs of the Trust tab)."""
    dialog = ChangePassphraseDialog(parent, data_encrypted=data_encrypted(ctx))
    dialog.setObjectName("changePassphraseDialog")
    dialog.accepted.connect(lambda: _start(parent, ctx, runner, dialog))
    dialog.open()
    return dialog


def _start(parent: QWidget, ctx, runner, dialog: ChangePassphraseDialog) -> None:
    old, new = dialog.values()
    renew = dialog.wants_new_code()
    dialog.clear()

    def done(code: str | None) -> None:
        message_boxes.information(parent, QCoreApplication.translate("PassphraseFlow", "Key passphrase"),
                                    QCoreApplication.translate("PassphraseFlow", "The key passphrase was changed. Keep "
                                                             "the new passphrase in a safe place."))
        if code:
            show_recovery_code(parent, ctx, code)

    runner.run(lambda _p, _c: change_office_passphrase(ctx, old, new, new_recovery_code=renew),
               title=QCoreApplication.translate("PassphraseFlow", "Changing the passphrase"), cancellable=False,
               on_done=done)


def new_recovery_code(parent: QWidget, ctx, runner):
    """Ask the passphrase (three tries), make a new code, show it to print."""
    text = QCoreApplication.translate("PassphraseFlow", "A new recovery code replaces the printed one, which stops "
                                      "working. Type the office's key passphrase.")
    return run_with_passphrase(parent, runner, text, lambda _p, _c, passphrase: renew_recovery_code(ctx, passphrase),
                               title=QCoreApplication.translate("PassphraseFlow", "Making a new recovery code"),
                               on_done=lambda code: _show_code(parent, ctx, code))


def _show_code(parent: QWidget, ctx, code: str) -> None:
    show_recovery_code(parent, ctx, code)


def show_recovery_code(parent: QWidget, ctx, code: str) -> RecoveryCodeDialog:
    dialog = RecoveryCodeDialog(code, ctx.installation.office_name, parent)
    dialog.setObjectName("recoveryCodeDialog")
    dialog.open()
    return dialog
