"""Users and roles. Every audit entry carries the current user."""
from __future__ import annotations

from sqlalchemy import select

from ..domain.errors import DnndError, PermissionDenied, ValidationError
from ..domain.roles import ADMIN, ALL_ROLES
from ..domain.text import clean
from ..storage.models import User
from .app_context import AppContext
from .audit import write_audit
from .passwords import check_password, hash_password
from .types import UserInfo, user_info


class UserService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def list_users(self) -> list[UserInfo]:
        with self.ctx.session() as s:
            rows = s.scalars(select(User).where(User.active.is_(True)).order_by(User.created_at)).all()
            return [user_info(u) for u in rows]

    def authenticate(self, user_id: str, password: str | None) -> UserInfo:
        with self.ctx.session() as s:
            user = s.get(User, user_id)
            if user is None or not user.active:
                raise DnndError("Không tìm thấy người dùng này.", code="unknown_user")
            if user.password_hash and not check_password(user.password_hash, password or ""):
                raise DnndError("Mật khẩu không đúng. Hãy nhập lại.", code="bad_password")
            return user_info(user)

    def set_current(self, user: UserInfo) -> None:
        self.ctx.current_user = user

    def _require_admin(self) -> None:
        user = self.ctx.current_user
        if user is not None and not user.has_role(ADMIN):
            raise PermissionDenied("Chỉ người có vai trò Quản trị mới được quản lý người dùng.")

    def add_user(self, name: str, roles: tuple[str, ...], password: str | None) -> UserInfo:
        self._require_admin()
        name = clean(name)
        errors = {}
        if not name:
            errors["name"] = "Hãy nhập tên người dùng."
        bad = [r for r in roles if r not in ALL_ROLES]
        if bad or not roles:
            errors["roles"] = "Hãy chọn ít nhất một vai trò: Cán bộ, Lãnh đạo hoặc Quản trị."
        if password and len(password) < 4:
            errors["password"] = "Mật khẩu cần ít nhất 4 ký tự (hoặc để trống)."
        with self.ctx.session() as s:
            # SQLite's lower() is ASCII-only; the users table is tiny, so compare in Python.
            taken = {n.casefold() for n in s.scalars(select(User.name).where(User.active.is_(True)))}
            if name and name.casefold() in taken:
                errors["name"] = f"Đã có người dùng tên «{name}». Hãy chọn tên khác."
            if errors:
                raise ValidationError(" ".join(errors.values()), field_errors=errors)
            user = User(name=name, roles=",".join(roles), password_hash=hash_password(password) if password else None)
            s.add(user)
            s.flush()
            write_audit(s, self.ctx, "user_add", "user", user.id, details=f"{name}: {','.join(roles)}")
            return user_info(user)
