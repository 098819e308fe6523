"""The log file: rotating in <data>/logs, configured once per folder, tracebacks without exception
messages, long digit runs masked, operations logged with counts and error codes only."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.logging_setup import (
    MASK,
    configure_logging,
    current_log_file,
    mask_numbers,
    safe_traceback,
)
from dnnd_desktop.services.operation_log import logged_operation, result_summary

log = logging.getLogger("dnnd_desktop.tests")


def _text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted((folder / "logs").glob("dnnd.log*")))


def test_the_log_rotates_in_the_data_folder(tmp_path):
    path = configure_logging(tmp_path, max_bytes=2000, backup_count=2)
    assert path == tmp_path / "logs" / "dnnd.log" and current_log_file() == path
    for i in range(200):
        log.info("line %d of a long session", i)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["dnnd.log", "dnnd.log.1", "dnnd.log.2"]
    assert all(p.stat().st_size <= 2000 for p in (tmp_path / "logs").iterdir())
    assert "line 199 of a long session" in (tmp_path / "logs" / "dnnd.log").read_text(encoding="utf-8")


def test_configured_once_per_folder_and_moved_for_another(tmp_path):
    first = configure_logging(tmp_path / "a")
    configure_logging(tmp_path / "a")
    ours = [h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "") == str(first)]
    assert len(ours) == 1
    second = configure_logging(tmp_path / "b")
    log.info("to the second folder")
    assert not any(getattr(h, "baseFilename", "") == str(first) for h in logging.getLogger().handlers)
    assert "to the second folder" in second.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", ["CCCD 001203004567", "CMND 123456789", "gọi 0912 345 678",
                                  "số +84 912.345.678", "tài khoản 1234 5678 9012"])
def test_id_and_phone_numbers_are_masked(text):
    masked = mask_numbers(text)
    assert MASK in masked and not any(ch.isdigit() for ch in masked.replace("+84", "").split()[-1])


def test_counts_years_dates_and_line_numbers_stay_readable(tmp_path):
    assert mask_numbers("imported 1234 rows in 2026, line 120") == "imported 1234 rows in 2026, line 120"
    configure_logging(tmp_path)
    log.info("period 2026-05-15")
    line = _text(tmp_path).splitlines()[-1]
    assert line.startswith("20") and line.endswith("period 2026-05-15")   # the time stamp is kept


def test_tracebacks_keep_code_locations_and_types_but_not_messages():
    name, phone = "Nguyễn Văn Bí Mật", "0912345678"   # not in the source lines the traceback shows

    def inner():
        raise KeyError(name)

    def outer():
        try:
            inner()
        except KeyError as exc:
            raise DnndError(f"Hộ «{name}» {phone}", code="household_refused") from exc

    try:
        outer()
    except DnndError as exc:
        text = safe_traceback(type(exc), exc, exc.__traceback__)
    assert "in inner" in text and "in outer" in text and "KeyError" in text
    assert "DnndError (code household_refused)" in text
    assert "Bí Mật" not in text and "0912345678" not in text
    assert "The above exception was the cause" in text


@pytest.mark.parametrize("filename, shown", [
    (r"C:\Users\NguyenVanA\AppData\Local\Programs\dnnd\_internal\dnnd_desktop\gui\app.py",
     "dnnd_desktop/gui/app.py"),
    ("dnnd_desktop\\services\\events.py", "dnnd_desktop/services/events.py"),
    ("/home/nguyenvana/.venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py",
     "site-packages/sqlalchemy/orm/session.py"),
    ("/home/nguyenvana/scratch/tool.py", "tool.py"),
])
def test_frames_do_not_carry_the_account_name(filename, shown):
    from dnnd_desktop.logging_setup import _short_path

    assert _short_path(filename) == shown


def test_log_lines_written_with_an_exception_hide_its_message(tmp_path):
    configure_logging(tmp_path)
    name = "Trần Thị Riêng Tư"
    try:
        raise ValueError(name)
    except ValueError:
        log.exception("saving failed")
    text = _text(tmp_path)
    assert "saving failed" in text and "ValueError" in text and "Riêng Tư" not in text


def test_an_operation_logs_start_end_and_counts_only(tmp_path):
    from dataclasses import dataclass

    @dataclass
    class Result:
        rows: int
        note: str

    @logged_operation("thing_export")
    def export(name: str) -> Result:
        return Result(rows=12, note=name)

    @logged_operation("thing_import")
    def refuse(name: str) -> None:
        raise DnndError(f"«{name}» không hợp lệ", code="bad_thing")

    configure_logging(tmp_path)
    export("Lò Văn Riêng")
    with pytest.raises(DnndError):
        refuse("Lò Văn Riêng")
    text = _text(tmp_path)
    assert "thing_export started" in text and "thing_export finished" in text and "rows 12" in text
    assert "thing_import refused: code bad_thing" in text
    assert "Lò Văn Riêng" not in text


def test_a_file_result_is_named_by_extension_and_size_only(tmp_path):
    out = tmp_path / "Danh sách hộ Nguyễn Văn A.xlsx"
    out.write_bytes(b"x" * 10)
    assert result_summary(out) == "file .xlsx, 10 bytes"


def test_the_cli_logs_its_command_and_exit(tmp_path, capsys):
    from dnnd_desktop.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "search", "duc"]) == 1   # not set up: refused
    text = _text(data)
    assert "started: command search" in text and "refused: code not_set_up" in text
