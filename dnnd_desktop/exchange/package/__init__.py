"""The .dnnd package container: signed, encrypted files exchanged between offices.

Services use write_package / verify_package / open_package and the value types below; the
submodules are the layers (format constants, strict header, manifest, entry framing, stream
encryption) and are imported directly only by tests and docs.
"""
from .container import OpenedPackage, open_package, verify_package, write_package
from .errors import PackageError
from .header import HeaderSender, PackageHeader
from .manifest import Manifest, ManifestFile
from .parties import Recipient, SenderIdentity, TrustedSigner, TrustLookup

__all__ = [
    "HeaderSender",
    "Manifest",
    "ManifestFile",
    "OpenedPackage",
    "PackageError",
    "PackageHeader",
    "Recipient",
    "SenderIdentity",
    "TrustLookup",
    "TrustedSigner",
    "open_package",
    "verify_package",
    "write_package",
]
