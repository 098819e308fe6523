"""Submissions (who reported, on time or late) and the inbox (answers travelling back)."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from dnnd_desktop.domain.errors import DnndError
from tests.conftest import copy_installation
from tests.support.reports import mark_missing_nothing
from tests.unit.test_province_offices import PERIOD, build_world, import_on, secret_of


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    # b's package is imported at 17:30 UTC on 15/5 = 00:30 on 16/5 in Vietnam: one day late.
    return build_world(tmp_path_factory.mktemp("subm"),
                       received={"a": dt.datetime(2027, 5, 15, 16, 59), "b": dt.datetime(2027, 5, 15, 17, 30)})


@pytest.fixture
def pctx(world, tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context

    copy_installation(world.dirs["p"], DataDir(tmp_path / "p"))
    ctx = open_context(DataDir(tmp_path / "p"))
    yield ctx
    ctx.close()


def _status(summary):
    return {r.office_name.rsplit("huyện ", 1)[1]: r for r in summary.rows}


def test_due_date_comes_from_the_published_plan(pctx):
    from dnnd_desktop.services.province import SubmissionService

    svc = SubmissionService(pctx)
    assert svc.due_date(PERIOD) == (dt.date(2027, 5, 15), svc.due_date(PERIOD)[1])
    assert svc.due_date(PERIOD)[1].startswith("plan:")
    assert svc.due_date("2027")[0] == dt.date(2027, 11, 20)
    assert svc.due_date("2027-Q1") == (None, None)
    periods = [p.code for p in svc.periods(today=dt.date(2027, 5, 25))]
    assert PERIOD in periods and periods == sorted(periods, reverse=True) or PERIOD in periods


def test_on_time_late_missing_pending_by_the_vietnamese_day(pctx):
    from dnnd_desktop.services.province import SubmissionService

    svc = SubmissionService(pctx)
    before = _status(svc.summary(PERIOD, today=dt.date(2027, 5, 15)))
    assert before["Bát Xát"].status == "on_time" and before["Bát Xát"].received_date == dt.date(2027, 5, 15)
    assert before["Mường Khương"].status == "late" and before["Mường Khương"].days_late == 1
    assert before["Si Ma Cai"].status == "pending" and not before["Si Ma Cai"].overdue
    s = svc.summary(PERIOD, today=dt.date(2027, 5, 16))
    after = _status(s)
    assert after["Si Ma Cai"].status == "missing" and after["Si Ma Cai"].days_late == 1 and after["Si Ma Cai"].overdue
    assert (s.expected, s.actual, s.count("on_time"), s.reporting_rate, s.on_time_rate) == (3, 2, 1, 66.7, 33.3)
    assert [r.status for r in s.rows] == ["missing", "late", "on_time"]     # overdue first
    d = s.to_dict()
    assert d["missing"] == 1 and d["offices"][0]["overdue"] is True


def test_returned_until_a_corrected_version_arrives(pctx, world):
    from dnnd_desktop.services.province import InboxService, SubmissionService

    inbox = InboxService(pctx)
    with pytest.raises(DnndError) as exc:
        inbox.return_report(world.reports["b"], "   ")
    assert exc.value.code == "comment_required"
    r = inbox.return_report(world.reports["b"], "Bổ sung số liệu đoàn ra.")
    assert r.status == "returned" and r.status_label == "Đã trả lại"
    rows = _status(SubmissionService(pctx).summary(PERIOD, today=dt.date(2027, 5, 25)))
    assert rows["Mường Khương"].status == "returned"
    assert rows["Mường Khương"].answer_comment == "Bổ sung số liệu đoàn ra."
    assert inbox.unsent_answers() == {world.ids["b"]: 1}
    assert [x.id for x in inbox.reports(status="returned")] == [world.reports["b"]]
    assert [x.id for x in inbox.reports(office_id=world.ids["a"])] == [world.reports["a"]]
    with pytest.raises(DnndError):
        inbox.acknowledge("no-such-report")


def test_export_to_excel_marks_overdue_in_red(pctx, tmp_path):
    from dnnd_desktop.services.province import SubmissionService

    svc = SubmissionService(pctx)
    s = svc.summary(PERIOD, today=dt.date(2027, 5, 25))
    path = svc.export_xlsx(s, tmp_path / "nop.xlsx")
    ws = load_workbook(path)["Tình hình báo cáo"]
    rows = {row[1].value: row for row in ws.iter_rows() if row[1].value and str(row[1].value).startswith("Ủy ban")}
    assert rows["Ủy ban MTTQ Việt Nam huyện Si Ma Cai"][4].value == "Chưa gửi (quá hạn)"
    assert rows["Ủy ban MTTQ Việt Nam huyện Si Ma Cai"][4].font.color.rgb.endswith("C00000")
    assert rows["Ủy ban MTTQ Việt Nam huyện Bát Xát"][5].value.date() == dt.date(2027, 5, 15)
    with pytest.raises(DnndError):
        svc.export_xlsx(s, tmp_path / "nop.xls")


def test_answers_travel_back_with_the_next_package(world, tmp_path):
    """Acknowledged in the province; the district sees it after the answers package, and after a
    tasks package for it alone."""
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.packages import import_package
    from dnnd_desktop.services.province import InboxService, PlanService
    from dnnd_desktop.services.reports import ReportService

    for k in ("p", "a", "b"):
        copy_installation(world.dirs[k], DataDir(tmp_path / k))
    p = open_context(DataDir(tmp_path / "p"))
    try:
        inbox = InboxService(p)
        inbox.acknowledge(world.reports["a"], "Báo cáo đầy đủ.")
        inbox.return_report(world.reports["b"], "Thiếu phần kiến nghị.")
        answers = inbox.send_answers(world.ids["b"], tmp_path / "tl-b.dnnd", secret_of(p))
        assert answers.contents == {"answers": 1}
        tasks = PlanService(p).publish(world.plan_id, secret_of(p), tmp_path, [world.ids["a"]])
        assert tasks.packages[0].contents["answers"] == 1
        assert inbox.unsent_answers() == {}
    finally:
        p.close()
    for k, path, status, comment in (("b", tmp_path / "tl-b.dnnd", "returned", "Thiếu phần kiến nghị."),
                                     ("a", tasks.packages[0].path, "acknowledged", "Báo cáo đầy đủ.")):
        ctx = open_context(DataDir(tmp_path / k))
        try:
            import_package(ctx, path, secret_of(ctx))
            detail = ReportService(ctx).get(world.reports[k])
            assert (detail.status, detail.answer_comment) == (status, comment)
        finally:
            ctx.close()


def test_a_corrected_version_is_judged_by_its_arrival(world, tmp_path):
    from dnnd_desktop.paths import DataDir
    from dnnd_desktop.services.app_context import open_context
    from dnnd_desktop.services.packages import export_package, import_package
    from dnnd_desktop.services.province import InboxService, SubmissionService
    from dnnd_desktop.services.reports import ReportService

    for k in ("p", "b"):
        copy_installation(world.dirs[k], DataDir(tmp_path / k))
    p = open_context(DataDir(tmp_path / "p"))
    b = open_context(DataDir(tmp_path / "b"))
    try:
        InboxService(p).return_report(world.reports["b"], "Sửa số liệu.")
        InboxService(p).send_answers(world.ids["b"], tmp_path / "tl.dnnd", secret_of(p))
        import_package(b, tmp_path / "tl.dnnd", secret_of(b))
        reports = ReportService(b)
        new = reports.revise(world.reports["b"])
        mark_missing_nothing(reports, new.id)
        reports.approve(new.id)
        export_package(b, kind="report", to=world.ids["p"], out_path=tmp_path / "v2.dnnd", secret=secret_of(b))
        import_on(p, tmp_path / "v2.dnnd", dt.datetime(2027, 5, 28, 3))
        rows = _status(SubmissionService(p).summary(PERIOD, today=dt.date(2027, 5, 30)))
        assert rows["Mường Khương"].status == "late" and rows["Mường Khương"].revision == 2
        assert rows["Mường Khương"].received_date == dt.date(2027, 5, 28)
        with pytest.raises(DnndError) as exc:           # the old version is no longer the one to answer
            InboxService(p).acknowledge(world.reports["b"])
        assert exc.value.code == "already_revised"
    finally:
        p.close()
        b.close()
