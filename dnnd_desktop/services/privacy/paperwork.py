"""The controller's paperwork (issue 14, Deliver 6; Law 91/2025/QH15, Decree 356/2025/NĐ-CP), made
from what the app actually holds and does, as official documents (PDF to sign, Word to edit):

    write_register(ctx, out)        "SỔ GHI NHẬN HOẠT ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN": what data (the record
                                    kinds' personal and sensitive fields), purposes (the consent
                                    purposes, with counts), where it goes (package flows), how long
    write_impact_assessment(ctx, out)  "HỒ SƠ ĐÁNH GIÁ TÁC ĐỘNG XỬ LÝ DỮ LIỆU CÁ NHÂN": the controller,
                                    purposes, data types, recipients and transfers, retention,
                                    protection measures, risks and how they are reduced
    write_breach_notice(ctx, out, since=None)  "THÔNG BÁO VI PHẠM QUY ĐỊNH VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN"
                                    (to be sent within 72 hours): filled from the audit log of the
                                    period (exports, prints, packages sent, sensitive data viewed),
                                    with blanks for what only a person can say

Counts and labels only: no person's name or value goes into these documents. The wording is the
document's (Vietnamese by law, like the other printouts); labels come from the catalogue in
Vietnamese. Each document written is recorded in the audit log.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ...domain.formatting import format_date, format_number
from ...domain.messages import DOCUMENT_LANGUAGE, Text, render, translate
from ...domain.record_kinds import KINDS
from ...domain.vocab import CONSENT_PURPOSES
from ...exchange.documents import render_document
from ...exchange.pdf import (
    Block,
    Column,
    Heading,
    KeyValueTable,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
)
from ...exchange.pdf.document_spec import CellValue
from ...storage.models import MODEL_BY_KIND, AuditEntry, Consent, Office, PackageLogEntry
from ..audit import write_audit
from ..backups.rotation import KEEP_DAILY_DAYS, KEEP_WEEKLY
from ..operation_log import logged_operation
from .consent import PURPOSES, ConsentBook
from .sensitive_access import SENSITIVE_EXPORT_ROLES

if TYPE_CHECKING:
    from ..app_context import AppContext

REGISTER, IMPACT, BREACH = "register", "impact_assessment", "breach_notice"
BREACH_WINDOW_DAYS = 30          # the audit log read for a breach notice, unless told otherwise
# Audit actions that move personal data out of the app or show it
_OUTFLOW_ACTIONS = ("export", "export_sensitive", "export_personal", "print", "package_export", "view_sensitive")
_OUTFLOW_TEXT = {
    "export": "Xuất danh sách ra Excel", "export_sensitive": "Xuất danh sách kèm dữ liệu nhạy cảm",
    "export_personal": "Xuất toàn bộ dữ liệu của một người", "print": "In danh sách, phiếu thông tin",
    "package_export": "Gửi gói dữ liệu", "view_sensitive": "Xem dữ liệu nhạy cảm",
}
_PERSONAL_KINDS = ("household", "person", "contribution", "commendation", "consent")


def _v(text: Text) -> str:
    return render(text, DOCUMENT_LANGUAGE)


def _document(ctx: AppContext, doc_type: str, subject: str, blocks: list[Block]) -> OfficialDocument:
    inst = ctx.installation
    return OfficialDocument(
        parent_body=None, issuing_body=inst.office_name, number=None, symbol="", place=inst.place_name,
        date=dt.date.today(), doc_type=doc_type, subject=subject, blocks=blocks,
        signature=Signature(mode_line="TM. BAN THƯỜNG TRỰC", title=(inst.head_title or "Chủ tịch").upper(),
                            name=inst.head_name or ""), copies_block=False)


def _data_rows() -> list[list[str]]:
    """One row per record kind holding personal data: its personal and its sensitive fields."""
    rows = []
    for kind in _PERSONAL_KINDS:
        spec = KINDS[kind]
        personal = [_v(f.label) for f in spec.fields if f.personal and not f.sensitive]
        sensitive = [_v(f.label) for f in spec.fields if f.sensitive]
        if kind == "consent":
            personal = [_v(f.label) for f in spec.fields if f.type != "ref"]
        if personal or sensitive:
            rows.append([_v(spec.label), ", ".join(personal) or "—", ", ".join(sensitive) or "—"])
    return rows


def _counts(ctx: AppContext) -> dict[str, int]:
    with ctx.session() as s:
        out = {k: s.scalar(select(func.count()).select_from(MODEL_BY_KIND[k])
                           .where(MODEL_BY_KIND[k].deleted.is_(False))) or 0 for k in ("household", "person")}
        out["consents_unchecked"] = s.scalar(select(func.count()).select_from(Consent).where(
            Consent.deleted.is_(False), Consent.purposes.is_(None))) or 0
    return out


def _purpose_rows(ctx: AppContext) -> list[list[CellValue]]:
    """Per purpose: households and persons with valid consent today (counted, never named)."""
    from ...storage.models import Household, OverseasPerson

    with ctx.session() as s:
        book = ConsentBook.load(s)
        households = list(s.scalars(select(Household.id).where(Household.deleted.is_(False))))
        persons = list(s.execute(select(OverseasPerson.id, OverseasPerson.household_id)
                                 .where(OverseasPerson.deleted.is_(False))))
    rows: list[list[CellValue]] = []
    for term in CONSENT_PURPOSES:
        h = sum(1 for hid in households if book.household(hid, term.code))
        p = sum(1 for pid, hid in persons if book.person(pid, hid, term.code))
        rows.append([_v(term.label), h, len(households) - h, p, len(persons) - p])
    return rows


def _flows(ctx: AppContext) -> list[list[CellValue]]:
    """Package flows: to and from which offices, which kinds, how many, the last one."""
    with ctx.session() as s:
        names = {o.id: o.name for o in s.scalars(select(Office))}
        seen: Counter[tuple[str, str, str]] = Counter()
        last: dict[tuple[str, str, str], dt.datetime] = {}
        for e in s.scalars(select(PackageLogEntry)):
            others = (e.recipients or []) if e.direction == "out" else [e.sender_office_id or ""]
            for other in others:
                key = (e.direction, names.get(other, other), e.kind)
                seen[key] += 1
                if e.processed_at and (key not in last or e.processed_at > last[key]):
                    last[key] = e.processed_at
    return [["Gửi đến" if d == "out" else "Nhận từ", office, kind, n, format_date(last[(d, office, kind)])
             if (d, office, kind) in last else ""] for (d, office, kind), n in sorted(seen.items())]


def _retention() -> str:
    return (f"Dữ liệu được lưu giữ trong thời gian cơ quan còn thực hiện công tác với người, hộ gia đình đó, hoặc "
            f"đến khi chủ thể dữ liệu rút lại sự đồng ý hoặc yêu cầu xóa; khi xóa hoặc ẩn danh, các trường dữ liệu "
            f"cá nhân bị xóa khỏi cơ sở dữ liệu. Bản sao lưu tự động được giữ {KEEP_DAILY_DAYS} ngày gần nhất và "
            f"{KEEP_WEEKLY} bản theo tuần; nhật ký hệ thống không ghi dữ liệu cá nhân.")


def _measures() -> list[str]:
    roles = ", ".join(_v(translate("Roles", "Leader")) if r == "approver" else _v(translate("Roles", "Administrator"))
                      for r in SENSITIVE_EXPORT_ROLES)
    return [
        "Phần mềm chạy trên máy tính của cơ quan, không kết nối Internet; gói dữ liệu gửi đi được ký số và mã hóa "
        "cho đúng cơ quan nhận.",
        "Dữ liệu nhạy cảm (dân tộc, tôn giáo, số giấy tờ tùy thân, tình trạng cư trú, tâm tư nguyện vọng) được che "
        "trên màn hình; xem phải bấm hiện và được ghi nhật ký.",
        f"Danh sách, tệp Excel, PDF không có các trường nhạy cảm, trừ khi người có vai trò {roles} yêu cầu và ghi "
        "lý do; việc xuất được ghi nhật ký kèm lý do.",
        "Người chưa đồng ý (hoặc đã rút lại sự đồng ý) cho mục đích in, xuất danh sách không có tên trong tệp xuất; "
        "số liệu báo cáo chỉ đếm, không nêu tên.",
        "Mỗi lệnh trên dòng lệnh làm việc với tư cách người dùng phải nhập mật khẩu của người dùng đó.",
        "Mọi thao tác thêm, sửa, xóa, xuất, in, gửi dữ liệu đều được ghi nhật ký theo người dùng.",
    ]


def _risks() -> list[list[str]]:
    return [
        ["Lộ danh sách người có tình trạng cư trú không hợp pháp hoặc tâm tư, nguyện vọng về chính trị, tôn giáo",
         "Trường nhạy cảm bị loại khỏi danh sách; xuất phải có quyền và lý do, ghi nhật ký"],
        ["Xuất, in, gửi dữ liệu của người chưa đồng ý",
         "Tự động loại khỏi tệp xuất và thông báo số người bị loại, lý do"],
        ["Mất, thất lạc máy tính hoặc USB",
         "Gói dữ liệu mã hóa; bản sao lưu mang đi phải mã hóa bằng mật khẩu"],
        ["Người không có thẩm quyền dùng phần mềm",
         "Đăng nhập theo người dùng, vai trò; dòng lệnh yêu cầu mật khẩu; nhật ký theo người dùng"],
    ]


def _save(ctx: AppContext, doc: OfficialDocument, out: Path | str, which: str) -> Path:
    render_document(doc, out)
    with ctx.session() as s:
        write_audit(s, ctx, "privacy_document", None, None, details=translate(
            "AuditDetails", "Wrote the personal-data protection document «{file}»").format(file=Path(out).name))
    return Path(out)


@logged_operation("privacy_register")
def write_register(ctx: AppContext, out: Path | str) -> Path:
    counts = _counts(ctx)
    flows = _flows(ctx)
    blocks: list[Block] = [
        Heading("I. DỮ LIỆU CÁ NHÂN ĐƯỢC XỬ LÝ"),
        Paragraph(f"Cơ quan đang lưu giữ thông tin của {format_number(counts['household'])} hộ thân nhân và "
                  f"{format_number(counts['person'])} người Việt Nam ở nước ngoài."),
        Table([Column("Loại thông tin", 1.2), Column("Dữ liệu cá nhân cơ bản", 2.4),
               Column("Dữ liệu cá nhân nhạy cảm", 1.6)], _data_rows(), font_size=11),
        Heading("II. MỤC ĐÍCH XỬ LÝ VÀ SỰ ĐỒNG Ý CỦA CHỦ THỂ DỮ LIỆU"),
        Paragraph("Số hộ và số người có (hoặc chưa có) sự đồng ý còn hiệu lực cho từng mục đích, tính đến ngày "
                  f"{format_date(dt.date.today())}:"),
        Table([Column("Mục đích", 2.4), Column("Hộ có đồng ý", 0.8, "center"),
               Column("Hộ chưa", 0.8, "center"), Column("Người có đồng ý", 0.8, "center"),
               Column("Người chưa", 0.8, "center")], _purpose_rows(ctx), font_size=11),
        Paragraph(f"Có {format_number(counts['consents_unchecked'])} bản ghi sự đồng ý được ghi trước khi phần mềm "
                  "ghi nhận mục đích; cần rà soát, ghi rõ mục đích cho từng bản ghi."
                  if counts["consents_unchecked"] else "Mọi bản ghi sự đồng ý đều ghi rõ mục đích."),
        Heading("III. NƠI NHẬN DỮ LIỆU"),
        (Table([Column("Chiều", 0.7), Column("Cơ quan", 2.2), Column("Loại gói", 0.8),
                Column("Số gói", 0.6, "center"), Column("Lần gần nhất", 0.9, "center")], flows, font_size=11)
         if flows else Paragraph("Chưa gửi hoặc nhận gói dữ liệu nào.")),
        Paragraph("Dữ liệu không được chuyển ra nước ngoài. Gói dữ liệu chỉ gửi đến cơ quan Mặt trận cấp trên hoặc "
                  "cơ quan được chia sẻ, và không có dữ liệu của người chưa đồng ý cho mục đích đó."),
        Heading("IV. THỜI GIAN LƯU GIỮ"),
        Paragraph(_retention()),
    ]
    doc = _document(ctx, "SỔ GHI NHẬN", "Hoạt động xử lý dữ liệu cá nhân", blocks)
    return _save(ctx, doc, out, REGISTER)


@logged_operation("privacy_impact_assessment")
def write_impact_assessment(ctx: AppContext, out: Path | str) -> Path:
    inst = ctx.installation
    counts = _counts(ctx)
    recipients = {r[1] for r in _flows(ctx) if r[0] == "Gửi đến"}
    blocks: list[Block] = [
        Heading("I. THÔNG TIN VỀ BÊN KIỂM SOÁT VÀ XỬ LÝ DỮ LIỆU CÁ NHÂN"),
        KeyValueTable([("Tên cơ quan", inst.office_name), ("Địa điểm", inst.place_name or ""),
                       ("Người đứng đầu", f"{inst.head_title or 'Chủ tịch'} {inst.head_name or ''}".strip()),
                       ("Bộ phận, người được giao bảo vệ dữ liệu cá nhân", "……………………………………"),
                       ("Điện thoại, thư điện tử liên hệ", "……………………………………")], font_size=12),
        Heading("II. MỤC ĐÍCH XỬ LÝ DỮ LIỆU CÁ NHÂN"),
        Paragraph("Thực hiện công tác đối ngoại nhân dân và công tác người Việt Nam ở nước ngoài của Mặt trận Tổ "
                  "quốc Việt Nam: nắm tình hình, vận động, kết nối thân nhân, ghi nhận đóng góp, khen thưởng và "
                  "báo cáo định kỳ. Các mục đích cụ thể chủ thể dữ liệu đồng ý:"),
        *[Paragraph(f"- {_v(t.label)}.") for t in CONSENT_PURPOSES],
        Heading("III. LOẠI DỮ LIỆU CÁ NHÂN ĐƯỢC XỬ LÝ"),
        Paragraph(f"Thông tin của {format_number(counts['household'])} hộ thân nhân và "
                  f"{format_number(counts['person'])} người ở nước ngoài:"),
        Table([Column("Loại thông tin", 1.2), Column("Dữ liệu cá nhân cơ bản", 2.4),
               Column("Dữ liệu cá nhân nhạy cảm", 1.6)], _data_rows(), font_size=11),
        Heading("IV. TỔ CHỨC, CÁ NHÂN NHẬN DỮ LIỆU; CHUYỂN DỮ LIỆU RA NƯỚC NGOÀI"),
        Paragraph((f"Dữ liệu được gửi trong gói dữ liệu đã ký số, mã hóa đến {len(recipients)} cơ quan (theo nhật "
                   "ký gói dữ liệu)" if recipients else "Chưa gửi gói dữ liệu nào (theo nhật ký gói dữ liệu)")
                  + "; không chuyển dữ liệu ra nước ngoài, không cung cấp cho tổ chức ngoài hệ thống Mặt trận."),
        Heading("V. THỜI GIAN XỬ LÝ, LƯU GIỮ VÀ XÓA DỮ LIỆU"),
        Paragraph(_retention()),
        Heading("VI. BIỆN PHÁP BẢO VỆ DỮ LIỆU CÁ NHÂN"),
        *[Paragraph(f"- {m}") for m in _measures()],
        Heading("VII. ĐÁNH GIÁ RỦI RO, TÁC HẠI CÓ THỂ XẢY RA VÀ BIỆN PHÁP GIẢM THIỂU"),
        Table([Column("Rủi ro", 2.0), Column("Biện pháp giảm thiểu", 2.0)], _risks(), font_size=11),
        Paragraph("Hồ sơ này được cập nhật khi có thay đổi về mục đích, loại dữ liệu hoặc nơi nhận dữ liệu."),
    ]
    doc = _document(ctx, "HỒ SƠ", "Đánh giá tác động xử lý dữ liệu cá nhân", blocks)
    return _save(ctx, doc, out, IMPACT)


@logged_operation("privacy_breach_notice")
def write_breach_notice(ctx: AppContext, out: Path | str, since: dt.date | None = None) -> Path:
    """The 72-hour notice, filled from the audit log since `since` (default: the last 30 days)."""
    start = since or (dt.date.today() - dt.timedelta(days=BREACH_WINDOW_DAYS))
    begin = dt.datetime.combine(start, dt.time.min)
    with ctx.session() as s:
        rows = list(s.execute(select(AuditEntry.action, AuditEntry.user_name, func.count(), func.max(AuditEntry.at))
                              .where(AuditEntry.at >= begin, AuditEntry.action.in_(_OUTFLOW_ACTIONS))
                              .group_by(AuditEntry.action, AuditEntry.user_name)
                              .order_by(AuditEntry.action, AuditEntry.user_name)))
    counts = _counts(ctx)
    table: list[list[CellValue]] = [[_OUTFLOW_TEXT.get(a, a), user or "", n, format_date(last) if last else ""]
                                    for a, user, n, last in rows]
    blocks: list[Block] = [
        Paragraph("Kính gửi: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an "
                  "(cơ quan chuyên trách bảo vệ dữ liệu cá nhân)."),
        Paragraph(f"{ctx.installation.office_name} thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân theo Luật "
                  "Bảo vệ dữ liệu cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP (thông báo trong vòng 72 giờ "
                  "kể từ khi phát hiện vi phạm):"),
        Heading("1. Mô tả vi phạm"),
        KeyValueTable([("Thời điểm phát hiện", "…… giờ …… ngày ……/……/……"),
                       ("Thời điểm, địa điểm xảy ra (nếu biết)", "……………………………………"),
                       ("Hành vi, nguyên nhân", "……………………………………"),
                       ("Loại dữ liệu có thể bị ảnh hưởng", ", ".join(r[0] for r in _data_rows())),
                       ("Số lượng dữ liệu đang lưu giữ", f"{format_number(counts['household'])} hộ, "
                                                          f"{format_number(counts['person'])} người ở nước ngoài")],
                      font_size=12),
        Heading(f"2. Các hoạt động đưa dữ liệu ra ngoài phần mềm từ ngày {format_date(start)} (theo nhật ký)"),
        (Table([Column("Hoạt động", 2.0), Column("Người thực hiện", 1.4), Column("Số lần", 0.6, "center"),
                Column("Lần gần nhất", 0.9, "center")], table, font_size=11)
         if table else Paragraph("Nhật ký không ghi hoạt động xuất, in, gửi dữ liệu nào trong thời gian này.")),
        Heading("3. Hậu quả, thiệt hại có thể xảy ra"),
        Paragraph("……………………………………………………………………………………………………"),
        Heading("4. Biện pháp đã thực hiện để khắc phục, giảm thiểu tác hại"),
        Paragraph("……………………………………………………………………………………………………"),
        Heading("5. Người liên hệ"),
        Paragraph("Họ và tên, chức vụ, điện thoại, thư điện tử: ……………………………………"),
    ]
    doc = _document(ctx, "THÔNG BÁO", "Vi phạm quy định về bảo vệ dữ liệu cá nhân", blocks)
    return _save(ctx, doc, out, BREACH)


PAPERWORK = {REGISTER: write_register, IMPACT: write_impact_assessment, BREACH: write_breach_notice}
__all__ = ["BREACH", "IMPACT", "PAPERWORK", "PURPOSES", "REGISTER", "write_breach_notice", "write_impact_assessment",
           "write_register"]
