"""Report lifecycle: overrides kept on recompute, approval locks with a reason, sent versions frozen,
revisions, answers from the province, audit entries."""
import datetime as dt

import pytest
from sqlalchemy import select

from dnnd_desktop.domain.errors import DnndError, NotFound, PermissionDenied, ValidationError
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.reports import ReportService
from dnnd_desktop.services.types import UserInfo
from dnnd_desktop.storage.models import Activity, AuditEntry
from tests.support.reports import mark_missing_nothing


def _add_activity(ctx, day, kind="border_exchange", country="CN"):
    with ctx.session() as s:
        RecordWriter(s, ctx).create(Activity, dict(title="Giao lưu", activity_type=kind, start_date=day,
                                                   country=country))


@pytest.fixture
def svc(ctx):
    return ReportService(ctx, today=lambda: dt.date(2026, 5, 14))


def test_new_report_starts_new_and_the_first_edit_makes_it_a_draft(svc):
    r = svc.create("2026-H1")
    assert r.status == "new" and r.editable and r.lock_reason is None
    r = svc.set_narrative(r.id, "results", "Đã tổ chức tốt.")
    assert r.status == "draft"
    assert next(sec.text for sec in r.content.sections if sec.code == "results") == "Đã tổ chức tốt."


def test_a_second_report_for_the_same_period_is_refused_naming_the_first(svc):
    first = svc.create("2026-H1")
    with pytest.raises(DnndError) as err:
        svc.create("2026-H1")
    assert err.value.code == "report_exists" and err.value.details["report_id"] == first.id


def test_override_needs_a_note_and_is_kept_on_recompute(ctx, svc):
    _add_activity(ctx, dt.date(2026, 2, 1))
    r = svc.create("2026-H1")
    with pytest.raises(ValidationError) as err:
        svc.set_override(r.id, "act_total", 5, "")
    assert "note" in err.value.field_errors
    svc.set_override(r.id, "act_total", 5, "Theo sổ theo dõi của xã")
    svc.set_override(r.id, "act_total/CN", 4, "Theo sổ theo dõi")
    _add_activity(ctx, dt.date(2026, 3, 1))
    _add_activity(ctx, dt.date(2026, 3, 2), country="LA")

    preview = svc.recompute(r.id, apply=False)
    assert not preview.applied and svc.get(r.id).content.lines()[0].computed == 1

    diff = svc.recompute(r.id)
    changed = {c.target: (c.old, c.new, c.overridden) for c in diff.changes}
    assert changed["act_total"] == (1, 3, True)
    assert changed["act_total/CN"] == (1, 2, True)
    assert changed["act_total/LA"] == (None, 1, False)
    assert changed["border_exchanges"] == (1, 3, False)

    values = svc.get(r.id).indicator_values()
    assert values["act_total"] == 5 and values["act_total/CN"] == 4     # overrides win
    assert values["border_exchanges"] == 3                              # the rest follows the records
    line = next(ln for ln in svc.get(r.id).content.lines() if ln.target == "act_total")
    assert line.overridden and line.computed == 3 and line.note == "Theo sổ theo dõi của xã"


def test_clearing_an_override_returns_to_the_computed_value(ctx, svc):
    _add_activity(ctx, dt.date(2026, 2, 1))
    r = svc.create("2026-H1")
    svc.set_override(r.id, "act_total", 9, "Thử")
    assert svc.clear_override(r.id, "act_total").indicator_values()["act_total"] == 1


def test_manual_indicator_takes_a_value_without_a_note(svc):
    r = svc.create("2026-H1")
    assert r.indicator_values()["border_patrols"] is None
    stated = svc.set_override(r.id, "border_patrols", 2, None).indicator_values()
    assert stated["border_patrols"] == 2


def test_unknown_override_target_and_section_are_refused(svc):
    r = svc.create("2026-H1")
    with pytest.raises(ValidationError, match="không có chỉ tiêu «khong_co»"):
        svc.set_override(r.id, "khong_co", 1, "x")
    with pytest.raises(ValidationError, match="không chia theo dòng nên không có dòng «CN»"):
        svc.set_override(r.id, "participants_vn/CN", 1, "x")
    with pytest.raises(ValidationError, match="«ket_luan»"):
        svc.set_narrative(r.id, "ket_luan", "x")


def test_approval_locks_and_edits_are_refused_naming_who_and_when(ctx, svc):
    r = svc.create("2026-H1")
    mark_missing_nothing(svc, r.id)
    approved = svc.approve(r.id)
    assert approved.status == "approved" and approved.summary.approved_by == ctx.user_name
    assert approved.summary.doc_date == dt.date(2026, 5, 14)     # the approval day becomes the date
    for edit in (lambda: svc.set_narrative(r.id, "results", "sửa"),
                 lambda: svc.set_override(r.id, "act_total", 1, "sửa"),
                 lambda: svc.set_document(r.id, number="7"),
                 lambda: svc.recompute(r.id),
                 lambda: svc.approve(r.id)):
        with pytest.raises(DnndError) as err:
            edit()
        assert err.value.code == "report_locked"
        assert ctx.user_name in err.value.message and "phê duyệt lúc" in err.value.message
    assert svc.get(r.id).lock_reason and not svc.get(r.id).editable


def test_only_an_approver_may_approve(ctx, svc):
    r = svc.create("2026-H1")
    ctx.current_user = UserInfo("u2", "Cán bộ Hà", ("officer",), False)
    with pytest.raises(PermissionDenied):
        svc.approve(r.id)
    assert svc.get(r.id).status == "new" and not svc.get(r.id).can_approve


def test_reopen_returns_an_approved_report_to_draft(svc):
    r = svc.create("2026-H1")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    reopened = svc.reopen(r.id)
    assert reopened.status == "draft" and reopened.summary.approved_by is None
    svc.set_narrative(r.id, "results", "Sửa sau khi mở lại")


def test_sent_version_is_never_edited_and_a_revision_is_a_new_version(svc):
    r = svc.create("2026-H1")
    svc.set_override(r.id, "act_total", 3, "Theo sổ")
    svc.set_narrative(r.id, "results", "Bản gửi lần đầu")
    with pytest.raises(DnndError, match="phê duyệt"):
        svc.mark_sent(r.id)
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    sent = svc.mark_sent(r.id)
    assert sent.status == "sent" and sent.can_revise
    with pytest.raises(DnndError) as err:
        svc.reopen(r.id)
    assert "tạo bản sửa đổi" in err.value.message
    with pytest.raises(DnndError, match="bản sửa đổi"):
        svc.set_narrative(r.id, "results", "sửa bản đã gửi")

    rev = svc.revise(r.id)
    assert rev.id != r.id and rev.summary.revision == 2 and rev.supersedes_id == r.id
    assert rev.status == "draft" and rev.indicator_values()["act_total"] == 3
    svc.set_narrative(rev.id, "results", "Bản sửa đổi")
    old = svc.get(r.id)
    assert next(s.text for s in old.content.sections if s.code == "results") == "Bản gửi lần đầu"
    assert old.superseded_by_id == rev.id and not old.can_revise
    with pytest.raises(DnndError, match="đã có bản sửa đổi"):
        svc.revise(r.id)
    listed = svc.list_reports()
    assert [x.revision for x in listed] == [2, 1] and listed[1].superseded


def test_province_answer_acknowledged_or_returned_with_comment(svc):
    r = svc.create("2026-H1")
    with pytest.raises(DnndError, match="chưa được gửi"):
        svc.record_answer(r.id, "acknowledged")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    svc.mark_sent(r.id)
    with pytest.raises(ValidationError):
        svc.record_answer(r.id, "returned", "")
    back = svc.record_answer(r.id, "returned", "Thiếu số liệu kiều bào")
    assert back.status == "returned" and back.answer_comment == "Thiếu số liệu kiều bào" and back.can_revise


def test_document_settings_deputy_signer_and_number(ctx, svc):
    r = svc.create("2026-H1")
    with pytest.raises(ValidationError) as err:
        svc.set_document(r.id, number="05/BC")
    assert "number" in err.value.field_errors
    with pytest.raises(ValidationError):
        svc.set_document(r.id, signer="deputy")
    d = svc.set_document(r.id, number="5", signer="deputy", signer_name="Lò Văn Páo").document
    assert d.number == "5" and d.symbol == "BC-MTTQ-BTT"
    # The Front's practice: a Vice-Chairman signs for the Standing Board too (no "KT. CHỦ TỊCH"), and the
    # letterhead names the office's Committee alone (the level above is in "Kính gửi").
    assert d.sign_mode == "TM. BAN THƯỜNG TRỰC" and d.signer_title == "PHÓ CHỦ TỊCH"
    assert d.parent_body is None
    assert d.recipients_to == ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai",)
    head = svc.set_document(r.id, signer="head").document
    assert head.signer_title == "CHỦ TỊCH" and head.signer_name == ctx.installation.head_name


def test_every_change_is_audited(ctx, svc):
    r = svc.create("2026-H1")
    svc.set_override(r.id, "act_total", 2, "Theo sổ")
    mark_missing_nothing(svc, r.id)
    svc.approve(r.id)
    with ctx.session() as s:
        actions = [a for a in s.scalars(select(AuditEntry.action).where(AuditEntry.record_id == r.id))]
    assert {"report_create", "report_override", "report_approve"} <= set(actions)


def test_unknown_report_and_discard(svc):
    with pytest.raises(NotFound):
        svc.get("khong-co")
    r = svc.create("2026-H1")
    svc.discard(r.id)
    assert svc.list_reports() == []


def test_period_outside_the_template_is_refused(ctx, svc):
    with pytest.raises(ValidationError, match="Kỳ báo cáo không hợp lệ"):
        svc.create("2026-H3")
