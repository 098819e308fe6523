"""Before a command touches an encrypted data folder: unlock it with the office passphrase
(DNND_PASSPHRASE, or typed), and convert a plain store left by an older version (docs/privacy.md).

Not a command itself (no `_cmd` suffix): cli.main calls `unlock_data` for every command but the
GUI (which asks in a window), setup (which makes the key) and the self-test (its own folder; but
`selftest --measure-startup` opens the data folder)."""
from __future__ import annotations

import sys

from ..domain.messages import render, translate
from .base import Cli

SKIP = frozenset({"gui", "setup"})


def unlock_data(cli: Cli, command: str) -> None:
    if command in SKIP or (command == "selftest" and not getattr(cli.args, "measure_startup", False)):
        return
    from ..services.privacy import convert_store, db_key

    data_dir = cli.data_dir
    if not db_key.applies(data_dir):
        return
    if convert_store.needs_conversion(data_dir) and data_dir.database.exists():
        passphrase = cli.passphrase(translate("CliMessages", "The data are now encrypted on the disk. The "
                                              "office's key passphrase: "))
        cli.info(translate("CliMessages", "Encrypting the data and the backups…"))
        code = convert_store.convert(data_dir, passphrase)
        if code:
            # On stderr even with --json (stdout is the command's own answer): shown once, never stored.
            sys.stderr.write(render(translate("CliMessages", "Recovery code of the data (print it and keep it in "
                                              "the office's safe; it opens the data if the passphrase is "
                                              "lost): {code}").format(code=code)) + "\n")
    elif db_key.needs_unlock(data_dir):
        db_key.unlock(data_dir, cli.passphrase())
