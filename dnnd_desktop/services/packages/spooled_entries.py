"""A received package's files, decrypted into temporary files instead of memory (issue 16 item 5).

    spool = SpooledEntries()
    open_package(..., sink=spool.sink, check_manifest=check_import_manifest)
    files = spool.files()      # name -> bytes, except records/<kind>.jsonl -> RecordLines

A 15 MB sync package unpacking to 111 MB took 1.72 GB: every file was held as bytes, copied into
the changeset and split into lines. Here each entry goes to an anonymous temporary file (in memory
while small; on disk, nameless and deleted when closed, once larger), record files are read line by
line while they are applied, and the limits below refuse a package from its manifest, before any
of its content is decrypted.

The temporary files hold personal data in the clear: they have no name on POSIX, are deleted on
close on Windows, and close() (or the garbage collector) removes them when the import ends.
"""
from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from typing import IO, BinaryIO

from ...domain.formatting import format_number
from ...domain.messages import translate
from ...exchange.package.manifest import Manifest
from .common import ImportRefused

# Parsed whole as JSON (plans, reports, answers, identity cards, the changeset description): real
# ones are well under 1 MB; json.loads of 100 MB takes gigabytes.
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
# One record is one line; a household with long notes is a few KB.
MAX_RECORD_LINE_BYTES = 1024 * 1024
_IN_MEMORY_BYTES = 1024 * 1024
_RECORD_FILE = re.compile(r"records/[a-z_]+\.jsonl")
_DOCUMENT_SUFFIX = ".json"


class ImportTooLarge(ImportRefused):
    code = "too_large"

    def __init__(self) -> None:
        super().__init__(translate(
            "PackageErrors", "The package holds a part that is far larger than any real one (at most {limit} MB). "
            "It was not imported. Ask the sending office to check its app and send the package again.")
            .format(limit=format_number(MAX_DOCUMENT_BYTES // (1024 * 1024))))


class RecordLineTooLong(ImportRefused):
    code = "record_line_too_long"

    def __init__(self) -> None:
        super().__init__(translate(
            "PackageErrors", "The package holds a record far larger than any real one. It was not imported. Ask "
            "the sending office to check its app and send the package again."))


def check_import_manifest(manifest: Manifest) -> None:
    """Refuse from the declared sizes, before any content is decrypted."""
    for f in manifest.files:
        if f.name.endswith(_DOCUMENT_SUFFIX) and f.size > MAX_DOCUMENT_BYTES:
            raise ImportTooLarge()


class _LineCheckingFile:
    """Writes through to a temporary file and remembers the longest line (checked before the apply)."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.run = 0          # bytes since the last newline
        self.longest = 0
        self.newlines = 0

    @property
    def line_count(self) -> int:
        return self.newlines + (1 if self.run else 0)

    def write(self, data: bytes) -> int:
        self.newlines += data.count(b"\n")
        last = data.rfind(b"\n")
        if last < 0:
            self.run += len(data)
        else:
            first = data.find(b"\n")
            self.longest = max(self.longest, self.run + first)
            if last > first:
                self.longest = max(self.longest, _longest_line(data, first + 1, last))
            self.run = len(data) - last - 1
        self.longest = max(self.longest, self.run)
        if self.longest > MAX_RECORD_LINE_BYTES:
            raise RecordLineTooLong()   # stops the decryption at once
        return self.target.write(data)


def _longest_line(data: bytes, start: int, end: int) -> int:
    """Longest line between start and end (a newline at end); bytes.find steps, no copies."""
    longest = 0
    while start < end:
        nl = data.find(b"\n", start, end + 1)
        longest = max(longest, nl - start)
        start = nl + 1
    return longest


class RecordLines:
    """A record file read back line by line (what Changeset.lines yields), without loading it."""

    def __init__(self, handle: IO[bytes], size: int, line_count: int) -> None:
        self._handle = handle
        self.size = size
        self.line_count = line_count   # compared with the changeset's counts before any line is read

    def __bool__(self) -> bool:
        return self.size > 0

    def __len__(self) -> int:
        return self.size

    def lines(self) -> Iterator[bytes]:
        self._handle.seek(0)
        for line in self._handle:
            if line.strip():
                yield line.rstrip(b"\n")


class SpooledEntries:
    def __init__(self) -> None:
        self._handles: dict[str, tuple[IO[bytes], int]] = {}
        self._checkers: dict[str, _LineCheckingFile] = {}

    def sink(self, name: str, size: int) -> BinaryIO:
        handle: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_IN_MEMORY_BYTES)
        self._handles[name] = (handle, size)
        if _RECORD_FILE.fullmatch(name):
            checker = self._checkers[name] = _LineCheckingFile(handle)
            return checker  # type: ignore[return-value]
        return handle  # type: ignore[return-value]

    def files(self) -> dict[str, bytes]:
        """The opened package's files: bytes, and RecordLines for the record files (typed as bytes
        for the parsers that pass them on untouched to Changeset)."""
        out: dict[str, bytes] = {}
        for name, (handle, size) in self._handles.items():
            if _RECORD_FILE.fullmatch(name):
                out[name] = RecordLines(handle, size, self._checkers[name].line_count)  # type: ignore[assignment]
            else:
                handle.seek(0)
                out[name] = handle.read()
        return out

    def close(self) -> None:
        for handle, _size in self._handles.values():
            handle.close()
        self._handles.clear()

    def __enter__(self) -> SpooledEntries:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
