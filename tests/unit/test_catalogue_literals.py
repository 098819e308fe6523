"""Below the GUI, every text a person reads comes from the one catalogue (domain/messages.py).

A string literal with Vietnamese letters in domain/, storage/, exchange/, services/ or commands/ is
either a catalogue text (then it would be English, inside translate()) or one of the kinds of
content that are Vietnamese by nature, listed here module by module with the reason. Anything else
is a message that the English UI would show in Vietnamese.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import dnnd_desktop

PACKAGE = Path(dnnd_desktop.__file__).parent
LAYERS = ("domain", "storage", "exchange", "services", "commands")
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I)

# module (relative to dnnd_desktop/, or a folder ending in /) -> why its Vietnamese literals are content
CONTENT = {
    # Official documents and the files an office keeps or sends on are Vietnamese by law and by use
    # (Decree 30/2020; the province reads them): their fixed wording.
    "exchange/pdf/": "official document wording (Decree 30)",
    "exchange/report_pdf.py": "official document wording",
    "exchange/report_excel.py": "report workbook content sent to the province",
    "exchange/consolidated_excel.py": "consolidated report workbook content",
    "exchange/docx/styles.py": "Word style names the clerk sees in the document's style gallery",
    "exchange/excel/templates.py": "the blank import template is a Vietnamese form (headers and guide)",
    "exchange/excel/writer.py": "default sheet title of an exported file",
    "services/printouts.py": "list and record-sheet document wording",
    "services/privacy/paperwork.py": "processing register, impact-assessment dossier and breach notice wording",
    "services/reports/document.py": "the report's signature, Kính gửi and copies wording",
    "services/province/consolidation.py": "consolidated report document wording",
    "services/province/submissions.py": "the submissions workbook content",
    "services/excel/query_text.py": "title lines written into exported files",
    "services/excel/export_service.py": "title lines written into exported files",
    # Data: words that recognise what offices type or write, names built from administrative units,
    # values stored in the database.
    "exchange/legacy_tables.py": "TCVN3/VNI conversion tables",
    "exchange/legacy_text.py": "legacy-encoding detection words",
    "exchange/excel/header_matching.py": "Vietnamese header synonyms that recognise columns",
    "exchange/excel/layouts.py": "Vietnamese header synonyms that recognise columns",
    "exchange/cell_values.py": "Vietnamese words recognised in cells: có/không, dates",
    "exchange/plan_documents.py": "patterns that recognise the parts of a plan document",
    "services/province/plans.py": "patterns that recognise a pasted plan; proper names it restores",
    "services/installation.py": "office and body names built from unit names; the default title",
    "services/demo.py": "demo names, places and texts",
    "services/demo_office.py": "the sample office's names and signer (data stored in its own database)",
    "services/demo_work.py": "the sample plan's title, issuer and tasks (data stored in the sample office's database)",
    "services/demo_work_kinds.py": "sample work records (border groups, courses…) stored in the sample office",
    "services/app_context.py": "«hệ thống», the stored name of the system user",
    "services/audit.py": "«hệ thống», the stored name of the system user",
    "services/backups/service.py": "«hệ thống», the stored name of the system user",
    "services/backups/server.py": "«hệ thống», the stored name of the system user",
    "services/record_writer.py": "«(đã ẩn danh)», the stored value of an anonymised field",
    "services/sync/codec.py": "«(đã ẩn danh)», the stored value of an anonymised field",
    "domain/text.py": "folding tables",
    "domain/units.py": "administrative unit names",
    "domain/province_table.py": "the provinces' names and kinds (administrative data, as the package lists them)",
    "domain/vocab_aliases.py": "everyday words that recognise vocabulary terms in offices' lists",
    "domain/validation.py": "«đ», the currency sign recognised in typed amounts",
    "commands/selftest_cmd.py": "the self-test's sample document and office",
    "commands/setup_cmd.py": "administrative unit prefixes recognised in --unit; the default title",
    "commands/trust_cmd.py": "«có», the Vietnamese yes accepted at the prompt",
}


def _content(rel: str) -> bool:
    return any(rel == k or (k.endswith("/") and rel.startswith(k)) for k in CONTENT)


def _docstring_nodes(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = getattr(node, "body", [])
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _catalogue_sources(tree: ast.AST) -> set[int]:
    """The string arguments of translate() calls: English sources, which may quote a Vietnamese word
    on purpose (a currency, an example of what to type)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
            out |= {id(a) for a in node.args if isinstance(a, ast.Constant)}
    return out


def test_no_vietnamese_message_outside_the_catalogue():
    found = []
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            rel = path.relative_to(PACKAGE).as_posix()
            if _content(rel):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            docs = _docstring_nodes(tree) | _catalogue_sources(tree)
            for node in ast.walk(tree):
                if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
                        and VIETNAMESE.search(node.value)):
                    found.append(f"{rel}:{node.lineno}: {node.value[:60]!r}")
    assert not found, "Vietnamese literals outside the catalogue:\n" + "\n".join(found)


def test_every_translate_call_names_its_context_and_source_literally():
    """lupdate collects `translate("Context", "source")` only when both are string literals: a
    variable or an f-string there leaves the text out of the catalogue, untranslated for ever."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate"
                    and not (len(node.args) == 2 and not node.keywords
                             and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args))):
                found.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}")
    assert not found, "translate() without two literal strings:\n" + "\n".join(found)
