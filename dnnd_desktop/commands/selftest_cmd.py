"""`dnnd selftest`: prove an installed or frozen build works, without touching the user's data.

Each check is a function registered in CHECKS; it gets a scratch folder and returns a short
Vietnamese description of what it verified, or raises. Later features add their own checks.
"""
from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path
from typing import Callable

from .base import Cli

CHECKS: list[tuple[str, Callable[[Path], str]]] = []


def check(name: str):
    def deco(fn: Callable[[Path], str]) -> Callable[[Path], str]:
        CHECKS.append((name, fn))
        return fn
    return deco


@check("resources")
def _resources(_tmp: Path) -> str:
    from .. import paths

    needed = [paths.fonts_dir() / "LiberationSerif-Regular.ttf", paths.migrations_dir() / "env.py"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        raise RuntimeError("thiếu tệp: " + ", ".join(missing))
    return "Có đủ phông chữ, bản dịch và kịch bản nâng cấp cơ sở dữ liệu"


@check("database")
def _database(tmp: Path) -> str:
    from ..paths import DataDir
    from ..services.app_context import open_context
    from ..services.installation import SetupRequest, setup_installation
    from ..services.record_writer import RecordWriter
    from ..storage.models import Household
    from ..storage.sqlite import integrity_ok

    os.environ.setdefault("DNND_KDF_PROFILE", "fast")
    data = DataDir(tmp / "data")
    setup_installation(data, SetupRequest(
        level="commune", province_code=15, unit_name="Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam xã Bát Xát", parent_body=None, symbol="MTTQ-BTT",
        place_name="Bát Xát", head_title="Chủ tịch", head_name="Kiểm Tra", officer_name="Tự kiểm tra",
        officer_password=None, passphrase="tu-kiem-tra-123"))
    ctx = open_context(data)
    try:
        with ctx.session() as s:
            RecordWriter(s, ctx).create(Household, {"head_name": "Nguyễn Văn Đức"})
    finally:
        ctx.close()
    if not integrity_ok(data.database):
        raise RuntimeError("kiểm tra toàn vẹn cơ sở dữ liệu không đạt")
    return "Tạo, nâng cấp và ghi cơ sở dữ liệu tạm thời"


def register(sub, common) -> None:
    p = sub.add_parser("selftest", parents=[common], help="tự kiểm tra bản cài đặt")
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    results = []
    with tempfile.TemporaryDirectory(prefix="dnnd-selftest-") as tmp:
        for name, fn in CHECKS:
            sub = Path(tmp) / name
            sub.mkdir()
            try:
                results.append({"check": name, "ok": True, "detail": fn(sub)})
            except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the others
                results.append({"check": name, "ok": False, "detail": f"{exc}",
                                "trace": traceback.format_exc(limit=3)})
    ok = all(r["ok"] for r in results)
    cli.emit({"ok": ok, "checks": results}, lambda: "\n".join(
        f"[{'ĐẠT' if r['ok'] else 'LỖI'}] {r['check']}: {r['detail']}" for r in results
    ) + ("\nTự kiểm tra: tất cả đều đạt." if ok else "\nTự kiểm tra: CÓ LỖI."))
    return 0 if ok else 1
