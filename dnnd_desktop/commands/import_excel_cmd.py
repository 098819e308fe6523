"""`dnnd import-excel KIND FILE [--dry-run] [--skip-invalid] [--errors OUT.xlsx]`.

Imports only when every row is valid, else exits 1 with a summary and writes nothing;
--skip-invalid imports the valid rows; --dry-run writes nothing; --errors writes the error workbook
(the refused rows with a reason column). With --json the result is one object:
{"rows", "imported", "duplicates", "invalid", "candidates", "records_created", "backup", ...};
a refusal for invalid rows adds "error" and "message" to the same counts.
"""
from __future__ import annotations

import json
import sys

from ..domain.formatting import format_number
from .base import EXIT_OK, EXIT_REJECTED, Cli

KINDS = ("households", "persons", "activities", "twinnings", "partners")
_SHOWN_REASONS = 20


def register(sub, common) -> None:
    p = sub.add_parser("import-excel", parents=[common], help="nhập danh sách từ tệp Excel (.xlsx)")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help="households persons activities twinnings partners")
    p.add_argument("file", help="tệp .xlsx")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    p.add_argument("--skip-invalid", action="store_true", help="bỏ qua dòng lỗi, nhập các dòng hợp lệ")
    p.add_argument("--errors", metavar="OUT.xlsx", help="ghi các dòng lỗi kèm lý do vào tệp này")
    p.set_defaults(handler=run)


def run(cli: Cli) -> int:
    from ..services.excel import (
        INVALID,
        apply_import,
        open_import,
        preview_import,
        summary_text,
        write_import_errors,
    )
    from ..services.excel.import_service import result_of

    a = cli.args
    ctx = cli.context()
    try:
        file = open_import(a.file, a.kind)
        preview = preview_import(ctx, file)
        bad = [(line, reason) for line, status, reason in zip(preview.lines, preview.status, preview.reasons)
               if status == INVALID]
        if a.errors and bad:
            write_import_errors(preview, a.errors)
        for notice in preview.notices:
            cli.info(notice)
        # The reasons go to stderr even with --json: stdout stays one object, the person still sees why.
        for line, reason in bad[:_SHOWN_REASONS]:
            sys.stderr.write(f"  Dòng {line}: {reason}\n")
        if len(bad) > _SHOWN_REASONS:
            sys.stderr.write(f"  … và {format_number(len(bad) - _SHOWN_REASONS)} dòng lỗi khác.\n")
        extra = {"file": str(a.file), "kind": a.kind, "notices": preview.notices}
        if a.errors and bad:
            extra["errors_file"] = a.errors
        if bad and not a.skip_invalid and not a.dry_run:
            message = (f"Có {format_number(len(bad))} dòng lỗi nên chưa nhập dòng nào. {summary_text(preview)} "
                       + (f"Các dòng lỗi và lý do đã ghi vào «{a.errors}». " if a.errors else
                          "Dùng --errors LOI.xlsx để ghi các dòng lỗi kèm lý do. ")
                       + "Sửa rồi nhập lại, hoặc dùng --skip-invalid để chỉ nhập các dòng hợp lệ.")
            counts = {**result_of(preview, {}, None).to_dict(), "imported": 0, **extra}
            if cli.json:
                sys.stdout.write(json.dumps({**counts, "error": "invalid_rows", "message": message},
                                            ensure_ascii=False) + "\n")
            sys.stderr.write(f"Lỗi: {message}\n")
            return EXIT_REJECTED
        if a.dry_run:
            result = result_of(preview, {}, None, dry_run=True)
        else:
            result = apply_import(ctx, file, preview, skip_invalid=a.skip_invalid)
        verb = "Sẽ nhập" if a.dry_run else "Đã nhập"
        cli.emit({**result.to_dict(), **extra}, lambda: (
            f"{summary_text(preview)}\n{verb} {format_number(result.imported)} dòng"
            + (" (chạy thử, chưa ghi gì)." if a.dry_run else ".")
            + (f" Bản sao lưu trước khi nhập: {result.backup}" if result.backup else "")))
        return EXIT_OK
    finally:
        ctx.close()
