"""A periodic report as an official document (Decree 30 layout, drawn by exchange.pdf).

Takes the filled report and its document details as plain data (services build them), so this
module never touches storage. Layout: intro paragraph; numbered sections (I., II., ...) with the
typed text; under each indicator group ("1. Công tác đối ngoại nhân dân") a table of figures whose
breakdowns (by country, by type, ...) are rows under their indicator.
"""
from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from ..domain.progress import CancelToken, ProgressCallback
from ..domain.report_template import NOTHING_CELL, DocumentDetails, GroupContent, ReportContent
from .pdf import Column, Heading, OfficialDocument, Paragraph, Signature, Table

# The section listing the plans' tasks with their progress (issue 13), closing the first section.
TASKS_TITLE = "Tiến độ thực hiện các nhiệm vụ theo kế hoạch"
TASK_COLUMNS = (
    Column("STT", 0.55, "center", grouping=False),
    Column("Nhiệm vụ", 2.55, "left"),
    Column("Thời hạn", 1.05, "center"),
    Column("Tình trạng", 1.05, "center"),
    Column("Kết quả, minh chứng", 2.05, "left"),
    Column("Tệp kèm theo", 0.65, "center"),
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")

FIGURE_COLUMNS = (
    Column("STT", 0.55, "center", grouping=False),
    Column("Chỉ tiêu", 4.6, "left"),
    Column("Đơn vị tính", 1.25, "center"),
    Column("Kết quả", 1.5, "right"),
)


def roman(n: int) -> str:
    return ROMAN[n - 1] if 1 <= n <= len(ROMAN) else str(n)


def figure_rows(group: GroupContent) -> list[list]:
    """One row per indicator (numbered), then its breakdown rows ("- Trung Quốc") unnumbered."""
    rows: list[list] = []
    for n, ind in enumerate(group.indicators, start=1):
        # A blank figure marked "không phát sinh" says so (approval refuses an unmarked blank).
        rows.append([n, ind.label, ind.unit, NOTHING_CELL if ind.total.nothing else ind.total.value])
        for line in ind.breakdown:
            rows.append(["", f"- {line.label}", "", line.value])
    return rows


def task_rows(content: ReportContent) -> list[list]:
    return [[n, f"{t.code}. {t.title}" if t.code else t.title, t.deadline, t.status_label, t.evidence_text(),
             t.attachments] for n, t in enumerate(content.tasks, start=1)]


def text_paragraphs(text: str) -> list[Paragraph]:
    """Officers type one paragraph per line; blank lines are spacing, not empty paragraphs."""
    return [Paragraph(line.strip()) for line in (text or "").splitlines() if line.strip()]


def report_document(content: ReportContent, details: DocumentDetails, draft: bool = False) -> OfficialDocument:
    """`draft` prints DỰ THẢO on every page, so an unapproved print can't pass for the signed report."""
    blocks: list = []
    if content.intro:
        blocks.append(Paragraph(content.intro))
    for i, section in enumerate(content.sections, start=1):
        blocks.append(Heading(f"{roman(i)}. {section.title.upper()}", level=1))
        blocks.extend(text_paragraphs(section.text))
        numbered = len(section.groups) > 1
        for j, group in enumerate(section.groups, start=1):
            if group.title:
                blocks.append(Heading(f"{j}. {group.title}" if numbered else group.title, level=2))
            rows = figure_rows(group)
            if rows:
                blocks.append(Table(list(FIGURE_COLUMNS), rows, font_size=12))
        if i == 1:
            blocks.extend(_task_blocks(content, len(section.groups) + 1 if numbered else None))
    if not content.sections:
        blocks.extend(_task_blocks(content, None))
    return OfficialDocument(
        issuing_body=details.issuing_body, parent_body=details.parent_body, number=details.number,
        symbol=details.symbol, place=details.place, date=details.date, doc_type="BÁO CÁO",
        subject=content.subject, recipients_to=list(details.recipients_to), blocks=blocks,
        signature=Signature(title=details.signer_title, name=details.signer_name, mode_line=details.sign_mode),
        copies_to=list(details.copies_to), draft=draft)


def _task_blocks(content: ReportContent, number: int | None) -> list:
    if not content.tasks:
        return []
    title = f"{number}. {TASKS_TITLE}" if number else TASKS_TITLE
    return [Heading(title, level=2), Table(list(TASK_COLUMNS), task_rows(content), font_size=11)]


def write_report_pdf(content: ReportContent, details: DocumentDetails, out: str | Path | BinaryIO,
                     progress: ProgressCallback | None = None, cancel: CancelToken | None = None,
                     draft: bool = False, suffix: str | None = None) -> None:
    """The report as an official document: PDF, or Word when the file (or `suffix`) says .docx."""
    from .documents import render_document

    render_document(report_document(content, details, draft=draft), out, suffix=suffix, progress=progress,
                    cancel=cancel)
