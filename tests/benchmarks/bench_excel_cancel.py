"""How fast Cancel stops the Excel import, at every step, and whether the store is left as it was
(issue 16). Figures are printed; nothing is asserted (the behaviour is asserted, without timing, in
tests/unit/test_excel_import_cancel.py).

    PYTHONPATH=. DNND_KDF_PROFILE=fast .venv/bin/python tests/benchmarks/bench_excel_cancel.py [rows]

For each progress step the import reports (reading the sheet, checking each column, comparing with
the data already there, the backup, writing), a fresh run presses Cancel on a second thread the
moment that step is announced, and the time from the press to the Cancelled error is measured. The
store's rows are counted before and after.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bench_excel import fresh_office, make_file  # noqa: E402

from dnnd_desktop.domain.errors import Cancelled  # noqa: E402
from dnnd_desktop.domain.progress import CancelToken  # noqa: E402
from dnnd_desktop.paths import DataDir  # noqa: E402
from dnnd_desktop.services.excel import apply_import, open_import, preview_import  # noqa: E402
from dnnd_desktop.services.installation import setup_installation  # noqa: E402
from tests.conftest import make_setup_request  # noqa: E402
from tests.support.excel_cancel import store_rows  # noqa: E402
from tests.support.run_cli import apply_test_settings  # noqa: E402

apply_test_settings()


def steps_of(ctx, src: Path) -> list[str]:
    """The distinct progress texts of a whole preview and import (not committed: cancelled at the end)."""
    seen: list[str] = []

    def progress(done, total, text=None):
        if text and text not in seen:
            seen.append(text)

    f = open_import(src, "households", progress)
    p = preview_import(ctx, f, progress=progress)
    token = CancelToken()
    seen.append("-- apply --")

    def last(done, total, text=None):
        progress(done, total, text)
        if done and total and done >= total:
            token.cancel()
    try:
        apply_import(ctx, f, p, progress=last, cancel=token)
    except Cancelled:
        pass
    return seen


def cancel_at(ctx, src: Path, step: str) -> tuple[float | None, str]:
    """Cancel (from another thread) when `step` is announced; seconds from the press to Cancelled."""
    token = CancelToken()
    pressed: list[float] = []
    in_apply = step.startswith("apply: ")
    wanted = step.removeprefix("apply: ")
    phase = ["preview"]

    def progress(done, total, text=None):
        if text == wanted and not pressed and (phase[0] == "apply") == in_apply:
            t = threading.Thread(target=lambda: (pressed.append(time.perf_counter()), token.cancel()))
            t.start()
            t.join()

    try:
        f = open_import(src, "households", progress, token)
        p = preview_import(ctx, f, progress=progress, cancel=token)
        phase[0] = "apply"
        apply_import(ctx, f, p, progress=progress, cancel=token)
    except Cancelled:
        return time.perf_counter() - pressed[0], "cancelled"
    return None, "ran to the end" if pressed else "step not reached"


def cancel_during_read(src: Path, after: float) -> tuple[float | None, float]:
    """Cancel pressed `after` seconds into reading the file (the sheet load is one native call of
    python-calamine, which cannot look at the button): seconds from the press to Cancelled, and the
    time a whole read takes."""
    t = time.perf_counter()
    open_import(src, "households")
    whole = time.perf_counter() - t
    token = CancelToken()
    pressed: list[float] = []
    timer = threading.Timer(after, lambda: (pressed.append(time.perf_counter()), token.cancel()))
    timer.start()
    try:
        open_import(src, "households", cancel=token)
    except Cancelled:
        return time.perf_counter() - pressed[0], whole
    finally:
        timer.cancel()
    return None, whole


def main(rows: int) -> None:
    base = Path(tempfile.mkdtemp(prefix="bench-cancel-"))
    try:
        template = base / "template"
        setup_installation(DataDir(template), make_setup_request())
        src = base / "ho.xlsx"
        make_file(src, rows)
        print(f"households file: {rows:,} rows, {src.stat().st_size / 1e6:.1f} MB")
        for after in (0.3, 1.0, 2.0):
            seconds, whole = cancel_during_read(src, after)
            figure = f"{seconds:6.2f} s" if seconds is not None else "   -   "
            print(f"{figure}  {'cancelled' if seconds is not None else 'read to the end':17} pressed {after} s "
                  f"into reading (a whole read: {whole:.2f} s)", flush=True)
        ctx = fresh_office(base, template, "steps")
        steps = steps_of(ctx, src)
        ctx.close()
        apply_steps = steps[steps.index("-- apply --") + 1:]
        preview_steps = steps[:steps.index("-- apply --")]
        for i, step in enumerate([*preview_steps, *(f"apply: {s}" for s in apply_steps)]):
            ctx = fresh_office(base, template, f"run{i}")
            before = store_rows(ctx)
            seconds, how = cancel_at(ctx, src, step)
            changed = store_rows(ctx) != before
            ctx.close()
            figure = f"{seconds:6.2f} s" if seconds is not None else "   -   "
            print(f"{figure}  {how:17} store {'CHANGED' if changed else 'unchanged'}  at «{step}»", flush=True)
        # The backup and the write into a store that already holds the file: a file twice as long
        # (its first half the same rows) is imported into it, and cancelled at each apply step.
        full = fresh_office(base, template, "full")
        f = open_import(src, "households")
        apply_import(full, f, preview_import(full, f))
        full.close()
        twice = base / "ho-x2.xlsx"
        make_file(twice, 2 * rows)
        for step in apply_steps:
            target = base / f"full-{apply_steps.index(step)}"
            shutil.copytree(base / "full", target)
            ctx = fresh_office(base, target, f"again-{apply_steps.index(step)}")
            before = store_rows(ctx)
            seconds, how = cancel_at(ctx, twice, f"apply: {step}")
            changed = store_rows(ctx) != before
            ctx.close()
            figure = f"{seconds:6.2f} s" if seconds is not None else "   -   "
            print(f"{figure}  {how:17} store {'CHANGED' if changed else 'unchanged'}  at «apply: {step}» "
                  f"(store holding {rows:,} rows, file {2 * rows:,})", flush=True)
    finally:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
