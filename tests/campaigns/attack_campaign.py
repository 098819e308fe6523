"""Attack campaign of issue 16 (items 1-3): a trusted "attacker office" (validly signed packages) with
a wrong clock, a bug or a thief at its keyboard, against a province and a district. The fast
versions are tests/unit/test_attacker_office.py; this runs many randomised variants and prints
counts tried / refused / lost:

    PYTHONPATH=. DNND_KDF_PROFILE=fast .venv/bin/python tests/campaigns/attack_campaign.py [--rounds N] [--seed S]

- tried:   attack packages imported;
- refused: refused WHOLE with the receiver's database unchanged (every row of every table), or, for
           a wrongly dated package, imported with its date moving nothing beyond CLOCK_SKEW;
- lost:    an attack that got through: a database changed by a refusal, a counter or package clock
           pushed beyond its bound, trust data rolled back, a revoked key trusted again, or an honest
           record missing or changed at the end (the honest offices sync after every round).
Exit status 1 when anything was lost.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "unit")]

from sqlalchemy import select  # noqa: E402
from test_packages_world import SAMPLE_PLAN, close_world, make_world  # noqa: E402

from dnnd_desktop.domain.errors import DnndError  # noqa: E402
from dnnd_desktop.services import identity  # noqa: E402
from dnnd_desktop.services.packages import export_package, import_package, parse_plan  # noqa: E402
from dnnd_desktop.services.packages.common import CLOCK_SKEW, package_clock  # noqa: E402
from dnnd_desktop.services.records import RecordService  # noqa: E402
from dnnd_desktop.services.sync.authority import COUNTER_WINDOW  # noqa: E402
from dnnd_desktop.storage.models import Household, Installation, TrustedKey  # noqa: E402
from tests.support.attacker import MAX_COUNTER, Attacker, database_digest, utcnow  # noqa: E402
from tests.support.run_cli import apply_test_settings  # noqa: E402


def site(o) -> str:
    return o.ctx.installation.site_id


def own_counter(o) -> int:
    with o.ctx.session() as s:
        return int(s.get_one(Installation, 1, populate_existing=True).site_counter or 0)


class Campaign:
    def __init__(self, world, folder: Path, rng: random.Random) -> None:
        self.w, self.folder, self.rng = world, folder, rng
        self.counts: Counter[str] = Counter()
        self.tried_by_name: Counter[str] = Counter()
        self.lost: list[str] = []
        self.honest: dict[str, tuple[str, str]] = {}   # household id -> (owner office name, head name)

    # -- bookkeeping ----------------------------------------------------------------------------
    def expect_refused(self, name: str, receiver, path: Path) -> None:
        self.counts["tried"] += 1
        self.tried_by_name[name] += 1
        before = database_digest(receiver.ctx)
        try:
            import_package(receiver.ctx, path, receiver.secret)
        except DnndError:
            if database_digest(receiver.ctx) == before:
                self.counts["refused"] += 1
                return
            self.lost.append(f"{name}: refused but the database changed")
            return
        self.lost.append(f"{name}: imported")

    def expect_neutral(self, name: str, receiver, path: Path, check) -> None:
        """Imported (a wrong date is not a reason to refuse data) but moving nothing beyond bounds."""
        self.counts["tried"] += 1
        self.tried_by_name[name] += 1
        try:
            import_package(receiver.ctx, path, receiver.secret)
        except DnndError as e:
            self.lost.append(f"{name}: refused ({e.code})")
            return
        problem = check()
        if problem:
            self.lost.append(f"{name}: {problem}")
        else:
            self.counts["refused"] += 1

    # -- honest traffic -------------------------------------------------------------------------
    def honest_round(self, n: int) -> None:
        p, a, b = self.w["province"], self.w["a"], self.w["b"]
        for office in (a, b):
            name = f"Hộ trung thực {n} {office.name}"
            hid = RecordService(office.ctx).create("household", {"head_name": name, "head_birth_year": 1970}).id
            self.honest[hid] = (office.name, name)
            out = self.folder / f"honest-{n}-{office.name}.dnnd"
            export_package(office.ctx, kind="sync", to=p.id, out_path=out, secret=office.secret)
            import_package(p.ctx, out, p.secret)

    def verify_honest(self) -> None:
        p = self.w["province"]
        with p.ctx.session() as s:
            for hid, (owner, name) in self.honest.items():
                row = s.get(Household, hid)
                if row is None or row.deleted or row.head_name != name:
                    self.lost.append(f"honest household of {owner} missing or changed at the province")

    # -- attacks --------------------------------------------------------------------------------
    def attacks(self, n: int) -> None:
        p, a, b = self.w["province"], self.w["a"], self.w["b"]
        rng, evil_a, evil_b = self.rng, Attacker(a, self.folder), Attacker(b, self.folder)
        big = rng.choice([MAX_COUNTER, 2 ** 40, COUNTER_WINDOW * 3 + rng.randrange(1000)])

        def stamped(line_kind, line):
            line["version"] = {s: big for s in line["version"]}
            line["stamps"] = [[big, s, f] for _c, s, f in line["stamps"]]
            return line
        self.expect_refused("counter in a record", p, evil_a.sync(p.id, edit=stamped))
        self.expect_refused("counter in upto", p, evil_a.sync(p.id, header=lambda h: h["upto"].update(
            {site(b): big})))
        self.expect_refused("counter in base", p, evil_a.sync(p.id, header=lambda h: h["base"].update(
            {site(a): big})))
        if own_counter(p) > COUNTER_WINDOW:
            self.lost.append("the province's own counter was pushed beyond the window")

        keep_office = rng.random() < 0.5   # claim b's site only, or b's office and site

        def as_b(line_kind, line):
            line["origin_office_id"] = a.id if keep_office else b.id
            line["origin_site_id"] = site(b)
            line["version"] = {site(b): 1}
            line["stamps"] = [[1, site(b), f] for _c, _s, f in line["stamps"]]
            line["id"] = f"{rng.getrandbits(128):032x}"
            line["id"] = f"{line['id'][:8]}-{line['id'][8:12]}-4{line['id'][13:16]}-8{line['id'][17:20]}-" \
                         f"{line['id'][20:32]}"
            return line
        self.expect_refused("record said to be made by another office", p, evil_a.sync(p.id, edit=as_b))

        victim = [hid for hid, (owner, _n) in self.honest.items() if owner == b.name]
        if victim:
            # a's own household line becomes a newer version of one of b's households at the province
            hid, counter = rng.choice(victim), own_counter(a) + 1
            done = []

            def take_over(line_kind, line):
                if line_kind != "household" or done:
                    return None
                done.append(1)
                fields = sorted(line["fields"])
                return {**line, "id": hid, "origin_office_id": b.id, "origin_site_id": site(b),
                        "version": {site(b): 10 ** 6, site(a): counter},
                        "stamps": [[counter, site(a), fields]],
                        "fields": {**line["fields"], "head_name": "Đã bị sửa"}}
            self.expect_refused("another office's record changed", p, evil_a.sync(p.id, edit=take_over))

        # The office above (session 4): records come only from their owner, nothing is relayed.
        evil_p = Attacker(p, self.folder)
        a_lines = evil_p.record_lines(a.id, "household")     # a's households, as the province holds them
        if a_lines:
            line = rng.choice(a_lines)
            s_p, c_p = site(p), own_counter(p) + rng.randint(1, 1000)
            kept = [[c, st, [f for f in fs if f != "head_name"]] for c, st, fs in line["stamps"]]
            changed = {**line, "version": {**line["version"], s_p: c_p},
                       "stamps": [*(x for x in kept if x[2]), [c_p, s_p, ["head_name"]]],
                       "fields": {**line["fields"], "head_name": "Tỉnh sửa hộ của huyện"}}
            self.expect_refused("province changes a commune's household", a, evil_p.sync(
                a.id, edit=lambda k, x: changed if k == "household" and x["id"] == line["id"] else x))
            rid = f"{rng.getrandbits(128):032x}"
            forged = {**line, "id": f"{rid[:8]}-{rid[8:12]}-4{rid[13:16]}-8{rid[17:20]}-{rid[20:32]}",
                      "fields": {**line["fields"], "head_name": "Hộ do tỉnh giả mạo"}}
            victim_office = rng.choice([a, b])
            self.expect_refused("province forges a commune's household", victim_office,
                                evil_p.sync(victim_office.id, extra={"household": [forged]}))
            self.expect_refused("province sends commune A's record to commune B", b,
                                evil_p.sync(b.id, extra={"household": rng.sample(a_lines, min(3, len(a_lines)))}))

        future = rng.choice([utcnow() + dt.timedelta(days=rng.randint(2, 400)),
                             dt.datetime(2099, 1, 1, tzinfo=dt.UTC)])

        def clock_ok():
            with a.ctx.session() as s:
                mark = package_clock(s)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
            return None if mark is None or mark <= now + CLOCK_SKEW else "package clock beyond the skew"
        self.expect_neutral("future-dated package", a, evil_b.identity(a.id, created=future), clock_ok)

        lie = own_counter(b) + rng.randint(1, 5000)
        # (the province passes b only b's and its own records, as "who receives what" says)
        self.expect_neutral("claims to hold writes we never made", b, Attacker(p, self.folder).sync(
            b.id, header=lambda h: h["upto"].update({site(b): lie}),
            edit=lambda k, line: line if line["origin_office_id"] in (p.id, b.id) else None),
            lambda: self._b_still_sends(n))

        # replay of an older tasks package
        evil_p, t0 = Attacker(p, self.folder), utcnow() + dt.timedelta(minutes=2 * n + 1)
        old = evil_p.tasks(a.id, _plan(n), expires=utcnow() + dt.timedelta(days=50), sequence=1, created=t0,
                           card_created=t0)
        new = evil_p.tasks(a.id, _plan(n), expires=utcnow() + dt.timedelta(days=300), sequence=2,
                           created=t0 + dt.timedelta(minutes=1), card_created=t0 + dt.timedelta(minutes=1))
        import_package(a.ctx, new, a.secret)

        def trust_kept():
            with a.ctx.session() as s:
                row = s.scalars(select(TrustedKey).where(TrustedKey.office_id == p.id,
                                                         TrustedKey.revoked_at.is_(None))).one()
                return None if row.expires_at.date() >= (utcnow() + dt.timedelta(days=299)).date() \
                    else "trust data rolled back"
        self.expect_neutral("replayed old tasks package", a, old, trust_kept)

        # re-trust of a revoked key
        self.counts["tried"] += 1
        identity.revoke(a.ctx, b.id)
        card = b.card()
        try:
            identity.trust_card(a.ctx, card, card.fingerprint)
            self.lost.append("revoked key trusted again silently")
        except DnndError:
            self.counts["refused"] += 1
        identity.trust_card(a.ctx, card, card.fingerprint, restore_revoked=True)

    def _b_still_sends(self, n: int) -> str | None:
        p, b = self.w["province"], self.w["b"]
        name = f"Hộ sau lời nói dối {n}"
        hid = RecordService(b.ctx).create("household", {"head_name": name, "head_birth_year": 1980}).id
        self.honest[hid] = (b.name, name)
        out = self.folder / f"after-lie-{n}.dnnd"
        try:
            export_package(b.ctx, kind="sync", to=p.id, out_path=out, secret=b.secret, skip_empty=True)
        except DnndError as e:
            return f"b stopped sending ({e.code})"
        import_package(p.ctx, out, p.secret)
        return None


def _plan(n: int):
    return parse_plan({**SAMPLE_PLAN, "doc_number": f"{n}/HD-MTTQ-BTT"})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    apply_test_settings()
    root = Path(tempfile.mkdtemp(prefix="dnnd-attack-"))
    world = make_world(root / "world")
    try:
        c = Campaign(world, root, random.Random(args.seed))
        for n in range(args.rounds):
            c.honest_round(n)
            c.attacks(n)
        c.verify_honest()
    finally:
        close_world(world)
        shutil.rmtree(root, ignore_errors=True)
    for name, n in sorted(c.tried_by_name.items()):
        print(f"  {n:4d} x {name}")
    print(f"tried {c.counts['tried']}, refused {c.counts['refused']}, lost {len(c.lost)}")
    for line in sorted(set(c.lost)):
        print("  LOST:", line)
    return 1 if c.lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
