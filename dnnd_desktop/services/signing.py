"""Signing a final PDF with the office's certificate, and checking the signatures of a PDF.

A thin use-case layer over exchange/pdf_signature.py: it picks the certificate source (PKCS#12 file
or USB token), adds the office's trust roots (root certificates an officer placed in the data
folder's `trust-roots` folder, e.g. the Government CA's root) and audits a signing done by the app.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..exchange import pdf_signature
from ..exchange.pdf_signature import SignatureError, SignatureInfo

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

    from ..paths import DataDir
    from .app_context import AppContext

TRUST_ROOTS_FOLDER = "trust-roots"
_CERT_SUFFIXES = {".pem", ".cer", ".crt", ".der"}


@dataclass(frozen=True)
class CertificateSource:
    """Where the signing key is: a PKCS#12 file and its password, or a token's PKCS#11 library
    and PIN (with the token and key labels when the token holds several)."""

    p12_path: str | None = None
    password: str | None = None
    token_library: str | None = None
    pin: str | None = None
    token_label: str | None = None
    key_label: str | None = None


def signer_for(source: CertificateSource) -> Signer:
    signer: Signer
    if source.token_library:
        signer = pdf_signature.open_token(source.token_library, source.pin or "", source.token_label,
                                          source.key_label)
        return signer
    if not source.p12_path:
        from ..domain.messages import translate

        raise SignatureError(translate("PdfSignature", "Choose the office's certificate file (.p12 or .pfx) or "
                                                       "its USB token."), code="certificate_required")
    signer = pdf_signature.load_pkcs12(source.p12_path, source.password)
    return signer


def trust_roots(data_dir: DataDir | None = None, extra: Iterable[str | Path] = ()) -> list[bytes]:
    """The root certificates this office trusts: those in <data>/trust-roots, and `extra`."""
    paths: list[Path] = [Path(p) for p in extra]
    if data_dir is not None:
        folder = Path(data_dir.root) / TRUST_ROOTS_FOLDER
        if folder.is_dir():
            paths += sorted(p for p in folder.iterdir() if p.suffix.lower() in _CERT_SUFFIXES)
    return [p.read_bytes() for p in paths]


def sign_file(source_pdf: str | Path, target_pdf: str | Path, certificate: CertificateSource, *,
              reason: str = "", location: str = "", ctx: AppContext | None = None) -> list[SignatureInfo]:
    """Sign and read the result back; with a context, the signing is audited (file name only)."""
    field = pdf_signature.sign_pdf(source_pdf, target_pdf, signer_for(certificate), reason=reason,
                                   location=location)
    infos = pdf_signature.signatures(target_pdf, trust_roots(ctx.data_dir if ctx else None))
    if ctx is not None:
        from .audit import write_audit

        with ctx.session() as s:
            write_audit(s, ctx, "pdf_sign", "document", None, details=f"{Path(target_pdf).name} ({field})")
    return infos


def check_file(pdf: str | Path, *, data_dir: DataDir | None = None,
               extra_roots: Iterable[str | Path] = ()) -> list[SignatureInfo]:
    return pdf_signature.signatures(pdf, trust_roots(data_dir, extra_roots))


__all__ = ["CertificateSource", "SignatureError", "SignatureInfo", "check_file", "sign_file", "signer_for",
           "trust_roots"]
