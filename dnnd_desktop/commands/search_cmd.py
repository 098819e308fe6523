"""`dnnd search TEXT`: find records by name or main text, ignoring tone marks, case and đ/Đ."""
from __future__ import annotations

from ..domain.record_kinds import SEARCHABLE_KINDS, kind_spec
from ..services.records import RecordQueryService
from .base import Cli

_KIND_CHOICES = (*SEARCHABLE_KINDS, "households", "persons", "activities", "twinnings", "partners")


def register(sub, common) -> None:
    p = sub.add_parser("search", parents=[common], help="tìm bản ghi (không cần gõ dấu)")
    p.add_argument("text", nargs="+", help="nội dung cần tìm, ví dụ: nguyen van duc")
    p.add_argument("--kind", choices=_KIND_CHOICES, default=None, help="chỉ tìm trong một loại bản ghi")
    p.add_argument("--limit", type=int, default=20, help="số kết quả tối đa (mặc định 20)")
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    a = cli.args
    text = " ".join(a.text)
    kinds = [kind_spec(a.kind).kind] if a.kind else None
    ctx = cli.context()
    try:
        result = RecordQueryService(ctx).search(text, kinds=kinds, limit=max(0, a.limit))
    finally:
        ctx.close()
    # --json keeps the keys it always had: kind, id and name of each hit (not the kind's label).
    hits = [{"kind": h.kind, "id": h.id, "name": h.name} for h in result.hits]

    def human() -> str:
        if not result.total:
            return f"Không tìm thấy bản ghi nào khớp với «{text}»."
        lines = [f"{h.kind_label}: {h.name}  [{h.id}]" for h in result.hits]
        more = result.total - len(hits)
        tail = f"\n… và {more} kết quả khác (dùng --limit để xem thêm)." if more > 0 else ""
        return f"Tìm thấy {result.total} kết quả cho «{text}»:\n" + "\n".join(lines) + tail

    cli.emit({"hits": hits, "total": result.total}, human)
    return 0
