"""«Dùng thử với dữ liệu mẫu»: a separate demo office in its own folder, beside the real data and
never inside it, on SQLite whatever the real data uses; set up once, then reused.

    demo_root(real) -> Path           where the demo office lives for this data folder
    make_demo_office(real, ...) -> DataDir
                                      set up (district office in Lào Cai, marked as sample data in
                                      its name), filled with sample households and activities, a plan
                                      with tasks and last year's approved report; the passphrase of
                                      its key is DEMO_PASSPHRASE"""
from __future__ import annotations

from pathlib import Path

from ..domain.errors import DnndError
from ..domain.messages import translate
from ..domain.progress import CancelToken, ProgressCallback, no_progress
from ..paths import DataDir
from .installation import SetupRequest, is_set_up, setup_installation

DEMO_FOLDER = "dnnd-du-lieu-mau"
DEMO_PASSPHRASE = "dulieumau2026"   # sample data only; said in the user guide and the window
LAO_CAI = 15


def demo_root(real: DataDir) -> Path:
    return real.root.parent / DEMO_FOLDER


def make_demo_office(real: DataDir, progress: ProgressCallback = no_progress,
                     cancel: CancelToken | None = None) -> DataDir:
    from .app_context import open_context
    from .demo import fill_demo
    from .demo_work import fill_demo_work

    cancel = cancel or CancelToken()
    root = demo_root(real)
    if root.resolve() == real.root.resolve() or real.root.resolve() in root.resolve().parents:
        raise DnndError(translate("DemoErrors", "The sample office cannot be made inside the real data folder."),
                        code="demo_in_real_data")
    demo = DataDir(root)   # no database setting in its folder: SQLite, even when the real data is on a server
    if is_set_up(demo):
        return demo
    progress(0, 3, str(translate("Demo", "Setting up the sample office…")))
    setup_installation(demo, SetupRequest(
        level="district", province_code=LAO_CAI, unit_name="huyện Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam huyện Bát Xát (DỮ LIỆU MẪU)",
        parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai", symbol="MTTQ-MAU", place_name="Bát Xát",
        head_title="Chủ tịch", head_name="Nguyễn Văn Mẫu", officer_name="Người dùng thử",
        officer_password=None, passphrase=DEMO_PASSPHRASE), cancel=cancel)
    cancel.raise_if_cancelled()
    progress(1, 3, str(translate("Demo", "Adding sample households and activities…")))
    ctx = open_context(demo)
    try:
        fill_demo(ctx, households=300, activities=80, cancel=cancel)
        progress(2, 3, str(translate("Demo", "Adding a sample plan with tasks, and reports…")))
        # the province's plan and its tasks (some done, with evidence), the reports it asks for, and
        # last year's report approved
        fill_demo_work(ctx)
    finally:
        ctx.close()
    progress(3, 3, "")
    return demo
