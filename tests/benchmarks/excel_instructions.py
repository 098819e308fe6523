"""One piece of the households export, for counting its instructions with callgrind: on a shared
machine seconds move with the load, instruction counts do not (docs/excel.md, issue 12).

    valgrind --tool=callgrind --callgrind-out-file=cg.PIECE.K python tests/benchmarks/excel_instructions.py \\
        OFFICE_DATA PIECE K

Every run first does each piece once (imports, caches, the file read back), then PIECE K more
times; the difference between K=1 and K=0 is one PIECE (`grep summary: cg.*`). Pieces:
- export: `export_list` of the households list, whole;
- rows:   the same with the writer replaced by a loop that drops the rows (SQL, consent, labels);
- writer: our writer given the rows the export made;
- bare:   bare openpyxl write-only given the same rows.
OFFICE_DATA is a plain data folder with households and consents (`bench_excel.py --export-only
--office DIR` keeps one in DIR/data).
"""
from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from openpyxl import Workbook

from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.excel import export_list, export_service
from tests.support.run_cli import apply_test_settings


def main(data: Path, piece: str, times: int) -> None:
    apply_test_settings()
    ctx = open_context(DataDir(data))
    out = data.parent / "instructions.xlsx"
    made: dict = {}
    write_table = export_service.write_table

    def keep(path, columns, rows, **kw):
        made.update(rows=[list(r) for r in rows], columns=columns, kw=kw)
        return len(made["rows"])

    def drop(path, columns, rows, **kw):
        return sum(1 for _ in rows)

    def export() -> None:
        export_list(ctx, "households", out)

    def rows() -> None:
        with mock.patch.object(export_service, "write_table", drop):
            export_list(ctx, "households", out)

    def writer() -> None:
        write_table(out, made["columns"], [list(r) for r in made["rows"]], **made["kw"])

    def bare() -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("x")
        for r in [list(r) for r in made["rows"]]:
            ws.append(r)
        wb.save(str(out))

    with mock.patch.object(export_service, "write_table", keep):
        export_list(ctx, "households", out)
    pieces = {"export": export, "rows": rows, "writer": writer, "bare": bare}
    for fn in pieces.values():
        fn()
    for _ in range(times):
        pieces[piece]()
    ctx.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
