"""`dnnd undo-import PACKAGE_ID`: undo the import of a received package (docs/sync.md): the newest
backup made before it is restored and the packages received between that backup and it are
imported again from their kept copies. The current data is backed up first. The key passphrase
comes from DNND_PASSPHRASE or a prompt. With --json: {package_id, backup, replayed, not_replayed, dropped,
wiped_again, failed}."""
from __future__ import annotations

from ..domain.messages import translate
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("undo-import", parents=[common], help=translate(
        "CliHelp", "undo the import of a package (restore the last backup before it, import the others again)")
        .text())
    p.add_argument("package_id", help=translate("CliHelp", "id of the imported package (see “dnnd package log”)")
                   .text())
    p.set_defaults(handler=undo)


def undo(cli: Cli) -> int:
    from ..services.packages.import_log import undo_import

    result = undo_import(cli.data_dir, cli.args.package_id, cli.passphrase())
    done = translate(
        "CliMessages", "The import was undone: backup {backup} restored, {replayed} packages imported again, "
        "{failed} could not be. The undone package and {later} later ones were not imported again; their "
        "copies stay in the “received” folder.").format(
            backup=result.backup, replayed=len(result.replayed), failed=len(result.failed),
            later=max(len(result.not_replayed) - 1, 0)).text()
    if result.dropped:   # shredded after an erasure (services/packages/kept_erasures.py)
        done += "\n" + translate(
            "CliMessages", "{count} received packages were not imported again: their copies were destroyed because "
            "they held people erased since. Their other data comes again in the sending office's next "
            "package.").format(count=len(result.dropped)).text()
    cli.emit(result.to_dict(), done)
    return 0
