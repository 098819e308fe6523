"""Writing and opening packages: the normal paths, recipients, atomic writes, progress, cancel."""
from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_package_support import CREATED, make_offices, trust_of

from dnnd_desktop.domain.errors import Cancelled
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange.keys import generate_keys
from dnnd_desktop.exchange.package import (
    PackageError,
    Recipient,
    open_package,
    verify_package,
    write_package,
)
from dnnd_desktop.exchange.package import format as fmt

FILES = {
    "report.json": '{"title": "Báo cáo 6 tháng", "đoàn_vào": 3}'.encode(),
    "records/households.jsonl": b'{"id": 1}\n' * 500,
    "attachments/bao-cao.pdf": b"%PDF-1.7 binary \x00\xff",
}


@pytest.fixture()
def offices():
    return make_offices()


def _write(path, offices, **kw):
    args = {
        "kind": "report",
        "sender": offices["district"].sender,
        "recipients": [offices["province"].recipient, offices["other"].recipient],
        "files": FILES,
        "schema_version": 2,
        "sequence": 7,
        "created": CREATED,
    }
    args.update(kw)
    return write_package(path, **args)


def _open(source, office, offices, **kw):
    args = {
        "trust": trust_of(*offices.values()),
        "me_office_id": office.office_id,
        "my_secret": office.secret,
        "max_schema_version": 2,
        "now": CREATED,
    }
    args.update(kw)
    return open_package(source, **args)


def test_round_trip_to_two_recipients_and_the_senders_archive(tmp_path, offices):
    path = tmp_path / "bao-cao.dnnd"
    header = _write(path, offices)
    for who in ("province", "other", "district"):
        opened = _open(path, offices[who], offices)
        assert opened.files == FILES
        assert opened.header == header
        assert [f.name for f in opened.manifest.files] == sorted(FILES)


def test_header_carries_identity_fields(tmp_path, offices):
    header = _write(tmp_path / "p.dnnd", offices, expires=CREATED + timedelta(days=30))
    assert header.kind == "report"
    assert header.sender.office_id == offices["district"].office_id
    assert header.sender.site_id == "site-a"
    assert header.recipients == (offices["province"].office_id, offices["other"].office_id)
    assert header.sequence == 7 and header.schema_version == 2
    assert header.created == CREATED
    assert header.expires == CREATED + timedelta(days=30)
    assert verify_package(tmp_path / "p.dnnd", trust_of(offices["district"]), now=CREATED) == header


def test_opening_from_bytes_works_like_a_path(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices)
    assert _open(path.read_bytes(), offices["province"], offices).files == FILES


def test_contents_are_not_readable_in_the_file(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices)
    data = path.read_bytes()
    assert b"households" not in data and b'"id": 1' not in data
    assert "Báo cáo".encode() not in data


def test_text_entries_are_compressed(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    lines = "".join(f'{{"id": {i}, "name": "Nguyễn Văn {i}", "country": "Lào"}}\n' for i in range(20_000))
    big = {"records/a.jsonl": lines.encode()}
    _write(path, offices, files=big)
    assert path.stat().st_size < len(big["records/a.jsonl"]) // 5
    assert _open(path, offices["province"], offices).files == big


def test_extremely_repetitive_text_is_stored_raw_so_readers_accept_it(tmp_path, offices):
    # Its compression ratio would exceed what a reader accepts as not-a-bomb.
    path = tmp_path / "p.dnnd"
    same = {"records/a.jsonl": b"{}\n" * 300_000}
    _write(path, offices, files=same)
    assert path.stat().st_size > len(same["records/a.jsonl"])
    assert _open(path, offices["province"], offices).files == same


def test_an_office_not_addressed_cannot_open(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices)
    with pytest.raises(PackageError) as info:
        _open(path, offices["stranger"], offices)
    assert info.value.code == "not_a_recipient"


def test_recipient_with_new_keys_gets_decrypt_failed(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices)
    with pytest.raises(PackageError) as info:
        _open(path, offices["province"], offices, my_secret=generate_keys())
    assert info.value.code == "decrypt_failed"
    assert "thẻ định danh" in info.value.message


def test_newer_schema_is_refused_with_update_advice(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices, schema_version=3)
    with pytest.raises(PackageError) as info:
        _open(path, offices["province"], offices, max_schema_version=2)
    assert info.value.code == "newer_schema"
    assert "cập nhật" in info.value.message


def test_expired_package_is_refused(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices, expires=CREATED + timedelta(days=1))
    _open(path, offices["province"], offices, now=CREATED + timedelta(hours=23))
    with pytest.raises(PackageError) as info:
        verify_package(path, trust_of(offices["district"]), now=CREATED + timedelta(days=1))
    assert info.value.code == "expired"


@pytest.mark.parametrize("size", [0, 1, fmt.CHUNK_BYTES - 1, fmt.CHUNK_BYTES, fmt.CHUNK_BYTES + 1, 3 * fmt.CHUNK_BYTES])
def test_payload_sizes_around_chunk_boundaries(tmp_path, offices, size):
    # Binary entries are stored, so the payload size tracks `size` across chunk boundaries.
    files = {"blob.bin": bytes(i % 251 for i in range(size))}
    path = tmp_path / "p.dnnd"
    _write(path, offices, files=files)
    assert _open(path, offices["province"], offices).files == files


def test_no_files_is_a_valid_package(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices, files={})
    assert _open(path, offices["province"], offices).files == {}


def test_sink_receives_entries_instead_of_memory(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices)
    received: dict[str, io.BytesIO] = {}

    def sink(name, size):
        received[name] = io.BytesIO()
        return received[name]

    opened = _open(path, offices["province"], offices, sink=sink)
    assert opened.files == {}
    assert {n: b.getvalue() for n, b in received.items()} == FILES


def test_write_replaces_atomically_and_leaves_no_temp_files(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    path.write_bytes(b"old")
    _write(path, offices)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.dnnd"]
    assert _open(path, offices["province"], offices).files == FILES


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    path.write_bytes(b"old")
    with pytest.raises(PackageError) as info:
        _write(path, offices, files={"../evil.json": b"{}"})
    assert info.value.code == "bad_entry_name"
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.dnnd"]


def test_cancel_during_encryption_leaves_nothing(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    token = CancelToken()
    seen = []

    def progress(done, total, label):
        seen.append(label)
        if label == "Đang mã hóa gói dữ liệu":
            token.cancel()

    with pytest.raises(Cancelled):
        _write(path, offices, files={"big.bin": bytes(5 * fmt.CHUNK_BYTES)}, progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_open(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    _write(path, offices, files={"big.bin": bytes(5 * fmt.CHUNK_BYTES)})
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _open(path, offices["province"], offices, cancel=token)


def test_progress_reaches_the_total_in_each_phase(tmp_path, offices):
    path = tmp_path / "p.dnnd"
    calls: list[tuple[int, int, str]] = []
    _write(path, offices, progress=lambda d, t, label: calls.append((d, t, label)))
    _open(path, offices["province"], offices, progress=lambda d, t, label: calls.append((d, t, label)))
    labels = {label for _, _, label in calls}
    assert labels == {"Đang chuẩn bị dữ liệu", "Đang mã hóa gói dữ liệu", "Đang kiểm tra chữ ký",
                      "Đang giải mã gói dữ liệu"}
    for label in labels:
        last = [c for c in calls if c[2] == label][-1]
        assert last[0] == last[1]


@pytest.mark.parametrize(
    "kw",
    [
        {"kind": "letters"},
        {"recipients": []},
        {"recipients": [Recipient("15", b"short")]},
        {"sequence": -1},
        {"schema_version": 0},
        {"package_id": "not-a-uuid"},
        {"expires": CREATED - timedelta(days=1)},
        {"expires": datetime(2030, 1, 1)},  # naive: ambiguous time zone
    ],
)
def test_writer_refuses_bad_requests(tmp_path, offices, kw):
    with pytest.raises(PackageError) as info:
        _write(tmp_path / "p.dnnd", offices, **kw)
    assert info.value.code == "invalid_request"
    assert not list(tmp_path.iterdir())


def test_each_package_uses_a_fresh_id_and_key(tmp_path, offices):
    a = _write(tmp_path / "a.dnnd", offices)
    b = _write(tmp_path / "b.dnnd", offices)
    assert a.package_id != b.package_id
    # Same plaintext, different payload keys: the ciphertexts share nothing beyond the header.
    tail_a, tail_b = (Path(tmp_path / n).read_bytes()[-2000:] for n in ("a.dnnd", "b.dnnd"))
    assert tail_a != tail_b


def test_file_changed_after_the_signature_check_is_refused(tmp_path, offices):
    # Between the verifying pass and the decrypting pass, another program alters a byte that the
    # province does not need to decrypt (Sa Pa's sealed key): only the second hash can notice.
    path = tmp_path / "p.dnnd"
    _write(path, offices)
    data = path.read_bytes()
    header_len = int.from_bytes(data[18:22], "big")
    other_block = fmt.PRELUDE.size + header_len + fmt.SEALED_KEY_BYTES + 5

    def progress(done, total, label):
        if label == "Đang kiểm tra chữ ký" and done == total:
            with open(path, "r+b") as f:
                f.seek(other_block)
                f.write(bytes([data[other_block] ^ 1]))

    with pytest.raises(PackageError) as info:
        _open(path, offices["province"], offices, progress=progress)
    assert info.value.code == "bad_signature"


@pytest.mark.parametrize("name", ["report.json", "records/households.jsonl", "a-b_c/d0/e.xlsx", "x.pdf",
                                  "console.json"])
def test_ordinary_names_are_accepted(tmp_path, offices, name):
    path = tmp_path / "p.dnnd"
    _write(path, offices, files={name: b"{}"})
    assert _open(path, offices["province"], offices).files == {name: b"{}"}
