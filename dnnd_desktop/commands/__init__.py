"""The `dnnd` commands, one module each named `*_cmd.py`, exposing `register(subparsers, common)`.

Modules are discovered, so adding a command touches no shared list. (The PyInstaller spec collects
every submodule of dnnd_desktop, so discovery works in the frozen app too.)
"""
from __future__ import annotations

import importlib
import pkgutil


def command_modules():
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith("_cmd"))
    return [importlib.import_module(f"{__name__}.{n}") for n in names]
