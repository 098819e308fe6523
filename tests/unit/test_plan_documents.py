"""Plans read from Word and PDF files give what the same plan gives as pasted text."""
from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from dnnd_desktop.exchange.pdf import document_fonts
from dnnd_desktop.exchange.pdf.flowables import markup
from dnnd_desktop.exchange.plan_documents import PlanFileError, plan_text_from_file
from dnnd_desktop.services.province import parse_plan_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(next((p for p in (ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds")) if p.is_dir()),
                    ROOT / "missing").glob("*.txt"))
NATIONAL = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _split_head(text: str) -> tuple[list[str], list[str], list[str]]:
    """(number lines, place-date lines, body) of a seed: the letterhead lines before the title."""
    lines = [line.strip() for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.strip("* ").startswith(("HƯỚNG DẪN", "KẾ HOẠCH",
                                                                                  "CHƯƠNG TRÌNH")))
    head = [line for line in lines[:start] if line and line != "*"]
    numbers = [line for line in head if line.startswith("Số")]
    dates = [line for line in head if "ngày" in line]
    return numbers, dates, lines[start:]


def _as_docx(text: str, path: Path) -> None:
    """The plan as offices' Word files are made: the letterhead in a borderless two-column table
    (office and number left; national title and date right), then the body paragraphs."""
    numbers, dates, body = _split_head(text)
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.paragraphs[0].text = "ỦY BAN MTTQ VIỆT NAM"
    for line in numbers:
        left.add_paragraph(line)
    right.paragraphs[0].text = NATIONAL[0]
    right.add_paragraph(NATIONAL[1])
    for line in dates:
        right.add_paragraph(line)
    for line in body:
        document.add_paragraph(line)
    document.save(str(path))


def _as_pdf(text: str, path: Path) -> None:
    """The plan printed to PDF (a text layer, paragraphs wrapped over several lines)."""
    fonts = document_fonts()
    style = ParagraphStyle("b", fontName=fonts.regular, fontSize=13, leading=16)
    numbers, dates, body = _split_head(text)
    story = [Paragraph(markup(line), style) for line in (*NATIONAL, *numbers, *dates)]
    for line in body:
        story.append(Paragraph(markup(line.replace("**", "").replace("*", "")), style) if line else Spacer(1, 6))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _printable(text: str) -> str:
    """Seed 004 holds a stray Myanmar vowel sign (U+1031) that no document font draws."""
    return "".join(c for c in text if c != "\x00" and not 0x1000 <= ord(c) <= 0x109F)


def _summary(draft):
    return (draft.doc_number, draft.doc_date, draft.year, [(t.code, t.title) for t in draft.tasks],
            [(e.period_kind, e.due) for e in draft.report_schedule])


@pytest.mark.skipif(not SEEDS, reason="the seed plans (shared/seeds) are not beside this checkout")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_every_seed_plan_reads_the_same_from_word(seed, tmp_path):
    text = seed.read_text(encoding="utf-8")
    path = tmp_path / "ke-hoach.docx"
    _as_docx(text, path)
    from_word = parse_plan_text(plan_text_from_file(path))
    pasted = parse_plan_text(text)
    assert pasted.tasks, "the seed has tasks"
    assert _summary(from_word) == _summary(pasted)
    assert from_word.title == pasted.title


@pytest.mark.skipif(not SEEDS, reason="the seed plans (shared/seeds) are not beside this checkout")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_every_seed_plan_reads_the_same_from_pdf(seed, tmp_path):
    text = seed.read_text(encoding="utf-8")
    path = tmp_path / "ke-hoach.pdf"
    _as_pdf(text, path)
    from_pdf = parse_plan_text(plan_text_from_file(path))
    pasted = parse_plan_text(text.replace("**", "").replace("*", ""))
    assert [t.code for t in from_pdf.tasks] == [t.code for t in pasted.tasks]
    assert [_printable(t.title) for t in from_pdf.tasks] == [_printable(t.title) for t in pasted.tasks]
    assert (from_pdf.doc_number, from_pdf.doc_date) == (pasted.doc_number, pasted.doc_date)


def test_plain_text_and_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffKẾ HOẠCH\nCông tác năm 2027".encode())
    assert plan_text_from_file(path).startswith("KẾ HOẠCH")


@pytest.mark.parametrize(("name", "data", "code"), [
    ("scan.pdf", None, "plan_file_scanned"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "plan_file_bad_docx"),
    ("broken.pdf", b"%PDF-1.4 garbage", "plan_file_bad_pdf"),
    ("old.doc", b"\xd0\xcf\x11\xe0 old word", "plan_file_old_word"),
    ("latin.txt", "Kế hoạch".encode("cp1258", errors="replace") + b"\xff\xfe\xfa", "plan_file_not_utf8"),
])
def test_unreadable_files_say_why(tmp_path, name, data, code):
    path = tmp_path / name
    if data is None:  # a PDF with a page and no text: what a scanner makes
        buf = io.BytesIO()
        SimpleDocTemplate(buf, pagesize=A4).build([Spacer(1, 100)])
        data = buf.getvalue()
    path.write_bytes(data)
    with pytest.raises(PlanFileError) as e:
        plan_text_from_file(path)
    assert e.value.code == code
    assert name in e.value.message


def test_missing_file(tmp_path):
    with pytest.raises(PlanFileError) as e:
        plan_text_from_file(tmp_path / "none.docx")
    assert e.value.code == "plan_file_missing"
