"""Find the header row of a sheet and match its headers to columns of a layout.

Offices word headers their own way: "Họ và tên", "HỌ TÊN", "Ho ten", "Tên chủ hộ:", "Năm sinh (*)".
Headers are compared folded (no tone marks, case, đ -> d) with punctuation and spacing removed,
against each column's header, field label and synonyms. An exact match wins; otherwise a header
that contains a known wording as whole words (or is a long prefix of one) scores lower. Each
column of the layout is given to at most one header, best scores first. The result is only a
proposal: the mapping dialog shows it to be confirmed or corrected.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dnnd_desktop.domain.text import fold
from dnnd_desktop.domain.vocab import label_texts
from dnnd_desktop.exchange.legacy_text import fix_column

from .layouts import IGNORED_HEADERS, ExcelColumn
from .limits import HEADER_SEARCH_ROWS

_PUNCT = re.compile(r"[^0-9a-z]+")
EXACT, CONTAINS, PREFIX = 100, 60, 40
_MIN_PREFIX = 4


def normalise_header(text: object) -> str:
    if text is None:
        return ""
    return " ".join(_PUNCT.sub(" ", fold(str(text))).split())


@lru_cache(maxsize=64)
def _wordings(columns: tuple[ExcelColumn, ...]) -> tuple[tuple[str, ...], ...]:
    out = []
    for c in columns:
        # A header is recognised in any language the app speaks (labels are catalogue texts).
        names = {normalise_header(n) for n in (*label_texts(c.heading), *label_texts(c.field.label), *c.synonyms)}
        out.append(tuple(sorted(n for n in names if n)))
    return tuple(out)


_IGNORED = frozenset(normalise_header(h) for h in IGNORED_HEADERS)


def _score(header: str, wordings: tuple[str, ...]) -> int:
    best = 0
    padded = f" {header} "
    for w in wordings:
        if header == w:
            return EXACT
        if f" {w} " in padded:
            best = max(best, CONTAINS + min(len(w), 30))
        elif len(header) >= _MIN_PREFIX and w.startswith(header + " "):
            best = max(best, PREFIX + min(len(header), 19))
    return best


def match_headers(headers: Sequence[object], columns: Sequence[ExcelColumn]) -> list[str | None]:
    """For each header cell, the key of the layout column it holds, or None (ignored)."""
    columns = tuple(columns)
    normalised = [normalise_header(h) for h in headers]
    wordings = _wordings(columns)
    candidates = []
    for i, h in enumerate(normalised):
        if not h or h in _IGNORED:
            continue
        for j, ws in enumerate(wordings):
            s = _score(h, ws)
            if s:
                candidates.append((-s, i, j))
    candidates.sort()
    result: list[str | None] = [None] * len(headers)
    used: set[int] = set()
    for _neg, i, j in candidates:
        if result[i] is None and j not in used:
            result[i] = columns[j].key
            used.add(j)
    return result


@dataclass
class HeaderGuess:
    row: int                       # 0-based sheet row of the header
    headers: list[str]             # header texts (legacy encodings converted, NFC)
    mapping: list[str | None]      # per column: layout key or None

    @property
    def matched(self) -> int:
        return sum(1 for m in self.mapping if m)


def header_texts(row: Sequence[object]) -> list[str]:
    texts = ["" if v is None else (v if isinstance(v, str) else str(v)) for v in row]
    return [t.strip() if t else "" for t in fix_column(texts)]


def find_header_row(rows: Sequence[Sequence[object]], columns: Sequence[ExcelColumn]) -> HeaderGuess | None:
    """The row among the first ones whose cells match the most columns (title rows above it are
    skipped); None when no row matches at least two columns (one for one-column layouts)."""
    best: HeaderGuess | None = None
    need = 2 if len(columns) > 1 else 1
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [v for v in row if isinstance(v, str) and v.strip()]
        if len(texts) < need:
            continue
        headers = header_texts(row)
        mapping = match_headers(headers, columns)
        guess = HeaderGuess(r, headers, mapping)
        if guess.matched >= need and (best is None or guess.matched > best.matched):
            best = guess
    return best
