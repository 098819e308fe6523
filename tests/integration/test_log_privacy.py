"""A whole working day through the services and the CLI, then every file under <data>/logs is
searched for the personal data entered that day: the log tells what was done (operations, counts,
error codes) and never whom it was about."""
from __future__ import annotations

import logging
import re

from dnnd_desktop.cli import main
from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.logging_setup import configure_logging
from dnnd_desktop.services.backups import make_backup
from dnnd_desktop.services.excel import export_list, import_excel
from dnnd_desktop.services.packages import export_package
from dnnd_desktop.services.records import PersonInput, RecordQueryService, RecordService
from dnnd_desktop.services.reports import ReportService
from tests.unit.test_packages_world import close_world, make_world

HEAD = "Sùng Thị Xoan Riêng"
PERSON = "Sùng A Pháo Bí Mật"
PHONE = "0987 654 321"
ID_NUMBER = "038196001234"


def _logs(root) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = sorted((root / "logs").rglob("*"))
    assert files, "no log written"
    return "".join(f.read_text(encoding="utf-8", errors="replace") for f in files if f.is_file())


def test_a_day_of_work_leaves_operations_in_the_log_and_no_personal_data(tmp_path, capsys):
    world = make_world(tmp_path)
    try:
        office, peer = world["a"], world["b"]
        root = office.data_dir.root
        configure_logging(root)   # what the entry points do at start
        ctx = office.ctx
        records = RecordService(ctx)
        saved = records.save_household(
            {"head_name": HEAD, "phone": PHONE, "id_number": ID_NUMBER, "village": "Bản Xèo"},
            [PersonInput(values={"full_name": PERSON, "country": "KR", "id_number": "B" + ID_NUMBER})])
        assert saved
        hits = RecordQueryService(ctx).search("xoan rieng").hits
        assert [h.name for h in hits] == [HEAD]
        assert main(["--data-dir", str(root), "search", "xoan", "rieng"]) == 0
        export_list(ctx, "household", tmp_path / f"Hộ {HEAD} {PHONE}.xlsx")
        reports = ReportService(ctx)
        report = reports.create("2026-H1")
        reports.export(report.id, tmp_path / f"Báo cáo {HEAD}.pdf")
        make_backup(office.data_dir, note=f"trước khi gửi, hộ {HEAD}")
        export_package(ctx, kind="sync", to=peer.id, out_path=tmp_path / f"{HEAD}.dnnd", secret=office.secret)
        bad = tmp_path / f"Danh sách {HEAD} {ID_NUMBER}.xlsx"
        bad.write_text("not a workbook", encoding="utf-8")
        try:
            import_excel(ctx, "households", bad)
        except DnndError:
            pass
        else:
            raise AssertionError("a text file is not an Excel workbook")
    finally:
        close_world(world)

    text = _logs(root)
    digits = re.sub(r"\D", "", PHONE)
    for planted in (HEAD, PERSON, "Xoan Riêng", "Bí Mật", PHONE, digits, ID_NUMBER):
        assert planted not in text, planted
    # ... while the operations are there, with counts and error codes.
    for line in ("database opened", "saved: ", "started: command search", "command search finished: exit 0",
                 "excel_export finished", "report_create finished", "report_export finished",
                 "backup finished", "package_export finished", "excel_read refused: code"):
        assert line in text, line
    assert re.search(r"excel_export finished in [\d.]+ s: .*file \.xlsx, \d+ bytes", text)
