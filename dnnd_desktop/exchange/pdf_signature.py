"""Digital signatures on final PDFs (PAdES), the way Vietnamese offices already sign: with the
office's certificate from a PKCS#12 file (.p12/.pfx) or from a USB token through PKCS#11.

Signing appends an incremental update with a CMS signature (PAdES baseline B-B, SHA-256), so the
signed bytes of the document stay as they were; checking says who signed, when they say they
did, whether the file changed since, and whether the certificate chains to a root the office
trusts. Nothing is fetched from the network: the app works offline, so revocation is not checked
(it says so) and no timestamp authority is used.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DnndError
from ..domain.messages import Message, translate
from .atomic_files import write_bytes_atomically

FIELD_PREFIX = "ChuKySo"  # signature fields are named ChuKySo1, ChuKySo2, ... (one per signer)


class SignatureError(DnndError):
    code = "signature_error"


@dataclass(frozen=True)
class SignatureInfo:
    """What a person needs to know about one signature in a PDF."""

    field: str
    signer: str                 # common name of the certificate's subject
    organisation: str           # O of the subject ("" when absent)
    issuer: str                 # common name of the issuing CA
    signed_at: dt.datetime | None   # the time the signer's computer reported (not a timestamp)
    intact: bool                # the signed bytes are unchanged
    covers_whole_file: bool     # nothing was added after this signature
    modified_after: bool        # something was added after signing (another signature is fine)
    trusted: bool               # the certificate chains to one of the given trust roots
    serial: int

    @property
    def summary(self) -> Message:
        if not self.intact:
            return translate("PdfSignature", "The signature of {signer} is broken: the document was changed "
                                             "after it was signed.").format(signer=self.signer)
        if self.modified_after:
            return translate("PdfSignature", "Signed by {signer}; content was added to the file after "
                                             "this signature.").format(signer=self.signer)
        if not self.trusted:
            return translate("PdfSignature", "Signed by {signer}, unchanged since; the certificate does "
                                             "not chain to a root this office trusts.").format(signer=self.signer)
        return translate("PdfSignature", "Signed by {signer}, unchanged since, certificate trusted.").format(
            signer=self.signer)


def load_pkcs12(path: str | Path, passphrase: str | None):
    """A signer from a PKCS#12 file; clear errors for a wrong password or an unusable file."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    data = _read(path)
    secret = passphrase.encode("utf-8") if passphrase else None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, secret)
    except ValueError as e:
        wrong_password = "password" in str(e).lower() or "mac" in str(e).lower()
        if wrong_password:
            raise SignatureError(translate("PdfSignature", "The password of the certificate file is wrong. "
                                                           "Type it again."),
                                 code="wrong_certificate_password") from None
        raise SignatureError(translate("PdfSignature", "This file is not a certificate file (.p12 or .pfx) "
                                                       "that can be read. Choose the file your certificate "
                                                       "provider gave you."), code="certificate_unreadable") from None
    if key is None or cert is None:
        raise SignatureError(translate("PdfSignature", "The certificate file holds no private key for signing. "
                                                       "Choose the file with your signing key."),
                             code="certificate_without_key")
    _check_valid_now(cert)
    return _simple_signer(key, cert, extra or [])


def _read(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        raise SignatureError(translate("PdfSignature", "The file could not be read. Check that it exists and "
                                                       "is not open in another program."),
                             code="file_unreadable") from None


def _check_valid_now(cert) -> None:
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc < now:
        raise SignatureError(translate("PdfSignature", "The certificate expired on {date}. Ask your certificate "
                                                       "provider to renew it.").format(
            date=cert.not_valid_after_utc.strftime("%d/%m/%Y")), code="certificate_expired")
    if cert.not_valid_before_utc > now:
        raise SignatureError(translate("PdfSignature", "The certificate is valid only from {date}. Check the "
                                                       "computer's date.").format(
            date=cert.not_valid_before_utc.strftime("%d/%m/%Y")), code="certificate_not_yet_valid")


def _simple_signer(key, cert, extra):
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    store = SimpleCertificateStore.from_certs(
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in extra)
    return signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key), cert_registry=store)


def open_token(library: str | Path, pin: str, token_label: str | None = None, key_label: str | None = None):
    """A signer on a USB token through its PKCS#11 library (e.g. the provider's .dll / .so)."""
    try:
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign import pkcs11 as hanko_pkcs11
    except ImportError:  # python-pkcs11 is an optional extra
        raise SignatureError(translate("PdfSignature", "Signing with a USB token needs the PKCS#11 module of "
                                                       "this app (python-pkcs11), which is not installed."),
                             code="pkcs11_unavailable") from None
    if not Path(library).exists():
        raise SignatureError(translate("PdfSignature", "The token's driver library was not found. Install the "
                                                       "token's software, then choose its library file."),
                             code="pkcs11_library_missing")
    try:
        # pyHanko (0.14 on) names the token by criteria; a `token_label=` keyword raised TypeError
        session = hanko_pkcs11.open_pkcs11_session(
            str(library), token_criteria=TokenCriteria(label=token_label) if token_label else None, user_pin=pin)
    except Exception as e:  # the driver's own error types differ from vendor to vendor
        name = type(e).__name__
        if "Pin" in name:
            raise SignatureError(translate("PdfSignature", "The token PIN is wrong. Type it again (the token "
                                                           "locks after several wrong PINs)."),
                                 code="wrong_token_pin") from None
        raise SignatureError(translate("PdfSignature", "The USB token could not be opened. Check that it is "
                                                       "plugged in and try again."), code="token_unavailable") from None
    return hanko_pkcs11.PKCS11Signer(session, key_label=key_label, cert_label=key_label)


def sign_pdf(source: str | Path, target: str | Path, signer, *, reason: str = "", location: str = "",
             name: str | None = None) -> str:
    """Sign `source` into `target` (written atomically; may be the same path). Returns the name
    of the new signature field. An already signed file gets one more signature."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    data = _read(source)
    try:
        import io

        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        field = f"{FIELD_PREFIX}{_next_field_number(writer)}"
        meta = signers.PdfSignatureMetadata(
            field_name=field, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
            reason=reason or None, location=location or None, name=name)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=out)
    except SignatureError:
        raise
    except Exception as e:
        from pyhanko.pdf_utils.misc import PdfError

        if isinstance(e, PdfError):
            raise SignatureError(translate("PdfSignature", "This PDF could not be signed because the file is "
                                                           "damaged or protected. Print it again from the app."),
                                 code="pdf_unsignable") from None
        raise
    write_bytes_atomically(Path(target), out.getvalue())
    return field


def _next_field_number(writer) -> int:
    from pyhanko.sign.fields import enumerate_sig_fields

    used = [name for name, _value, _ref in enumerate_sig_fields(writer.prev)]
    return len(used) + 1


def signatures(path: str | Path, trust_roots: Iterable[bytes] = ()) -> list[SignatureInfo]:
    """Every signature in the PDF with what it proves. `trust_roots` are DER or PEM certificates
    of the roots this office trusts (none: integrity and identity are still shown)."""
    import io

    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for blob in trust_roots:
        der = pem.unarmor(blob)[2] if pem.detect(blob) else blob
        roots.append(asn1_x509.Certificate.load(der))
    try:
        reader = PdfFileReader(io.BytesIO(_read(path)), strict=False)
        embedded = list(reader.embedded_signatures)
    except SignatureError:
        raise
    except Exception:
        raise SignatureError(translate("PdfSignature", "This file is not a PDF that can be read."),
                             code="pdf_unreadable") from None
    out = []
    for sig in embedded:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, context)
        cert = status.signing_cert
        subject = cert.subject.native
        out.append(SignatureInfo(
            field=sig.field_name, signer=subject.get("common_name", ""),
            organisation=subject.get("organization_name", "") or "",
            issuer=cert.issuer.native.get("common_name", ""),
            signed_at=status.signer_reported_dt, intact=bool(status.intact and status.valid),
            covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
            modified_after=status.coverage != SignatureCoverageLevel.ENTIRE_FILE
            and not _only_signatures_after(status),
            trusted=bool(roots) and bool(status.trusted), serial=cert.serial_number))
    return out


def _only_signatures_after(status) -> bool:
    """True when whatever was appended after this signature is only further signatures."""
    from pyhanko.sign.diff_analysis import ModificationLevel

    level = status.modification_level
    return level is not None and level <= ModificationLevel.FORM_FILLING  # e.g. a second signature


__all__ = ["SignatureError", "SignatureInfo", "load_pkcs12", "open_token", "sign_pdf", "signatures"]
