"""Icons from resources/icons (SVG, drawn for this app, same licence as the code)."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from ..paths import icons_dir


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon `name` (file name without .svg); an empty icon when the file is missing."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("app")
