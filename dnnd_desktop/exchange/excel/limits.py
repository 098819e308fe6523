"""Limits on spreadsheet files an office may import, checked before the file is parsed.

They are generous for real lists (a 100,000-row households file is about 8 MB) and stop files that
would make a laptop swap or hang: a district office never has a 100 MB list, and when one arrives
it is almost always a wrong file (a scanned archive, a database dump pasted into a sheet).
"""
from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024          # the .xlsx file as stored on disk
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # all XML inside it (zip bombs)
MAX_ROWS = 300_000                          # data rows read from the sheet
MAX_COLUMNS = 200
# The reader loads a sheet as a grid from A1 to its last value: rows x columns of that grid (and the
# number of values) at most this, checked on the XML before loading (sheet_bounds.py). About 6 GB
# less than a sheet reaching column XFD on each of its rows would take; 300,000 rows of 20 columns fit.
MAX_SHEET_CELLS = 6_000_000
MAX_CELL_CHARS = 10_000                     # longer text is refused with the row, not truncated
TRAILING_EMPTY_ROWS = 1_000                 # this many empty rows in a row end the data
HEADER_SEARCH_ROWS = 30                     # the header row is looked for in the first rows
