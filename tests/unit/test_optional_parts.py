"""Issue 16: packages are forward compatible by design. A part this version does not know (one a
newer app added, as `revoked.json` once was) is ignored and the summary says so; what the package's
description lists stays strict; and a package that truly needs a newer app asks to update THIS app,
not the sender (services/packages/optional_parts.py, docs/package-format.md "Optional parts")."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from test_package_support import craft, header_dict
from test_packages_refusals import _tasks_files, raw, refused
from test_packages_world import close_world, db_digest, make_world

from dnnd_desktop.domain.messages import render, set_language
from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
from dnnd_desktop.exchange.package.strict_json import dumps_canonical
from dnnd_desktop.services import tasks as task_service
from dnnd_desktop.services.packages import import_package
from dnnd_desktop.services.packages.common import SCHEMA_VERSION, json_bytes
from dnnd_desktop.services.packages.optional_parts import without_unknown_parts

NEWER_PARTS = {"summary.json": json_bytes({"note": "added by version 9"}),
               "future/extra.json": json_bytes({"x": [1, 2, 3]})}


@pytest.fixture
def world(tmp_path):
    w = make_world(tmp_path / "world")
    set_language("vi")
    yield w
    set_language("en")
    close_world(w)


def _send(world, tmp_path, kind: str, files: dict[str, bytes], name: str, **kw):
    p, a = world["province"], world["a"]
    out = tmp_path / name
    write_package(out, kind=kind, sender=SenderIdentity(p.id, p.ctx.installation.site_id, p.secret),
                  recipients=[Recipient(a.id, a.card().box_pk)], files=files, schema_version=SCHEMA_VERSION, **kw)
    return out


def test_only_unknown_parts_outside_described_folders_are_optional():
    files = {"plan.json": b"1", "trust.json": b"2", "revoked.json": b"3", "summary.json": b"4", "x/y.bin": b"5"}
    kept, ignored = without_unknown_parts("tasks", files)
    assert set(kept) == {"plan.json", "trust.json", "revoked.json"} and ignored == ["summary.json", "x/y.bin"]
    # records and attachments are listed by the changeset, report PDFs by report id: never optional
    kept, ignored = without_unknown_parts("sync", {"changeset.json": b"", "records/future_kind.jsonl": b"",
                                                   "attachments/zz.bin": b"", "notes.json": b""})
    assert set(kept) == {"changeset.json", "records/future_kind.jsonl", "attachments/zz.bin"}
    assert ignored == ["notes.json"]
    assert without_unknown_parts("report", {"reports.json": b"", "reports/x.pdf": b""})[1] == []


def test_a_tasks_package_from_a_newer_app_with_revocations_and_an_unknown_part_is_imported(world, tmp_path):
    """What an older app refused with "update the sender": it imports the plan and the revocation,
    ignores the two parts it does not know, and says so (in Vietnamese) in the summary."""
    p, a, b = world["province"], world["a"], world["b"]
    revoked = {"revoked": [{"office_id": b.id, "key_id": b.card().key_id}]}
    files = dict(_tasks_files(world, dt.datetime.now(dt.UTC) + dt.timedelta(days=30)),
                 **{"revoked.json": json_bytes(revoked)}, **NEWER_PARTS)
    path = _send(world, tmp_path, "tasks", files, "newer-tasks.dnnd", sequence=1)
    preview = import_package(a.ctx, path, a.secret, dry_run=True)
    result = import_package(a.ctx, path, a.secret)
    for r in (preview, result):
        notes = [render(m) for m in r.messages]
        note = next(n for n in notes if "summary.json" in n)
        assert "future/extra.json" in note and "2 phần" in note, note
        assert "cập nhật phần mềm trên máy này" in note and "đơn vị gửi không cần" in note, note
    plans = task_service.list_plans(a.ctx)
    assert [(pl.issuer_office_id, pl.sequence) for pl in plans] == [(p.id, 1)]
    assert result.per_kind["task"]["new"] == 3 and result.per_kind["revocation"]["updated"] == 1, result.per_kind


def test_a_package_that_truly_needs_a_newer_app_asks_to_update_this_app(world, tmp_path):
    p, a = world["province"], world["a"]
    # a newer package schema (the container refuses it)
    data = craft(signer=raw(p), recipients=[raw(a)],
                 header=header_dict(raw(p), [raw(a)], kind="tasks", schema_version=SCHEMA_VERSION + 1))
    err = refused(a, data, tmp_path)
    assert err.code == "newer_schema"
    assert "cập nhật phần mềm trên máy này" in err.message and "đơn vị gửi không cần" in err.message, err.message
    # a newer sync description (format_version 2): not "content not valid, ask the sender"
    head = {"format": "dnnd-changeset", "format_version": 2, "office_id": p.id,
            "site_id": p.ctx.installation.site_id, "base": {}, "upto": {}, "counts": {}, "blobs": []}
    path = _send(world, tmp_path, "sync", {"changeset.json": dumps_canonical(head)}, "newer-sync.dnnd")
    err = refused(a, path.read_bytes(), tmp_path, name="newer-sync-copy.dnnd")
    assert err.code == "changeset_newer", err.code
    assert "cập nhật phần mềm trên máy này" in err.message and "không hợp lệ" not in err.message, err.message


def test_what_the_description_lists_stays_strict(world, tmp_path):
    """An unknown record kind in a sync package is data the description counts: still refused whole."""
    p, a = world["province"], world["a"]
    head = {"format": "dnnd-changeset", "format_version": 1, "office_id": p.id,
            "site_id": p.ctx.installation.site_id, "base": {}, "upto": {}, "counts": {}, "blobs": []}
    path = _send(world, tmp_path, "sync", {"changeset.json": dumps_canonical(head),
                                           "records/future_kind.jsonl": b'{"id":"x"}\n'}, "kind.dnnd")
    before = db_digest(a.db)
    err = refused(a, path.read_bytes(), tmp_path, name="kind-copy.dnnd")
    assert err.code == "content_invalid" and db_digest(a.db) == before
    json.dumps(err.details)   # details stay serialisable for --json
