"""Pick the dialect module (storage/sqlite.py or storage/postgres.py) of a session or connection.

Both modules offer the same functions to record_queries and the bulk loaders: `search_match`,
`row_id`, `without_index`, `vi_order`, `code_point_order`, `ensure_functions`,
`broken_search_indexes`, `install_search_indexes`, `search_index_suspended`,
`defer_search_merges`, `merge_search_indexes` and `SEARCH_INDEXED_TABLES`. Nothing outside them
asks which database it is on.
"""
from __future__ import annotations

from types import ModuleType


def name_of(bind) -> str:
    """"sqlite" or "postgresql" for a Session, Connection or Engine."""
    if hasattr(bind, "get_bind"):      # a Session
        bind = bind.get_bind()
    return bind.dialect.name


def module_for(bind) -> ModuleType:
    if name_of(bind) == "postgresql":
        from . import postgres

        return postgres
    from . import sqlite

    return sqlite
