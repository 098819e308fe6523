"""Lower offices page (province only): the district and commune offices registered from their
identity cards, with what was last heard from each; register a new one, import a package."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import DnndError
from ...services.identity import read_identity_card
from ...services.province import InboxService, list_offices, register_office
from ...services.province.common import unlock
from ..icons import icon
from ..packages.secret import run_with_passphrase
from ..page_registry import page_spec, page_title
from ..province.common import GREY, cell, fill_rows, inform, make_table, page_header, warn
from ..province.register_dialog import RegisterOfficeDialog
from ..province.texts import answer_status
from ..roles_text import level_name


def _card_place() -> str:
    """Packages → Trust → «Save the identity card…», in the words those widgets show."""
    return " → ".join((
        page_title(page_spec("packages")),
        QCoreApplication.translate("PackagesPage", "&Trust").replace("&", ""),
        QCoreApplication.translate("TrustTab", "Save the identity card…")))


class LowerOfficesPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.offices = []
        self.last_message = None
        self.dialog: RegisterOfficeDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        page_header(layout, self.tr("Lower offices"), self.tr(
            "The district and commune Front offices that send their packages to this office. Register each "
            "one from its identity card after checking the fingerprint by phone."))
        buttons = QHBoxLayout()
        self.register_button = QPushButton(icon("lower_offices"), self.tr("Register from identity card…"))
        self.register_button.clicked.connect(self.choose_card)
        self.import_button = QPushButton(icon("packages"), self.tr("Import a package…"))
        self.import_button.setToolTip(self.tr("Import a package received from a lower office (reports, records)"))
        self.import_button.clicked.connect(self.choose_package)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = make_table([self.tr("Office"), self.tr("Level"), self.tr("Unit"), self.tr("Registered"),
                                 self.tr("Last package"), self.tr("Packages"), self.tr("Last report"),
                                 self.tr("Report status"), self.tr("Received")], stretch=0, name="officesTable")
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.empty_text())
        self.empty.setObjectName("pageDescription")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.refresh()

    def empty_text(self) -> str:
        """Where the lower office finds its card, named with the very words of that page, tab and
        button (an earlier text pointed to a menu that does not exist)."""
        where = _card_place()
        return self.tr("No lower office registered yet. Ask each office to save its identity card (%1) and "
                       "send you the file; then click “%2” here.").replace("%1", where).replace(
                           "%2", self.register_button.text())

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.offices = list_offices(self.ctx, include_revoked=True)
        rows = []
        for o in self.offices:
            colour = None if o.active else GREY
            name = o.name if o.active else self.tr("%1 (trust revoked)").replace("%1", o.name)
            rows.append([cell(name, colour=colour, data=o.office_id), cell(level_name(o.level)), cell(o.unit_name),
                         cell(o.registered_at),
                         cell(o.last_package_at) if o.last_package_at else cell(self.tr("none yet"), colour=GREY),
                         cell(o.packages_received), cell(o.last_report_period or "—"),
                         cell(answer_status(o.last_report_status)), cell(o.last_report_received_at)])
        fill_rows(self.table, rows)
        self.empty.setVisible(not self.offices)

    # -- register ------------------------------------------------------------------------------------
    def choose_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Identity card of the lower office"), "",
                                              self.tr("Identity cards (*.dnndid);;All files (*)"))
        if path:
            self.open_card(path)

    def open_card(self, path: str) -> RegisterOfficeDialog | None:
        try:
            card = read_identity_card(path)
        except DnndError as exc:
            self.last_message = warn(self, self.tr("Lower offices"), exc.message)
            return None
        dialog = self.dialog = RegisterOfficeDialog(
            card, self, register=lambda digits: register_office(self.ctx, card, digits))
        dialog.accepted.connect(lambda: self._registered(dialog.result_value))
        dialog.rejected.connect(lambda: self._not_registered(dialog.failure))
        dialog.open()
        return dialog

    def _not_registered(self, failure: DnndError | None) -> None:
        if failure is not None:   # None: the person cancelled
            self.last_message = warn(self, self.tr("Lower offices"), failure.message)

    def _registered(self, office) -> None:
        self.refresh()
        self.last_message = inform(self, self.tr("Lower offices"),
                                   self.tr("%1 is registered. Its packages can now be imported.")
                                   .replace("%1", office.name))

    # -- import --------------------------------------------------------------------------------------
    def choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Package from a lower office"), "",
                                              self.tr("Packages (*.dnnd)"))
        if path:
            self.import_package(path)

    def import_package(self, path: str):
        ctx = self.ctx

        def work(progress, cancel, passphrase):
            secret = unlock(ctx, passphrase)
            return InboxService(ctx).import_file(path, secret, progress=progress, cancel=cancel)

        # A mistyped passphrase is asked again (three tries) without choosing the file again.
        return run_with_passphrase(self, self.runner, self.tr("Opening a package needs the office's key."), work,
                                   title=self.tr("Importing the package"), writes=True, on_done=self._imported)

    def _imported(self, result) -> None:
        self.refresh()
        self.last_message = inform(self, self.tr("Lower offices"), result.summary_text())
