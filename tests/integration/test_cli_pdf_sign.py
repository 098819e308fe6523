"""`dnnd pdf sign` and `dnnd pdf verify` as scripts use them: a real process, a test CA."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dnnd_desktop.exchange.pdf import render_pdf
from dnnd_desktop.exchange.pdf.samples import sample_report
from tests.support.certificates import PASSWORD, SIGNER, make_test_ca

ROOT = Path(__file__).resolve().parents[2]


def dnnd(*args, env=None):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "dnnd_desktop", *args], capture_output=True, text=True, cwd=ROOT,
                          env=full_env, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def ca(tmp_path_factory):
    return make_test_ca(tmp_path_factory.mktemp("ca"))


def test_sign_then_verify(ca, tmp_path):
    pdf = tmp_path / "bao-cao.pdf"
    render_pdf(sample_report(), pdf)
    r = dnnd("pdf", "sign", str(pdf), "--cert", str(ca["p12"]), "--reason", "Phê duyệt", "--json",
             env={"DNND_CERT_PASSWORD": PASSWORD})
    assert r.returncode == 0, r.stderr
    signed = Path(json.loads(r.stdout)["file"])
    assert signed == tmp_path / "bao-cao-da-ky.pdf" and signed.exists()
    r = dnnd("pdf", "verify", str(signed), "--trust", str(ca["root_file"]), "--json")
    assert r.returncode == 0, r.stderr
    [sig] = json.loads(r.stdout)["signatures"]
    assert sig["signer"] == SIGNER and sig["intact"] and sig["trusted"] and not sig["modified_after"]
    r = dnnd("pdf", "verify", str(signed))
    assert r.returncode == 0 and SIGNER in r.stdout


def test_a_changed_file_fails_verification(ca, tmp_path):
    pdf = tmp_path / "a.pdf"
    render_pdf(sample_report(), pdf)
    out = tmp_path / "a-ky.pdf"
    assert dnnd("pdf", "sign", str(pdf), "--cert", str(ca["p12"]), "--out", str(out),
                env={"DNND_CERT_PASSWORD": PASSWORD}).returncode == 0
    data = bytearray(out.read_bytes())
    data[data.index(b"stream") + 40] ^= 1
    out.write_bytes(bytes(data))
    r = dnnd("pdf", "verify", str(out), "--json")
    assert r.returncode == 1
    assert json.loads(r.stdout)["ok"] is False


def test_wrong_password_and_missing_password_exit_1_in_vietnamese(ca, tmp_path):
    pdf = tmp_path / "a.pdf"
    render_pdf(sample_report(), pdf)
    r = dnnd("pdf", "sign", str(pdf), "--cert", str(ca["p12"]), "--json", env={"DNND_CERT_PASSWORD": "sai"})
    assert r.returncode == 1 and json.loads(r.stdout)["error"] == "wrong_certificate_password"
    assert "Mật khẩu của tệp chứng thư số không đúng" in r.stderr
    env = {k: v for k, v in os.environ.items() if k != "DNND_CERT_PASSWORD"}
    r = subprocess.run([sys.executable, "-m", "dnnd_desktop", "pdf", "sign", str(pdf), "--cert", str(ca["p12"])],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert r.returncode == 1 and "DNND_CERT_PASSWORD" in r.stderr
    assert not (tmp_path / "a-da-ky.pdf").exists()
