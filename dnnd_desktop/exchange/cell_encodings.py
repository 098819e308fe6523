"""The encoding of each cell of a column, decided cell by cell.

Old lists were typed over years by different people: TCVN3 cells (.VnTime), VNI cells (VNI-Times),
Unicode and decomposed Unicode share a column. So each cell is read on its own:

1. the cell's font decides where it names a legacy font (.VnTime, .VnTimeH → TCVN3, VNI-* → VNI),
   unless that reading is not Vietnamese while the text as it stands is (Unicode typed into a
   cell formatted in a legacy font);
2. otherwise the cell's own text decides: letters a legacy font cannot hold (ư, ơ, ạ, decomposed
   marks…) make it Unicode; a legacy reading is taken when it makes more words plausible
   Vietnamese syllables than the text as it stands;
3. the column's overall guess is only a prior: it breaks ties between readings that are both
   plausible.

A cell that is valid Unicode Vietnamese is never converted on a guess ("Bát Xát" stays). Cells
where two readings are plausible are *ambiguous*: they are reported with each reading's text so a
person can choose, per cell or for the column (`choices`).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange.legacy_text import (
    TCVN3,
    TCVN3_CAPS,
    UNICODE,
    VNI,
    _has_unicode_only_letters,
    _tally,
    detect_column_encoding,
    font_encoding,
    to_unicode,
)

_MIN_SHARE = 0.6


@dataclass(frozen=True)
class CellReading:
    """How one text reads: the chosen encoding and the other plausible ones (ambiguous if any)."""

    encoding: str
    alternatives: tuple[str, ...] = ()
    by_font: bool = False


@dataclass(frozen=True)
class AmbiguousCell:
    index: int                        # position in the column's values
    original: str
    encoding: str                     # the reading used
    readings: dict[str, str]          # encoding -> text, for the reading used and its alternatives


@dataclass
class ColumnEncodings:
    values: list[object]                                      # the converted values (NFC)
    converted: Counter[str] = field(default_factory=Counter)   # encoding -> cells converted
    ambiguous: list[AmbiguousCell] = field(default_factory=list)


def _plausible(text: str, encoding: str) -> tuple[bool, float, float]:
    """(the reading changes words and none of them is un-Vietnamese, its share, the as-is share)."""
    as_is, converted = _tally(text, TCVN3 if encoding == TCVN3_CAPS else encoding)
    ok = converted.changed > 0 and converted.bad == 0 and converted.share >= _MIN_SHARE
    return ok, converted.share, as_is.share


def _whole(reading: tuple[bool, float, float]) -> bool:
    """Every word of the reading is a Vietnamese syllable: worth offering as an alternative."""
    return reading[0] and reading[1] >= 1.0


def read_cell(text: str, font: str | None = None, prior: str = UNICODE) -> CellReading:
    """Decide one cell's encoding from its font (if legacy), its text, and the column's prior."""
    by_font = font_encoding(font)
    if text.isascii():
        # Nothing to convert, except text typed in a caps font (.VnTimeH shows it in capitals).
        return CellReading(TCVN3_CAPS if by_font == TCVN3_CAPS else UNICODE, (), by_font == TCVN3_CAPS)
    if _has_unicode_only_letters(text):
        return CellReading(UNICODE)        # ư, ơ, ạ, combining marks…: no legacy font holds them
    legacy = (VNI, TCVN3)
    readings = {e: _plausible(text, e) for e in legacy}
    as_is_share = max(r[2] for r in readings.values())
    as_is_ok = as_is_share >= 1.0       # every word a Vietnamese syllable: valid Unicode as it stands
    if by_font:
        base = TCVN3 if by_font == TCVN3_CAPS else by_font
        ok, share, _ = readings[base]
        if as_is_ok and not ok and share < as_is_share:
            return CellReading(UNICODE, (), True)   # Unicode typed into a legacy-font cell
        return CellReading(by_font, (UNICODE,) if as_is_ok and _whole(readings[base]) else (), True)
    caps = prior == TCVN3_CAPS
    better = [e for e in legacy if readings[e][0] and readings[e][1] > readings[e][2]]
    plausible = [e for e in legacy if _whole(readings[e])]
    if not better:
        # Valid Unicode (or nothing readable): kept. Ambiguous only where the column leans legacy.
        prior_base = TCVN3 if caps else prior
        kept = tuple((TCVN3_CAPS if caps and e == TCVN3 else e) for e in plausible if e == prior_base)
        return CellReading(UNICODE, kept if as_is_ok else ())
    if len(better) == 2:
        first = TCVN3 if prior in (TCVN3, TCVN3_CAPS) else VNI   # on a tie VNI is the more common
        chosen, other = first, (VNI if first == TCVN3 else TCVN3)
        alternatives: tuple[str, ...] = (other,) if _whole(readings[other]) else ()
    else:
        chosen = better[0]
        alternatives = tuple(e for e in plausible if e != chosen)
    if as_is_ok:
        alternatives += (UNICODE,)
    if caps:
        chosen = TCVN3_CAPS if chosen == TCVN3 else chosen
        alternatives = tuple(TCVN3_CAPS if e == TCVN3 else e for e in alternatives)
    return CellReading(chosen, alternatives)


def decide_column(values: Sequence[object], cell_fonts: Mapping[int, str] | None = None,
                  column_font: str | None = None, choices: Mapping[int, str] | None = None,
                  column_choice: str | None = None, cancel: CancelToken | None = None) -> ColumnEncodings:
    """Convert a column cell by cell.

    cell_fonts: index -> font name, for cells in a legacy font; column_font: the column's font when
    the file names one for it. choices: index -> encoding chosen by a person for that cell;
    column_choice: the encoding chosen for every ambiguous cell of the column. `cancel` is looked at
    every 2,048 cells (a column of 50,000 names took over a second)."""
    cell_fonts = cell_fonts or {}
    choices = choices or {}
    texts = [v for v in values if isinstance(v, str) and v]
    prior = detect_column_encoding(texts[:2000], column_font if not cell_fonts else None)
    out = ColumnEncodings(values=list(values))
    cache: dict[tuple[str, str | None], CellReading] = {}
    for i, value in enumerate(values):
        if cancel is not None and not i & 2047:
            cancel.raise_if_cancelled()
        if not isinstance(value, str) or not value:
            continue
        font = cell_fonts.get(i, column_font)
        key = (value, font)
        reading = cache.get(key)
        if reading is None:
            reading = cache[key] = read_cell(value, font, prior)
        encoding = reading.encoding
        if reading.alternatives:
            wanted = choices.get(i, column_choice)
            if wanted is not None and (wanted == reading.encoding or wanted in reading.alternatives):
                encoding = wanted
            readings = {e: to_unicode(value, e) for e in (reading.encoding, *reading.alternatives)}
            if len(set(readings.values())) > 1:
                out.ambiguous.append(AmbiguousCell(i, value, encoding, readings))
        elif i in choices:
            encoding = choices[i]
        text = to_unicode(value, encoding)
        out.values[i] = text
        if encoding != UNICODE and text != value:
            out.converted[encoding] += 1
    return out
