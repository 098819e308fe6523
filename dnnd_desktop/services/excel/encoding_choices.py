"""A person's choice of reading for cells the importer found ambiguous (two encodings both give
Vietnamese: VNI "Hoàng" is "Hồng"). Set on the ImportFile, then `preview_import` again:

    choose_cell_encoding(file, line=12, column=1, encoding="vni")     # one cell
    choose_column_encoding(file, column=1, encoding="unicode")        # every ambiguous cell of a column
    choose_column_encoding(file, column=1, encoding=None)             # back to the proposal
"""
from __future__ import annotations

from ...domain.errors import ValidationError
from ...domain.messages import translate
from ...exchange.legacy_text import ENCODINGS
from .import_types import ImportFile


def _check(encoding: str) -> None:
    if encoding not in ENCODINGS:
        raise ValidationError(translate("ExcelErrors", "Unknown text encoding «{encoding}». The encodings: "
                                        "{encodings}.").format(encoding=encoding, encodings=", ".join(ENCODINGS)),
                              code="unknown_encoding")


def choose_cell_encoding(file: ImportFile, line: int, column: int, encoding: str | None) -> None:
    """Read the cell at 1-based sheet `line`, 0-based sheet `column` in `encoding` (None: as proposed)."""
    key = (line - 1, column)
    if encoding is None:
        file.encoding_choices.pop(key, None)
        return
    _check(encoding)
    file.encoding_choices[key] = encoding


def choose_column_encoding(file: ImportFile, column: int, encoding: str | None) -> None:
    """Read every ambiguous cell of a column in `encoding` (cells chosen one by one keep their choice)."""
    if encoding is None:
        file.column_encoding_choices.pop(column, None)
        return
    _check(encoding)
    file.column_encoding_choices[column] = encoding


def choose_old_commune(file: ImportFile, old_text: str, code: int | None) -> None:
    """Use the current commune `code` for a pre-1/7/2025 commune name that was split (None: undo)."""
    from ...domain.text import fold

    if code is None:
        file.old_commune_choices.pop(fold(old_text.strip()), None)
    else:
        file.old_commune_choices[fold(old_text.strip())] = code
