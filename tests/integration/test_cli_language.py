"""The command line speaks the language asked for: --lang, else DNND_LANG, else Vietnamese.

Errors and help come from the one catalogue; --json keeps its keys and codes in every language and
carries the error's parameters. argparse's own words ("usage:", "options:") are left as they are.
"""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VIETNAMESE_LETTERS = re.compile("[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]",
                                re.IGNORECASE)
BAD_DATE = ["report", "due", "--today", "2026-13-45"]  # refused before any data is opened


def dnnd(*args, data_dir, lang_env=None):
    env = {k: v for k, v in os.environ.items() if k != "DNND_LANG"}
    if lang_env:
        env["DNND_LANG"] = lang_env
    return subprocess.run([sys.executable, "-m", "dnnd_desktop", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_an_error_in_english_has_no_vietnamese_and_the_same_code_and_params(tmp_path):
    r = dnnd("--lang", "en", "--json", *BAD_DATE, data_dir=tmp_path)
    assert r.returncode == 1
    assert r.stderr.startswith("Error: ") and "2026-13-45" in r.stderr
    assert not VIETNAMESE_LETTERS.search(r.stderr), r.stderr
    out = json.loads(r.stdout)
    assert out["error"] == "invalid_date" and out["params"] == {"date": "2026-13-45"}
    assert not VIETNAMESE_LETTERS.search(out["message"])


def test_the_same_error_in_vietnamese_is_unchanged(tmp_path):
    expected = "Lỗi: Ngày «2026-13-45» không hợp lệ; hãy ghi YYYY-MM-DD, ví dụ 2026-05-15.\n"
    assert dnnd(*BAD_DATE, data_dir=tmp_path).stderr == expected            # the default
    assert dnnd("--lang", "vi", *BAD_DATE, data_dir=tmp_path).stderr == expected
    r = dnnd("--json", *BAD_DATE, data_dir=tmp_path)
    assert json.loads(r.stdout)["error"] == "invalid_date"


def test_the_environment_chooses_the_language_and_the_option_wins(tmp_path):
    assert dnnd(*BAD_DATE, data_dir=tmp_path, lang_env="en").stderr.startswith("Error: ")
    assert dnnd("--lang", "vi", *BAD_DATE, data_dir=tmp_path, lang_env="en").stderr.startswith("Lỗi: ")
    assert dnnd(*BAD_DATE, "--lang=en", data_dir=tmp_path).stderr.startswith("Error: ")  # after the command too


def test_help_in_english_has_no_vietnamese(tmp_path):
    for args in (["--help"], ["backup", "--help"], ["province", "plan", "--help"]):
        r = dnnd("--lang", "en", *args, data_dir=tmp_path)
        assert r.returncode == 0, r.stderr
        assert not VIETNAMESE_LETTERS.search(r.stdout), r.stdout
    r = dnnd("--lang", "en", "--help", data_dir=tmp_path)
    assert "back up the data (a .dnndbak file is encrypted)" in r.stdout and "--lang {vi,en}" in r.stdout


def test_help_in_vietnamese_is_unchanged(tmp_path):
    r = dnnd("--help", data_dir=tmp_path)
    assert r.returncode == 0
    assert "Phần mềm công tác đối ngoại nhân dân và người Việt Nam ở nước ngoài." in r.stdout
    assert "sao lưu dữ liệu (tệp .dnndbak: có mã hóa)" in r.stdout
    assert "in kết quả dạng JSON" in r.stdout
    r = dnnd("backup", "--help", data_dir=tmp_path)
    assert "liệt kê các bản sao lưu" in r.stdout
