"""Eight sync packages imported at the same moment into one province database keep every sender
and every record. On PostgreSQL the imports really run side by side; the installation row lock
serialises their bookkeeping (without it, 8 at once kept 4 senders of 8). PostgreSQL only: the
desktop app imports one package at a time, and its pre-import file copies of one SQLite file do
not run side by side (tests/benchmarks/bench_server.py shows it)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select
from test_packages_world import close_world, make_office

from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import setup_installation, unlock_secret_keys
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.records.record_service import RecordService
from dnnd_desktop.services.sync.state import knowledge
from dnnd_desktop.storage.models import Household, PackageLogEntry, PeerSyncState
from tests.conftest import PASSPHRASE, make_setup_request

SENDERS = 8
HOUSEHOLDS = 5


def test_eight_imports_at_once_keep_every_sender_and_record(data_dir, tmp_path, on_postgres):
    if not on_postgres:
        pytest.skip("runs with --database=postgres")
    from test_packages_world import Office

    setup_installation(data_dir, make_setup_request(
        level="province", unit_name="Lào Cai", office_name="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        parent_body="Ủy ban Trung ương MTTQ Việt Nam", place_name="Lào Cai"))
    province = Office("tinh", data_dir, open_context(data_dir))
    senders = {}
    try:
        for i in range(SENDERS):
            o = make_office(tmp_path, f"d{i}", unit_name=f"huyện Thử {i}",
                            office_name=f"Ủy ban MTTQ Việt Nam huyện Thử {i}")
            senders[o.name] = o
            o.trust(province)
            province.trust(o)
        paths = []
        for o in senders.values():
            rs = RecordService(o.ctx)
            for j in range(HOUSEHOLDS):
                rs.create("household", {"head_name": f"Nguyễn Văn {o.name} {j}"})
            out = tmp_path / f"{o.name}.dnnd"
            export_package(o.ctx, kind="sync", to=province.id, out_path=out, secret=o.secret)
            paths.append(out)
        with province.ctx.session() as s:
            secret = unlock_secret_keys(s, PASSPHRASE)
        start, errors = threading.Barrier(SENDERS), []

        def run(path):
            start.wait()
            try:
                import_package(province.ctx, path, secret)
            except Exception as e:  # noqa: BLE001 - collected and shown by the assertion
                errors.append(repr(e))

        threads = [threading.Thread(target=run, args=(p,)) for p in paths]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
        assert errors == []
        with province.ctx.session() as s:
            assert s.scalar(select(func.count()).select_from(Household)) == SENDERS * HOUSEHOLDS
            assert s.scalar(select(func.count()).select_from(PackageLogEntry)
                            .where(PackageLogEntry.direction == "in")) == SENDERS
            assert {r.office_id for r in s.scalars(select(PeerSyncState))} >= {o.id for o in senders.values()}
            known = knowledge(s)
        sites = {o.ctx.installation.site_id for o in senders.values()}
        assert sites <= set(known), f"knowledge kept {len(sites & set(known))} of {SENDERS} senders"
    finally:
        close_world({"p": province, **senders})
