"""Icons from resources/icons (SVG, drawn for this app, same licence as the code).

Navigation icons get a white variant for the selected (dark blue) row, made by recolouring the SVG.
"""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

from ..paths import icons_dir

LINE_COLOUR = "#1f4e79"


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon `name` (file name without .svg); an empty icon when the file is missing."""
    path = icons_dir() / f"{name}.svg"
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    svg = path.read_text(encoding="utf-8")
    if LINE_COLOUR in svg:
        white = QPixmap()
        if white.loadFromData(QByteArray(svg.replace(LINE_COLOUR, "#ffffff").encode()), "SVG"):
            result.addPixmap(white, QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    return icon("app")
