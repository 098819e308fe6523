"""Installation keys: Ed25519 for signing packages, X25519 for receiving them.

The secret keys live on disk only inside a passphrase-protected blob (argon2id -> SecretBox).
Public keys travel on identity cards; people compare their fingerprint by phone before trusting.
All crypto is libsodium through PyNaCl.
"""
from __future__ import annotations

import base64
import binascii
import json
import unicodedata
from dataclasses import dataclass, field

import nacl.exceptions
import nacl.hash
import nacl.public
import nacl.secret
import nacl.signing
import nacl.utils
from nacl.encoding import RawEncoder
from nacl.pwhash import argon2id

from dnnd_desktop.domain.errors import DnndError, ValidationError
from dnnd_desktop.domain.messages import translate
from dnnd_desktop.exchange.passphrase_strength import weakness

KEY_BYTES = 32
MIN_PASSPHRASE_CHARS = 8

# Defaults for a real installation: about half a second to a second on an ordinary laptop,
# which is paid once per unlock and makes guessing a stolen blob's passphrase expensive.
DEFAULT_OPSLIMIT = argon2id.OPSLIMIT_MODERATE
DEFAULT_MEMLIMIT = argon2id.MEMLIMIT_MODERATE

# A blob from disk is untrusted input: refuse limits that would make unlocking hang or exhaust
# memory, rather than obeying whatever the file says.
_MAX_OPSLIMIT = argon2id.OPSLIMIT_SENSITIVE
_MAX_MEMLIMIT = argon2id.MEMLIMIT_SENSITIVE
_MAX_BLOB_BYTES = 4096

_BLOB_FORMAT = "dnnd-secret-keys"
_BLOB_VERSION = 1
_BLOB_FIELDS = {"format", "version", "kdf", "cipher", "opslimit", "memlimit", "salt", "ciphertext"}

# BLAKE2b "person" strings separate the uses of the same hash so a value made for one purpose
# can never be mistaken for another.
_FINGERPRINT_PERSON = b"dnnd-fingerprint"
_KEY_ID_PERSON = b"dnnd-key-id"
_FINGERPRINT_GROUPS = 6
_FINGERPRINT_GROUP_DIGITS = 5


class WrongPassphrase(DnndError):
    code = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__(translate(
            "KeyErrors", "The key passphrase is wrong. Type it again (mind capital and small letters and the "
            "Vietnamese keyboard); if the passphrase is forgotten, restore from the key backup, or create new "
            "keys and send the identity card again to the offices you exchange with."))


class KeyBlobInvalid(DnndError):
    code = "key_blob_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(
            translate("KeyErrors", "The secret key file is damaged or not in the right format. "
                      "Restore the key file from its backup."),
            details={"reason": reason},
        )


class PublicKeysInvalid(ValidationError):
    code = "public_keys_invalid"

    def __init__(self, reason: str) -> None:
        super().__init__(
            translate("KeyErrors", "The public keys on the identity card are not valid. "
                      "Ask the other office to export its identity card again."),
            details={"reason": reason},
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str, exc: type) -> bytes:
    if not isinstance(text, str):
        raise exc(f"{what} is not text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as e:
        raise exc(f"{what} is not base64") from e


@dataclass(frozen=True)
class PublicKeys:
    """What others need to verify our packages (sign_pk) and to encrypt to us (box_pk)."""

    sign_pk: bytes
    box_pk: bytes

    def __post_init__(self) -> None:
        for name in ("sign_pk", "box_pk"):
            value = getattr(self, name)
            if not isinstance(value, bytes) or len(value) != KEY_BYTES:
                raise PublicKeysInvalid(f"{name} must be {KEY_BYTES} bytes")

    def to_dict(self) -> dict[str, str]:
        return {"sign_pk": _b64(self.sign_pk), "box_pk": _b64(self.box_pk)}

    @classmethod
    def from_dict(cls, data: object) -> PublicKeys:
        if not isinstance(data, dict) or set(data) != {"sign_pk", "box_pk"}:
            raise PublicKeysInvalid("expected exactly sign_pk and box_pk")
        return cls(
            sign_pk=_unb64(data["sign_pk"], "sign_pk", PublicKeysInvalid),
            box_pk=_unb64(data["box_pk"], "box_pk", PublicKeysInvalid),
        )


@dataclass(frozen=True)
class SecretKeys:
    """The installation's secret keys. repr hides them so they never land in a log."""

    sign_sk: bytes = field(repr=False)  # Ed25519 seed
    box_sk: bytes = field(repr=False)  # X25519 private key

    def __post_init__(self) -> None:
        for name in ("sign_sk", "box_sk"):
            value = getattr(self, name)
            if not isinstance(value, bytes) or len(value) != KEY_BYTES:
                raise ValueError(f"{name} must be {KEY_BYTES} bytes")

    def signing_key(self) -> nacl.signing.SigningKey:
        return nacl.signing.SigningKey(self.sign_sk)

    def private_key(self) -> nacl.public.PrivateKey:
        return nacl.public.PrivateKey(self.box_sk)

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(
            sign_pk=bytes(self.signing_key().verify_key),
            box_pk=bytes(self.private_key().public_key),
        )


def generate_keys() -> SecretKeys:
    return SecretKeys(
        sign_sk=bytes(nacl.signing.SigningKey.generate()),
        box_sk=bytes(nacl.public.PrivateKey.generate()),
    )


def _normalise(passphrase: str) -> bytes:
    # Vietnamese keyboards (Unikey, Telex/VNI, macOS) may send NFD or NFC for the same word;
    # the same passphrase must unlock whatever keyboard typed it.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def validate_passphrase(passphrase: str) -> None:
    """Raise ValidationError when the passphrase is too weak to protect the keys."""
    if len(unicodedata.normalize("NFC", passphrase or "")) < MIN_PASSPHRASE_CHARS:
        message = translate(
            "KeyErrors", "The key passphrase is too short. Choose a passphrase of at least {count} characters "
            "and keep a copy in a safe place.").format(count=MIN_PASSPHRASE_CHARS)
        raise ValidationError(message, field_errors={"passphrase": message}, code="passphrase_too_short")
    hint = weakness(passphrase)
    if hint is not None:
        raise ValidationError(hint, field_errors={"passphrase": hint}, code="passphrase_weak")


def _derive(passphrase: str, salt: bytes, opslimit: int, memlimit: int) -> bytes:
    return argon2id.kdf(
        nacl.secret.SecretBox.KEY_SIZE, _normalise(passphrase), salt, opslimit=opslimit, memlimit=memlimit
    )


def protect(
    secret: SecretKeys,
    passphrase: str,
    *,
    opslimit: int = DEFAULT_OPSLIMIT,
    memlimit: int = DEFAULT_MEMLIMIT,
) -> bytes:
    """Encrypt the secret keys under a passphrase; returns a small versioned JSON blob."""
    salt = nacl.utils.random(argon2id.SALTBYTES)
    box = nacl.secret.SecretBox(_derive(passphrase, salt, opslimit, memlimit))
    ciphertext = bytes(box.encrypt(secret.sign_sk + secret.box_sk))  # nonce is prepended
    blob = {
        "format": _BLOB_FORMAT,
        "version": _BLOB_VERSION,
        "kdf": "argon2id",
        "cipher": "xsalsa20poly1305",
        "opslimit": opslimit,
        "memlimit": memlimit,
        "salt": _b64(salt),
        "ciphertext": _b64(ciphertext),
    }
    return json.dumps(blob, sort_keys=True).encode("ascii")


def _parse_blob(blob: bytes) -> tuple[bytes, int, int, bytes]:
    if not isinstance(blob, (bytes, bytearray)) or len(blob) > _MAX_BLOB_BYTES:
        raise KeyBlobInvalid("not bytes or too large")
    try:
        data = json.loads(bytes(blob).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise KeyBlobInvalid("not JSON") from e
    if not isinstance(data, dict) or set(data) != _BLOB_FIELDS:
        raise KeyBlobInvalid("unexpected fields")
    if data["format"] != _BLOB_FORMAT or data["version"] != _BLOB_VERSION:
        raise KeyBlobInvalid("unknown format or version")
    if data["kdf"] != "argon2id" or data["cipher"] != "xsalsa20poly1305":
        raise KeyBlobInvalid("unknown algorithm")
    ops, mem = data["opslimit"], data["memlimit"]
    if type(ops) is not int or not argon2id.OPSLIMIT_MIN <= ops <= _MAX_OPSLIMIT:
        raise KeyBlobInvalid("opslimit out of range")
    if type(mem) is not int or not argon2id.MEMLIMIT_MIN <= mem <= _MAX_MEMLIMIT:
        raise KeyBlobInvalid("memlimit out of range")
    salt = _unb64(data["salt"], "salt", KeyBlobInvalid)
    ciphertext = _unb64(data["ciphertext"], "ciphertext", KeyBlobInvalid)
    expected = nacl.secret.SecretBox.NONCE_SIZE + nacl.secret.SecretBox.MACBYTES + 2 * KEY_BYTES
    if len(salt) != argon2id.SALTBYTES or len(ciphertext) != expected:
        raise KeyBlobInvalid("salt or ciphertext has the wrong length")
    return salt, ops, mem, ciphertext


def unlock(blob: bytes, passphrase: str) -> SecretKeys:
    """Decrypt a blob made by protect(). WrongPassphrase when the passphrase does not open it."""
    salt, ops, mem, ciphertext = _parse_blob(blob)
    box = nacl.secret.SecretBox(_derive(passphrase, salt, ops, mem))
    try:
        plain = box.decrypt(ciphertext)
    except nacl.exceptions.CryptoError as e:
        raise WrongPassphrase() from e
    return SecretKeys(sign_sk=plain[:KEY_BYTES], box_sk=plain[KEY_BYTES:])


def _blake2b(data: bytes, *, size: int, person: bytes) -> bytes:
    return nacl.hash.blake2b(data, digest_size=size, person=person, encoder=RawEncoder)


def fingerprint(public: PublicKeys) -> str:
    """Six groups of five digits that people read to each other over the phone.

    Both keys are covered (with length framing) so neither can be swapped on a card unnoticed.
    The 512-bit digest is reduced as one integer, so every digit is uniform (byte % 10 is not).
    """
    encoded = b"dnnd-fingerprint-v1\0"
    for key in (public.sign_pk, public.box_pk):
        encoded += len(key).to_bytes(2, "big") + key
    digest = _blake2b(encoded, size=64, person=_FINGERPRINT_PERSON)
    total_digits = _FINGERPRINT_GROUPS * _FINGERPRINT_GROUP_DIGITS
    digits = str(int.from_bytes(digest, "big") % 10**total_digits).zfill(total_digits)
    step = _FINGERPRINT_GROUP_DIGITS
    return " ".join(digits[i : i + step] for i in range(0, total_digits, step))


def key_id(sign_pk: bytes) -> str:
    """Short stable id of a signing key, written in package headers to find the signer's key in
    the local trust store (the key itself is never taken from the package)."""
    if not isinstance(sign_pk, bytes) or len(sign_pk) != KEY_BYTES:
        raise ValueError("sign_pk must be 32 bytes")
    return _blake2b(sign_pk, size=8, person=_KEY_ID_PERSON).hex()
