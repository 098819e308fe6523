"""Icons from resources/icons (SVG, drawn for this app, same licence as the code).

Icons are rendered to pixmaps at the common sizes, plus a white variant for the selected (dark
blue) navigation row, made by recolouring the SVG's line colour.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..paths import icons_dir

LINE_COLOUR = "#1f4e79"
SIZES = (16, 20, 22, 24, 32, 44, 48, 64, 72, 96, 144)


def _render(svg: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(image)


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (file name without .svg); an empty icon when the file is missing."""
    path = icons_dir() / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_render(svg, size), QIcon.Mode.Normal)
        if LINE_COLOUR in svg:
            result.addPixmap(_render(svg.replace(LINE_COLOUR, "#ffffff"), size), QIcon.Mode.Selected)
    return result


def app_icon() -> QIcon:
    return icon("app")
