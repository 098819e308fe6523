"""Packages page: signed, encrypted .dnnd packages between offices (issue 6). Tabs: receive (verify →
preview → import), send, USB, trust, conflicts, duplicates, shares, package log (with undo of an
import). See gui/packages/.

A .dnnd file given when the program starts (double-click) or sent by a second start arrives through
`open_file(path)` and opens the import preview."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..packages.export_tab import ExportTab
from ..packages.import_tab import ImportTab
from ..packages.log_tab import LogTab
from ..packages.merge_tabs import ConflictsTab, DuplicatesTab
from ..packages.shares_tab import SharesTab
from ..packages.trust_tab import TrustTab
from ..packages.usb_tab import UsbTab


class PackagesPage(QWidget):
    def __init__(self, ctx, runner, parent=None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Packages"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("packageTabs")
        self.import_tab = ImportTab(ctx, runner)
        self.export_tab = ExportTab(ctx, runner)
        self.usb_tab = UsbTab(ctx, runner)
        self.trust_tab = TrustTab(ctx, runner)
        self.conflicts_tab = ConflictsTab(ctx, runner)
        self.duplicates_tab = DuplicatesTab(ctx, runner)
        self.shares_tab = SharesTab(ctx, runner)
        self.log_tab = LogTab(ctx, runner)
        self.tabs.addTab(self.import_tab, self.tr("&Receive"))
        self.tabs.addTab(self.export_tab, self.tr("&Send"))
        self.tabs.addTab(self.usb_tab, self.tr("&USB"))
        self.tabs.addTab(self.trust_tab, self.tr("&Trust"))
        self.tabs.addTab(self.conflicts_tab, self.tr("&Conflicts"))
        self.tabs.addTab(self.duplicates_tab, self.tr("&Duplicates"))
        self.tabs.addTab(self.shares_tab, self.tr("S&hares"))
        self.tabs.addTab(self.log_tab, self.tr("Package &log"))
        layout.addWidget(self.tabs, 1)

        self.import_tab.imported.connect(lambda _r: self._data_changed())
        self.export_tab.exported.connect(lambda _r: self._data_changed())
        self.usb_tab.synced.connect(lambda _r: self._data_changed())
        self.trust_tab.changed.connect(self._trust_changed)
        self.conflicts_tab.changed.connect(self._update_counts)
        self.duplicates_tab.changed.connect(self._update_counts)
        self._update_counts()

    def on_shown(self) -> None:
        self.export_tab.refresh()
        self.usb_tab.refresh()
        self.log_tab.refresh()
        self.shares_tab.refresh()
        self.conflicts_tab.refresh()
        self.duplicates_tab.refresh()
        self._update_counts()

    def open_file(self, path: str) -> None:
        """A .dnnd file from a double-click or a second start: open its import preview."""
        self.tabs.setCurrentWidget(self.import_tab)
        self.import_tab.open_file(path)

    def _data_changed(self) -> None:
        self.log_tab.refresh()
        self.export_tab.refresh()
        self.usb_tab.refresh()
        self.trust_tab.refresh()   # a tasks package may renew the province's trust data
        self.conflicts_tab.refresh()
        self.duplicates_tab.refresh()
        self._update_counts()

    def _trust_changed(self) -> None:
        self.export_tab.refresh()
        self.usb_tab.refresh()

    def _update_counts(self) -> None:
        """The number of open conflicts / duplicate candidates in the tab titles."""
        for tab, title in ((self.conflicts_tab, self.tr("&Conflicts")), (self.duplicates_tab, self.tr("&Duplicates"))):
            n = len(tab.items)
            self.tabs.setTabText(self.tabs.indexOf(tab), f"{title} ({n})" if n else title)
