"""Issue 16 item 5: small files that are huge once read are refused before the work, in a process
that stays under 300 MB (measured in a fresh process: tests/support/bomb_probe.py), with a
Vietnamese message. Fast sizes here; tests/campaigns/bombs.py runs the issue's full sizes.

Hand counts: the row bomb has 400,000 data rows (limit 300,000); the wide bomb 3,000 rows each
with a value in column XFD (16,384 columns: a 49-million-cell grid); the merge bomb 2,000 merged
ranges over a 20,000-row sheet (its 20,001 rows are read, each household name filled once).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_packages_world import close_world, make_office

from dnnd_desktop.domain.errors import Cancelled
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange.excel.reader import fill_merged_down, read_sheet
from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
from dnnd_desktop.exchange.package.strict_json import dumps_canonical
from dnnd_desktop.services.packages import export_package
from dnnd_desktop.services.packages.common import SCHEMA_VERSION
from dnnd_desktop.services.records.record_service import RecordService
from tests.conftest import PASSPHRASE
from tests.support import bombs

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "support" / "bomb_probe.py"
PEAK_MB = 300


def probe(*args: str | Path) -> dict:
    done = subprocess.run([sys.executable, str(PROBE), *map(str, args)], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    print(args[0], out)   # figures for the report (pytest -s)
    return out


@pytest.mark.parametrize(("build", "size", "code"), [
    (bombs.xlsx_with_rows, 400_000, "too_many_rows"),
    (bombs.xlsx_rows_without_refs, 400_000, "too_many_rows"),
    (bombs.xlsx_wide, 3_000, "sheet_too_large"),
])
def test_excel_bombs_are_refused_before_loading(tmp_path, build, size, code):
    path = build(tmp_path / "bom.xlsx", size)
    assert path.stat().st_size < 5 * 1024 * 1024
    out = probe("excel", path)
    assert out["code"] == code, out
    assert out["peak_mb"] < PEAK_MB, out
    assert "tách" in out["message"] or "quá lớn" in out["message"], out["message"]


def test_two_thousand_merged_ranges_are_read_in_linear_time_and_bounded_memory(tmp_path):
    path = bombs.xlsx_with_merges(tmp_path / "gop.xlsx", 20_000, 2_000)
    out = probe("excel", path)
    assert out["code"] is None and out["result"] == {"rows": 20_001}, out
    assert out["peak_mb"] < PEAK_MB, out


def test_merged_cells_fill_can_be_cancelled(tmp_path):
    path = bombs.xlsx_with_merges(tmp_path / "gop.xlsx", 2_000, 2_000)
    cancel = CancelToken()

    def progress(done, total, label=""):
        cancel.cancel()   # the person presses Cancel as soon as reading starts

    with pytest.raises(Cancelled):
        read_sheet(path, progress=progress, cancel=cancel)
    data = read_sheet(path)
    stopped = CancelToken()
    stopped.cancel()
    with pytest.raises(Cancelled):
        fill_merged_down(data, cancel=stopped)


def test_lying_zip_sizes_are_refused_as_damaged(tmp_path):
    path = bombs.xlsx_with_rows(tmp_path / "noi-doi.xlsx", 2_000)
    data = bytearray(path.read_bytes())
    # Declare the sheet smaller than it is, in its local header and in the central directory.
    import zipfile
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    real = info.file_size.to_bytes(4, "little")
    lie = (info.file_size // 10).to_bytes(4, "little")
    assert data.count(real) >= 2
    data = data.replace(real, lie)
    path.write_bytes(bytes(data))
    out = probe("excel", path)
    assert out["code"] == "corrupt", out
    assert "bị hỏng" in out["message"]


def test_malformed_sheet_xml_gets_a_vietnamese_message(tmp_path):
    path = tmp_path / "xml-hong.xlsx"
    bombs.xlsx_with_rows(path, 10)
    import zipfile
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b"</sheetData>", b"<row r=")
    with zipfile.ZipFile(path, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)
    out = probe("excel", path)
    assert out["code"] in ("corrupt_sheet", "corrupt"), out
    assert "hỏng" in out["message"], out["message"]


@pytest.fixture
def offices(tmp_path):
    province = make_office(tmp_path, "tinh", level="province", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
                           parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai")
    district = make_office(tmp_path, "batxat")
    district.trust(province)
    province.trust(district)
    yield province, district
    close_world({"p": province, "d": district})


def _sync_bomb(province, district, tmp_path, records: bytes) -> Path:
    """A sync package validly signed by a trusted district, with `records` as its household lines."""
    from test_usb_sync_robust import _files_at

    RecordService(district.ctx).create("household", {"head_name": "Giàng Seo Tủa"})
    plain = tmp_path / "plain.dnnd"
    export_package(district.ctx, kind="sync", to=province.id, out_path=plain, secret=district.secret)
    files = dict(_files_at(province, plain), **{"records/household.jsonl": records})
    out = tmp_path / "bom.dnnd"
    write_package(out, kind="sync", sender=SenderIdentity(district.id, district.ctx.installation.site_id,
                                                          district.secret),
                  recipients=[Recipient(province.id, province.secret.public.box_pk)], files=files,
                  schema_version=SCHEMA_VERSION)
    return out


def test_package_with_one_huge_record_line_is_refused_while_decrypting(offices, tmp_path):
    province, district = offices
    line = b'{"id":"' + b"x" * (40 * 1024 * 1024) + b'"}\n'
    path = _sync_bomb(province, district, tmp_path, line)
    province.ctx.close()
    out = probe("package", province.data_dir.root, path, PASSPHRASE)
    assert out["code"] == "record_line_too_long", out
    assert out["peak_mb"] < PEAK_MB, out


def test_package_with_more_lines_than_its_description_is_refused_before_reading_them(offices, tmp_path):
    """40 MB of record lines (the same record again and again) where the changeset lists one."""
    province, district = offices
    from test_usb_sync_robust import _files_at

    RecordService(district.ctx).create("household", {"head_name": "Lò Thị Mai"})
    plain = tmp_path / "mot.dnnd"
    export_package(district.ctx, kind="sync", to=province.id, out_path=plain, secret=district.secret)
    line = _files_at(province, plain)["records/household.jsonl"].strip() + b"\n"
    copies = 40 * 1024 * 1024 // len(line)
    path = _sync_bomb(province, district, tmp_path, line * copies)
    province.ctx.close()
    out = probe("package", province.data_dir.root, path, PASSPHRASE)
    assert out["code"] == "record_count_mismatch", out
    # Its own message (issue 16): what is wrong, with the counts, and what to do; not "content not valid".
    assert f"{copies:,}".replace(",", ".") in out["message"] and "ghi 1:" in out["message"], out["message"]
    assert "không hợp lệ" not in out["message"], out["message"]
    assert out["peak_mb"] < PEAK_MB, out


def test_package_of_many_junk_lines_it_declares_is_read_streaming(offices, tmp_path):
    """50,000 distinct junk record lines (the full campaign: 685,767), the changeset counting them: read streaming,
    and refused whole once more than MAX_UNREADABLE_LINES cannot be read (before, every line was read and refused
    one by one: 177 s for the full campaign), nothing written, memory bounded."""
    import json as json_module

    province, district = offices
    from test_usb_sync_robust import _files_at

    RecordService(district.ctx).create("household", {"head_name": "Lò Thị Mai"})
    plain = tmp_path / "mot.dnnd"
    export_package(district.ctx, kind="sync", to=province.id, out_path=plain, secret=district.secret)
    files = _files_at(province, plain)
    lines = [json_module.dumps({"id": f"{i:08d}-0000-4000-8000-000000000000", "ghi_chu": f"dòng rác {i}"},
                               ensure_ascii=False).encode() for i in range(50_000)]
    body = b"\n".join(lines) + b"\n"
    head = json_module.loads(files["changeset.json"])
    head["counts"] = {"household": len(lines)}
    files.update({"records/household.jsonl": body, "changeset.json": dumps_canonical(head)})
    out_path = tmp_path / "rac.dnnd"
    write_package(out_path, kind="sync", sender=SenderIdentity(district.id, district.ctx.installation.site_id,
                                                               district.secret),
                  recipients=[Recipient(province.id, province.secret.public.box_pk)], files=files,
                  schema_version=SCHEMA_VERSION)
    province.ctx.close()
    out = probe("package", province.data_dir.root, out_path, PASSPHRASE)
    assert out["code"] == "too_many_unreadable_records", out
    assert out["peak_mb"] < PEAK_MB, out


def test_package_with_a_huge_json_document_is_refused_from_its_manifest(offices, tmp_path):
    """A report package whose reports.json unpacks to 24 MB (json.loads of it takes hundreds of MB)."""
    province, district = offices
    report = b'{"id":"r","note":"' + b"a" * 100 + b'"}'
    document = b'{"reports":[' + b",".join([report] * 200_000) + b"]}"
    out_path = tmp_path / "report.dnnd"
    write_package(out_path, kind="report", sender=SenderIdentity(district.id, district.ctx.installation.site_id,
                                                                 district.secret),
                  recipients=[Recipient(province.id, province.secret.public.box_pk)],
                  files={"reports.json": document}, schema_version=SCHEMA_VERSION)
    province.ctx.close()
    out = probe("package", province.data_dir.root, out_path, PASSPHRASE)
    assert out["code"] == "too_large", out
    assert "16 MB" in out["message"], out["message"]
    assert out["peak_mb"] < PEAK_MB, out
