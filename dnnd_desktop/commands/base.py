"""Shared plumbing of the `dnnd` commands: output (human or --json), exit codes, passphrase, context.

Exit codes (DESIGN.md): 0 success, 1 input rejected (a Vietnamese message on stderr says why and
nothing changed), 2 usage error.
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

from ..domain.errors import DnndError
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
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


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

    def emit(self, result: dict[str, Any], human: str | Callable[[], str] | None = None) -> None:
        if self.json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, default=_json_default) + "\n")
        elif human is not None:
            text = human() if callable(human) else human
            if text:
                sys.stdout.write(text.rstrip("\n") + "\n")

    def info(self, text: str) -> None:
        """Progress chatter: stderr, so --json stdout stays one object."""
        if not self.json:
            sys.stderr.write(text + "\n")

    def context(self):
        from ..services.app_context import open_context

        return open_context(self.data_dir, user_name=getattr(self.args, "user", None))

    def passphrase(self, prompt: str = "Mật khẩu khóa của đơn vị: ", confirm: bool = False) -> str:
        value = os.environ.get("DNND_PASSPHRASE")
        if value:
            return value
        if not sys.stdin or not sys.stdin.isatty():
            raise DnndError("Cần mật khẩu khóa của đơn vị. Hãy đặt biến môi trường DNND_PASSPHRASE "
                            "hoặc chạy lệnh trong cửa sổ dòng lệnh để nhập.", code="passphrase_required")
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Nhập lại để xác nhận: ") != value:
            raise DnndError("Hai lần nhập mật khẩu không khớp nhau. Hãy chạy lại lệnh.", code="passphrase_mismatch")
        return value


def report_error(cli_json: bool, exc: DnndError) -> int:
    payload = {"error": exc.code, "message": exc.message}
    if getattr(exc, "field_errors", None):
        payload["fields"] = exc.field_errors
    if cli_json:
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stderr.write(f"Lỗi: {exc.message}\n")
    return EXIT_REJECTED
