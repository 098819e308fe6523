"""`dnnd demo`: fill the set-up database with realistic demo data (for training and trying out)."""
from __future__ import annotations

import time

from ..domain.messages import translate
from ..services.demo import fill_demo
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common],
                       help=translate("CliHelp", "make demo data (for training and trying out)").text())
    p.add_argument("--households", type=int, default=1000, help=translate(
        "CliHelp", "number of households of relatives of Vietnamese abroad (default 1000)").text())
    p.add_argument("--activities", type=int, default=200,
                   help=translate("CliHelp", "number of activities (default 200)").text())
    p.add_argument("--seed", type=int, default=1, help=translate(
        "CliHelp", "seed number: the same number gives the same data (default 1)").text())
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    try:
        cli.info(translate("CliMessages", "Making demo data: {households} households, {activities} activities…")
                 .format(households=a.households, activities=a.activities))
        started = time.perf_counter()
        result = fill_demo(ctx, households=a.households, activities=a.activities, seed=a.seed)
        seconds = round(time.perf_counter() - started, 2)
    finally:
        ctx.close()
    counts = result.to_dict()
    cli.emit({**counts, "seed": a.seed, "seconds": seconds}, lambda: "\n".join(m.format(**counts).text() for m in (
        translate("CliMessages", "Demo data made in {seconds} seconds:").format(seconds=seconds),
        translate("CliMessages", "  {households} households of relatives of Vietnamese abroad, {persons} people "
                                 "abroad"),
        translate("CliMessages", "  {contributions} contributions, {commendations} commendations, {consents} "
                                 "consent documents"),
        translate("CliMessages", "  {partners} partners, {twinnings} twinning pairs, {activities} activities, "
                                 "{links} links"))))
    return 0
