"""A JSON reader for data we did not write: one meaning per document, or an error.

Python's json module accepts duplicate keys (last wins), NaN/Infinity and any float; two readers
could then disagree about what a signed header says. Here all of those are refused.
"""
from __future__ import annotations

import json

from .errors import PackageError


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed")


def _refuse_float(text: str) -> object:
    raise ValueError("floating point numbers are not allowed")


def loads_strict(data: bytes, *, error_code: str, what: str) -> object:
    """Parse UTF-8 JSON bytes; any irregularity raises PackageError(error_code)."""
    try:
        text = data.decode("utf-8")  # strict: bad UTF-8 raises; a BOM makes json fail below
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_refuse_constant,
            parse_float=_refuse_float,
        )
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise PackageError(error_code, f"{what}: {e}") from e


def dumps_canonical(value: object) -> bytes:
    """The one encoding the writer uses: sorted keys, no spaces, UTF-8 (Vietnamese stays readable)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode(
        "utf-8"
    )


class _Duplicate(Exception):
    pass


def _raise_on_duplicate(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [key for key, _value in pairs]
    if len(set(keys)) != len(keys):
        raise _Duplicate
    return dict(pairs)


def has_duplicate_keys(data: bytes) -> bool:
    """True when some JSON object in `data` repeats a key. For text another parser (pydantic-core)
    already accepted, which bounds its nesting; that parser keeps the last of repeated keys
    silently, so two readers of one signed line could disagree about what it says."""
    try:
        json.loads(data, object_pairs_hook=_raise_on_duplicate)
    except _Duplicate:
        return True
    except (ValueError, RecursionError):
        return False   # not this check's question: the caller's parser decides about bad JSON
    return False
