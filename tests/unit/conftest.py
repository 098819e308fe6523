"""Fixtures shared by the unit tests (tests/conftest.py holds those of every suite)."""
from __future__ import annotations

import pytest
from test_packages_world import close_world, make_world


@pytest.fixture
def world(tmp_path):
    """A province office and two district offices that trust each other (test_packages_world.make_world),
    closed after the test. A test module needing another world defines its own `world`."""
    w = make_world(tmp_path)
    yield w
    close_world(w)
