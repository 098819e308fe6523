"""Exported lists and templates print well: A4, fitted to the page width, landscape when wide, the
header row repeated on every page, a footer with the office, the list and "Trang &P/&N"."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.exchange.excel import SheetColumn, write_table
from dnnd_desktop.services.excel import export_list, import_excel, write_kind_template


def _assert_printable(ws, header_row: int, *, landscape: bool | None = None) -> None:
    ps = ws.page_setup
    assert int(ps.paperSize) == 9   # A4
    assert int(ps.fitToWidth) == 1 and int(ps.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${header_row}:${header_row}"
    assert ws.oddFooter.right.text == "Trang &P/&N"
    if landscape is not None:
        assert ps.orientation == ("landscape" if landscape else "portrait")


@pytest.mark.parametrize("cli", ["households", "persons", "activities", "twinnings", "partners"])
def test_every_list_export_prints_on_a4_fitted_with_repeated_header(ctx, tmp_path, cli):
    import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"))
    out = tmp_path / f"{cli}.xlsx"
    export_list(ctx, cli, out)
    ws = load_workbook(out).active
    _assert_printable(ws, header_row=4)
    assert ws.oddFooter.left.text == ctx.installation.office_name
    assert ws.oddFooter.center.text.startswith("Danh sách ")
    if cli == "households":
        assert ws.page_setup.orientation == "landscape"   # a wide list


def test_narrow_list_is_portrait_and_ampersands_are_escaped(tmp_path):
    out = tmp_path / "narrow.xlsx"
    write_table(out, [SheetColumn("Tên"), SheetColumn("Năm", "year")], [["A", 1990]],
                title_lines=["X"], office="Hội A & B", print_title="Danh sách")
    ws = load_workbook(out).active
    _assert_printable(ws, header_row=2, landscape=False)
    assert ws.oddFooter.left.text == "Hội A && B"


@pytest.mark.parametrize("cli", ["households", "persons", "activities", "twinnings", "partners"])
def test_templates_print_too(ctx, tmp_path, cli):
    out = write_kind_template(ctx, cli, tmp_path / f"mau-{cli}.xlsx")
    wb = load_workbook(out)
    _assert_printable(wb["Danh sách"], header_row=2)
    assert wb["Danh sách"].oddFooter.center.text.startswith("Mẫu nhập danh sách")
    _assert_printable(wb["Hướng dẫn"], header_row=1)
