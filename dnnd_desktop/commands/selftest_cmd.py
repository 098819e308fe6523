"""`dnnd selftest`: prove an installed or frozen build works, without touching the user's data.

Each check is a function registered in CHECKS; it gets a scratch folder (inside a temporary folder
that is deleted afterwards) and returns a short description (a catalogue text) of what it
verified, or raises. The sample data stays Vietnamese: Vietnamese text is what it checks. Later
features add their own checks with @check(name). Exit 0 only when every check passed.

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
from typing import TYPE_CHECKING

from ..domain.messages import Message, translate
from .base import Cli

if TYPE_CHECKING:
    from ..paths import DataDir

CHECKS: list[tuple[str, Callable[[Path], Message]]] = []
SELFTEST_PASSPHRASE = "tu-kiem-tra-123"
VIETNAMESE_SAMPLE = "Người Việt Nam ở nước ngoài — Đỗ Văn Dương, ĐẶNG THỊ HẰNG, Ủy ban MTTQ xã Y Tý"


def check(name: str):
    def deco(fn: Callable[[Path], Message]) -> Callable[[Path], Message]:
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
def _resources(_tmp: Path) -> Message:
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
        raise RuntimeError(translate("CliSelftest", "files missing: {files}").format(files=", ".join(missing)))
    return translate("CliSelftest", "The fonts (with their licence), the translation, the icons and {count} "
                                    "database upgrade scripts are all there").format(count=len(revisions))


@check("database")
def _database(tmp: Path) -> Message:
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
        raise RuntimeError(translate("CliSelftest", "the database was not upgraded to the latest version"))
    if not integrity_ok(data.database):
        raise RuntimeError(translate("CliSelftest", "the database integrity check failed"))
    return translate("CliSelftest", "Created, upgraded (to {revision}) and wrote a temporary database").format(
        revision=head_revision())


_CONFIGURED: dict[str, DataDir] = {}
"""The data folder the command was given (set by `run`), for the checks that look at it."""


@check("server")
def _server(_tmp: Path) -> Message:
    """On a server installation: the configured PostgreSQL answers, is at the head revision and has
    its search index. Read-only: nothing is written to the office's database."""
    from sqlalchemy import pool, text

    from ..database_url import is_sqlite, mask
    from ..storage.engine import check_connection, make_engine
    from ..storage.migrate import current_revision, head_revision

    data = _CONFIGURED.get("data_dir")
    url = data.database_url if data is not None else ""
    if not url or is_sqlite(url):
        return translate("CliSelftest", "Uses the data file on this computer (no database server)")
    engine = make_engine(url, poolclass=pool.NullPool)
    try:
        check_connection(engine)
        revision = current_revision(url)
        if revision is not None and revision != head_revision():
            raise RuntimeError(translate(
                "CliSelftest", "the server's database is at version {revision}, the software needs {head}").format(
                    revision=revision, head=head_revision()))
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar_one()
            trgm = conn.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar_one()
        if revision is not None and not trgm:
            raise RuntimeError(translate("CliSelftest", "the server lacks the pg_trgm extension (search)"))
    finally:
        engine.dispose()
    state = (translate("CliSelftest", "not set up") if revision is None
             else translate("CliSelftest", "version {revision}").format(revision=revision))
    return translate("CliSelftest", "Connected to the PostgreSQL {version} server ({url}): {state}").format(
        version=version, url=mask(url), state=state)


@check("units")
def _units(_tmp: Path) -> Message:
    from babel import Locale

    from ..domain.units import communes, provinces

    n_provinces = len(provinces())
    n_communes = sum(len(communes(p.code)) for p in provinces())
    if n_provinces != 34 or n_communes < 3000:
        raise RuntimeError(translate("CliSelftest", "the list of administrative units is incomplete ({provinces} "
                                                    "provinces, {communes} communes)").format(
                                                        provinces=n_provinces, communes=n_communes))
    vn = Locale("vi").territories.get("VN")
    if vn != "Việt Nam":
        raise RuntimeError(translate("CliSelftest", "the Vietnamese country names (Babel) are missing: VN = {value}")
                           .format(value=repr(vn)))
    return translate("CliSelftest", "The list of {provinces} provinces and cities and {communes} communes and "
                                    "wards; Vietnamese country names").format(provinces=n_provinces,
                                                                              communes=n_communes)


@check("pdf")
def _pdf(tmp: Path) -> Message:
    from ..exchange.pdf import document_fonts, render_pdf
    from ..exchange.pdf.samples import sample_report

    out = tmp / "bao-cao.pdf"
    render_pdf(sample_report(), out)
    raw = out.read_bytes()
    if not raw.startswith(b"%PDF-") or b"%%EOF" not in raw[-64:] or len(raw) < 5000:
        raise RuntimeError(translate("CliSelftest", "the PDF file made is not valid"))
    fonts = document_fonts()
    if b"FontFile2" not in raw:
        raise RuntimeError(translate("CliSelftest", "the fonts are not embedded in the PDF"))
    return translate("CliSelftest", "Made a Vietnamese PDF document ({size} KB, font {font})").format(
        size=len(raw) // 1024, font=fonts.source)


@check("excel")
def _excel(tmp: Path) -> Message:
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
        raise RuntimeError(translate("CliSelftest", "the Excel file read back differs: {rows}").format(
            rows=repr(normal)))
    return translate("CliSelftest", "Wrote an Excel file (openpyxl) and read the Vietnamese back correctly "
                                    "(calamine)")


@check("package")
def _package(tmp: Path) -> Message:
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
        raise RuntimeError(translate("CliSelftest", "the content of the opened package differs from what was sent"))
    raw = bytearray(path.read_bytes())
    raw[-1] ^= 1
    try:
        verify_package(bytes(raw), trust)
    except Exception:  # noqa: BLE001, S110 - any refusal is right; accepting is the failure
        pass
    else:
        raise RuntimeError(translate("CliSelftest", "a changed package was still accepted"))
    return translate("CliSelftest", "Made, signed, encrypted, checked and opened a .dnnd package; a changed "
                                    "package is refused")


@check("backup")
def _backup(tmp: Path) -> Message:
    from ..services import backups
    from ..storage.migrate import current_revision

    data = _installation(tmp)
    info = backups.make_backup(data)
    old_site = backups.verify_backup(info.path, data).site_id
    result = backups.restore(data, info.path)
    if result.new_site_id == old_site or current_revision(data.database) is None:
        raise RuntimeError(translate("CliSelftest", "the restore did not give a new site id"))
    portable = backups.export_encrypted(data, tmp / "chuyen-may.dnndbak", SELFTEST_PASSPHRASE)
    backups.verify_backup(portable, passphrase=SELFTEST_PASSPHRASE)
    return translate("CliSelftest", "Online backup, check, restore (new site id) and encrypted backup for moving "
                                    "to another computer")


def _main_window(data_dir):
    """Build and show the main window the way the app does (offscreen unless a platform is set)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from ..gui import i18n
        from ..gui.app import make_application
        from ..gui.main_window import MainWindow
    except ImportError as exc:
        raise RuntimeError(translate("CliSelftest", "cannot load the interface (PySide6 or the gui package): "
                                                    "{error}").format(error=str(exc))) from exc
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
def _gui(tmp: Path) -> Message:
    data = _installation(tmp)
    app, ctx, window = _main_window(data)
    try:
        if not window.isVisible():
            raise RuntimeError(translate("CliSelftest", "the main window does not show"))
        title = window.windowTitle()
        pages = window.nav.count() if hasattr(window, "nav") else 0
    finally:
        window.runner.cancel_all() if hasattr(window, "runner") else None
        window.close()
        ctx.close()
        app.processEvents()
    return translate("CliSelftest", "Opened the main window ({platform}): “{title}”, {pages} navigation items").format(
        platform=app.platformName(), title=title, pages=pages)


def register(sub, common) -> None:
    p = sub.add_parser("selftest", parents=[common], help=translate("CliHelp", "check the installation").text())
    p.add_argument("--only", action="append", metavar=translate("CliHelp", "NAME").text(),
                   help=translate("CliHelp", "only run this check (may be repeated)").text())
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
             translate("CliSelftest", "Start until the main window shows: {ms} ms").format(ms=f"{shown_ms:.0f}"))
    return 0


def run(cli: Cli) -> int:
    if getattr(cli.args, "measure_startup", False):
        return measure_startup(cli)
    only = set(cli.args.only or [])
    unknown = only - {name for name, _ in CHECKS}
    if unknown:
        sys.stderr.write(translate("CliSelftest", "Command syntax error: there is no check {unknown}. There are: "
                                                  "{known}.").format(unknown=", ".join(sorted(unknown)),
                                                                     known=", ".join(n for n, _ in CHECKS)).text()
                         + "\n")
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
                results.append({"check": name, "ok": True, "detail": str(fn(sub))})
            except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the others
                results.append({"check": name, "ok": False, "detail": f"{exc}",
                                "trace": traceback.format_exc(limit=3)})
            results[-1]["seconds"] = round(time.perf_counter() - started, 2)
            if not cli.json:
                r = results[-1]
                mark = translate("CliSelftest", "PASS") if r["ok"] else translate("CliSelftest", "FAIL")
                sys.stdout.write(f"[{mark}] {name}: {r['detail']}\n")
                sys.stdout.flush()
    ok = all(r["ok"] for r in results)
    cli.emit({"ok": ok, "checks": results},
             translate("CliSelftest", "Self-test: everything passed.") if ok else
             translate("CliSelftest", "Self-test: THERE ARE FAILURES (see the FAIL lines above)."))
    return 0 if ok else 1
