"""One user action is one transaction: an activity saved with the links added and removed on its
form applies all of it or none of it, and link and unlink make the same checks on every path."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.records.record_service import LINKS
from dnnd_desktop.storage.models import Activity, AuditEntry, Office

LINK_MODELS = {m for m, _col, _other in LINKS.values()}
ACTIVITY = {"title": "Gặp mặt kiều bào đón Tết", "activity_type": "overseas_meeting", "start_date": "20/01/2026"}


@pytest.fixture
def rs(ctx):  # noqa: F811
    return RecordService(ctx)


@pytest.fixture
def others(rs):
    """Three records an activity can be linked to."""
    partner = rs.create("partner", {"name": "Hội người Việt tại Hàn Quốc", "kind": "friendship_assoc"}).id
    pair = rs.create("twinning", {"kind": "village_village", "local_name": "Bản Pắc Mạc",
                                  "counterpart_name": "Bản Nậm Sơn"}).id
    person = rs.create("person", {"full_name": "Bùi Thị Mai"}).id
    return {"partner": partner, "twinning": pair, "person": person}


def state(ctx):  # noqa: F811
    """Everything a save could change: activities, live links, audit entries."""
    with ctx.session() as s:
        activities = {a.id: (a.title, a.deleted) for a in s.scalars(select(Activity))}
        links = {(m.__kind__, link.activity_id, link.id, link.deleted)
                 for m in LINK_MODELS for link in s.scalars(select(m))}
        audits = s.scalar(select(func.count()).select_from(AuditEntry))
    return activities, links, audits


def fail_on_link_write(monkeypatch, nth: int):
    """Make the nth link record written fail, as a full disk or a broken database would."""
    real = RecordWriter.create
    seen = []

    def create(self, model, values, record_id=None):
        if model in LINK_MODELS:
            seen.append(model)
            if len(seen) == nth:
                raise OSError("disk I/O error")
        return real(self, model, values, record_id)

    monkeypatch.setattr(RecordWriter, "create", create)
    return seen


def make_lower_office_copy(ctx, activity_id):  # noqa: F811
    with ctx.session() as s:
        lower = Office(relation="lower", name="Ủy ban MTTQ Việt Nam xã Y Tý", level="commune")
        s.add(lower)
        s.flush()
        s.execute(update(Activity).where(Activity.id == activity_id).values(origin_office_id=lower.id))


def test_new_activity_saved_with_its_links(rs, others):
    out = rs.save_activity(ACTIVITY, add_links={k: [v] for k, v in others.items()})
    assert out.name == "Gặp mặt kiều bào đón Tết" and out.changed == {}
    assert {k: [x.id for x in v] for k, v in out.links.items() if v} == {k: [v] for k, v in others.items()}
    assert rs.links(out.id) == out.links


def test_edit_adds_and_removes_links_and_keeps_links_made_elsewhere(rs, others):
    act = rs.save_activity(ACTIVITY, add_links={"partner": [others["partner"]]}).id
    rs.link(act, "twinning", others["twinning"])          # made meanwhile on another path
    out = rs.save_activity({"title": "Gặp mặt kiều bào"}, activity_id=act,
                           add_links={"person": [others["person"]]}, remove_links={"partner": [others["partner"]]})
    assert out.changed["title"] == ("Gặp mặt kiều bào đón Tết", "Gặp mặt kiều bào")
    links = rs.links(act)
    assert [x.id for x in links["person"]] == [others["person"]]
    assert links["partner"] == ()
    assert [x.id for x in links["twinning"]] == [others["twinning"]]


def test_failure_on_the_second_link_creates_nothing(rs, ctx, others, monkeypatch):  # noqa: F811
    before = state(ctx)
    seen = fail_on_link_write(monkeypatch, 2)
    with pytest.raises(OSError):
        rs.save_activity(ACTIVITY, add_links={k: [v] for k, v in others.items()})
    assert len(seen) == 2                     # the first link was written, then undone with the rest
    assert state(ctx) == before               # no activity, no link, no audit entry


def test_failure_on_the_second_link_leaves_an_edited_activity_as_it_was(rs, ctx, others, monkeypatch):  # noqa: F811
    act = rs.save_activity(ACTIVITY, add_links={"partner": [others["partner"]]}).id
    before = state(ctx)
    fail_on_link_write(monkeypatch, 2)
    with pytest.raises(OSError):
        rs.save_activity({"title": "Tên mới"}, activity_id=act, remove_links={"partner": [others["partner"]]},
                         add_links={"twinning": [others["twinning"]], "person": [others["person"]]})
    assert state(ctx) == before
    assert rs.get("activity", act).name == "Gặp mặt kiều bào đón Tết"
    assert [x.id for x in rs.links(act)["partner"]] == [others["partner"]]


def test_a_link_to_a_deleted_record_refuses_the_whole_save(rs, ctx, others):  # noqa: F811
    rs.delete("person", others["person"])
    before = state(ctx)
    with pytest.raises(NotFound) as err:
        rs.save_activity(ACTIVITY, add_links={"partner": [others["partner"]], "person": [others["person"]]})
    assert err.value.code == "record_not_found"
    assert state(ctx) == before


def test_field_errors_come_before_any_write(rs, ctx, others):  # noqa: F811
    before = state(ctx)
    with pytest.raises(ValidationError) as err:
        rs.save_activity({**ACTIVITY, "end_date": "01/01/2026"}, add_links={"partner": [others["partner"]]})
    assert set(err.value.field_errors) == {"end_date"}
    with pytest.raises(ValidationError):
        rs.save_activity(ACTIVITY, add_links={"planet": ["x"]})
    assert state(ctx) == before


def test_unlink_makes_the_same_checks_as_link(rs, ctx, others):  # noqa: F811
    act = rs.save_activity(ACTIVITY, add_links={"partner": [others["partner"]]}).id
    with pytest.raises(ValidationError):
        rs.unlink(act, "planet", others["partner"])
    make_lower_office_copy(ctx, act)
    before = state(ctx)
    for attempt in (lambda: rs.link(act, "twinning", others["twinning"]),
                    lambda: rs.unlink(act, "partner", others["partner"]),
                    lambda: rs.save_activity({}, activity_id=act, remove_links={"partner": [others["partner"]]})):
        with pytest.raises(PermissionDenied) as err:
            attempt()
        assert err.value.code == "read_only_copy"
    assert state(ctx) == before
    gone = rs.save_activity(ACTIVITY).id
    rs.delete("activity", gone)
    with pytest.raises(NotFound):
        rs.unlink(gone, "partner", others["partner"])


def test_unlinking_a_record_deleted_since_the_form_opened_is_no_error(rs, others):
    act = rs.save_activity(ACTIVITY, add_links={"partner": [others["partner"]], "person": [others["person"]]}).id
    rs.delete("partner", others["partner"])
    out = rs.save_activity({}, activity_id=act, remove_links={"partner": [others["partner"]],
                                                              "person": [others["person"]]})
    assert not any(out.links.values())
