"""Work-arounds for bugs in the PySide6 build we ship.

PySide6/shiboken6 6.12 on Python 3.11 returns None from every void C++ method (widget.hide(),
setRange(), QTimer.singleShot(), ...) without taking a reference to it, so each call drops None's
reference count by one; after some hundred thousand calls the count reaches zero and the
interpreter aborts with "Fatal Python error: none_dealloc". Python 3.12 made None immortal
(PEP 683), which hides the bug there. On older Pythons we give None a reference count so large
that it cannot reach zero in the life of a process: the same thing 3.12 does.
"""
from __future__ import annotations

import ctypes
import sys

NONE_REFCOUNT_PAD = 1 << 40  # ~10^12 void calls; a process makes far fewer


def protect_none() -> None:
    if sys.version_info >= (3, 12) or getattr(sys, "_dnnd_none_protected", False):
        return
    # ob_refcnt is the first field of every object in release builds of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_REFCOUNT_PAD
    sys._dnnd_none_protected = True
