"""Per-installation UI preferences (language, window geometry) kept in the data folder.

They live next to the database rather than in the Windows registry so that copying or backing up
the data folder carries them along, and two installations on one laptop do not share them.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ..paths import DataDir

SETTINGS_FILE_NAME = "ui.ini"


class UiSettings:
    def __init__(self, data_dir: DataDir):
        data_dir.root.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(data_dir.root / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        from .i18n import DEFAULT_LANGUAGE, LANGUAGES

        value = str(self._qs.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)
        self._qs.sync()

    def geometry(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"geometry/{name}", value)
        self._qs.sync()

    def folder(self, name: str) -> str | None:
        """The folder a file dialog of this kind used last (None: never, or it is gone)."""
        from pathlib import Path

        value = self._qs.value(f"folders/{name}")
        return str(value) if value and Path(str(value)).is_dir() else None

    def set_folder(self, name: str, value: str) -> None:
        self._qs.setValue(f"folders/{name}", value)
        self._qs.sync()

    def recent_files(self) -> list[str]:
        """Files opened or saved lately, newest first, those still there (Tệp → Tệp gần đây)."""
        from pathlib import Path

        value = self._qs.value("recent/files") or []
        items = [value] if isinstance(value, str) else list(value)
        return [str(p) for p in items if Path(str(p)).is_file()]

    def add_recent_file(self, path: str, keep: int = 10) -> None:
        items = [path] + [p for p in self.recent_files() if p != path]
        self._qs.setValue("recent/files", items[:keep])
        self._qs.sync()
