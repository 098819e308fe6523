"""Errors from below the app (the database driver, the disk) turned into messages for a person.

    as_user_error(exc) -> DnndError | None

A database error's text quotes the failing SQL statement and its parameters: ID numbers, names,
phone numbers (issue 16 item 8). That text must reach neither the screen nor the log, so the
mapping keeps only a stable code and the kind of failure; the code is what a person reads out on
the phone. None means "not one of ours to explain": the caller shows it as a program fault, whose
report holds code locations and exception types only (logging_setup.safe_traceback).
"""
from __future__ import annotations

import errno
import sys
from typing import TYPE_CHECKING

from ..domain.errors import DnndError
from ..domain.messages import translate

if TYPE_CHECKING:
    from sqlalchemy.exc import SQLAlchemyError

_DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


class DatabaseFailure(DnndError):
    code = "database_error"


class DiskFull(DnndError):
    code = "disk_full"


class FileAccessFailure(DnndError):
    code = "file_access"


class DataTooComplex(DnndError):
    code = "too_complex"


def _database(e: SQLAlchemyError) -> DnndError:
    from sqlalchemy import exc as sa_exc  # already imported: e is one of its errors

    orig = getattr(e, "orig", None)
    text = str(orig if orig is not None else "").lower()   # read here only, never passed on
    if isinstance(e, sa_exc.OperationalError) and ("locked" in text or "busy" in text):
        return DatabaseFailure(translate(
            "DatabaseErrors", "The database is busy with another task (another window or an import). Wait a "
            "moment and try again. Nothing was changed. (code {code})").format(code="database_busy"),
            code="database_busy")
    if isinstance(e, sa_exc.OperationalError) and ("disk is full" in text or "no space" in text):
        return _disk_full()
    if isinstance(e, sa_exc.IntegrityError):
        code = "database_constraint"
    elif isinstance(e, sa_exc.OperationalError):
        code = "database_unavailable"
    else:
        code = "database_error"
    return DatabaseFailure(translate(
        "DatabaseErrors", "The database refused the change. Nothing was changed. If it happens again, tell "
        "the person who looks after this computer the code {code}; the error details are not shown because "
        "they may contain personal data.").format(code=code), code=code)


def _disk_full() -> DnndError:
    return DiskFull(translate(
        "Errors", "The disk is full. Nothing was changed. Free some space (delete old files or copy them "
        "elsewhere), then try again."))


def as_user_error(exc: BaseException) -> DnndError | None:
    """A DnndError a person can act on for `exc`, or None when it is a program fault."""
    if isinstance(exc, DnndError):
        return exc
    # An SQLAlchemy error can only exist once SQLAlchemy is imported; importing it here would put it
    # on the start's path before the window shows (the task runner uses this; issue 17).
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is not None and isinstance(exc, sqlalchemy_errors.SQLAlchemyError):
        return _database(exc)
    if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
        return _disk_full()
    if isinstance(exc, PermissionError):
        return FileAccessFailure(translate(
            "Errors", "A file could not be opened: it is in use by another program or this account may not "
            "use it. Close the other program or choose another folder, then try again."))
    if isinstance(exc, (RecursionError, MemoryError)):
        return DataTooComplex(translate(
            "Errors", "The data is too large or too deeply nested to be read safely. Nothing was changed. Ask "
            "the sender to check the file."))
    return None
