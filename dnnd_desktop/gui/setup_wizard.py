"""First-run setup wizard: collects who this office is and creates the installation (database,
keys, first user) through the task runner, since protecting the keys takes a second or more."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QWizard

from ..domain.errors import ValidationError
from ..domain.progress import CancelToken, ProgressCallback, no_progress
from ..paths import DataDir
from ..services.installation import SetupRequest, setup_installation
from ..services.types import InstallationInfo
from .icons import app_icon
from .setup_pages import FormPage, KeyPage, LevelPage, OfficePage, SummaryPage, UnitPage, UserPage, WelcomePage
from .task_runner import Task, TaskRunner


class SetupWizard(QWizard):
    """`exec()` returns Accepted once the installation exists; `installation` then holds its info."""

    def __init__(self, data_dir: DataDir, runner: TaskRunner | None = None, parent=None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.runner = runner or TaskRunner(self)
        self.installation: InstallationInfo | None = None
        self.setWindowTitle(self.tr("People's Diplomacy — first-time setup"))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, app_icon().pixmap(48, 48))
        self.setMinimumSize(QSize(760, 580))

        self.welcome_page = WelcomePage()
        self.level_page = LevelPage()
        self.unit_page = UnitPage()
        self.office_page = OfficePage()
        self.user_page = UserPage()
        self.key_page = KeyPage()
        self.summary_page = SummaryPage()
        self.page_ids = {}
        for page in (self.welcome_page, self.level_page, self.unit_page, self.office_page,
                     self.user_page, self.key_page, self.summary_page):
            self.page_ids[page] = self.addPage(page)
        self._task: Task | None = None

    def request(self) -> SetupRequest:
        unit_name, unit_code = self.unit_page.unit()
        province = self.unit_page.province()
        office = self.office_page.values()
        return SetupRequest(
            level=self.level_page.level(),
            province_code=province.code if province else 0,
            unit_name=unit_name,
            unit_code=unit_code,
            office_name=office["office_name"],
            parent_body=office["parent_body"] or None,
            symbol=office["symbol"],
            place_name=office["place_name"],
            head_title=office["head_title"],
            head_name=office["head_name"],
            officer_name=self.user_page.name_edit.text().strip(),
            officer_password=self.user_page.password_edit.text() or None,
            passphrase=self.key_page.passphrase_edit.text(),
        )

    def accept(self) -> None:
        """Finish: create the installation off the UI thread; close only when it exists."""
        if self.installation is not None:
            super().accept()
            return
        if self._task is not None:
            return  # already creating (double click on Finish)
        self._task = self.runner.run_service(
            _set_up, self.data_dir, self.request(),
            title=self.tr("Creating your office's data and keys…"),
            on_done=self._created,
            on_error=self._failed,
            cancellable=False,  # a few seconds; stopping half-way gains nothing
        )
        if self._task is not None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self._task.finished.connect(self._task_over)

    def _task_over(self) -> None:
        self._task = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)

    def _created(self, result: tuple[InstallationInfo, str | None]) -> None:
        info, code = result
        self.installation = info
        from .privacy.recovery_code_dialog import RecoveryCodeDialog

        if code is not None:
            # The only way into the data if the passphrase is lost: shown once, never stored.
            RecoveryCodeDialog(code, info.office_name, self).exec()
        super().accept()

    def _failed(self, exc: BaseException) -> bool:
        """Field errors go next to their fields, on their page; other errors take the runner's box."""
        if not isinstance(exc, ValidationError) or not exc.field_errors:
            return False
        for page, page_id in self.page_ids.items():
            if isinstance(page, FormPage) and any(f in page.fields for f in exc.field_errors):
                self.go_to(page_id)
                page.clear_errors()
                page.show_errors(exc.field_errors)
                return True
        return False

    def go_to(self, page_id: int) -> None:
        while self.currentId() != page_id and self.currentId() > page_id:
            self.back()


def _set_up(data_dir: DataDir, request: SetupRequest, progress: ProgressCallback = no_progress,
            cancel: CancelToken | None = None) -> tuple[InstallationInfo, str | None]:
    """The installation, then (an encrypted store) its recovery code, both in the worker: the code's
    key derivation ran on the UI thread after the progress said «Hoàn tất 100%», and the window
    froze for seconds (seen under a window manager, issue 19)."""
    from ..services.privacy import db_key

    info = setup_installation(data_dir, request, progress=progress, cancel=cancel)
    if not db_key.is_encrypted(data_dir):
        return info, None
    progress(99, 100, QCoreApplication.translate("SetupWizard", "Making the recovery code…"))
    return info, db_key.issue_recovery_code(data_dir, request.passphrase)
