"""Validation cost of the declared JSON schemas on the two hot paths (issue 11 item 4):

    sync records   N wire lines (households and persons, half each) validated as apply_changeset
                   does: JSON line -> WireRecord (default N = 100,000)
    changeset      the sync/changeset.json header, 10,000 times
    package header the .dnnd header, 10,000 times

    DNND_KDF_PROFILE=fast .venv/bin/python tests/benchmarks/bench_schemas.py [N]

The record templates are real rows (made through RecordWriter in a scratch installation), so the
figures follow the models' columns.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a checkout
os.environ.setdefault("DNND_KDF_PROFILE", "fast")

from dnnd_desktop.exchange.package.header import HeaderSender, PackageHeader, parse_header  # noqa: E402
from dnnd_desktop.paths import DataDir  # noqa: E402
from dnnd_desktop.services.app_context import open_context  # noqa: E402
from dnnd_desktop.services.installation import SetupRequest, setup_installation  # noqa: E402
from dnnd_desktop.services.record_writer import RecordWriter  # noqa: E402
from dnnd_desktop.services.sync import changeset as cs_mod  # noqa: E402
from dnnd_desktop.services.sync import codec  # noqa: E402
from dnnd_desktop.storage.models import MODEL_BY_KIND  # noqa: E402


def _templates(root: Path) -> dict[str, dict]:
    dd = DataDir(root / "a")
    setup_installation(dd, SetupRequest(
        level="commune", province_code=15, unit_name="Bát Xát", unit_code=None, office_name="Ủy ban MTTQ thử",
        parent_body=None, symbol="MTTQ", place_name="Bát Xát", head_title="Chủ tịch", head_name="Thử",
        officer_name="Cán bộ", officer_password=None, passphrase="mat-khau-thu-123"))
    ctx = open_context(dd)
    try:
        with ctx.session() as s:
            w = RecordWriter(s, ctx)
            hh = w.create(MODEL_BY_KIND["household"], {"head_name": "Vàng Seo Chẩu", "head_birth_year": 1969,
                                                       "commune_code": 2842, "village": "Thôn Phìn Hồ"})
            w.create(MODEL_BY_KIND["person"], {"household_id": hh.id, "full_name": "Vàng Thị Mai",
                                               "country": "CN", "birth_year": 1990, "relation": "child"})
        with ctx.session() as s:
            got = cs_mod.collect_changeset(s, ctx)
        return {k: json.loads(got.records[k].splitlines()[0]) for k in ("household", "person")}, got.header
    finally:
        ctx.close()


def _time(label: str, n: int, fn, repeat: int = 3) -> float:
    """Best of `repeat` runs: the machine is shared, the minimum is the least disturbed figure."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<48} {best:8.3f} s   {best / n * 1e6:7.2f} µs each")
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        rows, header = _templates(Path(tmp))
    lines = []
    for i in range(n):
        kind = "household" if i % 2 == 0 else "person"
        lines.append((kind, json.dumps({**rows[kind], "id": str(uuid.uuid4())}, ensure_ascii=False,
                                       separators=(",", ":")).encode()))
    models = {k: MODEL_BY_KIND[k] for k in ("household", "person")}

    def records():
        for kind, line in lines:
            codec.parse_wire(models[kind], json.loads(line))

    _time(f"sync records: json.loads + parse_wire ({n})", n, records)
    parse_line = getattr(codec, "parse_wire_line", None)
    if parse_line is not None:
        def records_lines():
            for kind, line in lines:
                parse_line(models[kind], line)
        _time(f"sync records: parse_wire_line ({n})", n, records_lines)

    m = 10_000
    _time(f"changeset header: check_header ({m})", m, lambda: [cs_mod.check_header(header) for _ in range(m)])
    import datetime as dt
    ph = PackageHeader("sync", str(uuid.uuid4()), HeaderSender("office-1", "site-1", "0123456789abcdef"),
                       ("office-2", "office-3"), 5, dt.datetime(2026, 5, 1, tzinfo=dt.UTC),
                       dt.datetime(2026, 6, 1, tzinfo=dt.UTC), 1, 12345)
    data = ph.encode()
    _time(f"package header: parse_header ({m})", m, lambda: [parse_header(data) for _ in range(m)])


if __name__ == "__main__":
    main()
