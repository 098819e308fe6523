"""Progress reporting and cancellation for long work, free of Qt so services can use them.

Services take `progress` (a callable (done, total, label)) and `cancel` (a CancelToken); the GUI's
task runner passes ones that feed its progress dialog, the CLI passes quiet ones.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from .errors import Cancelled


class Progress(Protocol):
    def __call__(self, done: int, total: int, label: str = "") -> None: ...


def no_progress(done: int, total: int, label: str = "") -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """Set from any thread (the Cancel button); checked by the worker between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


ProgressCallback = Callable[[int, int, str], None]
