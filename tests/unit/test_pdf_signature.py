"""Digital signatures on final PDFs: signed with the office's PKCS#12 certificate, checked offline.

The tests make their own test CA: a root, a signing certificate issued by it for a made-up office,
and PKCS#12 files of it (no token needed)."""
from __future__ import annotations

import io

import pytest

from dnnd_desktop.exchange.pdf import render_pdf
from dnnd_desktop.exchange.pdf.samples import sample_report
from dnnd_desktop.exchange.pdf_signature import SignatureError, load_pkcs12, sign_pdf, signatures
from tests.support.certificates import PASSWORD, make_test_ca


@pytest.fixture(scope="module")
def test_ca(tmp_path_factory):
    return make_test_ca(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def report_pdf(tmp_path):
    path = tmp_path / "bao-cao.pdf"
    render_pdf(sample_report(), path)
    return path


def test_signed_pdf_says_who_signed_and_that_it_is_unchanged(test_ca, report_pdf, tmp_path):
    signer = load_pkcs12(test_ca["p12"], PASSWORD)
    signed = tmp_path / "bao-cao-da-ky.pdf"
    field = sign_pdf(report_pdf, signed, signer, reason="Phê duyệt báo cáo", location="Bát Xát")
    [info] = signatures(signed, [test_ca["root"]])
    assert info.field == field
    assert info.signer == "Lò Văn Thắng" and info.organisation == "Ủy ban MTTQ Việt Nam xã Bát Xát"
    assert info.intact and info.covers_whole_file and info.trusted and not info.modified_after
    assert "Lò Văn Thắng" in str(info.summary)
    assert signed.read_bytes().startswith(report_pdf.read_bytes())  # an incremental update


def test_without_the_root_the_signature_is_intact_but_not_trusted(test_ca, report_pdf, tmp_path):
    signed = tmp_path / "s.pdf"
    sign_pdf(report_pdf, signed, load_pkcs12(test_ca["p12"], PASSWORD))
    [info] = signatures(signed)
    assert info.intact and not info.trusted


def test_a_changed_byte_breaks_the_signature(test_ca, report_pdf, tmp_path):
    signed = tmp_path / "s.pdf"
    sign_pdf(report_pdf, signed, load_pkcs12(test_ca["p12"], PASSWORD))
    data = bytearray(signed.read_bytes())
    at = data.index(b"stream") + 40  # inside the first page's content, which the signature covers
    data[at] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    [info] = signatures(tampered, [test_ca["root"]])
    assert not info.intact
    assert "changed" in info.summary.text("en")


def test_content_added_after_signing_is_reported(test_ca, report_pdf, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    signed = tmp_path / "s.pdf"
    sign_pdf(report_pdf, signed, load_pkcs12(test_ca["p12"], PASSWORD))
    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    writer.root["/Lang"] = writer.root["/Lang"]  # touch the catalogue: an update that is not a signature
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject

    writer.root[NameObject("/Lang")] = TextStringObject("en-US")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(out.getvalue())
    [info] = signatures(changed, [test_ca["root"]])
    assert info.intact and not info.covers_whole_file and info.modified_after


def test_a_second_signature_keeps_the_first_valid(test_ca, report_pdf, tmp_path):
    signer = load_pkcs12(test_ca["p12"], PASSWORD)
    once, twice = tmp_path / "1.pdf", tmp_path / "2.pdf"
    first = sign_pdf(report_pdf, once, signer)
    second = sign_pdf(once, twice, signer)
    infos = signatures(twice, [test_ca["root"]])
    assert [i.field for i in infos] == [first, second] and first != second
    assert all(i.intact for i in infos) and not infos[0].modified_after


def test_wrong_password_expired_or_unreadable_certificates_are_refused_clearly(test_ca, tmp_path):
    with pytest.raises(SignatureError) as e:
        load_pkcs12(test_ca["p12"], "sai mật khẩu")
    assert e.value.code == "wrong_certificate_password"
    with pytest.raises(SignatureError) as e:
        load_pkcs12(test_ca["expired"], PASSWORD)
    assert e.value.code == "certificate_expired"
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a certificate")
    with pytest.raises(SignatureError) as e:
        load_pkcs12(junk, PASSWORD)
    assert e.value.code in {"certificate_unreadable", "wrong_certificate_password"}


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"hello")
    with pytest.raises(SignatureError) as e:
        signatures(bad)
    assert e.value.code == "pdf_unreadable"


def test_a_usb_token_is_opened_by_its_label(monkeypatch, tmp_path):
    """pyHanko's session opener takes the token label as criteria (no python-pkcs11 needed here)."""
    import sys
    import types

    from dnnd_desktop.exchange.pdf_signature import open_token

    opened = {}
    fake = types.ModuleType("pyhanko.sign.pkcs11")

    def open_pkcs11_session(lib_location, slot_no=None, token_criteria=None, user_pin=None):
        opened.update(lib=lib_location, criteria=token_criteria, pin=user_pin)
        return "session"

    fake.open_pkcs11_session = open_pkcs11_session
    fake.PKCS11Signer = lambda session, key_label=None, cert_label=None: (session, key_label, cert_label)
    monkeypatch.setitem(sys.modules, "pyhanko.sign.pkcs11", fake)
    import pyhanko.sign
    monkeypatch.setattr(pyhanko.sign, "pkcs11", fake, raising=False)
    library = tmp_path / "token.so"
    library.write_bytes(b"")

    assert open_token(library, "1234", "VNPT-CA", "key") == ("session", "key", "key")
    assert opened["lib"] == str(library) and opened["pin"] == "1234"
    assert opened["criteria"].label == "VNPT-CA"
    open_token(library, "1234")
    assert opened["criteria"] is None
