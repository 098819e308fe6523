"""Issue 16: Cancel stops the Excel import at every step, soon, and leaves the store as it was.

Cancel is pressed (from the progress callback, as the Cancel button would from the GUI thread) the
moment each step is announced: reading, each column's check, comparing with the data already there,
the backup, the writing. Every run must end in Cancelled with every table's row count unchanged.
"Soon" is asserted as work, not time: after the press, at most a few thousand cells are checked
(a 100,000-row column took seconds before the check looked at Cancel within a column), and comparing
with the data already there stops (before, a Cancel there was ignored and the preview completed).
Timings at 20,000 rows: tests/benchmarks/bench_excel_cancel.py."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from bench_excel import make_file  # noqa: E402

from dnnd_desktop.domain.errors import Cancelled  # noqa: E402
from dnnd_desktop.domain.progress import CancelToken  # noqa: E402
from dnnd_desktop.services.excel import (  # noqa: E402
    apply_import,
    open_import,
    preview_import,
    row_validation,  # noqa: E402
)
from tests.support.excel_cancel import store_rows  # noqa: E402

ROWS = 6_000


@pytest.fixture(scope="module")
def households_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cancel") / "ho.xlsx"
    make_file(path, ROWS)
    return path


def _steps(ctx, path) -> tuple[list[str], list[str]]:
    """The progress texts of the preview and of the import (the import rolled back by a late Cancel)."""
    preview_steps: list[str] = []
    apply_steps: list[str] = []

    def into(steps):
        def progress(done, total, text=None):
            if text and text not in steps:
                steps.append(text)
        return progress

    f = open_import(path, "households", into(preview_steps))
    p = preview_import(ctx, f, progress=into(preview_steps))
    token = CancelToken()
    record = into(apply_steps)

    def last(done, total, text=None):
        record(done, total, text)
        if total and done >= total:
            token.cancel()
    with pytest.raises(Cancelled):
        apply_import(ctx, f, p, progress=last, cancel=token)
    return preview_steps, apply_steps


def _run_cancelled_at(ctx, path, step: str, in_apply: bool) -> None:
    token = CancelToken()
    phase = {"apply": False}

    def progress(done, total, text=None):
        if text == step and phase["apply"] == in_apply:
            token.cancel()

    f = open_import(path, "households", progress, token)
    p = preview_import(ctx, f, progress=progress, cancel=token)
    phase["apply"] = True
    apply_import(ctx, f, p, progress=progress, cancel=token)


def test_cancel_at_every_step_stops_and_leaves_the_store_unchanged(ctx, households_file):
    before = store_rows(ctx)
    preview_steps, apply_steps = _steps(ctx, households_file)
    assert store_rows(ctx) == before
    # reading, one step per checked column, "check finished", comparing; backup and writing
    assert len(preview_steps) >= 10 and len(apply_steps) == 2, (preview_steps, apply_steps)
    for step, in_apply in [*((s, False) for s in preview_steps), *((s, True) for s in apply_steps)]:
        with pytest.raises(Cancelled):
            _run_cancelled_at(ctx, households_file, step, in_apply)
        assert store_rows(ctx) == before, step


def test_cancel_while_comparing_is_not_ignored(ctx, households_file, monkeypatch):
    from dnnd_desktop.services.excel import import_plan, import_service

    token = CancelToken()
    compared = []
    original = import_plan.plan_import

    def pressed_while_comparing(*a, **k):
        token.cancel()
        compared.append(1)
        return original(*a, **k)

    monkeypatch.setattr(import_service, "plan_import", pressed_while_comparing)
    f = open_import(households_file, "households")
    with pytest.raises(Cancelled):
        preview_import(ctx, f, cancel=token)
    assert compared == [1]


def test_cancel_within_a_column_checks_only_a_few_more_cells(ctx, households_file, monkeypatch):
    token = CancelToken()
    checked = {"after": 0}
    original = row_validation._FieldChecker.check

    def counting(self, cell):
        if token.cancelled:
            checked["after"] += 1
        elif checked.get("before", 0) >= 100:     # press Cancel 100 cells into the first column
            token.cancel()
        checked["before"] = checked.get("before", 0) + 1
        return original(self, cell)

    monkeypatch.setattr(row_validation._FieldChecker, "check", counting)
    f = open_import(households_file, "households")
    with pytest.raises(Cancelled):
        preview_import(ctx, f, cancel=token)
    assert checked["after"] <= row_validation._CANCEL_EVERY + 1, checked   # not the column's 6,000 cells


def test_cancel_while_the_sheet_is_loading_does_not_wait_for_the_load(households_file, monkeypatch):
    """python-calamine loads a sheet in one native call that cannot look at Cancel (2.5 s at 50,000 rows
    on a busy machine): the read returns Cancelled while the load is still running (here, held until
    the test lets it go), and the abandoned load closes the book when it returns."""
    import threading

    from dnnd_desktop.exchange.excel import reader

    token, release, closed = CancelToken(), threading.Event(), threading.Event()
    real_open = reader._open

    class HeldBook:
        def __init__(self, book):
            self.book = book

        def __getattr__(self, name):
            return getattr(self.book, name)

        def get_sheet_by_name(self, name):
            token.cancel()                 # pressed while the load runs
            assert release.wait(30)
            return self.book.get_sheet_by_name(name)

        def close(self):
            closed.set()
            self.book.close()

    monkeypatch.setattr(reader, "_open", lambda path: HeldBook(real_open(path)))
    with pytest.raises(Cancelled):
        open_import(households_file, "households", cancel=token)
    assert not release.is_set() and not closed.is_set()   # returned before the load ended
    release.set()
    assert closed.wait(30)                                 # the load ended and closed the book


def test_the_encoding_pass_of_a_column_looks_at_cancel():
    """Reading a column's legacy encodings (over a second for 50,000 names on a busy machine) stops too."""
    from dnnd_desktop.exchange.cell_encodings import decide_column

    token = CancelToken()
    cells = [f"Nguyễn Văn {i}" for i in range(10_000)]
    assert decide_column(cells, cancel=token).values == cells
    token.cancel()
    with pytest.raises(Cancelled):
        decide_column(cells, cancel=token)
