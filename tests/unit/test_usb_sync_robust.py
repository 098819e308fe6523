"""Issue 16 item 6: in a USB sync, a failure on one file is reported and the other files go on.

The province's folder on the stick holds, from trusted and validly signing districts: a sync
package with a record line nested 100,000 deep (it raised an uncaught RecursionError that stopped
every run), one whose record line repeats a key (strict JSON), a file that makes the import fail
with an error the app does not know, and a good package. Counted by hand: the good package's 3
households and the 1 good household of each malformed package arrive; each malformed line is one
refused record; the faulty file is reported by code and left on the stick.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from dnnd_desktop.exchange.package import Recipient, SenderIdentity, open_package, write_package
from dnnd_desktop.exchange.package.strict_json import dumps_canonical
from dnnd_desktop.services import usb_sync as usb_module
from dnnd_desktop.services.identity import trust_lookup
from dnnd_desktop.services.packages import export_package
from dnnd_desktop.services.packages.common import SCHEMA_VERSION
from dnnd_desktop.services.records.record_service import RecordService
from dnnd_desktop.services.usb_sync import ROOT_NAME, usb_sync
from dnnd_desktop.storage.models import Household

NESTED = b"[" * 100_000 + b"]" * 100_000


def _files_at(receiver, path):
    with receiver.ctx.session() as s:
        lookup = trust_lookup(s, dt.datetime.now(dt.UTC).replace(tzinfo=None))
        return open_package(path, trust=lookup, me_office_id=receiver.id, my_secret=receiver.secret,
                            max_schema_version=SCHEMA_VERSION).files


def _resigned(sender, receiver, files, out):
    """A package with `files`, validly signed by `sender`: its software is buggy or compromised.
    The changeset's counts list the lines, as the sender's own writer would."""
    head = json.loads(files["changeset.json"])
    head["counts"] = {k: v for k, v in head["counts"].items() if f"records/{k}.jsonl" in files}
    head["counts"]["household"] = files["records/household.jsonl"].count(b"\n")
    files = dict(files, **{"changeset.json": dumps_canonical(head)})
    write_package(out, kind="sync", sender=SenderIdentity(sender.id, sender.ctx.installation.site_id, sender.secret),
                  recipients=[Recipient(receiver.id, receiver.secret.public.box_pk)], files=files,
                  schema_version=SCHEMA_VERSION)


def test_one_bad_file_is_reported_and_the_others_go_on(world, tmp_path, monkeypatch):
    p, a, b = world["province"], world["a"], world["b"]
    folder = tmp_path / "usb"
    inbox = folder / ROOT_NAME / p.id
    inbox.mkdir(parents=True)
    RecordService(a.ctx).create("household", {"head_name": "Giàng Seo Tủa"})
    plain = tmp_path / "a.dnnd"
    export_package(a.ctx, kind="sync", to=p.id, out_path=plain, secret=a.secret)
    files = _files_at(p, plain)
    line = files["records/household.jsonl"].rstrip(b"\n")
    assert line.count(b"\n") == 0 and line.startswith(b"{")
    nested = dict(files, **{"records/household.jsonl": line + b"\n" + NESTED + b"\n"})
    _resigned(a, p, nested, inbox / "1-nested.dnnd")
    # the same record id with a second "deleted" key: one reader would see it alive, another deleted
    doubled = line[:-1] + b',"deleted":true}'
    for i in range(3):
        RecordService(b.ctx).create("household", {"head_name": f"Lò Văn Páo {i}"})
    b_plain = tmp_path / "b.dnnd"
    export_package(b.ctx, kind="sync", to=p.id, out_path=b_plain, secret=b.secret)
    b_files = _files_at(p, b_plain)
    _resigned(a, p, dict(files, **{"records/household.jsonl": doubled + b"\n"}), inbox / "2-duplicate.dnnd")
    (inbox / "3-good.dnnd").write_bytes(b_plain.read_bytes())
    assert len(b_files["records/household.jsonl"].splitlines()) == 3
    faulty = inbox / "4-faulty.dnnd"
    faulty.write_bytes(plain.read_bytes())   # imported fine, but the import fails in an unknown way below

    real_import = usb_module.import_package

    def import_package(ctx, path, secret, **kw):
        if path.name == faulty.name:
            raise RuntimeError("a bug with a personal value: Nguyễn Văn A 001234567890")
        return real_import(ctx, path, secret, **kw)

    monkeypatch.setattr(usb_module, "import_package", import_package)
    r = usb_sync(p.ctx, folder, p.secret)

    received = {x["file"]: x for x in r.received}
    assert sorted(received) == ["1-nested.dnnd", "2-duplicate.dnnd", "3-good.dnnd"]
    assert (received["1-nested.dnnd"]["new"], received["1-nested.dnnd"]["rejected"]) == (1, 1)
    # the doubled line is the only line: refused whole, nothing of it written
    assert (received["2-duplicate.dnnd"]["new"], received["2-duplicate.dnnd"]["rejected"]) == (0, 1)
    assert received["3-good.dnnd"]["new"] == 3
    assert [(x["file"], x["code"]) for x in r.refused] == [("4-faulty.dnnd", "unexpected_error")]
    message = r.refused[0]["message"]
    assert "unexpected_error" in message and "chương trình" in message
    assert "Nguyễn" not in r.summary_text() and "001234567890" not in r.summary_text()
    assert sorted(x.name for x in inbox.iterdir()) == ["4-faulty.dnnd"]
    with p.ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(Household)) == 4
