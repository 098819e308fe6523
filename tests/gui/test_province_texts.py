"""The province pages name every status code the services use through the catalogue, and levels
and period kinds through the GUI's own names, never the services' Vietnamese labels."""
from __future__ import annotations


def test_every_service_status_has_a_name():
    from dnnd_desktop.gui.province.texts import all_codes
    from dnnd_desktop.services.province import common, plans, submissions

    codes = all_codes()
    assert set(codes["submission"]) == set(submissions.STATUS_LABELS)
    assert set(codes["answer"]) == set(common.RECEIVED_STATUS_LABELS)
    assert set(codes["plan"]) == set(plans.STATUS_LABELS)


def test_names_follow_the_ui_language(qapp):
    from dnnd_desktop.gui import i18n
    from dnnd_desktop.gui.province.texts import answer_status, plan_status, submission_status
    from dnnd_desktop.gui.reports.texts import period_kind_labels
    from dnnd_desktop.gui.roles_text import level_name
    from dnnd_desktop.services.province import plans

    assert (submission_status("pending"), answer_status("received"), plan_status("modified")) == (
        "Not sent (not yet due)", "Received, to be reviewed", "Changed since sent")
    assert answer_status(None) == ""
    # the plan editor's period kinds are the GUI's names for the same codes as the service's
    assert set(period_kind_labels()) == set(plans.PERIOD_KIND_LABELS)
    assert i18n.set_language("vi")
    assert (submission_status("late"), plan_status("published"), level_name("district")) == (
        "Muộn hạn", "Đã gửi", "Cấp huyện")
