"""`dnnd export-excel KIND FILE [--template] [--include-sensitive] [--search TEXT]`.

Writes the whole list of KIND (households: one row per overseas person, household columns repeated)
in the same layout the importer reads. --template writes the blank template instead ("Tải mẫu").
Sensitive fields (ethnicity, religion, ID numbers) are left out unless --include-sensitive.
"""
from __future__ import annotations

from ..domain.formatting import format_number
from .base import EXIT_OK, Cli

KINDS = ("households", "persons", "activities", "twinnings", "partners")


def register(sub, common) -> None:
    p = sub.add_parser("export-excel", parents=[common], help="xuất danh sách ra tệp Excel (.xlsx)")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="households persons activities twinnings partners")
    p.add_argument("file", help="tệp .xlsx sẽ ghi")
    p.add_argument("--template", action="store_true", help="ghi tệp mẫu trống để điền rồi nhập")
    p.add_argument("--include-sensitive", action="store_true",
                   help="kèm các trường nhạy cảm (dân tộc, tôn giáo, số giấy tờ)")
    p.add_argument("--search", default="", help="chỉ xuất các bản ghi khớp từ tìm kiếm")
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    from ..services.excel import export_list, write_kind_template
    from ..services.records import ListQuery

    a = cli.args
    ctx = cli.context()
    try:
        if a.template:
            path = write_kind_template(ctx, a.kind, a.file)
            cli.emit({"path": str(path), "template": True, "kind": a.kind}, f"Đã ghi tệp mẫu: {path}")
            return EXIT_OK
        result = export_list(ctx, a.kind, a.file, ListQuery(search=a.search),
                             include_sensitive=a.include_sensitive)
        cli.emit({**result.to_dict(), "kind": a.kind},
                 f"Đã xuất {format_number(result.rows)} dòng vào {result.path}")
        return EXIT_OK
    finally:
        ctx.close()
