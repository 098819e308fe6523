"""The log file: <data folder>/logs/dnnd.log, rotated, configured once by the entry points.

The windowed Windows build has no console, so without a file an unexpected error leaves no trace.
The log is meant to be sent to whoever supports the software, so it must never hold personal data:
code logs operations, counts, error types and codes, never values, names, chosen file names, SQL
parameters or exception messages (which can quote values). As a second line of defence every line
written passes through `mask_numbers`, which hides digit runs as long as ID numbers and phone numbers.

No Qt here: the CLI uses it too. Tracebacks are written by `safe_traceback`: code locations, and the
exception's type (and code), without its message.
"""
from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

LOG_DIR_NAME = "logs"
LOG_FILE_NAME = "dnnd.log"
MAX_BYTES = 2 * 1024 * 1024   # a few MB in a few files: weeks of normal use, small enough to e-mail
BACKUP_COUNT = 4
PACKAGE_LOGGER = "dnnd_desktop"

# ID numbers (CMND 9 digits, CCCD 12), phone numbers (10-11, maybe grouped as 0912 345 678 or
# written +84 ...), bank accounts: any run of 8 or more digits, single spaces or dots between them
# allowed. Counts, years, ISO dates and line numbers stay readable.
_LONG_NUMBER = re.compile(r"(?<![\w])\+?\d(?:[ .]?\d){7,}(?![\w])")
MASK = "[số]"

_handler: logging.Handler | None = None


def mask_numbers(text: str) -> str:
    return _LONG_NUMBER.sub(MASK, text)


def log_path(data_root: Path) -> Path:
    return Path(data_root) / LOG_DIR_NAME / LOG_FILE_NAME


def _short_path(filename: str) -> str:
    """Frames name files relative to the package (or the library folder), so the log does not carry
    the Windows account name that is part of every user's home path."""
    path = "/" + filename.replace("\\", "/").lstrip("/")   # frozen builds give relative paths
    for marker in ("/site-packages/", "/dnnd_desktop/", "/lib/python"):
        i = path.rfind(marker)
        if i >= 0:
            return path[i + 1:]
    return path.rsplit("/", 1)[-1]


def exception_label(exc: BaseException) -> str:
    """`module.Type` and, for our errors, their code: what the log and the details may say."""
    kind = type(exc)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    code = getattr(exc, "code", None)
    return f"{name} (code {code})" if isinstance(code, str) and code else name


def safe_traceback(exc_type: type[BaseException] | None, exc: BaseException | None,
                   tb: TracebackType | None) -> str:
    """A traceback with code locations and exception types only. The message of an exception can
    quote a record value (a name, an ID number), so it is left out, also for the chained ones."""
    if exc is None:
        return "" if exc_type is None else exc_type.__name__
    parts: list[str] = []
    seen: set[int] = set()

    def one(e: BaseException, e_tb: TracebackType | None) -> None:
        seen.add(id(e))
        cause = e.__cause__ if e.__cause__ is not None else (None if e.__suppress_context__ else e.__context__)
        if cause is not None and id(cause) not in seen:
            one(cause, cause.__traceback__)
            parts.append("\nThe above exception was the cause of this one:\n\n" if e.__cause__ is not None
                         else "\nDuring handling of the above exception, another exception occurred:\n\n")
        parts.append("Traceback (most recent call last):\n")
        for frame in traceback.extract_tb(e_tb):
            parts.append(f'  File "{_short_path(frame.filename)}", line {frame.lineno}, in {frame.name}\n')
            if frame.line:
                parts.append(f"    {frame.line.strip()}\n")
        parts.append(exception_label(e) + "\n")

    one(exc, tb)
    return mask_numbers("".join(parts))


class SafeFormatter(logging.Formatter):
    """Writes exceptions with `safe_traceback` and masks long digit runs in every line."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return safe_traceback(*ei).rstrip("\n")

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return stack_info

    def format(self, record: logging.LogRecord) -> str:
        # logging caches the traceback text on the record; another handler's formatter (a console,
        # pytest's) may have cached the full one, message included. Ours is written afresh.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802
        # The message only: the time stamp in front is a long run of digits too.
        record.message = mask_numbers(record.message)
        return super().formatMessage(record)


def configure_logging(data_root: Path, level: int = logging.INFO, max_bytes: int = MAX_BYTES,
                      backup_count: int = BACKUP_COUNT) -> Path:
    """Send the log to <data_root>/logs/dnnd.log (rotating). Called by the CLI and GUI entry points;
    calling it again for the same folder does nothing, for another folder moves the log there."""
    global _handler
    path = log_path(data_root)
    root = logging.getLogger()
    if _handler is not None:
        if getattr(_handler, "baseFilename", None) == str(path.resolve()) and _handler in root.handlers:
            return path
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8", delay=True)
    except OSError as exc:   # a read-only or full disk must not stop the program from starting
        sys.stderr.write(f"Cannot write the log file ({type(exc).__name__}).\n")
        return path
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    handler.setLevel(level)
    root.addHandler(handler)
    # Our INFO lines go to the file; other libraries keep Python's default (warnings and worse).
    logging.getLogger(PACKAGE_LOGGER).setLevel(level)
    logging.captureWarnings(True)
    _handler = handler
    return path


def current_log_file() -> Path | None:
    name = getattr(_handler, "baseFilename", None)
    return Path(name) if name else None
