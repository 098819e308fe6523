"""The text of a province's plan document, whatever file it came in: Word (.docx), a PDF with a
text layer, or plain text. The plan reader (services/province/plans.py `parse_plan_text`) then reads
that text the same way for all three, so a plan opened from Word gives the same tasks and deadlines
as the same plan pasted.

Word documents put the letterhead ("Số: …", the place and date) in a borderless table beside the
national title; it is read first, cell by cell, row by row, then the body in document order
(paragraphs and tables as they stand), so the number and date are found where the reader looks.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DnndError
from ..domain.messages import translate
from ..domain.text import nfc

MAX_PLAN_FILE_BYTES = 30 * 1024 * 1024  # a plan is a few pages; a larger file is not a plan
MIN_TEXT_CHARS = 40  # fewer characters from a PDF means a scan without a text layer


class PlanFileError(DnndError):
    code = "plan_file_unreadable"


def plan_text_from_file(path: str | Path) -> str:
    """The plan's text; raises PlanFileError (Vietnamese, says what to do) and changes nothing."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise PlanFileError(translate("PlanFiles", "The file «{name}» was not found or cannot be opened.").format(
            name=path.name), code="plan_file_missing") from None
    if size > MAX_PLAN_FILE_BYTES:
        raise PlanFileError(translate("PlanFiles", "The file «{name}» is too large to be a plan document "
                                                   "({size} MB). Choose the plan's Word or PDF file.").format(
            name=path.name, size=round(size / 1e6)), code="plan_file_too_large")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".docx" or (suffix not in {".pdf", ".txt"} and data[:2] == b"PK"):
        return _docx_text(data, path.name)
    if suffix == ".pdf" or data[:5] == b"%PDF-":
        return _pdf_text(data, path.name)
    if suffix == ".doc":
        raise PlanFileError(translate("PlanFiles", "«{name}» is an old Word file (.doc). Open it in Word and "
                                                   "save it as .docx, then open that file.").format(name=path.name),
                            code="plan_file_old_word")
    return _plain_text(data, path.name)


def _plain_text(data: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            break
        return nfc(text) or ""
    raise PlanFileError(translate("PlanFiles", "«{name}» is not Unicode text. Save it again as UTF-8 text, or "
                                               "open the plan's Word or PDF file instead.").format(name=name),
                        code="plan_file_not_utf8")


def _docx_text(data: bytes, name: str) -> str:
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise PlanFileError(translate("PlanFiles", "«{name}» is not a Word document that can be read. Open it in "
                                                   "Word, save it again as .docx, and try again.").format(name=name),
                            code="plan_file_bad_docx") from None
    lines: list[str] = []

    def paragraph_text(p) -> str:
        # Line breaks inside a paragraph (Shift+Enter) separate lines as the reader sees them.
        parts = []
        for node in p.iter():
            if node.tag == qn("w:t"):
                parts.append(node.text or "")
            elif node.tag in (qn("w:br"), qn("w:cr")):
                parts.append("\n")
            elif node.tag == qn("w:tab"):
                parts.append("\t")
        return "".join(parts)

    def walk(element) -> None:
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                lines.extend(paragraph_text(child).split("\n"))
            elif child.tag == qn("w:tbl"):
                for row in child.iterchildren(qn("w:tr")):
                    for cell in row.iterchildren(qn("w:tc")):
                        walk(cell)
            elif child.tag == qn("w:sdt"):  # content controls wrap ordinary paragraphs
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content)

    walk(document.element.body)
    return nfc("\n".join(line.rstrip() for line in lines)) or ""


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PlanFileError(translate("PlanFiles", "«{name}» is protected with a password. Ask the sender for "
                                                       "the plan's Word file or an unprotected PDF.").format(name=name),
                                code="plan_file_protected")
        paragraphs = _document_paragraphs([_page_lines(page) for page in reader.pages])
    except PlanFileError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise PlanFileError(translate("PlanFiles", "«{name}» is not a PDF that can be read. Ask the sender for the "
                                                   "plan's Word file.").format(name=name),
                            code="plan_file_bad_pdf") from None
    text = nfc("\n".join(paragraphs)) or ""
    if len("".join(text.split())) < MIN_TEXT_CHARS:
        raise PlanFileError(translate("PlanFiles", "«{name}» is a scanned image without text, so its tasks cannot "
                                                   "be read. Ask the sender for the plan's Word file, or type the "
                                                   "plan in.").format(name=name), code="plan_file_scanned")
    return text


# A bullet is a dash or sign followed by a word that does not begin in lower case: "- xã hội…"
# at the start of a line is a wrapped "văn hóa - xã hội", not an item.
_STARTS_A_BLOCK = re.compile(
    r"^(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*\.?\s|[a-zđ]\)|[-+•*–](?!\s*[a-zà-ỹđ])|Số\s*:|Nơi nhận|TM\.|KT\.)")


@dataclass
class _Line:
    x: float
    y: float
    text: str


def _page_lines(page) -> list[_Line]:
    """The page's visual lines, top to bottom, each with where it starts: text pieces with the
    same baseline (to half a point) make one line."""
    pieces: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, _font, _size):
        if text and text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            pieces.append((x, y, text))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    for x, y, text in sorted(pieces, key=lambda p: (-round(p[1] * 2), p[0])):
        if lines and abs(lines[-1].y - y) <= 0.5:
            lines[-1].text += text if lines[-1].text.endswith(" ") or text.startswith(" ") else " " + text
        else:
            lines.append(_Line(x, y, text))
    for line in lines:
        line.text = " ".join(line.text.split())
    return [line for line in lines if line.text]


def _document_paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Paragraphs over the whole document: a paragraph broken by a page break goes on at the top
    of the next page (at the left edge, not a new item, the page before not ending a sentence);
    page numbers (a line that is only a number) are left out."""
    out: list[str] = []
    for lines in pages:
        lines = [line for line in lines if not line.text.isdigit()]
        paragraphs = _paragraphs(lines)
        if out and paragraphs and lines:
            first = lines[0]
            left = min(line.x for line in lines)
            if (first.x <= left + 3 and not _STARTS_A_BLOCK.match(first.text)
                    and not out[-1].endswith((".", ":", ";", "!", "?"))):
                out[-1] = f"{out[-1]} {paragraphs.pop(0)}"
        out.extend(paragraphs)
    return out


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Join wrapped lines into paragraphs, as they were typed: a line begins a new paragraph when
    the gap above it is larger than the usual line spacing, when it starts to the right of the
    text's left edge (a first-line indent or a centred title), or when it begins a section, an
    item, a bullet or the closing; otherwise it continues the line above."""
    if not lines:
        return []
    gaps = sorted(round(a.y - b.y, 1) for a, b in zip(lines, lines[1:], strict=False) if a.y > b.y)
    spacing = gaps[len(gaps) // 2] if gaps else 0.0
    left = min(line.x for line in lines)
    out: list[str] = []
    prev: _Line | None = None
    for line in lines:
        new = (prev is None or prev.y - line.y > spacing * 1.3 or line.x > left + 3
               or bool(_STARTS_A_BLOCK.match(line.text)))
        if new:
            out.append(line.text)
        else:
            out[-1] = f"{out[-1]} {line.text}"
        prev = line
    return out


__all__ = ["PlanFileError", "plan_text_from_file"]
