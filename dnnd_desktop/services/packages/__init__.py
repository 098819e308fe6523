"""Packages between offices (issue 6): export per kind, verify, and the import pipeline.

Public API for the GUI (Packages, Trust, Tasks pages), the CLI and the province pages:

    export_package(ctx, *, kind, to, out_path, secret, report_ids=None, plan=None, progress, cancel)
        -> ExportResult(package_id, kind, path, recipients, sequence, size, contents)
    verify_file(ctx, path) -> VerifyResult                    no secret key needed
    import_package(ctx, path, secret, *, dry_run=False, progress, cancel) -> ImportResult
        ImportResult.to_dict() has package_id, kind, new, updated, unchanged, conflicts, rejected,
        per_kind {kind: counts}, messages (Vietnamese), already_imported, dry_run, backup
    preview_package(ctx, path, secret) -> ImportResult        the same, rolled back
    parse_plan(obj) / load_plan_file(path) -> PlanSpec;  save_plan(ctx, spec) -> plan id (province)
    pending_report_ids(ctx) -> list[str]
    package_log(ctx, limit=200) -> list[dict]                 sent and received packages, newest first

Refusals raise DnndError subclasses (PackageError from the container, ImportRefused here) whose
`message` is Vietnamese and whose `code` is stable; the database is then unchanged.
"""
from ..import_outcomes import Counts
from .common import SCHEMA_VERSION, ContentInvalid, ImportRefused
from .exporter import ExportRefused, ExportResult, export_package, pending_report_ids
from .importer import (
    KIND_LABELS,
    ImportResult,
    OwnPackage,
    PackageReplayed,
    VerifyResult,
    import_package,
    preview_package,
    verify_file,
)
from .log import package_log
from .plans import PlanInvalid, PlanSpec, TaskSpec, load_plan_file, parse_plan, save_plan

__all__ = [
    "KIND_LABELS", "SCHEMA_VERSION", "ContentInvalid", "Counts", "ExportRefused", "ExportResult", "ImportRefused",
    "ImportResult", "OwnPackage", "PackageReplayed", "PlanInvalid", "PlanSpec", "TaskSpec", "VerifyResult",
    "export_package", "import_package", "load_plan_file", "package_log", "parse_plan", "pending_report_ids",
    "preview_package", "save_plan", "verify_file",
]
