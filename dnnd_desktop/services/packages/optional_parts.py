"""Which parts of a package this version knows, and what it does with the others (issue 16):
forward compatibility by design.

A newer app may add a part to a package (as `revoked.json` was added to tasks packages): an older
app refused the whole package as "content not valid, ask the sender to update", which was wrong on
both counts. From now on:

- a part whose name this version does not know, outside the folders whose content the package's
  description lists (records/, attachments/, reports/), is an OPTIONAL part: it is ignored and the
  summary says so ("update this app to use it"), and everything else is imported;
- content that a receiver must understand to import the package correctly is never added as an
  optional part: it raises the package's schema version, and an older app then refuses the package
  with "update THIS app" (exchange/package/errors.py, `newer_schema`);
- the known parts are read as strictly as before.

docs/package-format.md ("Optional parts") lists the parts of each kind.
"""
from __future__ import annotations

from ...domain.messages import Message, translate

# The parts each kind of package may carry that this version reads (the required ones are checked
# by the parsers in contents.py / sync_contents.py).
KNOWN_PARTS: dict[str, frozenset[str]] = {
    "tasks": frozenset({"plan.json", "trust.json", "answers.json", "revoked.json"}),
    "report": frozenset({"reports.json", "answers.json"}),
    "identity": frozenset({"card.json"}),
    "sync": frozenset({"changeset.json", "answers.json", "vocabulary.json"}),
}
# Folders whose files the package's own description lists (records counted by the changeset,
# attachments by their hash, report PDFs by report id): never optional, checked strictly.
DESCRIBED_FOLDERS: dict[str, tuple[str, ...]] = {
    "report": ("reports/",),
    "sync": ("records/", "attachments/"),
}


def without_unknown_parts(kind: str, files: dict[str, bytes]) -> tuple[dict[str, bytes], list[str]]:
    """The files this version reads, and the names of the optional parts it ignores (sorted)."""
    known = KNOWN_PARTS.get(kind)
    if known is None:
        return files, []
    folders = DESCRIBED_FOLDERS.get(kind, ())
    ignored = sorted(n for n in files if n not in known and not n.startswith(folders))
    if not ignored:
        return files, []
    return {n: v for n, v in files.items() if n not in ignored}, ignored


def ignored_parts_notice(ignored: list[str]) -> Message | None:
    """A line for the import summary: nothing was refused, but a newer app would read more."""
    if not ignored:
        return None
    return translate("PackageImport", "The package also holds {count} part(s) made by a newer version of the app "
                     "({names}). This version does not use them and imported the rest. Update this app to the "
                     "newest version to use them too; the sending office need not do anything.").format(
        count=len(ignored), names=", ".join(n[:60] for n in ignored[:5]) + (", …" if len(ignored) > 5 else ""))
