"""All the text of a Word file, for tests: body paragraphs, tables (nested too) and headers."""
from __future__ import annotations

from pathlib import Path

import docx


def docx_text(path: str | Path) -> str:
    document = docx.Document(str(path))
    out: list[str] = []

    def walk(container) -> None:
        for p in container.paragraphs:
            out.append(p.text)
        for table in getattr(container, "tables", []):
            for row in table.rows:
                for cell in row.cells:
                    walk(cell)

    walk(document)
    for section in document.sections:
        walk(section.header)
        walk(section.first_page_header)
    return " ".join(" ".join(out).split())
