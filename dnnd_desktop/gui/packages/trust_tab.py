"""«Tin cậy»: this office's identity card (its fingerprint shown large, to read over the phone) and
the offices it trusts. Another office is added from its card file only after the person typed the
fingerprint the other office read out by phone; trust can be revoked, after a confirmation."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DnndError
from ...domain.formatting import format_stored_datetime
from ...services import identity
from ...services.identity import CARD_SUFFIX, IdentityCard, TrustedOffice
from ...services.key_management import KeyRotation
from ...services.key_management import rotate_keys as rotate
from .. import message_boxes
from ..widgets.plain_label import plain_label
from . import secret as secret_mod
from . import texts
from .key_dialogs import ChangePassphraseDialog


def fingerprint_label(fingerprint: str, object_name: str) -> QLabel:
    label = QLabel(texts.fingerprint_large(fingerprint))
    label.setObjectName(object_name)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(20)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #1f4e79; letter-spacing: 2px;")
    return label


class TrustCardDialog(QDialog):
    """Check an office's card: the person types the fingerprint heard on the phone; a mismatch is
    refused here (the Vietnamese message is shown, nothing is trusted)."""

    def __init__(self, ctx, card: IdentityCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.card = ctx, card
        self.trusted: TrustedOffice | None = None
        self.setWindowTitle(self.tr("Trust an office"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        name = plain_label(card.name)   # from the card file: never rendered as HTML
        name.setStyleSheet("font-weight: bold;")
        form.addRow(self.tr("Office:"), name)
        form.addRow(self.tr("Level:"), QLabel(texts.level_label(card.level)))
        self.relation = QComboBox()
        self.relation.setObjectName("trustRelation")
        for rel in identity.RELATIONS:
            self.relation.addItem(texts.relation_label(rel), rel)
        default = identity.default_relation(ctx.installation.level, card.level)
        self.relation.setCurrentIndex(self.relation.findData(default))
        form.addRow(self.tr("This office is:"), self.relation)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Fingerprint on the card:")))
        layout.addWidget(fingerprint_label(card.fingerprint, "cardFingerprint"))
        steps = QLabel(self.tr(
            "Call this office by phone (a number you know, not one from the e-mail). Ask them to read the "
            "fingerprint shown on their “Trust” tab, and type the 30 digits they read. Trust the card only "
            "if every group is the same."))
        steps.setWordWrap(True)
        layout.addWidget(steps)
        self.typed = QLineEdit()
        self.typed.setObjectName("typedFingerprint")
        self.typed.setPlaceholderText("12345 67890 12345 67890 12345 67890")
        self.typed.textChanged.connect(self._typed_changed)
        layout.addWidget(self.typed)
        self.error = plain_label()
        self.error.setObjectName("trustError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Trust this office"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _typed_changed(self, text: str) -> None:
        self.ok_button.setEnabled(len([c for c in text if c.isdigit()]) == 30)
        self.error.hide()

    def confirm(self) -> None:
        try:
            self.trusted = identity.trust_card(self.ctx, self.card, self.typed.text(),
                                               self.relation.currentData())
        except DnndError as exc:
            if exc.code == "key_revoked" and self._confirm_restore(exc.message):
                self._restore_revoked()
                return
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()

    def _confirm_restore(self, reason: str) -> bool:
        """A revoked key is trusted again only by an explicit, confirmed choice (audited)."""
        box = message_boxes.plain_box(QMessageBox.Icon.Warning, self.tr("Trust a revoked key again"), reason,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("restoreRevokedBox")
        message_boxes.set_informative_text(box, self.tr(
            "Trust this key again only if you called the office and it confirmed the "
            "key is safe. This is recorded in the audit log."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Trust the revoked key again"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not trust"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _restore_revoked(self) -> None:
        try:
            self.trusted = identity.trust_card(self.ctx, self.card, self.typed.text(),
                                               self.relation.currentData(), restore_revoked=True)
        except DnndError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()


class TrustTab(QWidget):
    changed = Signal()

    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.rows: list[TrustedOffice] = []
        self.dialog: TrustCardDialog | None = None
        self.dialog_keys: ChangePassphraseDialog | None = None
        layout = QVBoxLayout(self)

        card_frame = QFrame()
        card_frame.setObjectName("card")
        cl = QHBoxLayout(card_frame)
        left = QVBoxLayout()
        own = identity.identity_card(ctx)
        self.own_card = own
        head = QLabel(self.tr("Identity card of this office"))
        head.setStyleSheet("font-weight: bold;")
        left.addWidget(head)
        left.addWidget(plain_label(own.name))
        hint = QLabel(self.tr("Send the card file to the other office, then read them this fingerprint by phone:"))
        hint.setWordWrap(True)
        left.addWidget(hint)
        self.own_fingerprint = fingerprint_label(own.fingerprint, "ownFingerprint")
        left.addWidget(self.own_fingerprint)
        cl.addLayout(left, 1)
        self.save_card_button = QPushButton(self.tr("Save the identity card…"))
        self.save_card_button.setObjectName("saveCard")
        self.save_card_button.setToolTip(self.tr("Save this office's card (no secret in it) to send by e-mail or USB"))
        self.save_card_button.clicked.connect(self.save_card)
        own_buttons = QVBoxLayout()
        own_buttons.addWidget(self.save_card_button)
        self.passphrase_button = QPushButton(self.tr("Change the key passphrase…"))
        self.passphrase_button.setObjectName("changePassphrase")
        self.passphrase_button.clicked.connect(self.change_passphrase)
        own_buttons.addWidget(self.passphrase_button)
        self.rotate_button = QPushButton(self.tr("Change the office's keys…"))
        self.rotate_button.setObjectName("rotateKeys")
        self.rotate_button.setToolTip(self.tr("After a laptop was lost or the passphrase leaked: new keys, announced "
                                              "to every trusted office in packages signed with the old key"))
        self.rotate_button.clicked.connect(self.rotate_keys)
        own_buttons.addWidget(self.rotate_button)
        own_buttons.addStretch(1)
        cl.addLayout(own_buttons)
        layout.addWidget(card_frame)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a trusted office from its card…"))
        self.add_button.setObjectName("addTrusted")
        self.add_button.clicked.connect(self.add_from_file)
        self.revoke_button = QPushButton(self.tr("Revoke trust…"))
        self.revoke_button.setObjectName("revokeTrust")
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("trustedOffices")
        self.table.setHorizontalHeaderLabels([self.tr("Office"), self.tr("Relation"), self.tr("Fingerprint"),
                                              self.tr("Added on"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.rows = identity.list_trusted(self.ctx)
        self.table.setRowCount(len(self.rows))
        for r, t in enumerate(self.rows):
            state = self.tr("Trusted") if t.active else self.tr("Revoked on %1").replace(
                "%1", format_stored_datetime(t.revoked_at))
            cells = [t.office_name, texts.relation_label(t.relation), t.fingerprint,
                     format_stored_datetime(t.added_at), state]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not t.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self._selection_changed()

    def selected(self) -> TrustedOffice | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows) and self.table.selectionModel().hasSelection():
            return self.rows[row]
        return None

    def _selection_changed(self) -> None:
        t = self.selected()
        self.revoke_button.setEnabled(t is not None and t.active)

    def save_card(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the identity card"),
                                              str(Path(folder) / f"the-dinh-danh{CARD_SUFFIX}"),
                                              self.tr("Identity cards (*%1)").replace("%1", CARD_SUFFIX))
        if not path:
            return
        out = Path(path)
        if out.suffix.lower() != CARD_SUFFIX:
            out = out.with_name(out.name + CARD_SUFFIX)
        try:
            identity.write_identity_card(self.ctx, out)
        except (DnndError, OSError) as exc:
            message_boxes.warning(self, self.tr("Identity card"), getattr(exc, "message", str(exc)))
            return
        message_boxes.information(self, self.tr("Identity card"), self.tr(
            "The identity card was saved to:\n%1\n\nSend it to the other office, then call them and read the "
            "fingerprint.").replace("%1", str(out)))

    # -- the office's own keys (issue 16) ------------------------------------------------------------
    def change_passphrase(self) -> ChangePassphraseDialog:
        # The same flow as Settings ▸ Security: the passphrase also opens the encrypted data (issue 14).
        from ..privacy.passphrase_flow import change_passphrase

        dialog = change_passphrase(self, self.ctx, self.runner)
        self.dialog_keys = dialog
        return dialog

    def rotate_keys(self) -> None:
        box = message_boxes.plain_box(QMessageBox.Icon.Warning, self.tr("Change the office's keys"), self.tr(
            "New keys replace the office's keys. Every trusted office gets a package, signed with the old key, that "
            "makes it trust the new key instead; send each package to its office. Packages on their way to this "
            "office that were made for the old key can no longer be opened: ask for them again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Make new keys"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        passphrase = secret_mod.ask_passphrase(self, self.tr("The new keys are protected by the same passphrase."))
        if passphrase is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the packages announcing the new keys"),
                                                  str(Path.home()))
        if folder:
            self.runner.run(lambda _p, _c: rotate(self.ctx, passphrase, folder), title=self.tr("Making new keys"),
                            cancellable=False, on_done=self._rotated)

    def _rotated(self, result: KeyRotation) -> None:
        self.own_card = identity.identity_card(self.ctx)
        self.own_fingerprint.setText(texts.fingerprint_large(result.fingerprint))
        message_boxes.information(self, self.tr("Change the office's keys"), self.tr(
            "The office has new keys. Send each of these %1 packages to its office:\n%2").replace(
            "%1", str(len(result.packages))).replace("%2", "\n".join(result.packages)))

    def add_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an office's identity card"), str(Path.home()),
                                              self.tr("Identity cards (*%1);;All files (*)").replace("%1", CARD_SUFFIX))
        if path:
            self.add_card_file(path)

    def add_card_file(self, path: str) -> TrustCardDialog | None:
        try:
            card = identity.read_identity_card(path)
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Identity card"), exc.message)
            return None
        dialog = TrustCardDialog(self.ctx, card, self)
        self.dialog = dialog
        dialog.accepted.connect(self._trusted)
        dialog.open()
        return dialog

    def _trusted(self) -> None:
        self.refresh()
        self.changed.emit()

    def revoke_selected(self) -> None:
        t = self.selected()
        if t is None or not t.active:
            return
        answer = message_boxes.question(
            self, self.tr("Revoke trust"),
            self.tr("Stop trusting “%1”?\n\nPackages signed with this key will be refused, and no package can be "
                    "sent to it any more. To trust it again you will need its identity card and a new phone "
                    "check.").replace("%1", t.office_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            identity.revoke(self.ctx, t.id)
        except DnndError as exc:
            message_boxes.warning(self, self.tr("Revoke trust"), exc.message)
            return
        self.refresh()
        self.changed.emit()
