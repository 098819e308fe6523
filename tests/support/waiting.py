"""Waiting for something another process does, without guessing how long it takes."""
from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], object], timeout: float, interval: float = 0.02) -> bool:
    """Poll `condition` until it is true (returns True) or `timeout` seconds passed (returns False):
    qtbot.waitUntil for code without a Qt event loop, e.g. a file another process creates."""
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
