"""What the main window's start path imports (issue 17): the report engine and its pydantic
schemas, the document writers (reportlab, python-docx), the Excel libraries, the passphrase
estimator, the records services (the Overview's worker imports them), the setup wizard and the
commune catalogue (vietnam_provinces: the start reads its province from domain/province_table.py)
are imported when first used, not before the window shows; nor, since the window shows before the
data open, SQLAlchemy, Alembic and the models (gui/data_opening.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imported by the start path: the app, the main window, its menus and the first page.
START_PATH = ("dnnd_desktop.cli", "dnnd_desktop.gui.app", "dnnd_desktop.gui.main_window",
              "dnnd_desktop.gui.privacy_menu", "dnnd_desktop.gui.pages.overview_page",
              "dnnd_desktop.gui.privacy.unlock_dialog", "dnnd_desktop.gui.login_dialog",
              "dnnd_desktop.gui.data_opening", "dnnd_desktop.services.start_facts",
              "dnnd_desktop.services.privacy.unlock_ahead")
# The data open after the window shows (issue 17): SQLAlchemy, the models and Alembic too.
LATER = ("reportlab", "docx", "openpyxl", "python_calamine", "zxcvbn", "pydantic",
         "dnnd_desktop.domain.report_template", "dnnd_desktop.services.records.overview",
         "dnnd_desktop.services.privacy.paperwork", "dnnd_desktop.exchange.pdf",
         "dnnd_desktop.services.records", "dnnd_desktop.storage.record_queries", "vietnam_provinces",
         "dnnd_desktop.gui.setup_wizard", "dnnd_desktop.gui.setup_pages", "dnnd_desktop.services.backups",
         "sqlalchemy", "alembic", "dnnd_desktop.storage.models", "dnnd_desktop.services.app_context",
         "dnnd_desktop.services.events")


def test_the_start_path_leaves_heavy_modules_for_later():
    code = ("import json, sys\n" + "".join(f"import {m}\n" for m in START_PATH)
            + f"print(json.dumps([m for m in {LATER!r} if m in sys.modules]))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_the_privacy_menu_names_the_paperwork_it_writes():
    from dnnd_desktop.gui import privacy_menu
    from dnnd_desktop.services.privacy import paperwork

    assert (privacy_menu.REGISTER, privacy_menu.IMPACT, privacy_menu.BREACH) == \
        (paperwork.REGISTER, paperwork.IMPACT, paperwork.BREACH)
    assert set(paperwork.PAPERWORK) == set(privacy_menu._FILE_NAMES)


def test_overview_service_is_still_offered_by_the_package():
    from dnnd_desktop.services.records import OverviewService
    from dnnd_desktop.services.records.overview import OverviewService as Direct

    assert OverviewService is Direct


def test_the_real_start_shows_the_window_before_sqlalchemy_is_imported_then_opens_the_data(tmp_path, monkeypatch):
    """Issue 17, on the real scripted start of test_startup_window.py (encrypted data, the
    passphrase's unlock ahead): SQLAlchemy is not in sys.modules when the window has shown; the
    data open after it and the Overview is filled (the app quits only then)."""
    from tests.gui.test_startup_window import scripted_start

    report = scripted_start(tmp_path, monkeypatch, DNND_QUIT_AFTER_FILLED="1")
    assert report["sqlalchemy"] is False
    assert report["shown"] <= report["ready"] <= report["filled"]
