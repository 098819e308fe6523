"""Frozen entry point of `dnnd-gui` (windowed, no console on Windows): the desktop app, or the
import preview of a .dnnd file passed by a double-click (file association)."""
import os
import sys

if __name__ == "__main__":
    # A windowed Windows program has no stdout/stderr (they are None): give prints somewhere to go.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    from dnnd_desktop.cli import main_gui

    sys.exit(main_gui())
