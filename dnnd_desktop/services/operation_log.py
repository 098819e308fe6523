"""One INFO line when an operation starts and one when it ends (with its counts), or its error code.

A decorator, so a service says `@logged_operation("excel_export")` and nothing else: the lines it
writes are built only from the operation's name, integer counts of its result, the extension and
size of a file it produced, and the type and code of an error, never from arguments or messages,
which can hold personal data (logging_setup.py explains the rule).
"""
from __future__ import annotations

import dataclasses
import functools
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from ..domain.errors import Cancelled, DnndError
from ..logging_setup import exception_label

log = logging.getLogger("dnnd_desktop.operations")
P = ParamSpec("P")
R = TypeVar("R")
MAX_COUNTS = 12


def _file_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return f"file {path.suffix or '(no extension)'}"
    return f"file {path.suffix or '(no extension)'}, {size} bytes"


def result_summary(result: Any) -> str:
    """Integer counts of a result (its to_dict() or dataclass fields) and the kind of file it names."""
    if isinstance(result, tuple) and result:
        result = result[0]
    if isinstance(result, Path):
        return _file_text(result)
    if hasattr(result, "to_dict"):
        try:
            values = result.to_dict()
        except Exception:  # noqa: BLE001 - a summary for the log must never break the operation
            values = {}
    elif dataclasses.is_dataclass(result) and not isinstance(result, type):
        values = {f.name: getattr(result, f.name) for f in dataclasses.fields(result)}
    elif isinstance(result, int) and not isinstance(result, bool):
        return f"count {result}"
    else:
        return ""
    parts = [f"{k} {v}" for k, v in values.items()
             if isinstance(v, int) and not isinstance(v, bool)][:MAX_COUNTS]
    for key in ("path", "out_path", "file"):
        value = values.get(key) if isinstance(values, dict) else None
        if isinstance(value, (str, Path)) and value:
            parts.append(_file_text(Path(value)))
            break
    return ", ".join(parts)


def logged_operation(name: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            log.info("%s started", name)
            started = time.monotonic()
            try:
                result = fn(*args, **kwargs)
            except Cancelled:
                log.info("%s cancelled", name)
                raise
            except DnndError as exc:
                log.warning("%s refused: code %s", name, exc.code)
                raise
            except Exception as exc:
                log.error("%s failed: %s", name, exception_label(exc))
                raise
            summary = result_summary(result)
            log.info("%s finished in %.1f s%s", name, time.monotonic() - started,
                     f": {summary}" if summary else "")
            return result
        return run
    return decorate
