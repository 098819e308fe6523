"""`dnnd province plan from-text` reads plans from Word and PDF files as well as text."""
from __future__ import annotations

import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from dnnd_desktop.services.province import parse_plan_text
from tests.support.run_cli import CLI
from tests.unit.test_plan_documents import SEEDS, _as_docx, _as_pdf

ROOT = Path(__file__).resolve().parents[2]


def dnnd(*args):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, env=dict(os.environ),
                          timeout=180, check=False)


@pytest.mark.skipif(not SEEDS, reason="the seed plans (shared/seeds) are not beside this checkout")
@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_plan_from_word_and_pdf(tmp_path, suffix):
    text = SEEDS[0].read_text(encoding="utf-8")
    source = tmp_path / f"ke-hoach{suffix}"
    (_as_docx if suffix == ".docx" else _as_pdf)(text, source)
    out = tmp_path / "plan.json"
    r = dnnd("--json", "province", "plan", "from-text", str(source), "--out", str(out))
    assert r.returncode == 0, r.stderr
    plan = json.loads(out.read_text(encoding="utf-8"))
    expected = parse_plan_text(text.replace("**", "").replace("*", "") if suffix == ".pdf" else text)
    assert [t["code"] for t in plan["tasks"]] == [t.code for t in expected.tasks]
    assert json.loads(r.stdout)["tasks"] == len(expected.tasks)


def test_a_scanned_pdf_is_refused_with_its_reason(tmp_path):
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Spacer(1, 100)])
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(buf.getvalue())
    r = dnnd("--json", "province", "plan", "from-text", str(scan), "--out", str(tmp_path / "p.json"))
    assert r.returncode == 1
    assert json.loads(r.stdout)["error"] == "plan_file_scanned"
    assert "ảnh quét" in r.stderr and not (tmp_path / "p.json").exists()
