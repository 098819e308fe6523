"""Every action code the services write to the audit log has a name in the catalogue, so the audit
page and the personal-data export never show a raw code."""
from __future__ import annotations

import ast
from pathlib import Path

import dnnd_desktop
from dnnd_desktop.gui.audit_texts import ACTIONS, OTHER_KINDS, action_name, kind_name

PACKAGE = Path(dnnd_desktop.__file__).resolve().parent


def _strings(node: ast.AST):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body)
        yield from _strings(node.orelse)


def written_codes() -> tuple[set[str], set[str]]:
    """(action codes, record kinds that are not records) as written by write_audit / AuditEntry(...)."""
    actions, kinds = set(), set()
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "write_audit" and len(node.args) >= 3:
                actions |= set(_strings(node.args[2]))
                if len(node.args) >= 4:
                    kinds |= set(_strings(node.args[3]))
            elif name == "audit" and node.args:   # the package importer's local helper
                actions |= set(_strings(node.args[0]))
                if len(node.args) >= 2:
                    kinds |= set(_strings(node.args[1]))
            for keyword in node.keywords:
                if name in {"AuditEntry", "write_audit"} and keyword.arg == "action":
                    actions |= set(_strings(keyword.value))
                if name in {"AuditEntry", "write_audit"} and keyword.arg in {"record_kind", "kind"}:
                    kinds |= set(_strings(keyword.value))
    return actions, kinds


def test_every_action_the_services_write_has_a_name():
    actions, _ = written_codes()
    assert {"create", "report_approve", "package_import"} <= actions   # the scan finds them
    assert not actions - set(ACTIONS), "add these to gui/audit_texts.ACTIONS"


def test_every_non_record_kind_the_services_write_has_a_name():
    from dnnd_desktop.domain.record_kinds import KINDS

    _, kinds = written_codes()
    assert not kinds - set(KINDS) - set(OTHER_KINDS), "add these to gui/audit_texts.OTHER_KINDS"


def test_names_follow_the_language_and_documents_can_ask_for_vietnamese(vietnamese):
    assert action_name("report_approve") == "Duyệt báo cáo"
    assert action_name("report_approve", "en") == "Approved a report"
    assert kind_name("package") == "Gói dữ liệu"


def test_names_in_english(qapp):
    assert action_name("view_sensitive") == "Viewed sensitive data"
    assert action_name("view_sensitive", "vi") == "Xem dữ liệu nhạy cảm"
    assert kind_name("plan") == "Plan" and kind_name(None) == ""


def test_every_stored_kind_has_a_name():
    # The record writer audits every model by its __kind__, links and tasks included.
    import re

    kinds = set()
    for path in (PACKAGE / "storage").rglob("*.py"):
        kinds |= set(re.findall(r'__kind__ = "(\w+)"', path.read_text(encoding="utf-8")))
    from dnnd_desktop.domain.record_kinds import KINDS

    assert {"task", "activity_person"} <= kinds
    assert not kinds - set(KINDS) - set(OTHER_KINDS)
