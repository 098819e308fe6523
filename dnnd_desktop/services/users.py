"""Users and roles. Every audit entry carries the current user."""
from __future__ import annotations

from sqlalchemy import select

from ..domain.errors import PermissionDenied, ValidationError
from ..domain.messages import Text, translate
from ..domain.roles import ADMIN, ALL_ROLES
from ..domain.text import clean
from ..storage.models import User
from .app_context import AppContext
from .audit import write_audit
from .joined_texts import joined
from .passwords import check_login, hash_password
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
            check_login(user is not None and user.active, user.password_hash if user else None, password)
            assert user is not None   # check_login refused an unknown user
            return user_info(user)

    def set_current(self, user: UserInfo) -> None:
        self.ctx.current_user = user

    def _require_admin(self) -> None:
        user = self.ctx.current_user
        if user is not None and not user.has_role(ADMIN):
            raise PermissionDenied(translate("UserErrors", "Only a person with the Administrator role may manage "
                                             "users."))

    def add_user(self, name: str, roles: tuple[str, ...], password: str | None) -> UserInfo:
        self._require_admin()
        # (empty becomes "", not None: the check below reports it the same way)
        name = clean(name) or ""
        errors: dict[str, Text] = {}
        if not name:
            errors["name"] = translate("UserErrors", "Enter the user's name.")
        bad = [r for r in roles if r not in ALL_ROLES]
        if bad or not roles:
            errors["roles"] = translate("UserErrors", "Choose at least one role: Officer, Approver or Administrator.")
        if password and len(password) < 4:
            errors["password"] = translate("UserErrors", "The password needs at least 4 characters (or leave it "
                                           "empty).")
        with self.ctx.session() as s:
            # SQLite's lower() is ASCII-only; the users table is tiny, so compare in Python.
            taken = {n.casefold() for n in s.scalars(select(User.name).where(User.active.is_(True)))}
            if name and name.casefold() in taken:
                errors["name"] = translate("UserErrors", "There is already a user named «{name}». Choose another "
                                           "name.").format(name=name)
            if errors:
                raise ValidationError(joined(errors.values(), " "), field_errors=errors, code="user_invalid")
            user = User(name=name, roles=",".join(roles), password_hash=hash_password(password) if password else None)
            s.add(user)
            s.flush()
            write_audit(s, self.ctx, "user_add", "user", user.id, details=f"{name}: {','.join(roles)}")
            return user_info(user)
