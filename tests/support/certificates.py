"""A test certificate authority made on the spot: a root, a signing certificate issued by it for a
made-up office, an expired one, and PKCS#12 files of them (no token, no real CA involved)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "mật khẩu chứng thư"
SIGNER = "Lò Văn Thắng"
ORGANISATION = "Ủy ban MTTQ Việt Nam xã Bát Xát"


def _name(cn: str, org: str | None = None) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"), x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    if org:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    return x509.Name(parts)


def _cert(subject, issuer, public_key, signing_key, *, ca: bool, days=(-1, 365)):
    now = dt.datetime.now(dt.UTC)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public_key)
               .serial_number(x509.random_serial_number())
               .not_valid_before(now + dt.timedelta(days=days[0]))
               .not_valid_after(now + dt.timedelta(days=days[1]))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False),
                                        critical=True)
    else:
        builder = (builder.add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                                         critical=True)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False))
    return builder.sign(signing_key, hashes.SHA256())


def make_test_ca(folder: Path) -> dict:
    """{"p12", "expired", "root" (PEM bytes), "root_file", "folder"} in `folder`."""
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = _cert(_name("Test Root CA dnnd"), _name("Test Root CA dnnd"), root_key.public_key(), root_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = _cert(_name(SIGNER, ORGANISATION), root.subject, key.public_key(), root_key, ca=False)
    p12 = folder / "office.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"office", key, leaf, [root], serialization.BestAvailableEncryption(PASSWORD.encode())))
    expired = _cert(_name("Old Officer"), root.subject, key.public_key(), root_key, ca=False, days=(-400, -10))
    old = folder / "expired.p12"
    old.write_bytes(pkcs12.serialize_key_and_certificates(
        b"old", key, expired, [root], serialization.BestAvailableEncryption(PASSWORD.encode())))
    pem = root.public_bytes(serialization.Encoding.PEM)
    (folder / "root.pem").write_bytes(pem)
    return {"p12": p12, "expired": old, "root": pem, "root_file": folder / "root.pem", "folder": folder}
