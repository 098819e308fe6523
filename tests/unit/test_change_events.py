"""Change notification below the GUI: one `Changes` after each committed transaction that wrote,
naming the kinds and tables, for ORM writes and bulk Core writes alike; nothing after a rollback
or a read."""
from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.events import ChangeHub, Changes
from dnnd_desktop.services.excel import import_excel
from dnnd_desktop.services.records import PersonInput, RecordService
from dnnd_desktop.storage.models import Household


@pytest.fixture
def seen(ctx):
    got: list[Changes] = []
    unsubscribe = ctx.changes.subscribe(got.append)
    yield got
    unsubscribe()


def test_a_record_write_publishes_its_kind_after_the_commit(ctx, seen):
    RecordService(ctx).create("activity", {"title": "Giao lưu", "activity_type": "meeting",
                                        "start_date": dt.date(2026, 3, 1)})
    assert len(seen) == 1
    assert "activity" in seen[0].kinds and "audit" in seen[0].kinds
    assert "activities" in seen[0].tables and seen[0].rows >= 2
    assert seen[0].touches({"activity"}) and not seen[0].touches({"household"})


def test_reads_publish_nothing(ctx, seen):
    with ctx.session() as s:
        s.scalars(select(Household)).all()
    assert seen == []


def test_a_rolled_back_transaction_publishes_nothing(ctx, seen):
    with pytest.raises(RuntimeError), ctx.session() as s:
        s.add(Household(head_name="Không lưu"))
        s.flush()  # the INSERT ran, and was noticed, before the error
        raise RuntimeError("rolled back")
    assert seen == []
    # The connection carries no stale collector: the next write is published on its own.
    RecordService(ctx).create("partner", {"name": "Hội hữu nghị", "kind": "friendship_assoc"})
    assert [c.kinds >= {"partner"} for c in seen] == [True]
    assert "household" not in seen[0].kinds


def test_bulk_core_writes_are_noticed(ctx, seen, tmp_path):
    import_excel(ctx, "households", xb.households_file(tmp_path / "ho.xlsx"))
    assert any({"household", "person"} <= c.kinds for c in seen), seen
    seen.clear()
    fill_demo(ctx, households=5, activities=5, seed=3)
    assert any({"household", "person", "activity"} <= c.kinds for c in seen), seen


def test_writes_on_a_worker_thread_are_published_on_that_thread(ctx, seen):
    threads: list[str] = []
    ctx.changes.subscribe(lambda _c: threads.append(threading.current_thread().name))
    values = {"name": "Tổ chức A", "kind": "friendship_assoc"}
    worker = threading.Thread(target=lambda: RecordService(ctx).create("partner", values), name="worker-1")
    worker.start()
    worker.join()
    assert threads == ["worker-1"] and len(seen) == 1


def test_a_failing_listener_does_not_undo_or_stop_others():
    hub = ChangeHub()
    got = []
    hub.subscribe(lambda _c: 1 / 0)
    hub.subscribe(got.append)
    first = hub.publish({"households"}, 1)
    second = hub.publish({"persons"})
    assert got == [first, second] and second.serial > first.serial
    assert first.merged(second) == Changes(frozenset({"households", "persons"}), 1, second.serial)


def test_a_sync_package_applied_by_bulk_writes_is_noticed(tmp_path):
    from test_packages_world import close_world, make_world

    from dnnd_desktop.services.packages import export_package, import_package

    world = make_world(tmp_path)
    try:
        a, b = world["a"], world["province"]   # up to the parent (a peer would get nothing unshared)
        RecordService(a.ctx).save_household({"head_name": "Hộ gửi sang"}, [PersonInput(values={"full_name": "P1",
                                                                                       "country": "KR"})])
        out = tmp_path / "sync.dnnd"
        export_package(a.ctx, kind="sync", to=b.id, out_path=out, secret=a.secret)
        got: list[Changes] = []
        b.ctx.changes.subscribe(got.append)
        import_package(b.ctx, out, b.secret)
        assert any({"household", "person", "package"} <= c.kinds for c in got), got
    finally:
        close_world(world)


def test_a_new_engine_is_watched_even_where_sqlalchemy_remembers_a_dead_one_under_its_id(ctx):
    """SQLAlchemy's event registry keys listeners by id() and drops a dead target's keys only when
    its listener collection is collected, so a new engine can be given the id() of a dead one
    that still "contains" the listener. Asking the registry made watch() skip the new engine and
    its writes were never published (one full test run failed this way). Here the stale keys are
    put in the registry by hand, as such a dead engine and session factory would have left them."""
    from sqlalchemy import create_engine
    from sqlalchemy.event import registry
    from sqlalchemy.orm import sessionmaker

    from dnnd_desktop.services import events
    from dnnd_desktop.services.app_context import AppContext

    assert ctx.engine is not None
    engine = create_engine(ctx.engine.url)
    factory = sessionmaker(engine)
    stale = [(id(engine), "after_execute", id(events._after_execute)),
             (id(factory), "after_begin", id(events._after_begin))]
    for key in stale:
        registry._key_to_collection[key]   # a defaultdict: now it "contains" the listener
    try:
        again = AppContext(data_dir=ctx.data_dir, session_factory=factory, installation=ctx.installation,
                           engine=engine)
        got: list[Changes] = []
        again.changes.subscribe(got.append)
        RecordService(again).create("partner", {"name": "Hội hữu nghị", "kind": "friendship_assoc"})
        assert len(got) == 1 and "partner" in got[0].kinds
    finally:
        for key in stale:
            registry._key_to_collection.pop(key, None)
        engine.dispose()
