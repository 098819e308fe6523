"""A report lists the plans' tasks with their progress (issue 13, item 8): task, deadline, status,
progress note, the activities linked as evidence and the number of files attached to them -- in the
report's content, the PDF, the Word file and the Excel file; taken again with the figures, kept as it
was once the report is sent. Which plans: those whose years overlap the report's period."""
import datetime as dt
import io
import unicodedata

from openpyxl import load_workbook
from pypdf import PdfReader

from dnnd_desktop.services import tasks as task_service
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.records.attachments import AttachmentService
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.storage.models import Activity, Plan, Task
from tests.support.docx_text import docx_text

D = dt.date


def _pdf_text(path) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _plans(ctx, tmp_path):
    """Programme 2020-2025 (3 tasks), a plan of 2026 (1 task), a replaced plan (1 task), a plan of 2019."""
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        prog = Plan(issuer_office_id="p", doc_number="01/CTrPH-MTTQ", title="Chương trình phối hợp 2020 - 2025",
                    year=2020, last_year=2025, status="active")
        y2026 = Plan(issuer_office_id="p", doc_number="15/HD-MTTQ-BTT", title="Hướng dẫn năm 2026", year=2026,
                     status="active")
        old = Plan(issuer_office_id="p", title="Bản cũ", year=2023, status="superseded")
        y2019 = Plan(issuer_office_id="p", title="Kế hoạch 2019", year=2019, status="active")
        s.add_all([prog, y2026, old, y2019])
        s.flush()
        ids = {}
        for plan, code, title, deadline, pos in (
                (prog, "I.1", "Giao lưu nhân dân biên giới", D(2022, 2, 28), 0),
                (prog, "I.2", "Kết nghĩa thôn bản", None, 1),
                (prog, "II.1", "Gặp mặt kiều bào dịp Tết", D(2025, 12, 31), 2),
                (y2026, "I.1", "Tập huấn cán bộ", D(2026, 6, 30), 0),
                (old, "I.1", "Nhiệm vụ cũ", None, 0),
                (y2019, "I.1", "Nhiệm vụ 2019", None, 0)):
            ids[(plan.title, code)] = w.create(Task, dict(plan_id=plan.id, code=code, title=title, deadline=deadline,
                                                          position=pos)).id
        acts = [w.create(Activity, dict(title=t, activity_type="border_exchange", start_date=d, country="CN")).id
                for t, d in (("Giao lưu cụm dân cư Bát Xát", D(2021, 5, 1)), ("Giao lưu văn nghệ", D(2022, 1, 9)))]
    task_service.set_status(ctx, ids[("Chương trình phối hợp 2020 - 2025", "I.1")], "done", "Tổ chức 2 lần")
    task_service.set_status(ctx, ids[("Chương trình phối hợp 2020 - 2025", "II.1")], "in_progress", "")
    for a in acts:
        task_service.link_activity(ctx, ids[("Chương trình phối hợp 2020 - 2025", "I.1")], a)
    files = AttachmentService(ctx)
    for n in range(3):   # 2 files on the first activity, 1 on the second: 3 in all
        f = tmp_path / f"bien-ban-{n}.pdf"
        f.write_bytes(b"%PDF-1.4 " + bytes([n]))
        files.add("activity", acts[0 if n < 2 else 1], f)
    return ids


def test_the_review_lists_the_programme_tasks_in_every_output(ctx, tmp_path):
    ids = _plans(ctx, tmp_path)
    svc = ReportService(ctx)
    detail = svc.create("2020-2025")
    got = [(t.plan, t.code, t.title, t.deadline, t.status, t.note, t.evidence, t.attachments)
           for t in detail.content.tasks]
    # By hand: only the programme overlaps 2020-2025 (2026 is after it, 2019 before, the old one replaced).
    assert got == [
        ("01/CTrPH-MTTQ", "I.1", "Giao lưu nhân dân biên giới", D(2022, 2, 28), "done", "Tổ chức 2 lần",
         ("Giao lưu cụm dân cư Bát Xát", "Giao lưu văn nghệ"), 3),
        ("01/CTrPH-MTTQ", "I.2", "Kết nghĩa thôn bản", None, "not_started", "", (), 0),
        ("01/CTrPH-MTTQ", "II.1", "Gặp mặt kiều bào dịp Tết", D(2025, 12, 31), "in_progress", "", (), 0),
    ]
    assert [t.status_label for t in detail.content.tasks] == ["Hoàn thành", "Chưa thực hiện", "Đang thực hiện"]

    pdf = tmp_path / "r.pdf"
    svc.export(detail.id, pdf)
    text = _pdf_text(pdf)
    assert "Tiến độ thực hiện các nhiệm vụ theo kế hoạch" in text
    assert "I.1. Giao lưu nhân dân biên giới" in text and "28/02/2022" in text and "Tổ chức 2 lần" in text
    word = tmp_path / "r.docx"
    svc.export(detail.id, word)
    wtext = docx_text(word)
    assert "Tiến độ thực hiện các nhiệm vụ theo kế hoạch" in wtext and "II.1. Gặp mặt kiều bào dịp Tết" in wtext
    xlsx = tmp_path / "r.xlsx"
    svc.export(detail.id, xlsx)
    rows = list(load_workbook(xlsx)["Tiến độ nhiệm vụ"].iter_rows(values_only=True))
    assert rows[0][:4] == ("STT", "Kế hoạch", "Mã", "Nhiệm vụ")
    assert rows[1] == (1, "01/CTrPH-MTTQ", "I.1", "Giao lưu nhân dân biên giới", "28/02/2022", "Hoàn thành",
                       "Tổ chức 2 lần", "Giao lưu cụm dân cư Bát Xát; Giao lưu văn nghệ", 3)
    assert len(rows) == 4

    # The year report of 2026 lists the plan of 2026 only; a change on the Tasks page shows after
    # "Compute again", not before.
    y = svc.create("2026")
    assert [(t.plan, t.code, t.status) for t in y.content.tasks] == [("15/HD-MTTQ-BTT", "I.1", "not_started")]
    task_service.set_status(ctx, ids[("Hướng dẫn năm 2026", "I.1")], "done", "Đã tập huấn 45 người")
    assert svc.get(y.id).content.tasks[0].status == "not_started"
    svc.recompute(y.id)
    again = svc.get(y.id).content.tasks[0]
    assert (again.status, again.note) == ("done", "Đã tập huấn 45 người")


def test_a_period_no_plan_covers_lists_no_tasks(ctx, tmp_path):
    _plans(ctx, tmp_path)
    detail = ReportService(ctx).create("2018")
    assert detail.content.tasks == ()
    xlsx = tmp_path / "r.xlsx"
    ReportService(ctx).export(detail.id, xlsx)
    assert "Tiến độ nhiệm vụ" not in load_workbook(xlsx).sheetnames
