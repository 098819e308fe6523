"""Who writes, who may read, and who is trusted to sign: plain values passed in by services.

Signer keys reach the container only through a TrustLookup backed by the local trust store; the
package itself never supplies a key, only the key id to look up.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dnnd_desktop.exchange.keys import SecretKeys


@dataclass(frozen=True)
class SenderIdentity:
    office_id: str
    site_id: str
    secret: SecretKeys = field(repr=False)


@dataclass(frozen=True)
class Recipient:
    office_id: str
    box_pk: bytes  # X25519 public key from the recipient's trusted identity card


@dataclass(frozen=True)
class TrustedSigner:
    """A signing key from the local trust store and what it may sign.

    `allowed_kinds` carries the role: e.g. only a province office's key lists "tasks".
    """

    office_id: str
    sign_pk: bytes
    allowed_kinds: frozenset[str]
    revoked: bool = False


TrustLookup = Callable[[str], "TrustedSigner | None"]
