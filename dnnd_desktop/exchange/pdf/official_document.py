"""Render an `OfficialDocument` to PDF in the layout of Decree 30/2020/NĐ-CP, Appendix I.

The output is written to a temporary file beside the target and renamed at the end, so a
cancelled or failed build never leaves a half-written PDF where the user expects one.
"""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, LongTable, SimpleDocTemplate
from reportlab.platypus import Spacer as RLSpacer

from dnnd_desktop.domain.errors import DnndError
from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from dnnd_desktop.domain.text import nfc

from . import document_spec as spec
from .closing import closing_block
from .draft import draw_draft_marks
from .flowables import para
from .fonts import document_fonts
from .header import letterhead, title_block, to_block
from .render_progress import RenderProgress
from .styles import PAGE_NUMBER_SIZE, DocumentStyles, build_styles
from .tables import ListTable, key_value_table, list_table, table_start_height

MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
CREATOR = "dnnd_desktop"
# Compressed streams are binary, not also ASCII85-encoded: a quarter smaller and, reportlab's C
# accelerator not being installed, about 5 ms less per report in pure-Python encoding. Every PDF
# reader handles binary streams; only the text-safety of 7-bit transports is given up.
rl_config.useA85 = 0
# Page streams are compressed only for documents with many rows: for a report of a few pages,
# compressing costs about a fifth of the build and saves under 100 KB.
COMPRESS_FROM_ROWS = 300


def render_pdf(doc: spec.OfficialDocument, out: str | Path | BinaryIO,
               progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> None:
    """Build the PDF of `doc` into `out` (a path, or a binary stream written only on success).

    Raises `Cancelled` when `cancel` is set while rows are prepared or pages laid out.
    """
    fonts = document_fonts()
    styles = build_styles(fonts)
    pagesize = landscape(A4) if doc.landscape else A4
    width = pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT
    tracker = RenderProgress(progress or no_progress, cancel, _expected_rows(doc.blocks))

    story = _story(doc, styles, width, tracker)
    tracker.layout_started()

    def first_page(canvas, _template):
        tracker.check()
        if doc.draft:
            draw_draft_marks(canvas, fonts, pagesize, MARGIN_LEFT, MARGIN_TOP)

    def later_page(canvas, _template):
        tracker.check()
        if doc.draft:
            draw_draft_marks(canvas, fonts, pagesize, MARGIN_LEFT, MARGIN_TOP)
        canvas.saveState()
        canvas.setFont(fonts.regular, PAGE_NUMBER_SIZE)
        # Top margin centre, from page 2 on (Decree 30: no number on the first page).
        canvas.drawCentredString(MARGIN_LEFT + width / 2, pagesize[1] - MARGIN_TOP / 2 - 4,
                                 str(canvas.getPageNumber()))
        canvas.restoreState()

    with _atomic_output(out) as fh:
        template = SimpleDocTemplate(
            fh, pagesize=pagesize, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            pageCompression=int(tracker.prepared_rows >= COMPRESS_FROM_ROWS),
            title=nfc(" ".join(p for p in (doc.doc_type, doc.subject) if p)),
            subject=nfc(doc.subject), author=nfc(doc.issuing_body), creator=CREATOR,
            lang="vi-VN",
            # The canvas starts in our embedded family: reportlab's default would declare an
            # unembedded Helvetica in every file, which PDF/A checkers and some printers refuse.
            initialFontName=fonts.regular)
        template.build(story, onFirstPage=first_page, onLaterPages=later_page)
    tracker.finished()


def _expected_rows(blocks: list[spec.Block]) -> int | None:
    """Body rows of all tables, or None when a table's rows are a generator of unknown length."""
    total = 0
    for block in blocks:
        if isinstance(block, spec.Table):
            if block.row_count is not None:
                total += block.row_count
            elif hasattr(block.rows, "__len__"):
                total += len(block.rows)  # type: ignore[arg-type]
            else:
                return None
    return total


def _story(doc: spec.OfficialDocument, st: DocumentStyles, width: float,
           tracker: RenderProgress) -> list[Flowable]:
    story: list[Flowable] = [letterhead(doc, st, width)]
    story += title_block(doc, st, width)
    story += to_block(doc, st, width)
    story.append(RLSpacer(1, 4 * mm))
    table_class = tracker.tracked_table_class(ListTable)
    rows_before = 0
    last_rows = 0  # body rows of the last block (0 for text)
    starts: list[int] = []  # index in `story` where each block begins
    built: list[Flowable] = []
    body_rows: list[int] = []  # body rows of each block (0 for text)
    for block in doc.blocks:
        built.append(_block(block, st, width, tracker, table_class))
        body_rows.append(len(block.rows) if isinstance(block, spec.KeyValueTable)
                         else tracker.prepared_rows - rows_before)
        rows_before = tracker.prepared_rows
    for i, (block, flowable) in enumerate(zip(doc.blocks, built, strict=True)):
        starts.append(len(story))
        if isinstance(block, spec.Heading) and (i == 0 or not isinstance(doc.blocks[i - 1], spec.Heading)):
            run_end = i
            while run_end < len(doc.blocks) and isinstance(doc.blocks[run_end], spec.Heading):
                run_end += 1
            if run_end < len(doc.blocks) and isinstance(built[run_end], LongTable):
                # Headings over a table: no keep-with-next (it would carry a whole one-page
                # table to the next page and leave half a page blank); instead a conditional
                # break keeps the headings with the table's header and first rows only.
                for k in range(i, run_end):
                    built[k].keepWithNext = 0
                needed = sum(_height(built[k], width) for k in range(i, run_end))
                story.append(CondPageBreak(needed + table_start_height(built[run_end])))
        story.append(flowable)
        last_rows = body_rows[i]
    closing = closing_block(doc, st, width)
    if closing is not None:
        # A signature must not stand alone on a page: keep it with the last block, unless that
        # is a long table (keeping it whole would move pages of rows, not just the signature).
        last = doc.blocks[-1] if doc.blocks else None
        if last is not None and not isinstance(last, spec.Spacer) \
                and last_rows <= KEEP_WITH_SIGNATURE_MAX_ROWS:
            # Headings just above the last block go along too, or they would be left behind.
            first = len(doc.blocks) - 1
            while first > 0 and isinstance(doc.blocks[first - 1], spec.Heading):
                first -= 1
            start = starts[first]
            if isinstance(story[start], CondPageBreak):
                start += 1  # the break stays outside: it only ever moves the headings' start
            story[start:] = [KeepTogether(story[start:] + [closing])]
        else:
            story.append(closing)
    return story


KEEP_WITH_SIGNATURE_MAX_ROWS = 15


def _height(flowable: Flowable, width: float) -> float:
    """Height a flowable takes on the page, its space before and after included."""
    _w, h = flowable.wrap(width, 10_000)
    return h + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def _block(block: spec.Block, st: DocumentStyles, width: float, tracker: RenderProgress,
           table_class: type[LongTable]) -> Flowable:
    if isinstance(block, spec.Heading):
        style = {1: st.heading1, 2: st.heading2}.get(block.level, st.heading3)
        return para(block.text, style)
    if isinstance(block, spec.Paragraph):
        return para(block.text, st.body)
    if isinstance(block, spec.Table):
        table, rows = list_table(block, width, st.fonts, tracker.row_prepared, table_class)
        tracker.table_prepared(rows)
        return table
    if isinstance(block, spec.KeyValueTable):
        if not block.rows:
            return RLSpacer(1, 0)
        return key_value_table(block, width, st.fonts)
    if isinstance(block, spec.Spacer):
        return RLSpacer(1, block.height_mm * mm)
    raise TypeError(f"not a document block: {type(block).__name__}")


@contextmanager
def _atomic_output(out: str | Path | BinaryIO) -> Iterator[BinaryIO]:
    if not isinstance(out, (str, os.PathLike)):
        # A stream: gather in memory and hand it over only when the build succeeded.
        buf = io.BytesIO()
        yield buf
        out.write(buf.getvalue())
        return
    target = Path(out)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.replace(tmp, target)
        except PermissionError as exc:  # Windows: the old PDF is open in a viewer
            raise DnndError(translate(
                "PdfErrors", "Cannot write the file {name} because it is open in another program (a PDF viewer, "
                "for example). Close that file and try again, or save under another name.").format(name=target.name),
                code="file_in_use", details={"path": str(target)}) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
