"""Shared helpers for the package tests (no tests here).

`craft()` builds packages that are correctly signed by a trusted key but wrong inside, so the
checks after the signature are exercised for real rather than hidden behind bad_signature.
"""
from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

import nacl.bindings as sodium
import nacl.public
import nacl.utils

from dnnd_desktop.exchange.keys import SecretKeys, generate_keys, key_id
from dnnd_desktop.exchange.package import Recipient, SenderIdentity, TrustedSigner
from dnnd_desktop.exchange.package import format as fmt
from dnnd_desktop.exchange.package.container import write_container
from dnnd_desktop.exchange.package.payload import MANIFEST_NAME, encode_entry_prefix
from dnnd_desktop.exchange.package.strict_json import dumps_canonical

CREATED = datetime(2026, 5, 15, 3, 0, 0, tzinfo=UTC)
ALL_KINDS = frozenset(fmt.KINDS)
LOWER_KINDS = frozenset({"report", "sync", "identity"})  # a district/commune office may not sign tasks


@dataclass
class Office:
    office_id: str
    site_id: str
    secret: SecretKeys
    kinds: frozenset[str]

    @property
    def sender(self) -> SenderIdentity:
        return SenderIdentity(self.office_id, self.site_id, self.secret)

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.office_id, self.secret.public.box_pk)

    @property
    def signer(self) -> TrustedSigner:
        return TrustedSigner(self.office_id, self.secret.public.sign_pk, self.kinds)


def make_offices() -> dict[str, Office]:
    return {
        "district": Office("15-bat-xat", "site-a", generate_keys(), LOWER_KINDS),
        "province": Office("15", "site-p", generate_keys(), ALL_KINDS),
        "other": Office("15-sa-pa", "site-s", generate_keys(), LOWER_KINDS),
        "stranger": Office("99", "site-x", generate_keys(), ALL_KINDS),
    }


def trust_of(*offices: Office, revoked: tuple[Office, ...] = ()):
    """A trust lookup knowing `offices` (and `revoked`, marked revoked)."""
    table = {key_id(o.secret.public.sign_pk): o.signer for o in offices}
    for o in revoked:
        table[key_id(o.secret.public.sign_pk)] = TrustedSigner(o.office_id, o.secret.public.sign_pk, o.kinds, True)
    return table.get


def header_dict(sender: Office, recipients: list[Office], **overrides) -> dict:
    h = {
        "format": "dnnd-package",
        "kind": "report",
        "package_id": "0f8fad5b-d9cb-469f-a165-70867728950e",
        "sender": {"office_id": sender.office_id, "site_id": sender.site_id,
                   "key_id": key_id(sender.secret.public.sign_pk)},
        "recipients": [r.office_id for r in recipients],
        "sequence": 3,
        "created": "2026-05-15T03:00:00Z",
        "expires": None,
        "schema_version": 1,
        "payload_size": 0,  # filled in by craft()
    }
    h.update(overrides)
    return h


def manifest_dict(header: dict, files: dict[str, bytes]) -> dict:
    return {
        "format": "dnnd-manifest",
        "package_id": header["package_id"],
        "kind": header["kind"],
        "sender": {"office_id": header["sender"]["office_id"], "site_id": header["sender"]["site_id"]},
        "recipients": list(header["recipients"]),
        "sequence": header["sequence"],
        "schema_version": header["schema_version"],
        "files": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
                  for n, d in sorted(files.items())],
    }


def entries(manifest: dict, frames: list[tuple[str, int, bytes]]) -> bytes:
    """Payload plaintext: the manifest entry, then (name, codec, stored bytes) frames as given."""
    m = dumps_canonical(manifest)
    out = encode_entry_prefix(MANIFEST_NAME, 0, len(m)) + m
    for name, codec, stored in frames:
        out += encode_entry_prefix(name, codec, len(stored)) + stored
    return out


def stored_frames(files: dict[str, bytes]) -> list[tuple[str, int, bytes]]:
    return [(n, 0, d) for n, d in sorted(files.items())]


def zlib_frame(name: str, data: bytes) -> tuple[str, int, bytes]:
    return (name, 1, zlib.compress(data, 9))


def encrypt_payload(key: bytes, plaintext: bytes, *, final: bool = True) -> bytes:
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    out = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    chunks = [plaintext[i : i + fmt.CHUNK_BYTES] for i in range(0, len(plaintext), fmt.CHUNK_BYTES)] or [b""]
    for i, chunk in enumerate(chunks):
        last = i == len(chunks) - 1
        tag = fmt.TAG_FINAL if (last and final) else fmt.TAG_MESSAGE
        out += sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, None, tag)
    return out


def craft(
    *,
    signer: Office,
    header: dict | None = None,
    header_bytes: bytes | None = None,
    recipients: list[Office],
    plaintext: bytes | None = None,
    files: dict[str, bytes] | None = None,
    final: bool = True,
    version: int = fmt.FORMAT_VERSION,
    archive: Office | None = None,
) -> bytes:
    """A package signed by `signer`, with every part overridable."""
    files = {"report.json": b'{"ok": true}'} if files is None else files
    header = header_dict(signer, recipients) if header is None else header
    if plaintext is None:
        plaintext = entries(manifest_dict(header, files), stored_frames(files))
    if header_bytes is None:
        header = dict(header, payload_size=len(plaintext))
        header_bytes = dumps_canonical(header)   # the writer's form: readers refuse any other
    key = nacl.utils.random(32)
    blocks = [
        bytes(nacl.public.SealedBox(nacl.public.PublicKey(o.secret.public.box_pk)).encrypt(key))
        for o in [*recipients, archive or signer]
    ]
    out = io.BytesIO()
    write_container(
        out,
        signing_key=signer.secret.signing_key(),
        header_bytes=header_bytes,
        key_blocks=blocks,
        ciphertext=[encrypt_payload(key, plaintext, final=final)],
        version=version,
    )
    return out.getvalue()
