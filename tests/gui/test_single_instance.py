"""Only one app per data folder; a second start hands its arguments to the first."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from dnnd_desktop.gui.single_instance import SingleInstance, server_name
from dnnd_desktop.paths import DataDir


def test_second_lock_on_same_folder_is_refused_and_other_folders_are_free(qtbot, tmp_path):
    first = SingleInstance(DataDir(tmp_path / "a"))
    assert first.acquire()
    try:
        assert not SingleInstance(DataDir(tmp_path / "a")).acquire()
        other = SingleInstance(DataDir(tmp_path / "b"))
        assert other.acquire()
        other.release()
    finally:
        first.release()
    again = SingleInstance(DataDir(tmp_path / "a"))
    assert again.acquire()
    again.release()


def test_server_name_depends_on_the_folder(tmp_path):
    assert server_name(DataDir(tmp_path / "a")) != server_name(DataDir(tmp_path / "b"))
    assert server_name(DataDir(tmp_path / "a")) == server_name(DataDir(tmp_path / "x" / ".." / "a"))


def test_second_start_sends_its_arguments_to_the_first(qtbot, tmp_path):
    first = SingleInstance(DataDir(tmp_path))
    assert first.acquire()
    # The second start is a real second process, as when an officer double-clicks a .dnnd file.
    code = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        from dnnd_desktop.gui.single_instance import SingleInstance
        from dnnd_desktop.paths import DataDir
        app = QCoreApplication([])
        second = SingleInstance(DataDir({str(tmp_path)!r}))
        assert not second.acquire()
        sys.exit(0 if second.send_to_running(["x.dnnd"]) else 3)
    """)
    with qtbot.waitSignal(first.message_received, timeout=20000) as blocker:
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=str(Path(__file__).parents[2]))
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    assert blocker.args == [["x.dnnd"]]
    assert proc.returncode == 0
    first.release()


def test_lock_left_by_a_dead_process_is_taken_over(qtbot, tmp_path):
    code = textwrap.dedent(f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(tmp_path / '.instance.lock')!r})
        assert lock.tryLock(100)
        os._exit(0)  # dies without unlocking, like a crash
    """)
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert (tmp_path / ".instance.lock").exists()
    inst = SingleInstance(DataDir(tmp_path))
    assert inst.acquire()
    inst.release()
