"""The plan reader picks up what a plan writes in its text (issue 13, item 9): task deadlines, the
report schedule, the document number and the years of a multi-year programme — on all five seeds,
and on the phrasings officers write."""
import datetime as dt
from pathlib import Path

import pytest

from dnnd_desktop.services.province.plan_dates import programme_years, task_deadline

SEEDS = sorted(Path("/work/shared/seeds").glob("*.txt"))
D = dt.date


@pytest.mark.parametrize(("text", "year", "expected"), [
    ("(ii) Xây dựng kế hoạch (*Hoàn thành trong tháng 02/2022*).", 2021, D(2022, 2, 28)),
    ("- Thời gian: ½ ngày, ngày 15/12/2021.", 2021, D(2021, 12, 15)),
    ("Các huyện gửi danh sách về tỉnh trước ngày 30/6.", 2027, D(2027, 6, 30)),
    ("HOÀN THÀNH TRƯỚC NGÀY 05/11/2027", None, D(2027, 11, 5)),
    ("Thời hạn: 15/3/2027", None, D(2027, 3, 15)),
    ("Tổ chức sơ kết, hoàn thành trong quý III/2027", None, D(2027, 9, 30)),
    ("Hoàn thành trong quý 2", 2026, D(2026, 6, 30)),
    # a task with a conference on 15/12 and plans due in February: done when the last part is
    ("Hội nghị. Thời gian: ngày 15/12/2021.\nKế hoạch (Hoàn thành trong tháng 02/2022).", 2021, D(2022, 2, 28)),
    # dates only cited are not deadlines
    ("Thực hiện Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị", 2021, None),
    ("Hiệp ước biên giới (ký ngày 30/12/1999)", 2022, None),
    ("gửi trước ngày 31/2/2027", None, None),                 # no such day: nothing rather than a guess
    ("trước ngày 30/6", None, None),                          # no year known: nothing
])
def test_task_deadline_phrases(text, year, expected):
    assert task_deadline(text, year) == expected


def test_programme_years():
    assert programme_years("Chương trình phối hợp … giai đoạn (2020 - 2025)") == (2020, 2025)
    assert programme_years("Kế hoạch giai đoạn 2021–2025") == (2021, 2025)
    assert programme_years("Kế hoạch công tác năm 2022") is None
    assert programme_years("Số 2020-1990") is None


@pytest.mark.skipif(len(SEEDS) != 5, reason="the five seed plans (shared/seeds) are not beside this checkout")
def test_the_five_seed_plans():
    from dnnd_desktop.services.province.plan_files import read_plan_file

    d = [read_plan_file(p) for p in SEEDS]
    # Document numbers: 000 leaves the number blank ("Số: /HD-MTTQ-BTT"); 001 and 002 carry no "Số:"
    # line in their text; 003 writes the Party style "183 -KH/…"; 004 the usual one.
    assert [x.doc_number for x in d] == [None, None, None, "183-KH/DDLHHN-TTĐN", "01/CTrPH-MTTQ-TCTV-CQTT"]
    assert [x.year for x in d] == [2022, 2020, None, 2021, 2020]
    assert [x.last_year for x in d] == [None, None, None, None, 2025]          # 004: 2020 - 2025
    assert [[(e.period_kind, e.due) for e in x.report_schedule] for x in d] == [
        [("half", "05-15"), ("year", "11-20")],     # "Định kỳ ngày 15/5; 20/11 hằng năm"
        [],                                         # "hàng tháng, quý, 6 tháng và năm": no dates written
        [],                                         # no schedule in the text
        [("half", "05-15"), ("year", "12-15")],     # "6 tháng (trước 15 tháng 5) và cuối năm (trước 15 tháng 12)"
        [("half", "06-20"), ("year", "12-20")],     # "vào ngày 20/6 và ngày 20/12"
    ]
    deadlines = [{t.code: t.deadline for t in x.tasks if t.deadline} for x in d]
    assert deadlines == [{}, {}, {}, {"II.1": D(2022, 2, 28)}, {}]
