"""How long a 2,000-row, 8-column list takes through render_pdf, against bare reportlab platypus
laying out the same table in the same font (plain string cells, no letterhead), in one run.

    .venv/bin/python tests/benchmarks/bench_pdf_list.py [rows]

The target is render_pdf <= 1.5 s for 2,000 rows on an office laptop.
"""
from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout, no install

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from dnnd_desktop.exchange.pdf import document_fonts, render_pdf
from dnnd_desktop.exchange.pdf.samples import LIST_COLUMNS, sample_list
from dnnd_desktop.exchange.pdf.tables import column_widths
from dnnd_desktop.exchange.pdf.wording import cell_text

REPEATS = 3


def bare_platypus(rows: list[list], font: str, bold: str) -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=30 * mm,
                            rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    data = [[c.title for c in LIST_COLUMNS]] + [[cell_text(v) for v in r] for r in rows]
    table = LongTable(data, colWidths=column_widths([c.width_weight for c in LIST_COLUMNS],
                                                    doc.width), repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 11),
                               ("FONT", (0, 0), (-1, 0), bold, 11),
                               ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    doc.build([table])
    return buf.getvalue()


def timed(fn) -> float:
    best = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        best.append(time.perf_counter() - start)
    return min(best), statistics.median(best)


def main(rows: int = 2000) -> None:
    fonts = document_fonts()  # registration is not part of either figure
    doc = sample_list(rows)
    data = doc.blocks[0].rows
    ours = timed(lambda: render_pdf(doc, io.BytesIO()))
    bare = timed(lambda: bare_platypus(data, fonts.regular, fonts.bold))
    print(f"font: {fonts.source}; {rows} rows x {len(LIST_COLUMNS)} columns; best/median of {REPEATS}")
    print(f"render_pdf       {ours[0]:.3f} s / {ours[1]:.3f} s")
    print(f"bare platypus    {bare[0]:.3f} s / {bare[1]:.3f} s")
    print(f"ratio            {ours[0] / bare[0]:.2f}x")
    print(f"target <= 1.5 s: {'met' if ours[0] <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
