"""Printouts as official documents (Decree 30/2020, Appendix I), PDF or Word by the target's extension:

    print_list(ctx, kind, out, query=None, *, progress, cancel) -> PrintResult
        "DANH SÁCH …" of any list page with its current search, filters and sort (landscape when
        wide), the filter in words under the title, a signature block for the head of the office.
    print_record_sheet(ctx, kind, record_id, out, *, show_sensitive=False, progress, cancel) -> PrintResult
        "PHIẾU THÔNG TIN …": a household with its persons (and their contributions and
        commendations), a person, a twinning pair or an activity, as label/value tables.

Sensitive fields are printed only when asked (and the record service audits that); every printout
of personal data is written to the audit log.

Printouts are documents, Vietnamese by law whatever the UI language: their wording stays literal here,
and labels from the catalogue are rendered in Vietnamese.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import DnndError, ValidationError
from ..domain.messages import DOCUMENT_LANGUAGE, render, translate
from ..domain.progress import CancelToken, ProgressCallback, no_progress
from ..domain.record_kinds import BOOL, DATE, INT, MONEY, WORK_KINDS, YEAR, FieldSpec, kind_spec
from ..exchange.documents import render_document
from ..exchange.pdf import (
    Block,
    Column,
    Heading,
    KeyValueTable,
    OfficialDocument,
    Paragraph,
    Signature,
    Spacer,
    Table,
)
from .audit import write_audit
from .excel.list_source import count_list, stream_list
from .excel.query_text import describe_query
from .operation_log import logged_operation
from .privacy.consent import LISTS, NO_CONSENT, REASON_TEXTS, has_valid_consent
from .privacy.consent_filter import ConsentExclusions, ConsentScreen
from .privacy.sensitive_access import sensitive_export_reason, sensitive_fields
from .records import ListQuery, RecordService, RecordView
from .records.display import display_value
from .records.vocab_terms import extra_terms

if TYPE_CHECKING:
    from .app_context import AppContext

SHEET_KINDS = ("household", "person", "twinning", "activity", "partner", *(k.kind for k in WORK_KINDS))
_WIDE = 6  # more list columns than this: landscape


@dataclass
class PrintResult:
    path: str
    rows: int
    excluded: ConsentExclusions | None = None   # people left out for want of consent (lists)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "rows": self.rows, "excluded": self.excluded.to_dict() if self.excluded else None}


def _document(ctx: AppContext, doc_type: str, subject: str, blocks: list[Block],
              landscape: bool = False) -> OfficialDocument:
    inst = ctx.installation
    return OfficialDocument(
        # The Front's letterhead names the office's Committee alone (see services/reports/document.py).
        parent_body=None, issuing_body=inst.office_name, number=None, symbol="",
        place=inst.place_name, date=dt.date.today(), doc_type=doc_type, subject=subject, blocks=blocks,
        signature=Signature(mode_line="TM. BAN THƯỜNG TRỰC", title=(inst.head_title or "Chủ tịch").upper(),
                            name=inst.head_name or ""),
        copies_block=False, landscape=landscape,
    )


def _column(f: FieldSpec, name_field: str) -> Column:
    weight = {DATE: 1.0, YEAR: 0.7, INT: 0.8, MONEY: 1.1}.get(f.type, 2.2 if f.name == name_field else 1.5)
    return Column(f.label.text(DOCUMENT_LANGUAGE), weight, "center" if f.type in (DATE, YEAR) else None,
                  grouping=f.type != YEAR)


def _cell(f: FieldSpec, value: Any, province: int | None, terms: dict[str, dict[str, str]]) -> Any:
    if value is None or value == "":
        return None
    if f.type in (INT, MONEY, YEAR):
        return value
    if f.type == DATE:
        return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
    return display_value(f, value, province, terms, language="vi") or None


@logged_operation("print_list")
def print_list(ctx: AppContext, kind: str, out: Path | str, query: ListQuery | None = None, *,
               include_sensitive: bool = False, reason: str | None = None,
               progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> PrintResult:
    """The list's columns; the kind's sensitive fields are added only when asked by a user with the
    right, with a reason (checked before any work, written to the audit log)."""
    spec = kind_spec(kind)
    query = query or ListQuery()
    fields = list(spec.columns)
    if include_sensitive:
        reason = sensitive_export_reason(ctx, reason)
        fields += [f for f in sensitive_fields(spec.kind) if f not in fields]
    total = count_list(ctx, spec.kind, query)
    province = ctx.installation.province_code
    columns = [Column("STT", 0.5, "center"), *(_column(f, spec.name_field) for f in fields)]
    with ctx.session() as s:
        terms = extra_terms(s)
        # No one is printed with personal detail without consent for lists (issue 14): a first pass
        # picks who is kept, so the count under the title is right before the rows are drawn.
        screen = ConsentScreen.open(s, LISTS)
        kept = {rec["id"] for rec in stream_list(ctx, s, spec.kind, query) if screen.keep(spec.kind, rec)}
        left_out = total - len(kept)
        total = len(kept)

        def rows() -> Iterator[list[Any]]:
            records = (rec for rec in stream_list(ctx, s, spec.kind, query) if rec["id"] in kept)
            for i, rec in enumerate(records, start=1):
                yield [i, *(_cell(f, rec.get(f.name), province, terms) for f in fields)]

        summary = describe_query(ctx, spec.kind, query) + f" Tổng số: {total} bản ghi."
        if left_out:
            summary += (f" Không in {left_out} bản ghi của người chưa đồng ý (hoặc đã rút lại sự đồng ý) cho việc "
                        "in, xuất danh sách.")
        blocks: list[Block] = [Paragraph(summary),
                  Table(columns, rows(), row_count=total, font_size=11 if len(fields) > _WIDE else 12)]
        doc = _document(ctx, "DANH SÁCH", spec.label.text(DOCUMENT_LANGUAGE), blocks,
                        landscape=len(fields) > _WIDE)
        render_document(doc, out, progress=progress, cancel=cancel)
    with ctx.session() as s:
        if include_sensitive:
            write_audit(s, ctx, "export_sensitive", spec.kind, None, details=translate(
                "AuditDetails", "Printed a list of {count} records «{file}» with the sensitive fields; "
                                "reason: {reason}").format(count=total, file=Path(out).name, reason=reason))
        else:
            write_audit(s, ctx, "print", spec.kind, None, details=translate(
                "AuditDetails", "Printed a list of {count} records «{file}»").format(count=total, file=Path(out).name))
    return PrintResult(str(out), total, screen.result())


def _pairs(spec_kind: str, record: RecordView, skip: tuple[str, ...] = (), skip_empty: bool = False
           ) -> list[tuple[str, Any]]:
    """Label/value rows of a record sheet; `skip_empty` keeps the sheet of a big household short."""
    spec = kind_spec(spec_kind)
    display = record.display
    values = record.values
    hidden = set(record.hidden_fields)
    out = []
    for f in spec.fields:
        if f.name in skip or f.type == "ref":
            continue
        label = render(f.label, "vi")
        if f.name in hidden:
            out.append((label, "(ẩn — thông tin nhạy cảm)"))
            continue
        value = display.get(f.name) or ""
        if f.type == BOOL and f.name in values:   # the record's display follows the UI; the sheet is Vietnamese
            value = display_value(f, values[f.name], None, language="vi")
        if value or not skip_empty:
            out.append((label, value))
    return out


def _sheet_blocks(ctx: AppContext, kind: str, record_id: str, show_sensitive: bool
                  ) -> tuple[str, list[Block], str, ConsentExclusions | None]:
    svc = RecordService(ctx)
    if kind == "household":
        data = svc.get_household(record_id, show_sensitive=show_sensitive)
        hh = data.household
        # A member's own withdrawal (or a consent that leaves lists out) decides for that member,
        # even when the household consented: the sheet leaves them out and says so (issue 14).
        with ctx.session() as s:
            screen = ConsentScreen.open(s, LISTS)
        persons = [p for p in data.persons
                   if screen.keep_person({"id": p.id, "household_id": record_id, "full_name": p.name})]
        left_out = screen.result()

        blocks: list[Block] = [Heading("I. THÔNG TIN HỘ"), KeyValueTable(_pairs("household", hh))]
        blocks.append(Heading(f"II. NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI ({len(persons)} người)"))
        if left_out.persons:
            blocks.append(Paragraph(f"Không in thông tin của {left_out.persons} người chưa đồng ý (hoặc đã rút "
                                    "lại sự đồng ý) cho việc in, xuất danh sách."))
        if not persons and not left_out.persons:
            blocks.append(Paragraph("Chưa có thông tin người thân ở nước ngoài."))
        for i, p in enumerate(persons, start=1):
            blocks += [Heading(f"{i}. {p.name}", level=2),
                       KeyValueTable(_pairs("person", p, skip_empty=True))]
        # (the household's own contributions and commendations; a member's are not on the sheet)
        for title, items, sub in (("III. ĐÓNG GÓP", data.contributions, "contribution"),
                                  ("IV. KHEN THƯỞNG", data.commendations, "commendation")):
            if items:
                blocks.append(Heading(title))
                for j, item in enumerate(items, start=1):
                    blocks += [Heading(f"{j}.", level=3), KeyValueTable(_pairs(sub, item, skip_empty=True))]
        return "Hộ thân nhân kiều bào", blocks, hh.name, left_out
    if kind not in SHEET_KINDS:
        raise ValidationError(translate("PrintErrors", "There is no information sheet for the kind «{kind}».")
                              .format(kind=kind), code="unknown_kind")
    rec = svc.get(kind, record_id, show_sensitive=show_sensitive)
    blocks = [KeyValueTable(_pairs(kind, rec))]
    if kind == "activity":
        links = svc.links(record_id)
        names = [f"- {x.name}" for group in links.values() for x in group if x.name]
        if names:
            blocks += [Spacer(3), Paragraph("Liên quan:\n" + "\n".join(names))]
    return render(kind_spec(kind).label, "vi"), blocks, rec.name, None


@logged_operation("print_record_sheet")
def print_record_sheet(ctx: AppContext, kind: str, record_id: str, out: Path | str, *, show_sensitive: bool = False,
                       progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> PrintResult:
    spec = kind_spec(kind)
    if spec.kind in ("household", "person"):   # printed with personal detail: consent first (issue 14)
        verdict = has_valid_consent(ctx, spec.kind, record_id, LISTS)
        if not verdict:
            raise DnndError(translate(
                "Consent", "This person or household has no valid consent to printing ({reason}). Record their "
                "consent first.").format(reason=REASON_TEXTS[verdict.reason or NO_CONSENT]), code="no_consent")
    label, blocks, name, left_out = _sheet_blocks(ctx, spec.kind, record_id, show_sensitive)
    subject = f"{label}: {name}" if name else label
    render_document(_document(ctx, "PHIẾU THÔNG TIN", subject, blocks), out, progress=progress, cancel=cancel)
    with ctx.session() as s:
        write_audit(s, ctx, "print", spec.kind, record_id, details=translate(
            "AuditDetails", "Printed an information sheet «{file}»").format(file=Path(out).name))
    return PrintResult(str(out), 1, left_out)
