"""The `sync` package kind end to end through the services: records, links, tombstones and attachment
bytes between a district and its province; preview, idempotent import, incremental packages,
refusals. (Until issue 15 these ran between two peer districts; a peer now receives only records
shared with it, tests/unit/test_recipients.py.)"""
from __future__ import annotations

import hashlib
import json

import pytest
from sqlalchemy import select
from test_packages_world import SAMPLE_PLAN, db_digest

from dnnd_desktop.domain.errors import Cancelled
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
from dnnd_desktop.services.packages import (
    ContentInvalid,
    export_package,
    import_package,
    parse_plan,
    preview_package,
)
from dnnd_desktop.services.packages.common import SCHEMA_VERSION
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.records.attachments import AttachmentService
from dnnd_desktop.services.sync import collect_changeset
from dnnd_desktop.services.sync.conflicts import ConflictService
from dnnd_desktop.services.sync.sharing import share_records
from dnnd_desktop.services.sync.state import peer_base
from dnnd_desktop.storage.models import Attachment, Household, PeerSyncState, PurgedRecord, Task


def household(office, name="Vàng Seo Phủ", **extra) -> str:
    return RecordService(office.ctx).create("household", {"head_name": name, "head_birth_year": 1962, **extra}).id


def send(src, dst, tmp_path, name="sync.dnnd", **kw):
    out = tmp_path / name
    r = export_package(src.ctx, kind="sync", to=dst.id, out_path=out, secret=src.secret, **kw)
    return out, r


def test_records_links_and_attachment_bytes_travel(world, tmp_path):
    a, b = world["a"], world["province"]
    svc = RecordService(a.ctx)
    hid = household(a, phone="0912345678")
    pid = svc.create("person", {"household_id": hid, "full_name": "Vàng Thị Mai", "country": "KR"}).id
    gone = household(a, "Lò Văn Tám")
    svc.delete("household", gone)
    doc = tmp_path / "bien-ban.pdf"
    doc.write_bytes(b"%PDF-1.4 bien ban gap mat kieu bao" * 100)
    att = AttachmentService(a.ctx).add("household", hid, doc)

    out, r = send(a, b, tmp_path)
    assert r.contents == {"household": 2, "person": 1, "attachment": 1, "attachment_files": 1}
    before = db_digest(b.db)
    preview = preview_package(b.ctx, out, b.secret)
    assert db_digest(b.db) == before                                 # the preview wrote nothing
    assert not AttachmentService(b.ctx).blob_path(att.sha256).exists()
    assert preview.per_kind["household"]["new"] == 2 and preview.per_kind["person"]["new"] == 1

    res = import_package(b.ctx, out, b.secret)
    assert res.backup is None                                        # no copy of the database (issue 15)
    assert len(list((b.data_dir.root / "received").glob("*.dnnd"))) == 1   # the package is kept instead
    assert {k: v["new"] for k, v in res.per_kind.items()} == {
        "household": 2, "person": 1, "attachment": 1, "attachment_file": 1}
    assert (res.new, res.updated, res.conflicts, res.rejected) == (preview.new, 0, 0, 0)
    got = RecordService(b.ctx).get("person", pid).values
    assert got["full_name"] == "Vàng Thị Mai" and got["household_id"] == hid
    with b.ctx.session() as s:
        # the tombstone travelled; every office that may hold it (a, which deleted it) has
        # acknowledged, so the province purged it at once and keeps only its id (issue 15)
        assert s.get(Household, gone) is None and s.get(PurgedRecord, gone) is not None
    stored = AttachmentService(b.ctx).path_for(att.id)
    assert stored.read_bytes() == doc.read_bytes()
    assert stored == b.data_dir.attachments / att.sha256[:2] / att.sha256


def test_the_same_package_twice_or_resent_changes_nothing(world, tmp_path):
    a, b = world["a"], world["province"]
    household(a)
    out, _ = send(a, b, tmp_path)
    first = import_package(b.ctx, out, b.secret)
    digest = db_digest(b.db)
    again = import_package(b.ctx, out, b.secret)
    assert again.already_imported and again.unchanged == first.new and again.new == 0
    # the same data in a new package (a full resend) is all unchanged
    out2, r2 = send(a, b, tmp_path, "full.dnnd", full=True)
    assert r2.contents == {"household": 1}
    res = import_package(b.ctx, out2, b.secret)
    assert (res.new, res.updated, res.unchanged) == (0, 0, 1)
    with b.ctx.session() as s:   # only the package log, audit and peer bookkeeping moved
        assert s.scalars(select(Household)).one().version == {a.ctx.installation.site_id: 1}
    assert digest != db_digest(b.db)


def test_incremental_package_holds_what_changed_and_is_not_echoed_back(world, tmp_path):
    a, b = world["a"], world["b"]
    ids = [household(a, f"Hộ số {i}") for i in range(5)]
    share_records(a.ctx, "household", ids, b.id)        # a peer gets only what is shared with it
    out, r = send(a, b, tmp_path)
    assert r.contents == {"household": 5}
    import_package(b.ctx, out, b.secret)
    RecordService(a.ctx).update("household", ids[2], {"village": "Thôn Tả Phìn"})
    out, r = send(a, b, tmp_path, "inc.dnnd")
    assert r.contents == {"household": 1}
    assert import_package(b.ctx, out, b.secret).per_kind["household"]["updated"] == 1
    # b holds only a's records: its package to a carries nothing (knowledge), so it is not written
    with pytest.raises(Exception) as e:
        send(b, a, tmp_path, "back.dnnd", skip_empty=True)
    assert e.value.code == "nothing_to_send"
    # after a's package told b what a has, b's own edit is all that goes back
    RecordService(b.ctx).update("household", ids[0], {"phone": "0987000111"})
    out, r = send(b, a, tmp_path, "back.dnnd")
    assert r.contents == {"household": 1}


def test_edit_edit_conflict_is_counted_and_queued(world, tmp_path):
    a, b = world["a"], world["b"]
    hid = household(a)
    share_records(a.ctx, "household", [hid], b.id)
    import_package(b.ctx, send(a, b, tmp_path)[0], b.secret)
    RecordService(a.ctx).update("household", hid, {"village": "Thôn A"})
    RecordService(b.ctx).update("household", hid, {"village": "Thôn B"})
    res = import_package(b.ctx, send(a, b, tmp_path, "2.dnnd")[0], b.secret)
    assert res.conflicts == 1 and res.per_kind["household"]["updated"] == 1
    assert any("dnnd conflicts list" in m for m in res.messages)
    [c] = ConflictService(b.ctx).list()
    assert c.field == "village" and {v.value for v in c.values} == {"Thôn A", "Thôn B"}


def test_tasks_of_a_plan_stay_with_each_office(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    for d in (a, b):
        out = tmp_path / f"plan-{d.name}.dnnd"
        export_package(p.ctx, kind="tasks", to=d.id, out_path=out, secret=p.secret, plan=parse_plan(SAMPLE_PLAN))
        import_package(d.ctx, out, d.secret)
    with a.ctx.session() as s:
        assert len(s.scalars(select(Task)).all()) == 3
    with pytest.raises(Exception) as e:
        send(a, b, tmp_path, skip_empty=True)
    assert e.value.code == "nothing_to_send"


def test_sent_vector_moves_only_once_the_file_exists(world, tmp_path):
    a, b = world["a"], world["province"]
    household(a)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        send(a, b, tmp_path, cancel=token)
    assert not (tmp_path / "sync.dnnd").exists()
    with a.ctx.session() as s:
        assert s.get(PeerSyncState, b.id) is None or not s.get(PeerSyncState, b.id).sent_vector
    send(a, b, tmp_path)
    with a.ctx.session() as s:
        assert peer_base(s, b.id) == {a.ctx.installation.site_id: 1}


def test_a_failure_while_storing_attachments_leaves_the_database_as_it_was(world, tmp_path, monkeypatch):
    a, b = world["a"], world["province"]
    hid = household(a)
    doc = tmp_path / "anh.jpg"
    doc.write_bytes(b"\xff\xd8 anh gap mat" * 50)
    AttachmentService(a.ctx).add("household", hid, doc)
    out, _ = send(a, b, tmp_path)
    before = db_digest(b.db)

    def broken(self, src):
        raise OSError("disk full")

    monkeypatch.setattr(AttachmentService, "store", broken)
    with pytest.raises(OSError):
        import_package(b.ctx, out, b.secret)
    assert db_digest(b.db) == before          # records were applied in the same, rolled-back transaction
    monkeypatch.undo()
    res = import_package(b.ctx, out, b.secret)
    assert res.per_kind["household"]["new"] == 1
    with b.ctx.session() as s:
        assert s.scalars(select(Attachment)).one().record_id == hid


# -- refusals of a crafted sync package (signed by a trusted peer, so content checks are reached) --

def _craft(a, b, tmp_path, mutate) -> object:
    """A sync package from a to b whose content files went through `mutate(files)`."""
    hid = household(a)
    doc = tmp_path / "tep.pdf"
    doc.write_bytes(b"noi dung" * 64)
    AttachmentService(a.ctx).add("household", hid, doc)
    with a.ctx.session() as s:
        cs = collect_changeset(s, a.ctx)
    from dnnd_desktop.services.packages.sync_contents import sync_files

    sha = cs.blob_hashes[0]
    files = sync_files(cs, {sha: doc.read_bytes()})
    mutate(files, sha)
    out = tmp_path / "crafted.dnnd"
    write_package(out, kind="sync", sender=SenderIdentity(a.id, a.ctx.installation.site_id, a.secret),
                  recipients=[Recipient(b.id, b.card().box_pk)], files=files, schema_version=SCHEMA_VERSION)
    return out


def _bytes_differ(files, sha):
    files[f"attachments/{sha}.bin"] = b"something else"


def _unlisted(files, sha):
    other = b"not announced"
    files[f"attachments/{hashlib.sha256(other).hexdigest()}.bin"] = other


def _other_sender(files, sha):
    head = json.loads(files["changeset.json"])
    head["office_id"] = "0" * 8 + "-0000-4000-8000-" + "0" * 12
    files["changeset.json"] = json.dumps(head).encode()


def _unknown_kind(files, sha):
    files["records/secrets.jsonl"] = b"{}\n"


def _duplicate_key(files, sha):
    files["changeset.json"] = files["changeset.json"][:-1] + b',"counts":{}}'


def _missing_records(files, sha):
    del files["records/household.jsonl"]


@pytest.mark.parametrize("mutate", [_bytes_differ, _unlisted, _other_sender, _unknown_kind, _duplicate_key,
                                    _missing_records])
def test_bad_sync_content_is_refused_and_nothing_changes(world, tmp_path, mutate):
    a, b = world["a"], world["province"]
    out = _craft(a, b, tmp_path, mutate)
    before = db_digest(b.db)
    with pytest.raises(ContentInvalid):
        import_package(b.ctx, out, b.secret)
    assert db_digest(b.db) == before
    assert not any(b.data_dir.attachments.rglob("*")) if b.data_dir.attachments.exists() else True


def test_a_crafted_package_that_is_well_formed_imports(world, tmp_path):
    a, b = world["a"], world["province"]
    out = _craft(a, b, tmp_path, lambda files, sha: None)
    res = import_package(b.ctx, out, b.secret)
    assert res.per_kind["household"]["new"] == 1 and res.per_kind["attachment_file"]["new"] == 1
