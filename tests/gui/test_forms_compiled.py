"""The compiled Designer forms are up to date with forms/*.ui, and every form has the widgets its
record kind's fields need (label, field, error label), named as the binder expects."""
from __future__ import annotations

import importlib.util
import shutil

import pytest

from dnnd_desktop.domain.record_kinds import BOOL, REF, kind_spec
from dnnd_desktop.gui.records.field_text import FORM_CLASS
from dnnd_desktop.gui.records.form_binding import load_form
from dnnd_desktop.paths import app_root


def _build_script():
    spec = importlib.util.spec_from_file_location("build_forms", app_root() / "forms" / "build_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_forms_match_their_ui_sources():
    assert _build_script().stale_forms() == [], "run: .venv/bin/python forms/build_forms.py"


def test_a_stale_or_orphan_compiled_form_is_reported(tmp_path):
    build = _build_script()
    out = tmp_path / "compiled"
    shutil.copytree(build.OUT_DIR, out)
    target = out / "ui_partner_form.py"
    target.write_text(target.read_text(encoding="utf-8").replace("Partner name", "Partner"), encoding="utf-8")
    (out / "ui_removed_form.py").write_text("# old\n", encoding="utf-8")
    problems = build.stale_forms(out)
    assert "out of date: ui_partner_form.py" in problems
    assert "no .ui source: ui_removed_form.py" in problems
    (out / "ui_activity_form.py").unlink()
    assert "missing: ui_activity_form.py" in build.stale_forms(out)


@pytest.mark.parametrize("kind", sorted(FORM_CLASS))
def test_every_field_has_its_widgets_and_label(qtbot, kind):
    widget, ui = load_form(kind)
    qtbot.addWidget(widget)
    for f in kind_spec(kind).fields:
        if f.type == REF:
            continue
        assert hasattr(ui, f.name), f"{kind}: no widget {f.name}"
        assert hasattr(ui, f"error_{f.name}"), f"{kind}: no error label for {f.name}"
        if f.type != BOOL:
            # the form's label is the field's catalogue label: same context and English source
            assert (f.label.context, getattr(ui, f"label_{f.name}").text()) == (FORM_CLASS[kind], f.label.source)
            assert getattr(ui, f"label_{f.name}").buddy() is getattr(ui, f.name)
