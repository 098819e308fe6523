"""Issue 16 items 8-9: a database or disk error reaches a person as a Vietnamese message with a
code, never with the driver's text, which quotes the failing statement's values (personal data)."""
from __future__ import annotations

import errno
import logging

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from dnnd_desktop.services.user_errors import as_user_error

# A person's values in the failing statement: ID number, name, phone.
PERSONAL = ("001190023456", "Nguyễn Thị Hoa", "0912345678")


def _failing_statement(ctx) -> sa_exc.SQLAlchemyError:
    """Two log rows with one id: the second INSERT fails, quoting its parameters."""
    stmt = text("INSERT INTO package_log (id, package_id, direction, kind, recipients, sequence, file_name, "
                "processed_at, summary) VALUES (:id, :pid, 'in', 'sync', '[]', 0, :name, CURRENT_TIMESTAMP, '{}')")
    params = {"id": PERSONAL[0], "pid": PERSONAL[2], "name": PERSONAL[1]}
    with ctx.session() as s:
        s.execute(stmt, params)
    with pytest.raises(sa_exc.SQLAlchemyError) as info:
        with ctx.session() as s:
            s.execute(stmt, params)
    return info.value


def test_a_database_error_with_personal_values_becomes_a_coded_message(ctx, caplog):
    raw = _failing_statement(ctx)
    assert any(v in str(raw) for v in PERSONAL)          # the driver's text does quote them
    err = as_user_error(raw)
    assert err is not None and err.code == "database_constraint"
    assert "database_constraint" in err.message and "Cơ sở dữ liệu" in err.message
    assert not any(v in err.message or v in repr(err.details) for v in PERSONAL)


def test_busy_database_and_full_disk_have_their_own_messages():
    busy = sa_exc.OperationalError("UPDATE persons SET id_number=?", ("001190023456",),
                                   Exception("database is locked"))
    err = as_user_error(busy)
    assert err is not None and err.code == "database_busy" and "001190023456" not in err.message
    assert "đang bận" in err.message
    full = as_user_error(OSError(errno.ENOSPC, "No space left on device", "/du-lieu/Nguyễn Thị Hoa.xlsx"))
    assert full is not None and full.code == "disk_full" and "Ổ đĩa đã đầy" in full.message
    assert "Nguyễn" not in full.message
    assert as_user_error(ZeroDivisionError("x")) is None       # a program fault stays one


def test_cli_reports_a_database_error_by_code_without_values(ctx, monkeypatch, capsys, caplog):
    from dnnd_desktop import cli
    from dnnd_desktop.commands import search_cmd

    raw = _failing_statement(ctx)

    def failing(_cli):
        raise raw

    monkeypatch.setattr(search_cmd, "run", failing)
    caplog.set_level(logging.INFO)
    code = cli.main(["--data-dir", str(ctx.data_dir.root), "search", "household", "x"])
    out = capsys.readouterr()
    assert code != 0
    assert "database_constraint" in out.err
    assert not any(v in out.err + out.out for v in PERSONAL)
    assert not any(v in r.getMessage() for r in caplog.records for v in PERSONAL)
