"""Excel in and out: file checks and a fast reader (python-calamine), header matching with synonyms,
cell conversion, a streaming writer (openpyxl write-only), templates and the error workbook.

No storage or services here: callers hand in rows and layouts; `services.excel` composes them.
"""
from .cell_convert import convert_cell
from .error_workbook import LINE_HEADER, REASON_HEADER, write_error_workbook
from .errors import ExcelFileError
from .file_checks import check_xlsx_file
from .header_matching import HeaderGuess, find_header_row, match_headers, normalise_header
from .layouts import EXCEL_KINDS, OWNED_KINDS, OWNER_PREFIX, ExcelColumn, excel_columns
from .limits import MAX_CELL_CHARS, MAX_FILE_BYTES, MAX_ROWS
from .reader import SheetData, cell_ref, column_letter, read_sheet
from .templates import write_template
from .writer import DATE, NUMBER, TEXT, YEAR, SheetColumn, fitted_widths, write_table

__all__ = [
    "DATE", "EXCEL_KINDS", "LINE_HEADER", "MAX_CELL_CHARS", "MAX_FILE_BYTES", "MAX_ROWS", "NUMBER", "OWNED_KINDS",
    "OWNER_PREFIX",
    "REASON_HEADER", "TEXT", "YEAR", "ExcelColumn", "ExcelFileError", "HeaderGuess", "SheetColumn",
    "SheetData", "cell_ref", "check_xlsx_file", "column_letter", "convert_cell", "excel_columns",
    "find_header_row", "fitted_widths", "match_headers", "normalise_header", "read_sheet",
    "write_error_workbook", "write_table", "write_template",
]
