"""`dnnd demo`: fill the set-up database with realistic demo data (for training and trying out)."""
from __future__ import annotations

import time

from ..services.demo import fill_demo
from .base import Cli


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="tạo dữ liệu mẫu (để tập huấn, dùng thử)")
    p.add_argument("--households", type=int, default=1000, help="số hộ thân nhân kiều bào (mặc định 1000)")
    p.add_argument("--activities", type=int, default=200, help="số hoạt động (mặc định 200)")
    p.add_argument("--seed", type=int, default=1, help="số hạt giống: cùng số cho cùng dữ liệu (mặc định 1)")
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    a = cli.args
    ctx = cli.context()
    try:
        cli.info(f"Đang tạo dữ liệu mẫu: {a.households} hộ, {a.activities} hoạt động…")
        started = time.perf_counter()
        result = fill_demo(ctx, households=a.households, activities=a.activities, seed=a.seed)
        seconds = round(time.perf_counter() - started, 2)
    finally:
        ctx.close()
    counts = result.to_dict()
    cli.emit({**counts, "seed": a.seed, "seconds": seconds}, lambda: (
        f"Đã tạo dữ liệu mẫu trong {seconds} giây:\n"
        f"  {counts['households']} hộ thân nhân kiều bào, {counts['persons']} người ở nước ngoài\n"
        f"  {counts['contributions']} đóng góp, {counts['commendations']} khen thưởng, "
        f"{counts['consents']} văn bản đồng ý\n"
        f"  {counts['partners']} đối tác, {counts['twinnings']} cặp kết nghĩa, {counts['activities']} hoạt động, "
        f"{counts['links']} liên kết"))
    return 0
