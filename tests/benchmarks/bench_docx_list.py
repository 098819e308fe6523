"""The 2,000-row, 8-column list as a Word file: render_docx next to the PDF of the same list and
next to bare python-docx building the same table (add_row per row, plain text), in one run.

    .venv/bin/python tests/benchmarks/bench_docx_list.py [rows]
"""
from __future__ import annotations

import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout, no install

import docx

from dnnd_desktop.exchange.docx import render_docx
from dnnd_desktop.exchange.pdf import render_pdf
from dnnd_desktop.exchange.pdf.samples import LIST_COLUMNS, sample_list, sample_list_rows
from dnnd_desktop.exchange.pdf.wording import cell_text

REPEATS = 3


def bare_python_docx(rows: list[list]) -> bytes:
    document = docx.Document()
    table = document.add_table(rows=1, cols=len(LIST_COLUMNS))
    for cell, column in zip(table.rows[0].cells, LIST_COLUMNS, strict=True):
        cell.text = column.title
    for row in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = cell_text(value)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def best(fn, repeats: int = REPEATS) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        size = len(fn())
        times.append(time.perf_counter() - started)
    return min(times), size


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rows = sample_list_rows(count)

    def ours_docx() -> bytes:
        buf = io.BytesIO()
        render_docx(sample_list(count), buf)
        return buf.getvalue()

    def ours_pdf() -> bytes:
        buf = io.BytesIO()
        render_pdf(sample_list(count), buf)
        return buf.getvalue()

    docx_s, docx_size = best(ours_docx)
    pdf_s, pdf_size = best(ours_pdf)
    bare_s, bare_size = best(lambda: bare_python_docx(rows), repeats=1)
    print(f"{count} rows, best of {REPEATS}")
    print(f"render_docx          {docx_s:6.2f} s  {docx_size / 1e3:8.0f} KB")
    print(f"render_pdf           {pdf_s:6.2f} s  {pdf_size / 1e3:8.0f} KB   (docx/pdf {docx_s / pdf_s:.2f})")
    print(f"bare python-docx     {bare_s:6.2f} s  {bare_size / 1e3:8.0f} KB   (docx/bare {docx_s / bare_s:.2f})")


if __name__ == "__main__":
    main()
