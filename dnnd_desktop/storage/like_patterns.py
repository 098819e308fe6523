"""The one place LIKE patterns are built from a person's text: "%" and "_" typed in a search
match only themselves (issue 16 item 9: searching "%" matched every record).

    like_pattern(text, prefix="%", suffix="%") -> (pattern, ESCAPE character)
    column.like(*like_pattern(word))

Portable: both SQLite and PostgreSQL take LIKE ... ESCAPE '\\'.
"""
from __future__ import annotations

ESCAPE = "\\"


def like_escape(text: str) -> str:
    """`text` with LIKE's wildcards (and the escape character itself) taken literally."""
    return text.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def like_pattern(text: str, prefix: str = "%", suffix: str = "%") -> tuple[str, str]:
    """(pattern, escape) for `column.like(pattern, escape=escape)`: `text` literal between the
    given prefix and suffix, which are written by the caller (not escaped)."""
    return prefix + like_escape(text) + suffix, ESCAPE
