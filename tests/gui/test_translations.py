"""The Vietnamese translation is complete, and the committed .qm files are built from the .ts."""
from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET

import pytest

from dnnd_desktop.domain.messages import placeholders
from dnnd_desktop.paths import translations_dir

CATALOGUES = ["dnnd_vi.ts", "qt_standard_vi.ts"]


def _messages(name):
    root = ET.parse(translations_dir() / name).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message.findtext("source"), message.find("translation")


def _update_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", translations_dir() / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", CATALOGUES)
def test_every_message_is_translated(name):
    problems = []
    for context, source, translation in _messages(name):
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished" or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r}")
    assert not problems, "untranslated (run resources/translations/update_translations.py):\n" + "\n".join(problems)


@pytest.mark.parametrize("name", CATALOGUES)
def test_placeholders_are_kept(name):
    for context, source, translation in _messages(name):
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation.text or "")), source
        if translation.get("type") not in ("vanished", "obsolete"):
            # catalogue texts from below the GUI use {name} fields (domain/messages.py)
            assert placeholders(source) == placeholders(translation.text or ""), (context, source)


def test_catalogue_covers_the_source_and_qm_files_are_built_from_the_ts():
    # Regenerates into a temporary folder and compares bytes: a new tr() string not yet in the .ts,
    # or a .ts edited without rebuilding the .qm, fails here.
    assert _update_script().main(["--check"]) == 0


def test_qm_files_are_committed_next_to_the_ts():
    for name in CATALOGUES:
        assert (translations_dir() / name).with_suffix(".qm").stat().st_size > 100
