"""Made-up documents that exercise every part of the layout: used by the benchmark, the tests
and a "print a test page" action. No real person's data."""
from __future__ import annotations

import datetime as dt

from .document_spec import (
    CellValue,
    Column,
    Heading,
    OfficialDocument,
    Paragraph,
    Signature,
    Table,
)

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
_MIDDLE = ["Văn", "Thị", "Đức", "Ngọc", "Quang", "Thanh", "Hữu", "Minh"]
_GIVEN = ["Đức", "Hằng", "Dương", "Lưỡng", "Phượng", "Thắng", "Ngữ", "Tuấn", "Mỹ", "Ẩn"]
_COUNTRIES = ["Hoa Kỳ", "Pháp", "Đức", "Úc", "Nhật Bản", "Hàn Quốc", "Trung Quốc", "Lào", "Ca-na-đa"]
_COMMUNES = ["Xã Bát Xát", "Xã Y Tý", "Xã A Mú Sung", "Xã Trịnh Tường", "Xã Mường Hum"]
_JOBS = ["Doanh nhân", "Trí thức", "Lao động tự do", "Sinh viên", "Kỹ sư phần mềm"]

LIST_COLUMNS = [
    Column("STT", 0.5, "center"),
    Column("Họ và tên", 2.0),
    Column("Năm sinh", 0.8, "center", grouping=False),
    Column("Quê quán", 1.6),
    Column("Nước cư trú", 1.2),
    Column("Nghề nghiệp", 1.3),
    Column("Ủng hộ (đồng)", 1.2, "right"),
    Column("Ghi chú", 1.4),
]


def sample_list_rows(count: int) -> list[list]:
    rows = []
    for i in range(count):
        name = f"{_FAMILY[i % 10]} {_MIDDLE[i % 8]} {_GIVEN[(i * 7) % 10]}"
        note = "Tham gia gặp mặt kiều bào dịp Tết" if i % 9 == 0 else ""
        rows.append([i + 1, name, 1950 + i % 50, _COMMUNES[i % 5], _COUNTRIES[i % 9],
                     _JOBS[i % 5], (i * 1_234_567) % 50_000_000, note])
    return rows


def sample_list(count: int = 2000) -> OfficialDocument:
    """A landscape "DANH SÁCH" of overseas persons, as printed from the persons page."""
    return OfficialDocument(
        parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        issuing_body="Ban Thường trực Ủy ban MTTQ Việt Nam xã Bát Xát",
        number=None, symbol="DS-MTTQ", place="Bát Xát", date=dt.date(2026, 5, 15),
        doc_type="DANH SÁCH",
        subject="Người Việt Nam ở nước ngoài có thân nhân trên địa bàn xã",
        blocks=[Table(LIST_COLUMNS, sample_list_rows(count), font_size=11)],
        signature=Signature(mode_line="TM. BAN THƯỜNG TRỰC", title="CHỦ TỊCH",
                            name="Lò Văn Thắng"),
        copies_block=False, landscape=True,
    )


def sample_report() -> OfficialDocument:
    """A six-month report with narrative, a breakdown by country, signature and "Nơi nhận"."""
    by_country: list[list[CellValue]] = [["Hoa Kỳ", 12, 31, 45_000_000], ["Pháp", 5, 11, 12_500_000],
                  ["Úc", 4, 9, 8_000_000], ["Nhật Bản", 7, 15, 6_200_000],
                  ["Trung Quốc", 3, 4, None]]
    return OfficialDocument(
        parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        issuing_body="Ban Thường trực Ủy ban MTTQ Việt Nam xã Bát Xát",
        number="5", symbol="BC-MTTQ", place="Bát Xát", date=dt.date(2026, 5, 15),
        doc_type="BÁO CÁO",
        subject="Kết quả công tác đối ngoại nhân dân và công tác đối với người Việt Nam "
                "ở nước ngoài 6 tháng đầu năm 2026",
        recipients_to=["Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai"],
        blocks=[
            Paragraph("Thực hiện Hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về công "
                      "tác đối ngoại nhân dân năm 2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã "
                      "báo cáo kết quả thực hiện như sau:"),
            Heading("I. KẾT QUẢ ĐẠT ĐƯỢC"),
            Heading("1. Công tác giao lưu biên giới", level=2),
            Paragraph("Phối hợp tổ chức 04 cuộc giao lưu văn hóa, thể thao với các bản giáp biên; "
                      "duy trì quan hệ kết nghĩa bản - bản, góp phần xây dựng đường biên giới hòa "
                      "bình, hữu nghị, ổn định, hợp tác và phát triển."),
            Heading("2. Công tác đối với người Việt Nam ở nước ngoài", level=2),
            Paragraph("Tổ chức gặp mặt kiều bào về quê đón Tết; tiếp nhận ủng hộ Quỹ Vì người nghèo "
                      "và an sinh xã hội. Số liệu theo nước cư trú:"),
            Table([Column("Nước cư trú", 2.5), Column("Số hộ", 1), Column("Số người", 1),
                   Column("Ủng hộ (đồng)", 1.8)],
                  by_country, total_row=["Tổng cộng", 31, 70, 71_700_000]),
            Heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"),
            Paragraph("Tiếp tục tuyên truyền chủ trương, đường lối đối ngoại của Đảng, Nhà nước; "
                      "vận động kiều bào hướng về quê hương, đất nước."),
        ],
        signature=Signature(mode_line="TM. BAN THƯỜNG TRỰC", title="CHỦ TỊCH",
                            name="Lò Văn Thắng"),
        copies_to=["Ban Thường trực UBMTTQ tỉnh", "Đảng ủy xã", "Thường trực HĐND, UBND xã"],
    )
