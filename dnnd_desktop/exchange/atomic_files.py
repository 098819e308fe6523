"""Writing a whole file so that it is either the old one or the new one, never half of each."""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import DnndError
from ..domain.messages import translate


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over `path`
    (a rename within a folder is atomic); the temporary file goes on any failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as f:
        f.write(data)


@contextmanager
def atomic_output(out: str | Path | BinaryIO) -> Iterator[BinaryIO]:
    """A binary stream for a whole document: a path is written to a temporary file beside it and
    renamed at the end, a given stream is written only when the build succeeded; a cancelled or
    failed build leaves nothing."""
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
        except PermissionError as exc:  # Windows: the old file is open in a viewer
            raise DnndError(translate(
                "PdfErrors", "Cannot write the file {name} because it is open in another program (a PDF viewer, "
                "for example). Close that file and try again, or save under another name.").format(name=target.name),
                code="file_in_use", details={"path": str(target)}) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
