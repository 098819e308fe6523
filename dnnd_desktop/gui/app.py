"""Starting the desktop app: one instance per data folder, setup wizard on first run, then who is
working, then the main window."""
from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyleFactory

from .. import __version__
from ..domain.errors import DnndError
from ..logging_setup import configure_logging
from ..paths import DataDir
from . import i18n, message_boxes
from .crash_hooks import reporter
from .icons import app_icon, icon
from .single_instance import SingleInstance
from .style import APP_STYLESHEET
from .ui_settings import UiSettings

if TYPE_CHECKING:
    from ..services.privacy.unlock_ahead import PendingUnlock

log = logging.getLogger(__name__)

ORGANISATION = "MTTQ"
APPLICATION = "dnnd_desktop"
BASE_FONT_POINTS = 10  # Windows' default 9 pt is small for long Vietnamese labels on a laptop


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("")  # our window titles are complete already
    app.setWindowIcon(app_icon())
    if "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")  # the same look on every Windows version, and in screenshots
    font = QFont(app.font())
    if font.pointSize() < BASE_FONT_POINTS:
        font.setPointSize(BASE_FONT_POINTS)
        app.setFont(font)
    if app.styleSheet() != APP_STYLESHEET:  # re-setting it would re-polish every widget
        app.setStyleSheet(APP_STYLESHEET)
    return app


def start_daily_backup(window) -> None:
    """The daily backup, off the UI thread once the window is up. A failure is a warning in the
    status bar, never a reason to stop working."""

    def backup_then_tidy(progress, cancel):  # noqa: ANN001, ANN202 - the runner's task signature
        # Imported by the worker: the backup services are not needed before the window shows.
        from ..services.backups import daily_backup_if_due
        from ..services.search_upkeep import tidy_search_indexes

        path = daily_backup_if_due(window.ctx.data_dir)
        # A calm moment for the search index merges imports leave undone (issue 15).
        tidy_search_indexes(window.ctx)
        return path

    def done(path) -> None:
        if path:
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "Today's automatic backup has been made."), 5000)

    def failed(exc) -> bool:
        log.warning("daily backup failed: %s", getattr(exc, "code", type(exc).__name__))
        window.statusBar().showMessage(QCoreApplication.translate(
            "App", "The automatic daily backup could not be made; use Backups to make one."), 10000)
        return True

    window.runner.run(backup_then_tidy,
                      title=QCoreApplication.translate("App", "Daily backup"),
                      on_done=done, on_error=failed, writes=False, cancellable=False, show_dialog=False)


def _event_loop(app: QApplication) -> int:
    return app.exec()  # separate so tests can stop before the loop and inspect the window


def _error(title: str, text: str) -> None:
    box = message_boxes.plain_box(QMessageBox.Icon.Critical, title, text)
    box.setWindowIcon(app_icon())
    box.exec()


def run(data_dir: DataDir, open_file: str | None = None, unlocking: PendingUnlock | None = None) -> int:
    """The GUI's entry point (called by `dnnd gui`). Returns the process exit code. `unlocking`:
    the scripted passphrase's unlock, already running on its own thread (cli.run_gui)."""
    app = make_application()
    data_dir.root.mkdir(parents=True, exist_ok=True)
    configure_logging(data_dir.root)
    log.info("desktop app %s starting", __version__)
    hooks = reporter()
    hooks.install()   # from here an unexpected error is logged and shown, and the app goes on
    try:
        return _run_with_hooks(app, data_dir, open_file, unlocking)
    finally:
        hooks.uninstall()
        log.info("desktop app closed")


def _run_with_hooks(app: QApplication, data_dir: DataDir, open_file: str | None,
                    unlocking: PendingUnlock | None = None) -> int:
    i18n.set_language(UiSettings(data_dir).language)

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if instance.send_to_running([open_file] if open_file else []):
            print(QCoreApplication.translate(
                "App", "The program is already open for this data folder; its window was brought to the "
                "front."), file=sys.stderr)
            return 0
        text = QCoreApplication.translate(
            "App", "The program is already open for this data folder but does not answer. Wait a "
                   "moment and try again; if it still does not answer, restart the computer.")
        print(text, file=sys.stderr)
        _error(QCoreApplication.translate("App", "People's Diplomacy"), text)
        return 1
    try:
        return _run_locked(app, instance, data_dir, open_file, unlocking)
    finally:
        instance.release()


def _run_locked(app: QApplication, instance: SingleInstance, data_dir: DataDir, open_file: str | None,
                unlocking: PendingUnlock | None = None) -> int:
    from ..services.start_facts import read_start_facts
    from .login_dialog import LoginDialog, needs_login
    from .privacy.unlock_dialog import unlock_at_start

    # Encrypted data are unlocked (a plain store first encrypted) before anything reads them. While
    # the passphrase's Argon2id runs on its thread, this thread sets up what needs no data.
    if not unlock_at_start(data_dir, unlocking=unlocking, warm_up=_warm_up):
        return 0
    _remove_viewing_copies(data_dir)   # left by a crash, or still open in a viewer at the last close
    # A current SQLite store: the login (if asked) and the window come from a few rows read without
    # SQLAlchemy, and the data open on a worker after the window shows (issue 17). Anything else (a
    # server, the first start, a schema to upgrade, an unreadable file) opens them first.
    facts = read_start_facts(data_dir)
    if facts is None:
        return _run_data_first(app, instance, data_dir, open_file)
    if needs_login(list(facts.users)):
        from dataclasses import replace

        from ..services.start_facts import authenticate_at_start

        read = facts
        login = LoginDialog(list(read.users), lambda user_id, password: authenticate_at_start(
            read, user_id, password), read.installation.office_name)
        if login.exec() != QDialog.DialogCode.Accepted or login.user is None:   # accepted: it is set
            return 0
        facts = replace(facts, current_user=login.user)
    return _run_window_first(app, instance, data_dir, open_file, facts)


def _run_window_first(app: QApplication, instance: SingleInstance, data_dir: DataDir, open_file: str | None,
                      facts) -> int:  # noqa: ANN001 - services.start_facts.StartFacts
    from .data_opening import DataOpening
    from .main_window import MainWindow

    window = MainWindow(facts, open_file=open_file)
    opening = DataOpening(window.runner, data_dir, lambda message: _error(
        QCoreApplication.translate("App", "Cannot open the data"), message), window)

    def ready(ctx) -> None:  # noqa: ANN001 - the AppContext
        ctx.current_user = facts.current_user   # who logged in (open_context takes the first user)
        window.context_ready(ctx)
        start_daily_backup(window)
        _report_moment("ready")
        _quit_when_filled(app, window)

    opening.ready.connect(ready)
    opening.failed_signal.connect(window.close)
    instance.message_received.connect(window.handle_second_start)
    window.show()
    _report_when_shown(app)
    # After the first paint (a timer queued behind the report's): SQLAlchemy's imports then share
    # the interpreter with an idle window, not with its first layout and paint.
    QTimer.singleShot(0, opening.start)
    try:
        code = _event_loop(app)
        # Background work (the opening, the Overview's figures, the daily backup) ends before the
        # database closes.
        window.runner.cancel_all()
        window.runner.wait_all(10000)
        return 1 if opening.failed else code
    finally:
        opening.close()
        _remove_viewing_copies(data_dir)


def _run_data_first(app: QApplication, instance: SingleInstance, data_dir: DataDir, open_file: str | None) -> int:
    """The start as it was before issue 17: the data open before the window, for the cases the
    start's facts do not cover."""
    from ..services.app_context import open_context
    from ..services.installation import is_set_up
    from ..services.users import UserService
    from .login_dialog import LoginDialog, needs_login
    from .main_window import MainWindow

    try:
        set_up = is_set_up(data_dir)
    except DnndError as exc:   # a database server that does not answer, a bad database setting
        _error(QCoreApplication.translate("App", "Cannot open the data"), exc.message)
        return 1
    if not set_up:
        from .setup_wizard import SetupWizard  # the first start only: its pages are not imported after

        wizard = SetupWizard(data_dir)
        instance.message_received.connect(wizard.raise_)
        instance.message_received.connect(wizard.activateWindow)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        instance.message_received.disconnect()
        wizard.deleteLater()
        if not accepted:
            return 0
    try:
        ctx = open_context(data_dir)
    except DnndError as exc:
        _error(QCoreApplication.translate("App", "Cannot open the data"), exc.message)
        return 1
    try:
        users = UserService(ctx)
        listed = users.list_users()
        if needs_login(listed, just_set_up=not set_up):
            login = LoginDialog(listed, users.authenticate, ctx.installation.office_name)
            if login.exec() != QDialog.DialogCode.Accepted or login.user is None:   # accepted: it is set
                return 0
            users.set_current(login.user)
        window = MainWindow(ctx, open_file=open_file)
        instance.message_received.connect(window.handle_second_start)
        window.show()
        start_daily_backup(window)
        _report_when_shown(app)
        _quit_when_filled(app, window)
        code = _event_loop(app)
        # Background reads (the Overview's figures, the daily backup) end before the database closes.
        window.runner.cancel_all()
        window.runner.wait_all(10000)
        return code
    finally:
        ctx.close()
        _remove_viewing_copies(data_dir)


# What the Overview needs once the data are open, imported by the warm-up only while the
# Argon2id still runs, when this thread would wait anyway; never making the start longer. Nothing
# here imports SQLAlchemy: the window shows before it is loaded (the opening's worker loads it).
WHILE_WAITING = ("dnnd_desktop.gui.main_window", "dnnd_desktop.gui.pages.overview_page")


def _warm_up(still_waiting: Callable[[], bool]) -> None:
    """Work of the start that needs neither the data nor the key: the navigation's icons (rendered
    from SVG); then, while `still_waiting()` (the passphrase's Argon2id has not finished), the
    modules of WHILE_WAITING."""
    import importlib

    from .page_registry import PAGES

    for page in PAGES:
        icon(page.icon)
    for name in WHILE_WAITING:
        if not still_waiting():
            break
        importlib.import_module(name)


# -- start-up measurements (selftest --measure-startup, tests/benchmarks/bench_startup.py) -----------
# DNND_STARTUP_REPORT names a JSON file of figures only, nothing about the data: "shown" (epoch
# seconds when the window had shown), "ready" (the data open), "filled" (the Overview's figures
# shown). DNND_QUIT_AFTER_SHOWN=1 quits once the window has shown; DNND_QUIT_AFTER_FILLED=1 once
# the Overview is filled (or the opening failed).

def _report_when_shown(app: QApplication) -> None:
    if os.environ.get("DNND_QUIT_AFTER_SHOWN") == "1" or os.environ.get("DNND_QUIT_AFTER_FILLED") == "1":
        QTimer.singleShot(0, _report_shown)
    if os.environ.get("DNND_QUIT_AFTER_SHOWN") == "1":
        QTimer.singleShot(0, app.quit)


def _quit_when_filled(app: QApplication, window) -> None:  # noqa: ANN001 - the MainWindow
    if os.environ.get("DNND_QUIT_AFTER_FILLED") != "1":
        return

    def filled() -> None:
        _report_moment("filled")
        app.quit()

    def watch() -> None:   # queued behind the Overview's first read, which it starts from a timer
        overview = window.page("overview") if "overview" in window.created_pages() else None
        task = getattr(overview, "loading", None)
        if task is None:
            filled()
        else:
            task.finished.connect(filled)

    QTimer.singleShot(0, watch)


def _report_moment(name: str) -> None:
    path = os.environ.get("DNND_STARTUP_REPORT")
    if path and os.path.exists(path):
        import json
        import time

        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        report[name] = time.time()
        with open(path, "w", encoding="utf-8") as f:
            json.dump(report, f)


def _report_shown() -> None:
    """For tests/benchmarks/bench_startup.py: when the window was shown (epoch seconds), the CPU
    time spent so far (all threads, and this thread alone) and how many modules were imported by
    then (DNND_STARTUP_REPORT names the file; figures only, nothing about the data)."""
    path = os.environ.get("DNND_STARTUP_REPORT")
    if path:
        import json
        import time

        with open(path, "w", encoding="utf-8") as f:
            # main_cpu: this (the UI) thread's CPU alone, without the workers' (the Argon2id's) time.
            # sqlalchemy: whether it was loaded by then (issue 17: the window shows before it).
            json.dump({"shown": time.time(), "cpu": time.process_time(), "main_cpu": time.thread_time(),
                       "modules": len(sys.modules), "sqlalchemy": "sqlalchemy" in sys.modules}, f)


def _remove_viewing_copies(data_dir: DataDir) -> None:
    """Decrypted copies of attachments opened in the system viewer are removed at close and start."""
    from ..services.privacy.attachment_files import remove_viewing_copies

    remove_viewing_copies(data_dir)

