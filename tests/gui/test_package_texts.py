"""The Packages and Backups pages name every package kind and backup kind through the catalogue."""
from __future__ import annotations


def test_every_package_kind_has_a_name(qapp):
    from dnnd_desktop.exchange.package.format import KINDS
    from dnnd_desktop.gui.packages import texts

    assert all(texts.kind_label(kind) != kind for kind in KINDS)


def test_every_backup_kind_has_a_name(qapp):
    from dnnd_desktop.gui.backups.texts import kind_label
    from dnnd_desktop.services import backups

    kinds = [backups.DAILY, backups.IMPORT, backups.MIGRATION, backups.RESTORE, backups.MANUAL, backups.OTHER]
    assert all(kind_label(kind) != kind for kind in kinds)
