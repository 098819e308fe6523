"""Switching the language from Settings applies at once and is remembered; admins manage users."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from dnnd_desktop.gui import i18n
from dnnd_desktop.gui.ui_settings import UiSettings


def test_default_language_is_vietnamese(tmp_path):
    from dnnd_desktop.paths import DataDir

    assert UiSettings(DataDir(tmp_path)).language == "vi"


def test_switching_language_in_settings_applies_now_and_is_saved(qtbot, main_window, ctx):
    try:
        settings = main_window.show_page("settings")
        assert main_window.nav.item(0).text() == "Overview"
        settings.language.setCurrentIndex(settings.language.findData("vi"))
        qtbot.waitUntil(lambda: main_window.nav.item(0).text() == "Tổng quan", timeout=3000)
        assert UiSettings(ctx.data_dir).language == "vi"
        # pages are rebuilt in the new language and the current page stays the same
        qtbot.waitUntil(lambda: main_window.page("settings") is not settings, timeout=3000)
        assert main_window.current_page_key == "settings"
        assert main_window.stack.currentWidget() is main_window.page("settings")
        assert main_window.menuBar().actions()[0].text() == "&Tệp"
        new_settings = main_window.page("settings")
        new_settings.language.setCurrentIndex(new_settings.language.findData("en"))
        qtbot.waitUntil(lambda: main_window.nav.item(0).text() == "Overview", timeout=3000)
        assert UiSettings(ctx.data_dir).language == "en"
    finally:
        i18n.set_language("en")


def test_admin_adds_a_user_with_roles_and_password(qtbot, main_window, ctx):
    from dnnd_desktop.services.users import UserService

    settings = main_window.show_page("settings")
    assert settings.table.rowCount() == 1
    dialog = settings.add_user()
    qtbot.addWidget(dialog)
    dialog.name.setText("Lò Văn Sáng")
    dialog.role_checks["approver"].setChecked(True)
    dialog.password.setText("abcd")
    dialog.password_again.setText("abcd")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.table.rowCount() == 2
    added = [u for u in UserService(ctx).list_users() if u.name == "Lò Văn Sáng"][0]
    assert added.roles == ("officer", "approver") and added.has_password


def test_add_user_shows_service_errors_under_the_field(qtbot, main_window):
    settings = main_window.show_page("settings")
    dialog = settings.add_user()
    qtbot.addWidget(dialog)
    dialog.name.setText("Trần Thị Bình")  # already exists
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.fields["name"].has_error(), timeout=10000)
    assert dialog.isVisible()
    dialog.password.setText("abcd")
    dialog.password_again.setText("abce")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.fields["password_again"].has_error()


def test_non_admin_cannot_manage_users(qtbot, ctx):
    from dnnd_desktop.gui.pages.settings_page import SettingsPage
    from dnnd_desktop.gui.task_runner import TaskRunner
    from dnnd_desktop.services.users import UserService

    clerk = UserService(ctx).add_user("Cán bộ A", ("officer",), None)
    ctx.current_user = clerk
    page = SettingsPage(ctx, TaskRunner())
    qtbot.addWidget(page)
    assert not page.is_admin and not hasattr(page, "add_button")


def test_language_menu_uses_qt_buttons_in_vietnamese(qtbot, vietnamese):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
