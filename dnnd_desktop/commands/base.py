"""Shared plumbing of the `dnnd` commands: output (human or --json), exit codes, passphrase, context.

Exit codes (DESIGN.md): 0 success, 1 input rejected (a message on stderr says why and nothing
changed), 2 usage error. Texts are catalogue Messages (domain/messages.py), printed in the language
chosen with `--lang` (cli.py); --json keeps its keys and error codes in every language.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain.errors import DnndError, ValidationError
from ..domain.messages import Message, Text, render, translate
from ..paths import DataDir

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Wrong words on the command line (exit 2)."""


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, (set, tuple)):
        return list(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Message):
        return value.text()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _param_json(value: Any) -> Any:
    """An error's parameters are whatever its text names (paths, numbers...): never fail on one."""
    try:
        return _json_default(value)
    except TypeError:
        return str(value)


@dataclass
class Cli:
    """What a command handler gets: parsed args and helpers that honour --json and --data-dir."""

    args: Any

    @property
    def data_dir(self) -> DataDir:
        return DataDir(self.args.data_dir or None, getattr(self.args, "database_url", None) or None)

    @property
    def json(self) -> bool:
        return bool(self.args.json)

    def emit(self, result: dict[str, Any], human: Text | Callable[[], Text] | None = None) -> None:
        if self.json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, default=_json_default) + "\n")
        elif human is not None:
            text = render(human() if callable(human) else human)
            if text:
                sys.stdout.write(text.rstrip("\n") + "\n")

    def info(self, text: Text) -> None:
        """Progress chatter: stderr, so --json stdout stays one object."""
        if not self.json:
            sys.stderr.write(render(text) + "\n")

    def context(self):
        """The open installation, acting as the authenticated user (commands/cli_auth.py)."""
        from ..services.app_context import open_context
        from .cli_auth import authenticate

        ctx = open_context(self.data_dir, user_name=getattr(self.args, "user", None))
        try:
            authenticate(ctx, self.args)
        except BaseException:
            ctx.close()
            raise
        return ctx

    def require_user(self) -> None:
        """For commands that read the database without an AppContext (backup, restore): the same
        password check, against the installation as it is now (none before setup)."""
        from ..services.app_context import NotSetUp

        data = self.data_dir
        if data.uses_sqlite_file and not data.database.exists():
            return   # nothing to protect yet (a restore into a new data folder)
        try:
            self.context().close()
        except NotSetUp:
            pass

    def passphrase(self, prompt: Text | None = None, confirm: bool = False) -> str:
        value = os.environ.get("DNND_PASSPHRASE")
        if value:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise DnndError(translate(
                "CliMessages", "The office's key passphrase is needed. Set the environment variable DNND_PASSPHRASE "
                "or run the command in a terminal window to type it."), code="passphrase_required")
        value = getpass.getpass(render(prompt or translate("CliMessages", "The office's key passphrase: ")))
        if confirm and getpass.getpass(render(CONFIRM_PROMPT)) != value:
            raise DnndError(PASSPHRASE_MISMATCH, code="passphrase_mismatch")
        return value


CONFIRM_PROMPT = translate("CliMessages", "Type it again to confirm: ")
PASSPHRASE_MISMATCH = translate("CliMessages", "The two passphrases typed differ. Run the command again.")


def write_error(message: Text) -> None:
    """One refusal on stderr, in the current language."""
    sys.stderr.write(render(translate("CliMessages", "Error: {message}").format(message=message)) + "\n")


def report_error(cli_json: bool, exc: DnndError) -> int:
    payload: dict[str, Any] = {"error": exc.code, "message": exc.message, "params": dict(exc.params)}
    if isinstance(exc, ValidationError) and exc.field_errors:
        payload["fields"] = exc.field_errors
    if cli_json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, default=_param_json) + "\n")
    write_error(exc.message)
    return EXIT_REJECTED
