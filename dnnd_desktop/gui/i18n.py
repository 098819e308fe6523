"""Loading and switching the UI language.

Vietnamese is the default. Two catalogues are installed for it: ours (dnnd_vi.qm, from the app's
English source strings) and qt_standard_vi.qm, our translation of the Qt strings we show (wizard
buttons, standard dialog buttons, text-field context menus) because Qt ships no qtbase_vi.qm.
If a Qt build does ship qtbase_vi.qm it is loaded first and ours overrides it.

Switching installs the new translators on the running application; Qt then sends a LanguageChange
event to every widget and the main window rebuilds its texts and pages (see MainWindow.changeEvent).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain import messages
from ..paths import translations_dir

log = logging.getLogger(__name__)

# Qt's QT_TRANSLATE_NOOP("Context", "source") marks a string for pyside6-lupdate and returns it
# unchanged; PySide6's stubs type it (object, object) -> object. The same function, typed as it
# behaves; lupdate finds calls by this name wherever it is imported from.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

DEFAULT_LANGUAGE = "vi"
# Language names are shown in their own language, so they are not translated.
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
APP_CATALOGUE = "dnnd"
QT_CATALOGUE = "qt_standard"

_installed: list[QTranslator] = []
_current = "en"  # the source strings are English: nothing installed means English


def current_language() -> str:
    return _current


def set_language(language: str) -> bool:
    """Install the translators for `language` on the running application (replacing any previous
    ones). Returns False when the app's own catalogue could not be loaded (the UI stays English)."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ok = True
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for directory, name, required in (
            (qt_dir, f"qtbase_{language}", False),
            (str(translations_dir()), f"{QT_CATALOGUE}_{language}", False),
            (str(translations_dir()), f"{APP_CATALOGUE}_{language}", True),
        ):
            tr = QTranslator(app)
            if tr.load(name, directory):
                app.installTranslator(tr)
                _installed.append(tr)
            elif required:
                log.error("translation catalogue %s not found in %s", name, directory)
                ok = False
    _current = language if ok else "en"
    messages.set_language(_current)  # errors and labels from below the GUI follow the UI language
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if _current == "vi" else QLocale.Language.English))
    return ok
