"""Issue 16 item 9: passphrases are checked for strength (zxcvbn) wherever they are chosen: the
installation's key passphrase and the encrypted backup's; "12345678" is refused with a hint."""
from __future__ import annotations

import pytest

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.exchange.keys import validate_passphrase
from dnnd_desktop.exchange.passphrase_strength import MIN_SCORE, strength_score, weakness
from dnnd_desktop.services import backups
from dnnd_desktop.services.installation import setup_installation
from tests.conftest import make_setup_request

WEAK = ("12345678", "abcdefgh", "qwertyui", "password", "11111111", "matkhau1")
STRONG = ("mat-khau-thu-nghiem", "mây trắng bến sông 1975", "Laocai2026", "tinh lao cai")


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_with_a_vietnamese_hint(weak):
    assert strength_score(weak) < MIN_SCORE
    with pytest.raises(ValidationError) as e:
        validate_passphrase(weak)
    assert e.value.code == "passphrase_weak"
    assert "dễ đoán" in e.value.message and "passphrase" in e.value.field_errors


@pytest.mark.parametrize("strong", STRONG)
def test_strong_passphrases_pass(strong):
    assert weakness(strong) is None
    validate_passphrase(strong)


def test_setup_refuses_12345678(data_dir):
    with pytest.raises(ValidationError) as e:
        setup_installation(data_dir, make_setup_request(passphrase="12345678"))
    assert e.value.code == "setup_invalid" and "dễ đoán" in e.value.field_errors["passphrase"]


def test_encrypted_backup_refuses_12345678(data_dir, tmp_path):
    setup_installation(data_dir, make_setup_request())
    with pytest.raises(ValidationError) as e:
        backups.export_encrypted(data_dir, tmp_path / "sao-luu.dnndbak", "12345678")
    assert e.value.code == "passphrase_weak"
    assert not (tmp_path / "sao-luu.dnndbak").exists()
