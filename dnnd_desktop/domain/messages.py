"""The app's one message catalogue, as seen from below the GUI.

Every text a person reads — widget labels, errors raised by services, CLI output, field and kind
labels — has an English source string in a context, and its Vietnamese translation lives in ONE
file: `resources/translations/dnnd_vi.ts` (Qt Linguist). The GUI reads it through Qt's translator
(the built .qm); everything else reads the same .ts here, with the standard library, so the domain,
services and commands never import Qt.

Code below the GUI writes

    translate("RecordErrors", "{field} is required.").format(field=spec.label)

`translate` is the name pyside6-lupdate looks for (two string literals: context, source), so
`resources/translations/update_translations.py` collects these strings into the catalogue together
with the GUI's `tr()` strings. The result is a `Message`: a lazy text that renders in the current
language whenever it is turned into a string (`str(m)`, f-strings), or in a chosen language with
`m.text("vi")` (official documents are always Vietnamese). Parameters that are Messages themselves
render in the same language.

The current language is process-wide: the CLI sets it from the saved setting (Vietnamese by
default), the GUI sets it together with Qt's translators (gui/i18n.py).
"""
from __future__ import annotations

import string
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_LANGUAGE = "vi"  # the product language
SOURCE_LANGUAGE = "en"   # source strings are English: nothing to look up
DOCUMENT_LANGUAGE = "vi"  # official documents (PDF, report content) are Vietnamese whatever the UI shows
LANGUAGES = ("vi", "en")
CATALOGUE_NAME = "dnnd"

_language = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[tuple[str, str], str]] = {}
_lock = threading.Lock()
_catalogue_dir: Path | None = None


def set_language(language: str) -> str:
    """Make `language` the language every Message renders in from now on; an unknown language
    falls back to the default. Returns the language chosen."""
    global _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return _language


def current_language() -> str:
    return _language


def set_catalogue_dir(directory: Path | None) -> None:
    """Read catalogues from `directory` instead of the app's resources (tests of the loader)."""
    global _catalogue_dir
    with _lock:
        _catalogue_dir = directory
        _catalogues.clear()


def _directory() -> Path:
    if _catalogue_dir is not None:
        return _catalogue_dir
    from ..paths import translations_dir

    return translations_dir()


def load_ts(path: Path) -> dict[tuple[str, str], str]:
    """{(context, source): translation} of a Qt Linguist file; unfinished, vanished and empty
    translations are left out, so their source text shows (as Qt does)."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            text = tr.text or ""
            if text:
                table[(name, source)] = text
    return table


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The translations of `language`, read once per process (empty for the source language)."""
    if language == SOURCE_LANGUAGE:
        return {}
    found = _catalogues.get(language)
    if found is not None:
        return found
    with _lock:
        if language not in _catalogues:
            path = _directory() / f"{CATALOGUE_NAME}_{language}.ts"
            _catalogues[language] = load_ts(path) if path.exists() else {}
        return _catalogues[language]


def lookup(context: str, source: str, language: str | None = None) -> str:
    """The translation of one catalogue entry, or its source when it has none."""
    return catalogue(language or _language).get((context, source), source)


_FORMATTER = string.Formatter()


def placeholders(template: str) -> set[str]:
    """Names of the `{name}` fields of a template (what a translation must keep)."""
    return {name for _, name, _, _ in _FORMATTER.parse(template) if name}


@dataclass(frozen=True)
class Message:
    """A catalogue text with its parameters, rendered when it is read."""

    context: str
    source: str
    # Left out of the hash (a dict is not hashable) so specs holding labels can be cache keys and set
    # members; equal messages still hash equal.
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def format(self, **params: Any) -> Message:
        """The same text with (more) parameters filled in; rendering happens later."""
        return Message(self.context, self.source, {**self.params, **params})

    def text(self, language: str | None = None) -> str:
        language = language or _language
        template = lookup(self.context, self.source, language)
        if not self.params and not placeholders(template):
            return template
        values = {k: render(v, language) for k, v in self.params.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation that names a parameter the code does not give must not hide the error
            # behind another: fall back to the source, which tests keep in step with the code.
            return self.source.format(**values) if template != self.source else template

    def __str__(self) -> str:
        return self.text()

    def __format__(self, spec: str) -> str:
        return format(self.text(), spec)

    def __add__(self, other: object) -> str:
        return self.text() + render(other)

    def __radd__(self, other: object) -> str:
        return render(other) + self.text()

    def lower(self) -> str:
        return self.text().lower()

    def upper(self) -> str:
        return self.text().upper()


def translate(context: str, source: str) -> Message:
    """Mark `source` (English) as a catalogue text of `context`. See the module docstring."""
    return Message(context, source)


Text = Message | str


def render(value: object, language: str | None = None) -> str:
    """A Message rendered in `language` (default: current); anything else as str()."""
    if isinstance(value, Message):
        return value.text(language)
    if value is None:
        return ""
    return str(value)
