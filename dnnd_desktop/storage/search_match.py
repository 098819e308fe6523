"""How a search narrows one table: the portable result both dialects' search functions return
(storage/sqlite.py from its FTS5 indexes, storage/postgres.py from its trigram indexes)."""
from __future__ import annotations


class SearchMatch:
    """`condition` restricts the table to the matching rows (None when the index can't narrow);
    `rowids` selects the rowids an FTS index matched (SQLite only: it lets record_queries walk a
    sort index against them; None elsewhere); `rest` are words the caller still matches with a
    word-start LIKE; `count` is the number of live matches when the index alone knows it;
    `substring` tells the substring fallback from the word-prefix search."""

    def __init__(self, condition, rest: tuple[str, ...], count: int | None, substring: bool, rowids=None):
        self.condition, self.rest, self.count, self.substring, self.rowids = (
            condition, rest, count, substring, rowids)


def word_tokens(words: list[str]) -> list[str]:
    """The query words split the way SQLite's unicode61 tokenizer splits the indexed text (letters
    and digits; anything else separates), so "0912-345" asks for words starting 0912 and 345.
    Both dialects' word-prefix searches use it."""
    out: list[str] = []
    for w in words:
        token = ""
        for ch in w:
            if ch.isalnum():
                token += ch
            elif token:
                out.append(token)
                token = ""
        if token:
            out.append(token)
    return out
