"""The layering rules of DESIGN.md, enforced: import-linter contracts from pyproject.toml."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports() -> subprocess.CompletedProcess:
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    return subprocess.run([exe, "--config", str(ROOT / "pyproject.toml")], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)


def test_import_contracts_hold():
    result = _lint_imports()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower() or "0 broken" in result.stdout.lower()


def test_contracts_name_pyside6_and_the_layers():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'forbidden_modules = ["PySide6"]' in text
    assert '"dnnd_desktop.gui",\n  "dnnd_desktop.services",' in text


def test_widgets_never_open_sessions_or_write_queries():
    """DESIGN rule 2: the GUI calls services and gets plain data back."""
    offenders = []
    for path in (ROOT / "dnnd_desktop" / "gui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in (".session()", "session_factory", "import sqlalchemy", "from sqlalchemy"):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []
