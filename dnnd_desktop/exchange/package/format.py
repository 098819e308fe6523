"""Constants of the .dnnd container, format version 1. docs/package-format.md explains each one.

Layout (all integers big-endian):
    prelude   magic (8) | format version u16 | signer key id (8) | header length u32
    header    UTF-8 JSON, at most MAX_HEADER_BYTES
    keys      one sealed payload key per recipient (header order), then the sender's archive copy
    payload   secretstream header (24) | chunks of CHUNK_BYTES plaintext + 17, the last tagged FINAL
    signature Ed25519 over BLAKE2b-512(SIGNATURE_CONTEXT || every byte before the signature)
"""
from __future__ import annotations

import struct

import nacl.bindings as sodium

MAGIC = b"DNNDPKG\0"
FORMAT_VERSION = 1
FILE_SUFFIX = ".dnnd"

# The prelude holds only what is needed to find the signer's key and to hash the file, so the
# signature can be checked before the header (or anything else) is parsed.
PRELUDE = struct.Struct(">8sH8sI")
KEY_ID_BYTES = 8

MAX_HEADER_BYTES = 16 * 1024
MAX_RECIPIENTS = 64

PAYLOAD_KEY_BYTES = sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES
# crypto_box_seal: ephemeral public key + MAC + the payload key.
SEALED_KEY_BYTES = PAYLOAD_KEY_BYTES + sodium.crypto_box_SEALBYTES

STREAM_HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
STREAM_ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
CHUNK_BYTES = 64 * 1024
TAG_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL

SIGNATURE_BYTES = 64
SIGNATURE_CONTEXT = b"dnnd-package-signature-v1\0"

# Payload limits. A package comes from a trusted office, but its software may be buggy and its
# laptop compromised, so the reader never trusts declared sizes beyond these.
MAX_ENTRIES = 10_000
MAX_ENTRY_BYTES = 1 << 31  # 2 GiB inflated
MAX_TOTAL_BYTES = 1 << 31  # 2 GiB inflated, all entries together
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_NAME_BYTES = 200
# Real JSON compresses 5-30x; a zlib bomb reaches ~1000x. The writer stores an entry raw when
# it would exceed this, so honest packages always pass.
MAX_COMPRESSION_RATIO = 200
COMPRESSION_SLACK_BYTES = 1 << 20

KINDS = ("report", "sync", "tasks", "identity")


def ciphertext_bytes(payload_size: int) -> int:
    """Exact length of the encrypted payload for `payload_size` bytes of plaintext.

    Every chunk but the last is full; the last holds 1..CHUNK_BYTES bytes (0 only when the
    payload is empty), so the length is a function of the size and a cut is always visible.
    """
    chunks = max(1, -(-payload_size // CHUNK_BYTES))
    return STREAM_HEADER_BYTES + payload_size + chunks * STREAM_ABYTES


def file_bytes(header_len: int, recipients: int, payload_size: int) -> int:
    return (
        PRELUDE.size
        + header_len
        + (recipients + 1) * SEALED_KEY_BYTES
        + ciphertext_bytes(payload_size)
        + SIGNATURE_BYTES
    )
