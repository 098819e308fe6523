"""What an official document says, as plain data: no reportlab types, so services can build one
from records and tests can compare them. `official_document.render_pdf` turns it into a PDF."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

CellValue = str | int | float | Decimal | dt.date | None
Align = Literal["left", "right", "center"]


@dataclass
class Column:
    """One table column. `width_weight` is relative to the other columns' weights.
    `align` None: right when every value is a number, else left. `grouping` False prints
    whole numbers bare (years, codes: 1975, not 1.975)."""

    title: str
    width_weight: float = 1.0
    align: Align | None = None
    grouping: bool = True


@dataclass
class Heading:
    """Level 1 "I. KẾT QUẢ ĐẠT ĐƯỢC" bold; level 2 "1. ..." bold italic; level 3 italic."""

    text: str
    level: int = 1


@dataclass
class Paragraph:
    """Body text: justified, first-line indent. A "\\n" starts a new line in the same paragraph."""

    text: str


@dataclass
class Table:
    """A gridded table whose header row repeats on every page.

    `rows` may be any iterable (a generator over pages of SQL rows); give `row_count` with a
    generator so progress can show a total. Ints print as 1.234.567, dates as dd/mm/yyyy.
    """

    columns: list[Column]
    rows: Iterable[Sequence[CellValue]]
    total_row: Sequence[CellValue] | None = None
    font_size: float = 12
    row_count: int | None = None


@dataclass
class KeyValueTable:
    """Label/value pairs of a record sheet (Họ và tên: ..., Quốc gia: ...)."""

    rows: list[tuple[str, CellValue]]
    label_weight: float = 0.35
    font_size: float = 13


@dataclass
class Spacer:
    height_mm: float = 5.0


Block = Heading | Paragraph | Table | KeyValueTable | Spacer


@dataclass
class Signature:
    """Signature block: "TM. BAN THƯỜNG TRỰC" / "CHỦ TỊCH" / (space for signature and seal) / name."""

    title: str
    name: str
    mode_line: str | None = None
    signing_space_mm: float = 24.0


@dataclass(kw_only=True)
class OfficialDocument:
    issuing_body: str
    parent_body: str | None = None
    number: str | None = None  # None or "" leaves a blank for the clerk: "Số:      /BC-MTTQ"
    symbol: str = ""
    place: str = ""
    date: dt.date | None = None  # None leaves "ngày    tháng    năm <this year>" for the clerk
    doc_type: str = "BÁO CÁO"
    subject: str = ""
    recipients_to: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    signature: Signature | None = None
    copies_to: list[str] = field(default_factory=list)  # "- Lưu: VT." is appended when rendering
    copies_block: bool = True  # False drops "Nơi nhận:" (a list annexed to another document)
    landscape: bool = False
    draft: bool = False  # True prints "DỰ THẢO" on every page (boxed top left, and a grey diagonal)
