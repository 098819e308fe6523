"""The main window: navigation on the left, the current page on the right, office and user in the
status bar. Pages come from page_registry and are created on first visit.

The start may show the window before the data are open (issue 17): built from `StartFacts` (the
office, its level, the users, read without SQLAlchemy), it shows its navigation, menus and title,
and every page area says "Opening the data…" until `context_ready(ctx)` hands it the AppContext
(opened on a worker: gui/data_opening.py). A page chosen meanwhile is shown then; the menus that
need the data are disabled until then."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from .. import __version__
from ..services.start_facts import StartFacts
from . import message_boxes
from .change_bridge import bridge_for
from .icons import app_icon, icon
from .page_registry import PageSpec, create_page, page_spec, page_title, pages_for
from .roles_text import level_name
from .task_runner import TaskRunner
from .ui_settings import UiSettings
from .widgets.page_stack import PageStack

PACKAGE_EXTENSION = ".dnnd"


def first_size(screen) -> QSize:
    """The first start's size: most of the screen, up to 1366×860 (was a fixed 1200×720)."""
    if screen is None:
        return QSize(1200, 720)
    available = screen.availableGeometry().size()
    return QSize(min(1366, available.width()), min(860, available.height()))


class MainWindow(QMainWindow):
    def __init__(self, ctx, runner: TaskRunner | None = None, open_file: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner or TaskRunner(self)
        # Only the start's facts so far: pages wait for context_ready (issue 17).
        self.opening = isinstance(ctx, StartFacts)
        # Committed changes reach the pages through one bridge, made here in the UI thread before any
        # worker can commit (pages then refresh themselves; see gui/change_bridge.py).
        self.changes = None if self.opening else bridge_for(ctx)
        self.ui_settings = UiSettings(ctx.data_dir)
        self.pending_open_file: str | None = None
        self._pages: dict[str, QWidget] = {}
        self.pages = pages_for(ctx.installation.level)   # what this office's level has
        self.setWindowIcon(app_icon())

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(260)
        # Long English titles wrap instead of growing a horizontal scroll bar.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for spec in self.pages:
            item = QListWidgetItem(icon(spec.icon), "")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.stack = PageStack()   # sized by the page shown (the window no longer grows by itself)
        self.stack.setObjectName("pages")
        self._slots: dict[str, QWidget] = {}
        self._waiting_labels: list[QLabel] = []
        for spec in self.pages:  # empty holders; the real page replaces one on first visit
            holder = self._waiting_label() if self.opening else QWidget()
            self._slots[spec.key] = holder
            self.stack.addWidget(holder)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        self.page_scroll = QScrollArea()   # a page wider than a small screen scrolls
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)
        layout.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._row_changed)

        self.office_label = QLabel()
        self.office_label.setObjectName("statusOffice")
        self.user_label = QLabel()
        self.user_label.setObjectName("statusUser")
        self.statusBar().addWidget(self.office_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.runner.notice.connect(lambda text: self.statusBar().showMessage(text, 5000))

        self._build_actions()
        self._enable_data_actions(not self.opening)
        self.retranslate()
        geometry = self.ui_settings.geometry("main_window")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self.screen()))
        self.show_page("overview")
        if open_file:
            self.open_file(open_file)

    # -- navigation --------------------------------------------------------------------------------
    @property
    def current_page_key(self) -> str:
        return self.pages[self.nav.currentRow()].key

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(self.pages) if spec.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # -> _row_changed
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, created now if it was not yet (while the data are opening:
        its holder, which says so)."""
        if self.opening:
            return self._slots[key]
        if key not in self._pages:
            self._create(page_spec(key))
        return self._pages[key]

    def created_pages(self) -> list[str]:
        return list(self._pages)

    def _create(self, spec: PageSpec) -> None:
        page = create_page(spec, self.ctx, self.runner, self)
        page.setObjectName(f"page_{spec.key}")
        holder = self._slots[spec.key]
        index = self.stack.indexOf(holder)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        self._slots[spec.key] = page
        self._pages[spec.key] = page
        if spec.key == "packages" and self.pending_open_file and hasattr(page, "open_file"):
            page.open_file(self.pending_open_file)
            self.pending_open_file = None

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.opening:   # the page is built when the data are open (context_ready)
            self.stack.setCurrentWidget(self._slots[self.pages[row].key])
            return
        key = self.pages[row].key
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if hasattr(page, "on_shown"):
            page.on_shown()

    # -- the data opened after the window showed (issue 17) ----------------------------------------
    def _waiting_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("openingData")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._waiting_labels.append(label)
        return label

    def _enable_data_actions(self, enabled: bool) -> None:
        """The menus that read or write the data (the page shortcuts only navigate, and wait)."""
        for action in (self.check_signatures_action, self.database_action, self.privacy_menu.menuAction()):
            action.setEnabled(enabled)

    def context_ready(self, ctx) -> None:
        """The AppContext opened after the window showed: the pages get it, the page chosen
        meanwhile (the Overview unless a click chose another) is built and shown."""
        self.ctx = ctx
        self.changes = bridge_for(ctx)
        self.privacy_menu.ctx = ctx
        self.opening = False
        self._waiting_labels.clear()
        self._enable_data_actions(True)
        self.retranslate()   # the user may have been chosen at login after the facts were read
        self._row_changed(self.nav.currentRow())

    # -- actions, menus, texts ---------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.page_actions: list[QAction] = []
        for i, spec in enumerate(self.pages):
            action = QAction(self)
            action.setShortcut(self._page_shortcut(i, spec))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)
            self.page_actions.append(action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        # F1: the bundled guide at the page for what is on screen (it opened «About» before).
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(self.show_help)
        self.demo_action = QAction(self)
        self.demo_action.triggered.connect(self.try_demo)
        self.data_folder_action = QAction(self)
        self.data_folder_action.triggered.connect(self.open_data_folder)
        self.check_signatures_action = QAction(self)
        # (triggered passes checked=False, which was taken for the PDF's path: the menu item crashed)
        self.check_signatures_action.triggered.connect(lambda _checked=False: self.check_signatures())
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.check_signatures_action)
        self.database_action = QAction(self)
        self.database_action.triggered.connect(self.show_database_dialog)
        self.file_menu.addAction(self.database_action)
        self.file_menu.addAction(self.data_folder_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu("")
        for action in self.page_actions:
            self.go_menu.addAction(action)
        from .privacy_menu import PrivacyMenu  # issue 14: the controller's paperwork

        self.privacy_menu = PrivacyMenu(self, self.ctx, self.runner)
        self.menuBar().addMenu(self.privacy_menu)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.demo_action)
        self.help_menu.addAction(self.about_action)

    def check_signatures(self, path: str | None = None):
        """Who signed a PDF (a report from a lower office, a plan) and whether it changed since."""
        from .dialogs.signature_dialogs import check_signatures

        return check_signatures(self, self.ctx, path)

    def show_database_dialog(self):
        """Which database the app uses: the file on this computer or a server (takes effect at restart)."""
        from .dialogs.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.ctx, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @staticmethod
    def _page_shortcut(i: int, spec: PageSpec) -> QKeySequence:
        """Ctrl+1 ... Ctrl+0 for the first ten pages; Settings keeps the usual Ctrl+, wherever it is."""
        if spec.key == "settings":
            return QKeySequence("Ctrl+,")
        return QKeySequence(f"Ctrl+{(i + 1) % 10}") if i < 10 else QKeySequence()

    def retranslate(self) -> None:
        info = self.ctx.installation
        self.setWindowTitle(self.tr("People's Diplomacy — %1").replace("%1", info.office_name))
        for i, spec in enumerate(self.pages):
            self.nav.item(i).setText(page_title(spec))
            keys = self._page_shortcut(i, spec).toString(QKeySequence.SequenceFormat.NativeText)
            self.nav.item(i).setToolTip(f"{page_title(spec)} ({keys})" if keys else page_title(spec))
            # "&" in a title ("Hộ thân nhân & kiều bào") is a mnemonic in a menu: the menu showed "_kiều bào".
            self.page_actions[i].setText(page_title(spec).replace("&", "&&"))
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("E&xit"))
        self.check_signatures_action.setText(self.tr("Check the digital signatures of a PDF…"))
        self.database_action.setText(self.tr("Database…"))
        self.about_action.setText(self.tr("&About"))
        self.help_action.setText(self.tr("&User guide"))
        self.data_folder_action.setText(self.tr("Open the data folder"))
        self.recent_menu.setTitle(self.tr("Recent files"))
        for label in self._waiting_labels:
            label.setText(self.tr("Opening the data…"))
        self.demo_action.setText(self.tr("Try it with sample data…"))
        self.office_label.setText(f"{info.office_name}  ·  {level_name(info.level)}")
        user = self.ctx.current_user
        self.user_label.setText(self.tr("User: %1").replace("%1", user.name) if user else "")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # Rebuild pages after the current event (the settings page may be the sender).
            QTimer.singleShot(0, self, self._rebuild_pages)
        super().changeEvent(event)

    def _rebuild_pages(self) -> None:
        for key in list(self._pages):
            old = self._pages.pop(key)
            holder = QWidget()
            self.stack.insertWidget(self.stack.indexOf(old), holder)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._slots[key] = holder
        self._row_changed(self.nav.currentRow())

    def show_help(self) -> bool:
        """Open the user guide at the page for the page shown (F1)."""
        from .help import guide_page, open_path

        return open_path(guide_page(self.current_page_key))

    def try_demo(self):
        """A separate sample office (its own folder beside the real data, its own window); the data
        open here is not touched."""
        from ..services.demo_office import DEMO_PASSPHRASE, make_demo_office

        answer = message_boxes.question(self, self.tr("Try it with sample data"), self.tr(
            "This opens a separate sample office with made-up households, activities, tasks and reports, in a "
            "new window. Your office's data is not touched. The passphrase of the sample office's key "
            "is: %1").replace("%1", DEMO_PASSPHRASE))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.runner.run_service(make_demo_office, self.ctx.data_dir, writes=False, on_done=self._demo_ready,
                                       title=self.tr("Preparing the sample office"))

    def _demo_ready(self, demo) -> None:
        from .help import start_demo

        if not start_demo(demo.root):
            message_boxes.warning(self, self.tr("Try it with sample data"),
                                self.tr("The sample office could not be started."))

    def _fill_recent(self) -> None:
        """Packages open in «Nhận gói»; other files (exports) with the system's program."""
        self.recent_menu.clear()
        files = self.ui_settings.recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(path.replace("&", "&&"))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))

    def open_recent(self, path: str):
        from pathlib import Path

        from .help import open_path

        if path.lower().endswith(".dnnd"):
            return self.open_file(path)
        return open_path(Path(path))

    def open_data_folder(self) -> bool:
        from .help import open_path

        return open_path(self.ctx.data_dir.root)

    def show_about(self) -> QMessageBox:
        box = message_boxes.own_rich_box(self, self.tr("About"), self.tr(
            "<h3>People's Diplomacy</h3>"
            "<p>Version %1</p>"
            "<p>Software for the Vietnamese Fatherland Front's people's diplomacy work and work with "
            "Vietnamese people abroad.</p>"
            "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
        ).replace("%1", __version__))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- files from the command line or a second start ---------------------------------------------
    def open_file(self, path: str) -> None:
        """Keep a .dnnd file for the Packages page and go there."""
        self.pending_open_file = path
        if "packages" in self._pages and hasattr(self._pages["packages"], "open_file"):
            self._pages["packages"].open_file(path)
            self.pending_open_file = None
        self.show_page("packages")

    def handle_second_start(self, args: list[str]) -> None:
        """Another start on the same data folder sent us its arguments: come to the front."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        for arg in args:
            if arg.lower().endswith(PACKAGE_EXTENSION):
                self.open_file(arg)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if any(not t.background for t in self.runner.running_tasks):
            answer = message_boxes.question(
                self, self.tr("A job is still running"),
                self.tr("A job is still running. Stop it and close the program?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        # Background work (the daily backup) is stopped quietly: it is atomic and comes back tomorrow.
        self.runner.cancel_all()
        self.runner.wait_all(10000)
        self.ui_settings.set_geometry("main_window", self.saveGeometry())
        super().closeEvent(event)
