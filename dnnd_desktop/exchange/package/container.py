"""Write, verify and open .dnnd packages. The byte layout is in format.py and
docs/package-format.md; this module decides the order of checks, which is the security of it:
bounds, then trust lookup, then the signature over every byte, and only then parsing."""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import nacl.exceptions
import nacl.hashlib
import nacl.public
import nacl.signing
import nacl.utils

from dnnd_desktop.domain.messages import translate
from dnnd_desktop.domain.progress import CancelToken
from dnnd_desktop.exchange.keys import SecretKeys, key_id

from . import format as fmt
from . import stream
from .errors import PackageError
from .header import HeaderSender, PackageHeader, new_package_id, parse_header
from .manifest import Manifest
from .parties import Recipient, SenderIdentity, TrustedSigner, TrustLookup
from .payload import EntrySink, plan_payload, read_payload

Source = str | os.PathLike | bytes
ProgressFn = Callable[[int, int, str], None]
_READ_BYTES = 1 << 20
# Progress labels are rendered when reported: the callback's contract is a plain str.
_ENCRYPTING = translate("PackageProgress", "Encrypting the data package")
_CHECKING_SIGNATURE = translate("PackageProgress", "Checking the signature")
_DECRYPTING = translate("PackageProgress", "Decrypting the data package")
_MAX_FILE_BYTES = fmt.file_bytes(fmt.MAX_HEADER_BYTES, fmt.MAX_RECIPIENTS, 2 * fmt.MAX_TOTAL_BYTES)


@dataclass(frozen=True)
class OpenedPackage:
    header: PackageHeader
    manifest: Manifest
    files: dict[str, bytes]  # empty when the caller passed a sink


# ---------------------------------------------------------------------------------------- writing


def _new_hash() -> nacl.hashlib.blake2b:
    h = nacl.hashlib.blake2b(digest_size=64)
    h.update(fmt.SIGNATURE_CONTEXT)
    return h


def write_container(
    out: BinaryIO,
    *,
    signing_key: nacl.signing.SigningKey,
    header_bytes: bytes,
    key_blocks: Iterable[bytes],
    ciphertext: Iterable[bytes],
    version: int = fmt.FORMAT_VERSION,
) -> None:
    """Frame and sign already-encrypted parts. write_package() is the normal entry point; this
    level exists so tests can build well-signed packages with malformed insides."""
    digest = _new_hash()

    def emit(data: bytes) -> None:
        digest.update(data)
        out.write(data)

    signer_id = bytes.fromhex(key_id(bytes(signing_key.verify_key)))
    emit(fmt.PRELUDE.pack(fmt.MAGIC, version, signer_id, len(header_bytes)))
    emit(header_bytes)
    for block in key_blocks:
        emit(block)
    for piece in ciphertext:
        emit(piece)
    out.write(signing_key.sign(digest.digest()).signature)


@contextmanager
def _atomic_output(path: Path) -> Iterator[BinaryIO]:
    """A temp file next to the target, fsynced and renamed: a package is whole or absent."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:  # make the rename itself durable; directories cannot be opened on Windows
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_package(
    out_path: str | os.PathLike,
    *,
    kind: str,
    sender: SenderIdentity,
    recipients: list[Recipient],
    files: dict[str, bytes],
    schema_version: int,
    sequence: int = 0,
    expires: datetime | None = None,
    package_id: str | None = None,
    created: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> PackageHeader:
    """Encrypt `files` to every recipient and to the sender's archive key, sign, write atomically."""
    if kind not in fmt.KINDS:
        raise PackageError("invalid_request", f"unknown kind {kind!r}")
    if not 1 <= len(recipients) <= fmt.MAX_RECIPIENTS:
        raise PackageError("invalid_request", "a package needs 1..64 recipients")
    if any(len(r.box_pk) != fmt.PAYLOAD_KEY_BYTES for r in recipients):
        raise PackageError("invalid_request", "recipient key must be 32 bytes")
    plan = plan_payload(files, cancel=cancel, progress=progress)
    public = sender.secret.public
    header = PackageHeader(
        kind=kind,
        package_id=package_id or new_package_id(),
        sender=HeaderSender(sender.office_id, sender.site_id, key_id(public.sign_pk)),
        recipients=tuple(r.office_id for r in recipients),
        sequence=sequence,
        created=(created or datetime.now(UTC)).replace(microsecond=0),
        expires=expires,
        schema_version=schema_version,
        payload_size=0,
    )
    header = replace(header, payload_size=plan.size_for(header))
    try:
        header_bytes = header.encode()
    except PackageError as e:
        if e.code == "header_invalid":  # our own inputs were wrong, not someone's package
            raise PackageError("invalid_request", e.reason) from e
        raise
    payload_key = nacl.utils.random(fmt.PAYLOAD_KEY_BYTES)
    # Recipients in header order, then the archive copy so the sender can reopen its outbox.
    blocks = [
        bytes(nacl.public.SealedBox(nacl.public.PublicKey(pk)).encrypt(payload_key))
        for pk in [*(r.box_pk for r in recipients), public.box_pk]
    ]
    done = 0

    def on_chunk(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, header.payload_size, _ENCRYPTING.text())

    ciphertext = stream.encrypt(payload_key, plan.parts_for(header), cancel=cancel, on_chunk=on_chunk)
    with _atomic_output(Path(out_path)) as out:
        write_container(
            out,
            signing_key=sender.secret.signing_key(),
            header_bytes=header_bytes,
            key_blocks=blocks,
            ciphertext=ciphertext,
        )
    return header


# -------------------------------------------------------------------------------------- verifying


@contextmanager
def _open_source(source: Source) -> Iterator[BinaryIO]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        yield io.BytesIO(bytes(source))
    else:
        with open(source, "rb") as f:
            yield f


@dataclass(frozen=True)
class _Verified:
    header: PackageHeader
    signer: TrustedSigner
    digest: bytes
    size: int
    header_len: int


def _read_exact(f: BinaryIO, n: int) -> bytes:
    data = f.read(n)
    if len(data) != n:
        raise PackageError("truncated", "file shorter than it was a moment ago")
    return data


def _hash_body(f: BinaryIO, length: int, progress: ProgressFn | None, cancel: CancelToken | None) -> bytes:
    digest = _new_hash()
    f.seek(0)
    done = 0
    while done < length:
        if cancel:
            cancel.raise_if_cancelled()
        data = _read_exact(f, min(_READ_BYTES, length - done))
        digest.update(data)
        done += len(data)
        if progress:
            progress(done, length, _CHECKING_SIGNATURE.text())
    return digest.digest()


def _lookup_signer(trust: TrustLookup, signer_id: str) -> TrustedSigner:
    signer = trust(signer_id)
    # A store that answered with a different key than the one asked for is treated as not knowing it.
    if signer is None or key_id(bytes(signer.sign_pk)) != signer_id:
        raise PackageError("unknown_signer", "key id not in the trust store", key_id=signer_id)
    if signer.revoked:
        raise PackageError("revoked_signer", "signer key revoked", key_id=signer_id, office_id=signer.office_id)
    return signer


def _verify(
    f: BinaryIO,
    trust: TrustLookup,
    now: datetime | None,
    progress: ProgressFn | None,
    cancel: CancelToken | None,
) -> _Verified:
    size = f.seek(0, io.SEEK_END)
    f.seek(0)
    prelude = f.read(fmt.PRELUDE.size)
    if len(prelude) < fmt.PRELUDE.size:
        if prelude[: len(fmt.MAGIC)] == fmt.MAGIC[: len(prelude)] and prelude:
            raise PackageError("truncated", "file ends inside the prelude")
        raise PackageError("bad_magic", "file too short")
    magic, version, raw_signer_id, header_len = fmt.PRELUDE.unpack(prelude)
    if magic != fmt.MAGIC:
        raise PackageError("bad_magic", "magic bytes differ")
    if version > fmt.FORMAT_VERSION:
        raise PackageError("newer_format", f"format version {version}", version=version)
    if version != fmt.FORMAT_VERSION:
        raise PackageError("unsupported_format", f"format version {version}", version=version)
    if header_len > fmt.MAX_HEADER_BYTES:
        raise PackageError("header_too_large", f"header length {header_len}")
    if size < fmt.file_bytes(header_len, 1, 0):
        raise PackageError("truncated", "file shorter than the smallest package")
    if size > _MAX_FILE_BYTES:
        raise PackageError("too_large", f"file is {size} bytes")
    signer_id = raw_signer_id.hex()
    signer = _lookup_signer(trust, signer_id)

    # The signature covers every byte before it; nothing else is parsed until it checks out.
    body_len = size - fmt.SIGNATURE_BYTES
    digest = _hash_body(f, body_len, progress, cancel)
    signature = _read_exact(f, fmt.SIGNATURE_BYTES)
    try:
        nacl.signing.VerifyKey(bytes(signer.sign_pk)).verify(digest, signature)
    except nacl.exceptions.BadSignatureError as e:
        raise PackageError("bad_signature", "Ed25519 signature does not verify", key_id=signer_id) from e

    f.seek(fmt.PRELUDE.size)
    header = parse_header(_read_exact(f, header_len))
    if header.sender.key_id != signer_id:
        raise PackageError("header_invalid", "header key id differs from the signing key")
    if header.sender.office_id != signer.office_id:
        # A trusted office must not be able to speak for another one.
        raise PackageError("signer_not_allowed", "signer signs for another office",
                           signer_office=signer.office_id, header_office=header.sender.office_id)
    if header.kind not in signer.allowed_kinds:
        raise PackageError("signer_not_allowed", f"signer may not sign {header.kind!r}", kind=header.kind)
    expected = fmt.file_bytes(header_len, len(header.recipients), header.payload_size)
    if size != expected:
        code = "truncated" if size < expected else "payload_invalid"
        raise PackageError(code, f"file is {size} bytes, header implies {expected}")
    if header.expires is not None and (now or datetime.now(UTC)) >= header.expires:
        raise PackageError("expired", "package expired", expires=header.expires.isoformat())
    return _Verified(header, signer, digest, size, header_len)


def verify_package(
    source: Source,
    trust: TrustLookup,
    *,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> PackageHeader:
    """Check bounds, signer and signature of a package without decrypting it."""
    with _open_source(source) as f:
        return _verify(f, trust, now, progress, cancel).header


# ---------------------------------------------------------------------------------------- opening


def open_package(
    source: Source,
    *,
    trust: TrustLookup,
    me_office_id: str,
    my_secret: SecretKeys,
    max_schema_version: int,
    now: datetime | None = None,
    sink: EntrySink | None = None,
    check_manifest: Callable[[Manifest], None] | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> OpenedPackage:
    """Verify, decrypt and check a package; return its header, manifest and files.

    With `sink`, each entry's bytes are written to sink(name, size) instead of memory; they are
    trustworthy only once this function returns (a later entry may still fail the checks).
    """
    with _open_source(source) as f:
        v = _verify(f, trust, now, progress, cancel)
        header = v.header
        if header.schema_version > max_schema_version:
            raise PackageError("newer_schema", f"schema {header.schema_version} > {max_schema_version}")
        if me_office_id in header.recipients:
            block_index = header.recipients.index(me_office_id)
        elif me_office_id == header.sender.office_id:
            block_index = len(header.recipients)  # the archive copy
        else:
            raise PackageError("not_a_recipient", "office not among the recipients", office_id=me_office_id)

        # Second pass: hash again while decrypting, so a file changed after the first pass is
        # caught before anything is returned.
        digest = _new_hash()
        f.seek(0)
        keys_start = fmt.PRELUDE.size + v.header_len
        digest.update(_read_exact(f, keys_start))
        blocks = _read_exact(f, (len(header.recipients) + 1) * fmt.SEALED_KEY_BYTES)
        digest.update(blocks)
        block = blocks[block_index * fmt.SEALED_KEY_BYTES : (block_index + 1) * fmt.SEALED_KEY_BYTES]
        try:
            payload_key = nacl.public.SealedBox(my_secret.private_key()).decrypt(block)
        except nacl.exceptions.CryptoError as e:
            raise PackageError("decrypt_failed", "sealed key does not open with this office's key") from e

        ciphertext_len = fmt.ciphertext_bytes(header.payload_size)
        done = 0

        def read(n: int) -> bytes:
            nonlocal done
            data = _read_exact(f, n)
            digest.update(data)
            done += n
            if progress:
                progress(done, ciphertext_len, _DECRYPTING.text())
            return data

        chunks = stream.decrypt(payload_key, read, ciphertext_len, cancel=cancel)
        manifest, files = read_payload(chunks, header, sink=sink, check_manifest=check_manifest)
        if digest.digest() != v.digest:
            raise PackageError("bad_signature", "file changed while it was being read")
    return OpenedPackage(header=header, manifest=manifest, files=files)
