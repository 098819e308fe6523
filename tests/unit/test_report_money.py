"""Money has a direction and a source (issue 13): the issue's own cases, counted by hand, and the
revision that marks existing rows "cần xác định" instead of guessing."""
import datetime as dt
import sqlite3

from dnnd_desktop.domain.validation import validate
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.storage.migrate import upgrade
from dnnd_desktop.storage.models import Activity, Contribution, Household

D = dt.date
M = 1_000_000
IN_PERIOD = D(2026, 3, 1)


def _act(w, title, amount, direction, source, country="CN", day=IN_PERIOD):
    w.create(Activity, dict(title=title, activity_type="aid_support", start_date=day, country=country,
                            funding_vnd=amount, funding_direction=direction, funding_source=source))


def _figures(ctx):
    return ReportService(ctx).create("2026-H1").indicator_values()


def test_the_issue_six_month_case_counts_only_foreign_aid_received(ctx):
    # 360 million in the old sum: 216 given to villagers across the border, 144 from overseas
    # Vietnamese to the Fund for the Poor; nothing of it is aid mobilised from foreign NGOs/businesses.
    # Add 50 received from a foreign NGO (LA), 30 from a foreign business (KR), 40 from a Chinese
    # local government, and 25 whose direction nobody wrote down yet.
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        _act(w, "Tặng quà bà con bản bên kia biên giới", 120 * M, "given", "domestic")
        _act(w, "Trao quà Tết cho nhân dân xã bạn", 96 * M, "given", "domestic")
        _act(w, "Kiều bào ủng hộ Quỹ Vì người nghèo", 144 * M, "received", "overseas_vn", country="US")
        _act(w, "Tổ chức phi chính phủ hỗ trợ giếng nước", 50 * M, "received", "foreign_ngo", country="LA")
        _act(w, "Doanh nghiệp nước ngoài tài trợ học bổng", 30 * M, "received", "foreign_business", country="KR")
        _act(w, "Chính quyền huyện Hà Khẩu hỗ trợ", 40 * M, "received", "foreign_local_gov")
        _act(w, "Hoạt động cũ chưa rõ nguồn tiền", 25 * M, "tbd", "tbd")
        _act(w, "Ngoài kỳ", 999 * M, "received", "foreign_ngo", day=D(2026, 7, 1))
    got = _figures(ctx)
    assert got["aid_mobilised_vnd"] == 80 * M                       # 50 + 30
    assert got["aid_mobilised_vnd/LA"] == 50 * M and got["aid_mobilised_vnd/KR"] == 30 * M
    assert "aid_mobilised_vnd/CN" not in got and "aid_mobilised_vnd/US" not in got
    assert got["aid_foreign_local_gov_vnd"] == 40 * M and got["aid_foreign_local_gov_vnd/CN"] == 40 * M
    assert got["aid_given_vnd"] == 216 * M                          # 120 + 96, never "mobilised"
    assert got["funding_undetermined"] == 1                         # shown, not counted in any money figure


def test_investment_is_its_own_figure_not_a_donation(ctx):
    # The issue: 1,076 million in "contributions", of which 226 million were investment.
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        h = w.create(Household, dict(head_name="Hộ ông A"))
        for purpose, amount, kind in (("poor_fund", 500 * M, "donation"), ("social_welfare", 200 * M, "donation"),
                                      ("scholarship", 150 * M, "donation"), ("investment", 226 * M, "investment"),
                                      ("other", 7 * M, "tbd")):
            w.create(Contribution, dict(household_id=h.id, date=D(2026, 4, 1), purpose=purpose, amount_vnd=amount,
                                        contribution_kind=kind))
    got = _figures(ctx)
    assert got["contrib_total_vnd"] == 850 * M                      # 1,076 - 226
    assert "contrib_total_vnd/investment" not in got
    assert got["contrib_investment_vnd"] == 226 * M
    assert got["contrib_poor_fund_vnd"] == 500 * M and got["contrib_social_vnd"] == 200 * M
    assert got["contrib_undetermined"] == 1


def test_an_amount_without_direction_or_kind_is_marked_to_be_determined_never_guessed():
    act = validate("activity", {"title": "Trao quà", "activity_type": "aid_support", "start_date": "01/03/2026",
                                "funding_vnd": "5.000.000"})
    assert (act["funding_direction"], act["funding_source"]) == ("tbd", "tbd")
    no_money = validate("activity", {"title": "Giao lưu", "activity_type": "border_exchange",
                                     "start_date": "01/03/2026"})
    assert (no_money["funding_direction"], no_money["funding_source"]) == (None, None)
    said = validate("activity", {"title": "NGO", "activity_type": "aid_mobilisation", "start_date": "01/03/2026",
                                 "funding_vnd": "5000000", "funding_direction": "received",
                                 "funding_source": "foreign_ngo"})
    assert (said["funding_direction"], said["funding_source"]) == ("received", "foreign_ngo")
    kinds = {p: validate("contribution", {"purpose": p, "amount_vnd": "1000"})["contribution_kind"]
             for p in ("poor_fund", "investment", "other")}
    assert kinds == {"poor_fund": "donation", "investment": "investment", "other": "tbd"}


def test_revision_0013_marks_existing_money_to_be_determined(tmp_path):
    db = tmp_path / "dnnd.sqlite3"
    upgrade(db, tmp_path / "b", target="0006")
    con = sqlite3.connect(db)
    common = "version, field_stamps, deleted, created_at, updated_at, search_text"
    values = "'{}', '{}', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00', ''"
    for i, amount in ((1, 5_000_000), (2, None), (3, 0)):
        con.execute(f"INSERT INTO activities (id, title, title_sort, activity_type, start_date, border_area, "
                    f"funding_vnd, {common}) VALUES ('a{i}', 'x', 'x', 'aid_support', '2026-01-01', 0, ?, "
                    f"{values})", (amount,))
    for i, purpose in ((1, "poor_fund"), (2, "investment"), (3, "other"), (4, "province_term")):
        con.execute(f"INSERT INTO contributions (id, purpose, amount_vnd, {common}) VALUES ('c{i}', ?, 1000, "
                    f"{values})", (purpose,))
    con.commit()
    con.close()
    upgrade(db, tmp_path / "b")
    con = sqlite3.connect(db)
    assert con.execute("SELECT id, funding_direction, funding_source FROM activities ORDER BY id").fetchall() == [
        ("a1", "tbd", "tbd"), ("a2", None, None), ("a3", None, None)]
    assert con.execute("SELECT id, contribution_kind FROM contributions ORDER BY id").fetchall() == [
        ("c1", "donation"), ("c2", "investment"), ("c3", "tbd"), ("c4", "tbd")]
    con.close()
