"""An official document in the format its file name asks for: PDF to sign and send, Word to edit.

Every printout (lists, record sheets, reports, the province's consolidated report) is described
once as an `OfficialDocument`; this picks the renderer by the target's extension, so a service
offers Word wherever it offers PDF without knowing either format.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..domain.progress import CancelToken, ProgressCallback
from .pdf.document_spec import OfficialDocument

Renderer = Callable[..., None]


def _pdf(doc: OfficialDocument, out, progress=None, cancel=None) -> None:
    from .pdf import render_pdf

    render_pdf(doc, out, progress=progress, cancel=cancel)


def _docx(doc: OfficialDocument, out, progress=None, cancel=None) -> None:
    from .docx import render_docx

    render_docx(doc, out, progress=progress, cancel=cancel)


RENDERERS: dict[str, Renderer] = {".pdf": _pdf, ".docx": _docx}
DOCUMENT_SUFFIXES = tuple(RENDERERS)


def is_document_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in RENDERERS


def render_document(doc: OfficialDocument, out: str | Path | BinaryIO, *, suffix: str | None = None,
                    progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> None:
    """Render `doc` as PDF or Word, chosen by `suffix` or else by the extension of `out` (a
    path); a stream without `suffix` gets PDF. Unknown extensions are the caller's to refuse
    (`is_document_file`)."""
    key = (suffix or (Path(out).suffix if isinstance(out, (str, Path)) else ".pdf")).lower()
    RENDERERS.get(key, _pdf)(doc, out, progress=progress, cancel=cancel)


__all__ = ["DOCUMENT_SUFFIXES", "is_document_file", "render_document"]
