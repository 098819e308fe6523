"""`dnnd selftest`: prove an installed or frozen build works, without touching the user's data.

Each check is a function registered in CHECKS; it gets a scratch folder (inside a temporary folder
that is deleted afterwards) and returns a short Vietnamese description of what it verified, or
raises. Later features add their own checks with @check(name). Exit 0 only when every check passed.

    dnnd selftest [--only NAME ...]      run all checks, or the named ones
    dnnd selftest --measure-startup      (hidden) time process start -> main window shown, for the
                                         closing note; the folder of --data-dir must be set up
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from .base import Cli

CHECKS: list[tuple[str, Callable[[Path], str]]] = []
SELFTEST_PASSPHRASE = "tu-kiem-tra-123"
VIETNAMESE_SAMPLE = "Người Việt Nam ở nước ngoài — Đỗ Văn Dương, ĐẶNG THỊ HẰNG, Ủy ban MTTQ xã Y Tý"


def check(name: str):
    def deco(fn: Callable[[Path], str]) -> Callable[[Path], str]:
        CHECKS.append((name, fn))
        return fn
    return deco


def _installation(tmp: Path):
    """A throwaway set-up installation in `tmp` (fast key derivation: it protects nothing)."""
    from ..database_url import sqlite_url
    from ..paths import DB_FILE_NAME, DataDir
    from ..services.installation import FAST_KDF_LIMITS, SetupRequest, setup_installation

    # Always a scratch SQLite file, even when DNND_DATABASE_URL names a server: the selftest never
    # writes to the office's real database (the "server" check only reads it).
    data = DataDir(tmp / "data", sqlite_url(tmp / "data" / DB_FILE_NAME))
    setup_installation(data, SetupRequest(
        level="commune", province_code=15, unit_name="Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam xã Bát Xát", parent_body=None, symbol="MTTQ-BTT",
        place_name="Bát Xát", head_title="Chủ tịch", head_name="Kiểm Tra", officer_name="Tự kiểm tra",
        officer_password=None, passphrase=SELFTEST_PASSPHRASE), kdf=FAST_KDF_LIMITS)
    return data


@check("resources")
def _resources(_tmp: Path) -> str:
    from .. import paths

    needed = [paths.fonts_dir() / "LiberationSerif-Regular.ttf", paths.fonts_dir() / "LiberationSerif-Bold.ttf",
              paths.fonts_dir() / "LICENSE-LiberationSerif-OFL.txt", paths.migrations_dir() / "env.py",
              paths.migrations_dir() / "script.py.mako", paths.translations_dir() / "dnnd_vi.qm",
              paths.icons_dir() / "app.svg"]
    missing = [str(p) for p in needed if not p.exists()]
    revisions = list((paths.migrations_dir() / "versions").glob("*.py"))
    if not revisions:
        missing.append(str(paths.migrations_dir() / "versions" / "*.py"))
    if missing:
        raise RuntimeError("thiếu tệp: " + ", ".join(missing))
    return (f"Có đủ phông chữ (kèm giấy phép), bản dịch, biểu tượng và {len(revisions)} kịch bản nâng cấp "
            "cơ sở dữ liệu")


@check("database")
def _database(tmp: Path) -> str:
    from ..services.app_context import open_context
    from ..services.record_writer import RecordWriter
    from ..storage.migrate import current_revision, head_revision
    from ..storage.models import Household
    from ..storage.sqlite_files import integrity_ok

    data = _installation(tmp)
    ctx = open_context(data)
    try:
        with ctx.session() as s:
            RecordWriter(s, ctx).create(Household, {"head_name": "Nguyễn Văn Đức"})
    finally:
        ctx.close()
    if current_revision(data.database) != head_revision():
        raise RuntimeError("cơ sở dữ liệu chưa được nâng cấp tới phiên bản mới nhất")
    if not integrity_ok(data.database):
        raise RuntimeError("kiểm tra toàn vẹn cơ sở dữ liệu không đạt")
    return f"Tạo, nâng cấp (tới {head_revision()}) và ghi cơ sở dữ liệu tạm thời"


_CONFIGURED: dict[str, object] = {}
"""The data folder the command was given (set by `run`), for the checks that look at it."""


@check("server")
def _server(_tmp: Path) -> str:
    """On a server installation: the configured PostgreSQL answers, is at the head revision and has
    its search index. Read-only: nothing is written to the office's database."""
    from sqlalchemy import pool, text

    from ..database_url import is_sqlite, mask
    from ..storage.engine import check_connection, make_engine
    from ..storage.migrate import current_revision, head_revision

    data = _CONFIGURED.get("data_dir")
    url = data.database_url if data is not None else ""
    if not url or is_sqlite(url):
        return "Dùng tệp dữ liệu trên máy này (không dùng máy chủ cơ sở dữ liệu)"
    engine = make_engine(url, poolclass=pool.NullPool)
    try:
        check_connection(engine)
        revision = current_revision(url)
        if revision is not None and revision != head_revision():
            raise RuntimeError(f"cơ sở dữ liệu máy chủ ở phiên bản {revision}, phần mềm cần {head_revision()}")
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one()
            trgm = conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar_one()
        if revision is not None and not trgm:
            raise RuntimeError("máy chủ thiếu phần mở rộng pg_trgm (tìm kiếm)")
    finally:
        engine.dispose()
    state = "chưa thiết lập" if revision is None else f"phiên bản {revision}"
    return f"Kết nối máy chủ PostgreSQL {version} ({mask(url)}): {state}"


@check("units")
def _units(_tmp: Path) -> str:
    from babel import Locale

    from ..domain.units import communes, provinces

    n_provinces = len(provinces())
    n_communes = sum(len(communes(p.code)) for p in provinces())
    if n_provinces != 34 or n_communes < 3000:
        raise RuntimeError(f"danh mục đơn vị hành chính không đầy đủ ({n_provinces} tỉnh, {n_communes} xã)")
    vn = Locale("vi").territories.get("VN")
    if vn != "Việt Nam":
        raise RuntimeError(f"thiếu dữ liệu tên nước tiếng Việt (Babel): VN = {vn!r}")
    return f"Danh mục {n_provinces} tỉnh, thành phố và {n_communes} xã, phường; tên nước tiếng Việt"


@check("pdf")
def _pdf(tmp: Path) -> str:
    from ..exchange.pdf import document_fonts, render_pdf
    from ..exchange.pdf.samples import sample_report

    out = tmp / "bao-cao.pdf"
    render_pdf(sample_report(), out)
    raw = out.read_bytes()
    if not raw.startswith(b"%PDF-") or b"%%EOF" not in raw[-64:] or len(raw) < 5000:
        raise RuntimeError("tệp PDF tạo ra không hợp lệ")
    fonts = document_fonts()
    if b"FontFile2" not in raw:
        raise RuntimeError("phông chữ không được nhúng vào PDF")
    return f"Tạo văn bản PDF tiếng Việt ({len(raw) // 1024} KB, phông {fonts.source})"


@check("excel")
def _excel(tmp: Path) -> str:
    import openpyxl
    from python_calamine import CalamineWorkbook

    path = tmp / "danh-sach.xlsx"
    rows = [["STT", "Họ và tên", "Nước cư trú", "Ủng hộ (đồng)"],
            [1, "Đỗ Văn Dương", "Hoa Kỳ", 1234567], [2, VIETNAMESE_SAMPLE, "Lào", 0]]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    for r in rows:
        ws.append(r)
    wb.save(path)
    back = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Danh sách").to_python()
    normal = [[int(v) if isinstance(v, float) and v.is_integer() else v for v in r] for r in back]
    if normal != rows:
        raise RuntimeError(f"đọc lại tệp Excel không khớp: {normal!r}")
    return "Ghi tệp Excel (openpyxl) và đọc lại đúng tiếng Việt (calamine)"


@check("package")
def _package(tmp: Path) -> str:
    from ..exchange.keys import generate_keys
    from ..exchange.package import (
        Recipient,
        SenderIdentity,
        TrustedSigner,
        open_package,
        verify_package,
        write_package,
    )

    district, province = generate_keys(), generate_keys()
    files = {"report.json": json.dumps({"tieu_de": VIETNAMESE_SAMPLE}, ensure_ascii=False).encode("utf-8")}
    path = tmp / "goi.dnnd"
    write_package(path, kind="report", sender=SenderIdentity("huyen-bat-xat", "site-1", district),
                  recipients=[Recipient("tinh-lao-cai", province.public.box_pk)], files=files, schema_version=1)
    signer = TrustedSigner("huyen-bat-xat", district.public.sign_pk, frozenset({"report"}))
    from ..exchange.keys import key_id

    def trust(kid: str):
        return signer if kid == key_id(district.public.sign_pk) else None

    header = verify_package(path, trust)
    opened = open_package(path, trust=trust, me_office_id="tinh-lao-cai", my_secret=province, max_schema_version=1)
    if opened.files != files or header.kind != "report":
        raise RuntimeError("nội dung gói mở ra không khớp với nội dung đã gửi")
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1
    try:
        verify_package(bytes(raw), trust)
    except Exception:  # noqa: BLE001, S110 - any refusal is right; accepting is the failure
        pass
    else:
        raise RuntimeError("gói bị sửa đổi vẫn được chấp nhận")
    return "Tạo, ký, mã hóa, kiểm tra và mở gói .dnnd; gói bị sửa đổi bị từ chối"


@check("backup")
def _backup(tmp: Path) -> str:
    from ..services import backups
    from ..storage.migrate import current_revision

    data = _installation(tmp)
    info = backups.make_backup(data)
    old_site = backups.verify_backup(info.path, data).site_id
    result = backups.restore(data, info.path)
    if result.new_site_id == old_site or current_revision(data.database) is None:
        raise RuntimeError("khôi phục không cấp mã trạm mới")
    portable = backups.export_encrypted(data, tmp / "chuyen-may.dnndbak", SELFTEST_PASSPHRASE)
    backups.verify_backup(portable, passphrase=SELFTEST_PASSPHRASE)
    return "Sao lưu trực tuyến, kiểm tra, khôi phục (mã trạm mới) và sao lưu mã hóa để chuyển máy"


def _main_window(data_dir):
    """Build and show the main window the way the app does (offscreen unless a platform is set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from ..gui import i18n
        from ..gui.app import make_application
        from ..gui.main_window import MainWindow
    except ImportError as exc:
        raise RuntimeError(f"không nạp được giao diện (PySide6 hoặc gói gui): {exc}") from exc
    from ..services.app_context import open_context

    app = make_application([sys.argv[0]])
    i18n.set_language("vi")
    ctx = open_context(data_dir)
    window = MainWindow(ctx)
    window.show()
    for _ in range(20):
        app.processEvents()
        if window.isVisible() and window.windowHandle() is not None and window.windowHandle().isExposed():
            break
        time.sleep(0.01)
    return app, ctx, window


@check("gui")
def _gui(tmp: Path) -> str:
    data = _installation(tmp)
    app, ctx, window = _main_window(data)
    try:
        if not window.isVisible():
            raise RuntimeError("cửa sổ chính không hiện")
        title = window.windowTitle()
        pages = window.nav.count() if hasattr(window, "nav") else 0
    finally:
        window.runner.cancel_all() if hasattr(window, "runner") else None
        window.close()
        ctx.close()
        app.processEvents()
    return f"Mở cửa sổ chính ({app.platformName()}): «{title}», {pages} mục điều hướng"


def register(sub, common) -> None:
    p = sub.add_parser("selftest", parents=[common], help="tự kiểm tra bản cài đặt")
    p.add_argument("--only", action="append", metavar="TÊN", help="chỉ chạy phần kiểm tra này (có thể lặp lại)")
    p.add_argument("--measure-startup", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def _process_start() -> float:
    """Wall-clock time the process started: DNND_STARTUP_T0 (set by the measuring script just
    before it spawned us), else the kernel's record on Linux, else now."""
    t0 = os.environ.get("DNND_STARTUP_T0")
    if t0:
        return float(t0)
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        boot = next(float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime"))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return time.time()


def measure_startup(cli: Cli) -> int:
    """Process start -> main window shown, on an installation that is already set up (the same
    steps as `dnnd gui` minus the single-instance lock and the login dialog)."""
    t0 = _process_start()
    app, ctx, window = _main_window(cli.data_dir)
    shown_ms = (time.time() - t0) * 1000
    window.close()
    ctx.close()
    cli.emit({"startup_ms": round(shown_ms), "platform": app.platformName(),
              "frozen": bool(getattr(sys, "frozen", False))},
             f"Khởi động tới khi hiện cửa sổ chính: {shown_ms:.0f} ms")
    return 0


def run(cli: Cli) -> int:
    if getattr(cli.args, "measure_startup", False):
        return measure_startup(cli)
    only = set(cli.args.only or [])
    unknown = only - {name for name, _ in CHECKS}
    if unknown:
        sys.stderr.write(f"Lỗi cú pháp lệnh: không có phần kiểm tra {', '.join(sorted(unknown))}. "
                         f"Có: {', '.join(n for n, _ in CHECKS)}.\n")
        return 2
    results = []
    _CONFIGURED["data_dir"] = cli.data_dir
    with tempfile.TemporaryDirectory(prefix="dnnd-selftest-") as tmp:
        for name, fn in CHECKS:
            if only and name not in only:
                continue
            sub = Path(tmp) / name
            sub.mkdir()
            started = time.perf_counter()
            try:
                results.append({"check": name, "ok": True, "detail": fn(sub)})
            except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the others
                results.append({"check": name, "ok": False, "detail": f"{exc}",
                                "trace": traceback.format_exc(limit=3)})
            results[-1]["seconds"] = round(time.perf_counter() - started, 2)
            if not cli.json:
                r = results[-1]
                sys.stdout.write(f"[{'ĐẠT' if r['ok'] else 'LỖI'}] {name}: {r['detail']}\n")
                sys.stdout.flush()
    ok = all(r["ok"] for r in results)
    cli.emit({"ok": ok, "checks": results},
             "Tự kiểm tra: tất cả đều đạt." if ok else "Tự kiểm tra: CÓ LỖI (xem các dòng LỖI ở trên).")
    return 0 if ok else 1
