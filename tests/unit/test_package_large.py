"""A 100 MB JSON-lines payload streams: bounded extra memory when writing and when opening."""
from __future__ import annotations

import hashlib
import tracemalloc

import pytest
from test_package_support import CREATED, make_offices, trust_of

from dnnd_desktop.exchange.package import open_package, write_package

MB = 1024 * 1024


def _jsonl(size: int) -> bytes:
    line_count = size // 80
    text = "".join(
        f'{{"id": {i:08d}, "ho_ten": "Nguyễn Thị {i % 9973}", "quoc_gia": "Lào", "nam": {1950 + i % 60}}}\n'
        for i in range(line_count)
    )
    return text.encode()


class _HashSink:
    """Keeps only a running hash, as a service writing entries to a temp store would."""

    def __init__(self) -> None:
        self.digests: dict[str, hashlib._Hash] = {}

    def __call__(self, name: str, size: int):
        digest = hashlib.sha256()
        self.digests[name] = digest
        return self

    def write(self, data: bytes) -> int:
        list(self.digests.values())[-1].update(data)
        return len(data)


@pytest.mark.slow
def test_hundred_megabytes_of_json_lines_stream(tmp_path):
    offices = make_offices()
    content = _jsonl(100 * MB)
    assert len(content) > 95 * MB
    path = tmp_path / "big.dnnd"
    progress: list[int] = []

    tracemalloc.start()
    try:
        write_package(
            path,
            kind="sync",
            sender=offices["district"].sender,
            recipients=[offices["province"].recipient],
            files={"records/persons.jsonl": content},
            schema_version=1,
            created=CREATED,
            progress=lambda done, total, label: progress.append(done),
        )
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        sink = _HashSink()
        opened = open_package(
            path,
            trust=trust_of(*offices.values()),
            me_office_id=offices["province"].office_id,
            my_secret=offices["province"].secret,
            max_schema_version=1,
            now=CREATED,
            sink=sink,
        )
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert sink.digests["records/persons.jsonl"].hexdigest() == hashlib.sha256(content).hexdigest()
    assert opened.manifest.files[0].size == len(content)
    # Writing holds the compressed copy and a few chunks, never a second plaintext copy.
    assert write_peak < len(content) // 2
    # Opening into a sink holds a few chunks only.
    assert read_peak < 16 * MB
    assert len(progress) > 100  # reported as it went, not only at the end
