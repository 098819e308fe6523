"""Attachments: stored once by content hash, listed per record, removed safely."""
from __future__ import annotations

import hashlib

import pytest
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import NotFound, ValidationError
from dnnd_desktop.services.records import AttachmentService, AuditQuery, AuditQueryService, RecordService


@pytest.fixture
def setup(ctx, tmp_path):  # noqa: F811
    rs = RecordService(ctx)
    act = rs.create("activity", {"title": "Ký kết thỏa thuận", "activity_type": "meeting", "start_date": "01/03/2026"})
    twin = rs.create("twinning", {"kind": "village_village", "local_name": "Bản Lếch", "counterpart_name": "Bản Mò"})
    photo = tmp_path / "ảnh giao lưu.jpg"
    photo.write_bytes(b"\xff\xd8 photo bytes " * 1000)
    return AttachmentService(ctx), act.id, twin.id, photo


def blobs(ctx):  # noqa: F811
    return [p for p in ctx.data_dir.attachments.rglob("*") if p.is_file()]


def test_same_content_is_stored_once_under_its_hash(setup, ctx, tmp_path):  # noqa: F811
    svc, act, twin, photo = setup
    a = svc.add("activity", act, photo, description="Ảnh lễ ký")
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    b = svc.add("twinning", twin, copy)
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert a.sha256 == b.sha256 == sha
    assert blobs(ctx) == [ctx.data_dir.attachments / sha[:2] / sha]
    assert svc.path_for(a.id).read_bytes() == photo.read_bytes()
    assert [x.file_name for x in svc.list("activity", act)] == ["ảnh giao lưu.jpg"]
    assert not list(ctx.data_dir.attachments.glob(".incoming-*"))   # no temp file left behind


def test_blob_removed_only_when_no_live_attachment_uses_it(setup, ctx):  # noqa: F811
    svc, act, twin, photo = setup
    a = svc.add("activity", act, photo)
    b = svc.add("twinning", twin, photo)
    assert svc.remove(a.id) is False          # still used by b
    assert len(blobs(ctx)) == 1 and svc.list("activity", act) == []
    assert svc.path_for(b.id).exists()
    assert svc.remove(b.id) is True
    assert blobs(ctx) == []
    with pytest.raises(NotFound):
        svc.path_for(b.id)
    with pytest.raises(NotFound):
        svc.remove(b.id)
    actions = [r.action for r in AuditQueryService(ctx).page(AuditQuery(kind="attachment"))]
    assert actions.count("delete") == 2 and actions.count("create") == 2


def test_refusals(setup, tmp_path):
    svc, act, _twin, photo = setup
    with pytest.raises(ValidationError, match="Không tìm thấy tệp"):
        svc.add("activity", act, tmp_path / "missing.pdf")
    with pytest.raises(ValidationError):
        svc.add("consent", act, photo)
    with pytest.raises(NotFound):
        svc.add("activity", "no-such-id", photo)
