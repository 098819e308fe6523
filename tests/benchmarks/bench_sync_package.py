"""Full sync package of N households + 2N persons (default 100,000 + 200,000), in one run:

    export (collect + serialise + encrypt + sign)   vs  bare serialise (JSON lines) + write_package
    import (verify + decrypt + merge + one commit)  vs  bare Core insert of the same rows
    incremental package after editing 10 records    (size in bytes)

    .venv/bin/python tests/benchmarks/bench_sync_package.py [households]
        [--keep DIR]     keep the filled sending office in DIR (about a minute to fill at 100k)
        [--reuse DIR]    measure again with the office kept in DIR (fresh receivers each run)
        [--consent-share PCT]  screen the package by consent for sharing (issue 14), PCT % of the
                         households having consented (default: screen off, as the older runs)

Targets (issue 6 item 11): export <= 1.5x the bare serialise+encrypt, import <= 2x the bare insert,
incremental package <= 20 KB whatever the database size.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout

from sqlalchemy import func, insert, select

from dnnd_desktop.exchange.package import Recipient, SenderIdentity, write_package
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services import identity
from dnnd_desktop.services.app_context import open_context
from dnnd_desktop.services.installation import SetupRequest, setup_installation, unlock_secret_keys
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.packages import importer as importer_module
from dnnd_desktop.services.record_writer import RecordWriter
from dnnd_desktop.services.sync import consent_withheld
from dnnd_desktop.storage.models import Consent, Household, OverseasPerson
from tests.support.run_cli import apply_test_settings

apply_test_settings()  # cheapest key derivation: the installations here are throwaway

PASS = "mat-khau-benchmark"
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Lò", "Lý", "Giàng", "Sùng", "Vàng"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hữu", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hoa", "Hùng", "Lan", "Mai", "Nam", "Phương", "Sơn", "Tú"]
COUNTRIES = ["CN", "LA", "US", "FR", "DE", "JP", "KR", "AU", "CZ", "RU"]


def office(root: Path, name: str, unit: str):
    dd = DataDir(root / name)
    setup_installation(dd, SetupRequest(
        level="district", province_code=15, unit_name=unit, unit_code=None, office_name=f"Ủy ban MTTQ {unit}",
        parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai", symbol="MTTQ-BTT", place_name=unit, head_title="Chủ tịch",
        head_name="", officer_name="Cán bộ", officer_password=None, passphrase=PASS))
    ctx = open_context(dd)
    with ctx.session() as s:
        secret = unlock_secret_keys(s, PASS)
    return ctx, secret


def name(rng) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def fill(ctx, households: int) -> tuple[list[dict], list[dict]]:
    rng = random.Random(7)
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        first = w.next_counter(households * 3)
        hh = [w.prepare_insert(Household, {"head_name": name(rng), "head_birth_year": rng.randint(1940, 2000),
                                           "village": f"Thôn {rng.randint(1, 40)}",
                                           "phone": f"09{rng.randint(0, 10**8):08d}",
                                           "notes": "Hộ có thân nhân ở nước ngoài"}, first + i)
              for i in range(households)]
        persons = [w.prepare_insert(OverseasPerson, {
            "household_id": hh[i // 2]["id"], "full_name": name(rng), "gender": rng.choice(["male", "female"]),
            "birth_year": rng.randint(1950, 2005), "country": rng.choice(COUNTRIES), "city": "Côn Minh",
            "occupation": "business", "aspirations": "Mong muốn đóng góp xây dựng quê hương"},
            first + households + i) for i in range(2 * households)]
        s.execute(insert(Household), hh)
        s.execute(insert(OverseasPerson), persons)
    return hh, persons


def consent_share(ctx, households: list[dict], pct: int) -> int:
    """Consents for sharing for the first `pct` % of the households (one row each)."""
    chosen = households[: len(households) * pct // 100]
    with ctx.session() as s:
        w = RecordWriter(s, ctx)
        first = w.next_counter(len(chosen) or 1)
        rows = [w.prepare_insert(Consent, {"household_id": h["id"], "given_date": dt.date(2025, 1, 2),
                                           "purposes": "keeping,lists,sharing", "method": "Văn bản"}, first + i)
                for i, h in enumerate(chosen)]
        if rows:
            s.execute(insert(Consent), rows)
    return len(chosen)


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def load_rows(ctx) -> tuple[list[dict], list[dict]]:
    """The kept office's rows as the fill made them (for the bare measures)."""
    with ctx.session() as s:
        hh = [dict(r) for r in s.execute(select(Household.__table__)).mappings()]
        persons = [dict(r) for r in s.execute(select(OverseasPerson.__table__)).mappings()]
    return hh, persons


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("households", nargs="?", type=int, default=100_000)
    ap.add_argument("--keep", metavar="DIR", help="keep the filled sending office in DIR")
    ap.add_argument("--reuse", metavar="DIR", help="reuse the sending office kept in DIR")
    ap.add_argument("--consent-share", type=int, default=None, metavar="PCT",
                    help="screen by consent for sharing; PCT %% of households consented")
    args = ap.parse_args()
    # The received package's index of whose data it holds (issue 14, kept_erasures.py): timed apart.
    spent_indexing: list[float] = []
    real_ids = importer_module.personal_ids

    def timed_ids(records):
        t = time.perf_counter()
        out = real_ids(records)
        spent_indexing.append(time.perf_counter() - t)
        return out
    importer_module.personal_ids = timed_ids
    n = args.households
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.reuse:
            shutil.copytree(Path(args.reuse) / "a", root / "a")
            ctx = open_context(DataDir(root / "a"))
            with ctx.session() as s:
                a_secret = unlock_secret_keys(s, PASS)
            a = ctx
        else:
            a, a_secret = office(root, "a", "huyện Bát Xát")
        b, b_secret = office(root, "b", "huyện Mường Khương")
        c, _ = office(root, "c", "huyện Sa Pa")
        # b is a's parent: since issue 15 a peer receives only what is shared with it (docs/sync.md).
        for x, y, relation in ((a, b, "parent"), (b, a, "lower")):
            card = identity.identity_card(y)
            identity.trust_card(x, card, card.fingerprint, relation)
        if args.reuse:
            t_fill, (hh, persons) = timed(lambda: load_rows(a))
            n = len(hh)
            print(f"data: {n:,} households + {len(persons):,} persons (reused from {args.reuse})")
        else:
            t_fill, (hh, persons) = timed(lambda: fill(a, n))
            print(f"data: {n:,} households + {2 * n:,} persons (filled in {t_fill:.1f} s)")
            if args.keep:
                a.close()
                keep = Path(args.keep) / "a"
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(root / "a", keep)
                a = open_context(DataDir(root / "a"))
        consented = None
        if args.consent_share is not None:
            consent_withheld.ENABLED = True
            consented = consent_share(a, hh, args.consent_share)
            print(f"consent for sharing: {consented:,} of {n:,} households ({args.consent_share} %)")
        with a.session() as s:
            size = s.scalar(select(func.sum(func.length(Household.field_stamps)))) or 0
        print(f"stored field stamps of households: {size / n:.0f} bytes per row")

        # Bare serialise + encrypt: the same rows as JSON lines, one write_package.
        def bare_export():
            files = {"records/household.jsonl": "".join(json.dumps(r, default=str, ensure_ascii=False) + "\n"
                                                        for r in hh).encode(),
                     "records/person.jsonl": "".join(json.dumps(r, default=str, ensure_ascii=False) + "\n"
                                                     for r in persons).encode()}
            write_package(root / "bare.dnnd", kind="sync", sender=SenderIdentity(a.installation.office_id,
                          a.installation.site_id, a_secret),
                          recipients=[Recipient(b.installation.office_id, identity.identity_card(b).box_pk)],
                          files=files, schema_version=1)
        t_bare_export, _ = timed(bare_export)

        # Bare Core insert of the same rows into a fresh installation.
        def bare_insert():
            with c.session() as s:
                s.execute(insert(Household), hh)
                s.execute(insert(OverseasPerson), persons)
        t_bare_insert, _ = timed(bare_insert)

        full = root / "full.dnnd"
        t_export, exp = timed(lambda: export_package(a, kind="sync", to=b.installation.office_id, out_path=full,
                                                       secret=a_secret))
        t_import, imp = timed(lambda: import_package(b, full, b_secret))
        if consented is None:
            assert imp.new >= 3 * n, imp.to_dict()
        else:
            assert imp.new >= 3 * consented and exp.withheld.households == n - consented, exp.contents
            print(f"withheld: {exp.withheld.households:,} households, {exp.withheld.persons:,} persons")

        # Incremental: 10 records edited, then the next package to the same peer.
        with a.session() as s:
            w = RecordWriter(s, a)
            ids = [h["id"] for h in hh[:: max(1, n // 10)][:10]]
            for i, rid in enumerate(ids):
                w.update(s.get(Household, rid), {"phone": f"0912{i:06d}"})
        inc = root / "inc.dnnd"
        export_package(a, kind="sync", to=b.installation.office_id, out_path=inc, secret=a_secret)
        with b.session() as s:
            assert s.scalar(select(Household.phone).where(Household.id == ids[0])) != "0912000000"
        imp2 = import_package(b, inc, b_secret)

        bare_mb = (root / "bare.dnnd").stat().st_size / 1e6
        print(f"full package: {full.stat().st_size / 1e6:.1f} MB (bare: {bare_mb:.1f} MB)")
        print(f"export  {t_export:7.2f} s   bare serialise+encrypt {t_bare_export:7.2f} s   "
              f"ratio {t_export / t_bare_export:.2f} (target <= 1.5)")
        print(f"import  {t_import:7.2f} s   bare Core insert       {t_bare_insert:7.2f} s   "
              f"ratio {t_import / t_bare_insert:.2f} (target <= 2)")
        print(f"of the import, indexing the kept package (kept_erasures): {sum(spent_indexing[:1]):.2f} s")
        print(f"incremental package after editing 10 records: {inc.stat().st_size:,} bytes "
              f"(target <= 20,480); applied: updated {imp2.updated}")
        for ctx in (a, b, c):
            ctx.close()


if __name__ == "__main__":
    main()
