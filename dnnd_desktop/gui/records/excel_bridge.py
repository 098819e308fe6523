"""The Excel and print buttons of the list pages call the actions of gui/dialogs/excel_actions.py
(export_list_to_excel, print_list_pdf, print_record_sheet, import_from_excel) through this one
adapter; a build without them says "next version" instead of failing."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from . import prompts


def _actions():
    try:
        return importlib.import_module("dnnd_desktop.gui.dialogs.excel_actions")
    except ImportError:
        return None


def _not_yet(parent) -> None:
    prompts.inform(parent, QCoreApplication.translate("ExcelBridge", "Not available yet"),
                   QCoreApplication.translate("PlaceholderPage",
                                              "This function will be available in the next version."))


def _call(name: str, parent, *args):
    module = _actions()
    fn = getattr(module, name, None) if module else None
    if fn is None:
        _not_yet(parent)
        return None
    return fn(parent, *args)


def export_list(parent, ctx, runner, kind, query):
    return _call("export_list_to_excel", parent, ctx, runner, kind, query)


def print_list(parent, ctx, runner, kind, query):
    return _call("print_list_pdf", parent, ctx, runner, kind, query)


def print_sheet(parent, ctx, runner, kind, record_id):
    return _call("print_record_sheet", parent, ctx, runner, kind, record_id)


def import_excel(parent, ctx, runner, kind):
    module = _actions()
    fn = getattr(module, "import_from_excel", None) if module else None
    if fn is None:
        try:
            dialogs = importlib.import_module("dnnd_desktop.gui.dialogs.excel_import_dialog")
        except ImportError:
            dialogs = None
        cls = getattr(dialogs, "ExcelImportDialog", None) if dialogs else None
        if cls is None:
            _not_yet(parent)
            return None
        dialog = cls(ctx, runner, kind, parent)
        dialog.open()
        return dialog
    return fn(parent, ctx, runner, kind)
