import pytest
from sqlalchemy import func, select

from dnnd_desktop.domain.errors import DnndError, ValidationError
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.domain.roles import ALL_ROLES
from dnnd_desktop.exchange import keys
from dnnd_desktop.services.app_context import NotSetUp, open_context
from dnnd_desktop.services.installation import is_set_up, setup_installation, unlock_secret_keys
from dnnd_desktop.services.users import UserService
from dnnd_desktop.storage.models import Installation, User
from tests.conftest import PASSPHRASE, make_setup_request


def test_setup_creates_identity_keys_and_first_user(installed):
    assert is_set_up(installed)
    ctx = open_context(installed)
    try:
        info = ctx.installation
        assert info.level == "district" and info.province_name == "Lào Cai"
        assert len(info.fingerprint.split()) == 6 and all(len(g) == 5 for g in info.fingerprint.split())
        assert ctx.current_user.name == "Lò Thị Mai"
        assert set(ctx.current_user.roles) == set(ALL_ROLES)
        with ctx.session() as s:
            secret = unlock_secret_keys(s, PASSPHRASE)
            assert secret.public.sign_pk == s.get(Installation, 1).sign_pk
            with pytest.raises(keys.WrongPassphrase):
                unlock_secret_keys(s, "sai mật khẩu")
    finally:
        ctx.close()


def test_commune_level_resolves_the_commune_from_the_unit_list(data_dir):
    info = setup_installation(data_dir, make_setup_request(level="commune", unit_name="Bát Xát"))
    assert info.unit_name == "Xã Bát Xát" and info.unit_code is not None


def test_invalid_setup_names_every_bad_field_and_writes_nothing(data_dir):
    with pytest.raises(ValidationError) as err:
        setup_installation(data_dir, make_setup_request(level="commune", unit_name="Không Có Xã Này",
                                                        office_name=" ", passphrase="ngan"))
    assert {"unit_name", "office_name", "passphrase"} <= set(err.value.field_errors)
    assert not data_dir.database.exists()


def test_cancelled_setup_leaves_no_database(data_dir):
    token = CancelToken()

    def progress(done, total, label):
        if done == 2:
            token.cancel()

    with pytest.raises(DnndError):
        setup_installation(data_dir, make_setup_request(), progress=progress, cancel=token)
    assert not data_dir.database.exists()


def test_setup_refuses_to_overwrite_an_installation(installed):
    with pytest.raises(DnndError) as err:
        setup_installation(installed, make_setup_request())
    assert err.value.code == "already_set_up"


def test_opening_an_empty_folder_says_to_set_up(data_dir):
    with pytest.raises(NotSetUp):
        open_context(data_dir)


def test_users_roles_and_passwords(ctx):
    users = UserService(ctx)
    approver = users.add_user("Trần Văn Đạt", ("approver",), "1234")
    assert [u.name for u in users.list_users()] == ["Lò Thị Mai", "Trần Văn Đạt"]
    with pytest.raises(DnndError) as err:
        users.authenticate(approver.id, "sai")
    assert err.value.code == "bad_password"
    assert users.authenticate(approver.id, "1234").roles == ("approver",)
    with pytest.raises(ValidationError):
        users.add_user("trần văn đạt", ("officer",), None)
    users.set_current(approver)
    from dnnd_desktop.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        users.add_user("Người Khác", ("officer",), None)
    with ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 2


def test_cli_user_option_picks_the_named_user(installed):
    ctx = open_context(installed)
    UserService(ctx).add_user("Hoàng Văn Bình", ("officer",), None)
    ctx.close()
    other = open_context(installed, user_name="hoàng văn bình")
    try:
        assert other.current_user.name == "Hoàng Văn Bình"
    finally:
        other.close()
    with pytest.raises(DnndError):
        open_context(installed, user_name="Không Ai")
