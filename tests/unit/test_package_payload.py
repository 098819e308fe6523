"""Inside a correctly signed package: manifest, entries, names, sizes, bombs, stream ending.

Every package here carries a valid signature from a trusted office, so what is tested is the
check after the signature (a buggy or compromised sender must still not get bad data in).
"""
from __future__ import annotations

import hashlib
import tracemalloc
import zlib

import pytest
from test_package_support import (
    CREATED,
    craft,
    entries,
    header_dict,
    make_offices,
    manifest_dict,
    stored_frames,
    trust_of,
    zlib_frame,
)

from dnnd_desktop.exchange.package import PackageError, open_package
from dnnd_desktop.exchange.package import format as fmt
from dnnd_desktop.exchange.package.payload import MANIFEST_NAME, encode_entry_prefix

FILES = {"report.json": b'{"a": 1}', "records/persons.jsonl": b'{"id": 1}\n{"id": 2}\n'}


@pytest.fixture(scope="module")
def offices():
    return make_offices()


@pytest.fixture(scope="module")
def header(offices):
    return header_dict(offices["district"], [offices["province"]])


def _open(data, offices):
    return open_package(
        data,
        trust=trust_of(*offices.values()),
        me_office_id=offices["province"].office_id,
        my_secret=offices["province"].secret,
        max_schema_version=1,
        now=CREATED,
    )


def _refused(offices, header, plaintext=None, **kw) -> PackageError:
    data = craft(signer=offices["district"], header=header, recipients=[offices["province"]],
                 plaintext=plaintext, **kw)
    with pytest.raises(PackageError) as info:
        _open(data, offices)
    return info.value


def test_crafted_valid_package_opens(offices, header):
    data = craft(signer=offices["district"], header=header, recipients=[offices["province"]], files=FILES)
    assert _open(data, offices).files == FILES


def test_compressed_entries_open(offices, header):
    text = b'{"name": "Tr\xe1\xba\xa7n"}\n' * 200
    files = {"records/a.jsonl": text}
    plain = entries(manifest_dict(header, files), [zlib_frame("records/a.jsonl", text)])
    data = craft(signer=offices["district"], header=header, recipients=[offices["province"]], plaintext=plain)
    assert _open(data, offices).files == files


@pytest.mark.parametrize(
    "field, value",
    [
        ("package_id", "11111111-2222-4333-8444-555555555555"),
        ("kind", "sync"),
        ("sequence", 4),
        ("schema_version", 2),
        ("recipients", ["15-sa-pa"]),
        ("sender", {"office_id": "15-sa-pa", "site_id": "site-a"}),
        ("sender", {"office_id": "15-bat-xat", "site_id": "site-z"}),
    ],
)
def test_manifest_must_repeat_the_header(offices, header, field, value):
    manifest = manifest_dict(header, FILES)
    manifest[field] = value
    error = _refused(offices, header, entries(manifest, stored_frames(FILES)))
    assert error.code == "manifest_mismatch"


def test_payload_must_start_with_the_manifest(offices, header):
    plain = b"".join(encode_entry_prefix(n, c, len(d)) + d for n, c, d in stored_frames(FILES))
    assert _refused(offices, header, plain).code == "payload_invalid"


@pytest.mark.parametrize(
    "raw",
    [b"not json", b'{"format": "dnnd-manifest"}', b"[]", b'{"a": 1, "a": 2}'],
)
def test_malformed_manifest(offices, header, raw):
    plain = encode_entry_prefix(MANIFEST_NAME, 0, len(raw)) + raw
    assert _refused(offices, header, plain).code == "payload_invalid"


def test_content_differing_from_its_hash(offices, header):
    manifest = manifest_dict(header, FILES)
    forged = dict(FILES, **{"report.json": b'{"a": 9}'})  # same size, other bytes
    assert _refused(offices, header, entries(manifest, stored_frames(forged))).code == "hash_mismatch"


def test_missing_entry(offices, header):
    manifest = manifest_dict(header, FILES)
    frames = stored_frames({"report.json": FILES["report.json"]})
    error = _refused(offices, header, entries(manifest, frames))
    assert error.code == "entry_missing"
    assert error.details["names"] == ["records/persons.jsonl"]


def test_extra_entry(offices, header):
    manifest = manifest_dict(header, FILES)
    frames = stored_frames(dict(FILES, **{"extra.json": b"{}"}))
    assert _refused(offices, header, entries(manifest, frames)).code == "entry_extra"


def test_repeated_entry(offices, header):
    manifest = manifest_dict(header, FILES)
    frames = stored_frames(FILES) + [("report.json", 0, FILES["report.json"])]
    assert _refused(offices, header, entries(manifest, frames)).code == "entry_extra"


def test_name_listed_twice_in_the_manifest(offices, header):
    manifest = manifest_dict(header, FILES)
    manifest["files"].append(dict(manifest["files"][0]))
    assert _refused(offices, header, entries(manifest, stored_frames(FILES))).code == "entry_extra"


@pytest.mark.parametrize(
    "name",
    ["../evil.json", "/etc/passwd.json", "C:\\windows\\x.json", "c:/x.json", "a\\b.json", "con.json",
     "data/nul.json", "lpt1.bin", "com9/x.json", "Report.json", "rapport\u00e9.json", "re\u0301.json",
     "a//b.json", "a/./b.json", ".hidden.json", "x.exe", "x.json\n", "", "a" * 300 + ".json"],
)
def test_unsafe_names_in_the_manifest(offices, header, name):
    files = {name: b"{}"}
    manifest = manifest_dict(header, files)
    # The entry itself is framed under a safe name; the manifest's name alone must be refused.
    error = _refused(offices, header, entries(manifest, [("report.json", 0, b"{}")]))
    assert error.code == "bad_entry_name"


@pytest.mark.parametrize("name", ["../evil.json", "CON.json", "e\u0301.json", "A.json"])
def test_unsafe_names_in_entry_frames(offices, header, name):
    manifest = manifest_dict(header, {"report.json": b"{}"})
    raw_name = name.encode("utf-8")
    frame = len(raw_name).to_bytes(2, "big") + raw_name + bytes([0]) + (2).to_bytes(8, "big") + b"{}"
    assert _refused(offices, header, entries(manifest, []) + frame).code == "bad_entry_name"


def test_case_and_normalisation_twins_cannot_both_exist(offices, header):
    # Only lowercase ASCII is allowed, so twins are impossible: the non-ASCII/uppercase one is refused.
    for twins in ({"bao-cao.json": b"{}", "BAO-CAO.json": b"{}"}, {"\u00e9.json": b"{}", "e\u0301.json": b"{}"}):
        manifest = manifest_dict(header, twins)
        assert _refused(offices, header, entries(manifest, [])).code == "bad_entry_name"


def test_stored_size_differing_from_the_manifest(offices, header):
    manifest = manifest_dict(header, FILES)
    manifest["files"][0]["size"] += 1  # "records/persons.jsonl" claims one more byte
    assert _refused(offices, header, entries(manifest, stored_frames(FILES))).code == "size_mismatch"


def test_compressed_entry_inflating_beyond_its_declared_size(offices, header):
    real = b'{"x": 1}\n' * 1000
    manifest = manifest_dict(header, {"records/a.jsonl": real[:100]})  # lies: 100 bytes
    plain = entries(manifest, [zlib_frame("records/a.jsonl", real)])
    assert _refused(offices, header, plain).code == "size_mismatch"


def test_compressed_entry_shorter_than_declared(offices, header):
    real = b'{"x": 1}\n' * 100
    manifest = manifest_dict(header, {"records/a.jsonl": real + b"more"})
    plain = entries(manifest, [zlib_frame("records/a.jsonl", real)])
    assert _refused(offices, header, plain).code == "size_mismatch"


def test_corrupt_compressed_stream(offices, header):
    real = b'{"x": 1}\n' * 100
    manifest = manifest_dict(header, {"records/a.jsonl": real})
    name, codec, packed = zlib_frame("records/a.jsonl", real)
    plain = entries(manifest, [(name, codec, packed[:-6])])
    assert _refused(offices, header, plain).code == "payload_invalid"


def test_unknown_codec(offices, header):
    manifest = manifest_dict(header, {"report.json": b"{}"})
    assert _refused(offices, header, entries(manifest, [("report.json", 7, b"{}")])).code == "payload_invalid"


def test_compression_bomb_with_lying_size_is_stopped_early(offices, header):
    bomb = b"\0" * (200 * 1024 * 1024)
    packed = zlib.compress(bomb, 9)
    del bomb
    manifest = manifest_dict(header, {"records/a.jsonl": b"{}"})
    plain = entries(manifest, [("records/a.jsonl", 1, packed)])
    data = craft(signer=offices["district"], header=header, recipients=[offices["province"]], plaintext=plain)
    tracemalloc.start()
    try:
        with pytest.raises(PackageError) as info:
            _open(data, offices)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.code == "size_mismatch"
    assert peak < 20 * 1024 * 1024  # nowhere near the 200 MB the bomb would inflate to


def test_compression_bomb_with_honest_size_is_refused_by_ratio(offices, header):
    bomb = b"\0" * (50 * 1024 * 1024)
    manifest = manifest_dict(header, {"records/a.jsonl": bomb})
    plain = entries(manifest, [zlib_frame("records/a.jsonl", bomb)])
    del bomb
    data = craft(signer=offices["district"], header=header, recipients=[offices["province"]], plaintext=plain)
    tracemalloc.start()
    try:
        with pytest.raises(PackageError) as info:
            _open(data, offices)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert info.value.code == "too_large"
    assert peak < 20 * 1024 * 1024


def test_declared_sizes_beyond_the_limits(offices, header):
    manifest = manifest_dict(header, {"big.bin": b""})
    manifest["files"][0]["size"] = fmt.MAX_ENTRY_BYTES + 1
    assert _refused(offices, header, entries(manifest, [])).code == "too_large"
    manifest = manifest_dict(header, {"a.bin": b"", "b.bin": b""})
    for f in manifest["files"]:
        f["size"] = fmt.MAX_TOTAL_BYTES // 2 + 1
    assert _refused(offices, header, entries(manifest, [])).code == "too_large"


def test_too_many_entries(offices, header):
    manifest = manifest_dict(header, {})
    manifest["files"] = [
        {"name": f"r/{i}.json", "size": 0, "sha256": hashlib.sha256(b"").hexdigest()}
        for i in range(fmt.MAX_ENTRIES + 1)
    ]
    assert _refused(offices, header, entries(manifest, [])).code == "too_large"


def test_entry_running_past_the_end_of_the_payload(offices, header):
    manifest = manifest_dict(header, FILES)
    plain = entries(manifest, stored_frames(FILES))[:-3]
    assert _refused(offices, header, plain).code == "payload_invalid"


def test_stream_without_its_final_chunk_is_truncated(offices, header):
    plain = entries(manifest_dict(header, FILES), stored_frames(FILES))
    assert _refused(offices, header, plain, final=False).code == "truncated"


def test_stream_with_final_tag_before_the_end(offices):
    # Two full chunks, the first tagged FINAL: the data after it must not be accepted.
    import nacl.bindings as sodium

    from dnnd_desktop.exchange.package import stream

    key = bytes(32)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    ciphertext = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    ciphertext += sodium.crypto_secretstream_xchacha20poly1305_push(state, bytes(fmt.CHUNK_BYTES), None, fmt.TAG_FINAL)
    ciphertext += sodium.crypto_secretstream_xchacha20poly1305_push(state, b"x", None, fmt.TAG_FINAL)
    pos = 0

    def read(n):
        nonlocal pos
        pos += n
        return ciphertext[pos - n : pos]

    with pytest.raises(PackageError) as info:
        list(stream.decrypt(key, read, len(ciphertext)))
    assert info.value.code == "payload_invalid"
