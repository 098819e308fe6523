"""Font choice: the system's Times New Roman when complete, else the bundled Liberation Serif."""
import shutil

import pytest

from dnnd_desktop import paths
from dnnd_desktop.exchange.pdf import fonts
from dnnd_desktop.exchange.pdf.fonts import (
    LIBERATION_SERIF,
    TIMES_NEW_ROMAN,
    document_fonts,
    find_times_new_roman,
)

_LIB = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}


def _fake_times(folder, names):
    """Copies of the bundled fonts under Times New Roman file names (metrics do not matter here)."""
    folder.mkdir(exist_ok=True)
    for style, name in names.items():
        shutil.copy(paths.fonts_dir() / _LIB[style], folder / name)
    return folder


WINDOWS_NAMES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
                 "bold_italic": "timesbi.ttf"}


def test_finds_the_four_windows_files_whatever_their_case(tmp_path):
    folder = _fake_times(tmp_path / "Fonts", {k: v.upper() for k, v in WINDOWS_NAMES.items()})
    found = find_times_new_roman([tmp_path / "missing", folder])
    assert found is not None
    assert found["bold"].name == "TIMESBD.TTF"


def test_finds_the_debian_msttcorefonts_names(tmp_path):
    folder = _fake_times(tmp_path / "msttcorefonts", {
        "regular": "Times_New_Roman.ttf", "bold": "Times_New_Roman_Bold.ttf",
        "italic": "Times_New_Roman_Italic.ttf", "bold_italic": "Times_New_Roman_Bold_Italic.ttf"})
    assert find_times_new_roman([folder]) is not None


def test_an_incomplete_family_is_not_used(tmp_path):
    names = dict(WINDOWS_NAMES)
    del names["bold_italic"]
    assert find_times_new_roman([_fake_times(tmp_path / "Fonts", names)]) is None


def test_prefers_times_new_roman_when_present(tmp_path, monkeypatch):
    folder = _fake_times(tmp_path / "Fonts", WINDOWS_NAMES)
    monkeypatch.setattr(fonts, "FAMILY", "TestSerifTimes")
    chosen = fonts._register_best([folder])
    assert chosen.source == TIMES_NEW_ROMAN
    assert chosen.bold == "TestSerifTimes-Bold"


def test_falls_back_when_the_system_font_is_damaged(tmp_path, monkeypatch):
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for name in WINDOWS_NAMES.values():
        (folder / name).write_bytes(b"not a font")
    monkeypatch.setattr(fonts, "FAMILY", "TestSerifBroken")
    chosen = fonts._register_best([folder])
    assert chosen.source == LIBERATION_SERIF


def test_registered_once_per_process():
    assert document_fonts() is document_fonts()


def test_this_machine_uses_the_bundled_liberation_serif():
    if find_times_new_roman(fonts.system_font_dirs()) is not None:
        pytest.skip("Times New Roman is installed here")
    chosen = document_fonts()
    assert chosen.source == LIBERATION_SERIF
    assert all(p.parent == paths.fonts_dir() for p in chosen.files)
