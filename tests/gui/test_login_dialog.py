"""Who is working: asked when there are several users; a password is checked when the user has one."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from dnnd_desktop.gui.login_dialog import LoginDialog, needs_login
from dnnd_desktop.services.types import UserInfo
from dnnd_desktop.services.users import UserService

ALONE = UserInfo("1", "An", ("officer", "approver", "admin"), False)


def test_one_user_without_password_needs_no_dialog():
    assert not needs_login([ALONE])
    assert needs_login([UserInfo("1", "An", ("admin",), True)])
    assert needs_login([ALONE, UserInfo("2", "Bình", ("officer",), False)])


def test_no_login_right_after_setup_for_its_one_officer():
    """Issue 19: the officer who just chose the password in the wizard is not asked for it again."""
    with_password = UserInfo("1", "An", ("admin",), True)
    assert not needs_login([with_password], just_set_up=True)
    assert needs_login([with_password], just_set_up=False)
    assert needs_login([with_password, ALONE], just_set_up=True)


def test_login_with_two_users_checks_the_password(qtbot, ctx, vietnamese):
    service = UserService(ctx)
    service.add_user("Lò Văn Sáng", ("officer",), "bí mật")
    users = service.list_users()
    assert needs_login(users)
    dialog = LoginDialog(users, service.authenticate, ctx.installation.office_name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 2
    assert not dialog.password.isEnabled()  # the first user has no password
    dialog.list.setCurrentRow(1)
    assert dialog.password.isEnabled()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.password.setText("sai")
    ok.click()
    assert dialog.user is None and dialog.isVisible()
    assert dialog.password_box.error.text() == "Mật khẩu không đúng. Hãy nhập lại."
    dialog.password.setText("bí mật")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        ok.click()
    assert dialog.user.name == "Lò Văn Sáng"


def test_user_without_password_logs_in_directly(qtbot, ctx):
    service = UserService(ctx)
    service.add_user("Lò Văn Sáng", ("officer",), "bí mật")
    dialog = LoginDialog(service.list_users(), service.authenticate)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.user.name == "Trần Thị Bình"
