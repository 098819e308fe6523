"""Fixtures shared by every test layer: a scratch data folder, and a set-up installation."""
from __future__ import annotations

import os

import pytest

# Key-passphrase hashing at its minimum cost: dozens of installations are set up per run.
os.environ.setdefault("DNND_KDF_PROFILE", "fast")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dnnd_desktop.paths import DataDir  # noqa: E402

PASSPHRASE = "mat-khau-thu-nghiem"


@pytest.fixture(autouse=True)
def _vietnamese_messages():
    """Errors and labels from below the GUI render in the product language (Vietnamese) unless a
    test chooses otherwise; the GUI tests' own fixture then follows the UI language."""
    from dnnd_desktop.domain import messages

    messages.set_language(messages.DEFAULT_LANGUAGE)
    yield
    messages.set_language(messages.DEFAULT_LANGUAGE)


@pytest.fixture
def data_dir(tmp_path) -> DataDir:
    return DataDir(tmp_path / "data")


def make_setup_request(**overrides):
    from dnnd_desktop.services.installation import SetupRequest

    values = dict(
        level="district", province_code=15, unit_name="huyện Bát Xát", unit_code=None,
        office_name="Ủy ban MTTQ Việt Nam huyện Bát Xát", parent_body="Ủy ban MTTQ Việt Nam tỉnh Lào Cai",
        symbol="MTTQ-BTT", place_name="Bát Xát", head_title="Chủ tịch", head_name="Nguyễn Văn Hùng",
        officer_name="Lò Thị Mai", officer_password=None, passphrase=PASSPHRASE,
    )
    values.update(overrides)
    return SetupRequest(**values)


@pytest.fixture
def installed(data_dir) -> DataDir:
    """A data folder set up as a district office in Lào Cai."""
    from dnnd_desktop.services.installation import setup_installation

    setup_installation(data_dir, make_setup_request())
    return data_dir


@pytest.fixture
def ctx(installed):
    """An open AppContext on the set-up installation, closed after the test."""
    from dnnd_desktop.services.app_context import open_context

    context = open_context(installed)
    yield context
    context.close()
