"""Who a command acts as (issue 14, Deliver 5): the command line authenticates like the login window.

A command that reads or changes personal data, or writes anything, acts as a user: the one named by
`--user NAME`, else the first user created at setup. When that user has a password, the command needs
it, from the environment variable DNND_PASSWORD (scripts) or typed at the terminal without echo; a
wrong or missing password stops the command before it touches anything. A user without a password is
let in exactly as the login window lets them in (the office chooses whether its users have passwords).

Commands that show no personal data and change nothing (identity show, package verify, report list...)
are marked `public` by their parser (`set_defaults(public=True)`): they run without a password and act
as nobody, so the audit log never names a user who did not prove who they are.
"""
from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

from ..domain.errors import DnndError
from ..domain.messages import render, translate

if TYPE_CHECKING:
    from ..services.app_context import AppContext

PASSWORD_ENV = "DNND_PASSWORD"


def is_public(args) -> bool:
    return bool(getattr(args, "public", False))


def password_for(user_name: str) -> str:
    """The password from DNND_PASSWORD, else typed at a terminal; refused when neither can be had."""
    value = os.environ.get(PASSWORD_ENV)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise DnndError(translate(
            "CliMessages", "This command acts as the user «{name}», who has a password. Set the environment variable "
            "DNND_PASSWORD or run the command in a terminal window to type it.").format(name=user_name),
            code="password_required")
    return getpass.getpass(render(translate("CliMessages", "Password of «{name}»: ").format(name=user_name)))


def authenticate(ctx: AppContext, args) -> None:
    """Check the acting user's password (or clear the user for a public command). Raises DnndError
    (`password_required`, `bad_password`); the caller closes the context."""
    from ..services.users import UserService

    user = ctx.current_user
    if is_public(args):
        ctx.current_user = None   # audit entries of a public command name no one
        return
    if user is None or not user.has_password:
        return
    ctx.current_user = UserService(ctx).authenticate(user.id, password_for(user.name))
