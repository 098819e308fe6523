"""Errors about a spreadsheet file as a whole: each says, in Vietnamese, what is wrong with the file
and what to do. Row-level problems are not errors: they become reasons in the import preview."""
from __future__ import annotations

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.domain.messages import Text


class ExcelFileError(DnndError):
    """The file cannot be imported at all; nothing was read into the database."""

    code = "excel_file"

    def __init__(self, message: Text, *, code: str = "excel_file"):
        super().__init__(message, code=code)
