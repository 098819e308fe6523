"""GUI test fixtures. Tests run with QT_QPA_PLATFORM=offscreen (set here if the caller did not)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture
def runner(qtbot):
    from dnnd_desktop.gui.task_runner import TaskRunner

    r = TaskRunner()
    yield r
    r.cancel_all()
    r.wait_all(5000)
    if r.last_message is not None:
        r.last_message.close()


@pytest.fixture
def vietnamese(qapp):
    """The UI in Vietnamese (the default), restored to English source strings afterwards."""
    from dnnd_desktop.gui import i18n

    assert i18n.set_language("vi")
    yield
    i18n.set_language("en")
