"""Report templates: the built-in ones shipped in resources/templates/, and those that arrive in
task packages. All are validated before they are stored, and again when read (a vocabulary term a
template relies on may since have been withdrawn)."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.errors import DnndError, NotFound
from ...domain.messages import translate
from ...domain.report_template import ReportTemplateSpec, TemplateError, builtin_codes, parse_template
from ...paths import templates_dir
from ...storage.models import ReportTemplate, VocabTerm
from ..audit import write_audit

if TYPE_CHECKING:
    from ..app_context import AppContext

DEFAULT_TEMPLATE_CODE = "bao_cao_dnnd"
BUILTIN = "builtin"


@dataclass(frozen=True)
class TemplateInfo:
    """A template as the Reports page lists it."""

    code: str
    version: int
    title: str
    source: str
    periods: tuple[str, ...]
    is_default: bool


@lru_cache(maxsize=1)
def _builtin_files() -> tuple[tuple[str, str], ...]:
    folder = templates_dir()
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json")))


def builtin_templates() -> list[ReportTemplateSpec]:
    """The templates shipped with the app. A broken one is a build error, so it raises."""
    out = []
    for name, text in _builtin_files():
        try:
            out.append(parse_template(json.loads(text)))
        except (ValueError, TemplateError) as exc:
            raise DnndError(translate("ReportErrors", "The built-in report template «{name}» is broken: {error}. "
                                      "Install the software again.").format(name=name, error=str(exc)),
                            code="builtin_template_broken") from exc
    return out


def known_codes_for(s: Session) -> Callable[[str], set[str]]:
    """Codes filters may use: built-in vocabularies plus terms the province has published."""
    extra: dict[str, set[str]] = {}
    for voc, code in s.execute(select(VocabTerm.vocabulary, VocabTerm.code).where(VocabTerm.active.is_(True))):
        extra.setdefault(voc, set()).add(code)

    def known(vocabulary: str) -> set[str]:
        return builtin_codes(vocabulary) | extra.get(vocabulary, set())
    return known


def extra_labels(s: Session) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for voc, code, label in s.execute(select(VocabTerm.vocabulary, VocabTerm.code, VocabTerm.label)):
        out.setdefault(voc, {})[code] = label
    return out


def ensure_builtins(s: Session) -> None:
    """Store each built-in template version once (reports keep pointing at the version they used)."""
    have = {(c, v) for c, v in s.execute(select(ReportTemplate.code, ReportTemplate.version))}
    for spec in builtin_templates():
        if (spec.code, spec.version) not in have:
            s.add(ReportTemplate(code=spec.code, version=spec.version, title=spec.title, source=BUILTIN,
                                 body=spec.body))
    s.flush()


def get_template(s: Session, code: str, version: int | None = None) -> ReportTemplateSpec:
    """The named template (its latest version unless one is asked for), validated."""
    ensure_builtins(s)
    q = select(ReportTemplate).where(ReportTemplate.code == code)
    if version is not None:
        q = q.where(ReportTemplate.version == version)
    row = s.scalars(q.order_by(ReportTemplate.version.desc()).limit(1)).first()
    if row is None:
        have = ", ".join(sorted({c for c in s.scalars(select(ReportTemplate.code))}))
        missing = (translate("ReportErrors", "There is no report template «{code}» version {version}. The "
                             "templates there are: {have}.") if version else
                   translate("ReportErrors", "There is no report template «{code}». The templates there are: "
                             "{have}."))
        raise NotFound(missing.format(code=code, version=version, have=have), code="template_not_found")
    return parse_template(row.body, known_codes_for(s))


def list_templates(s: Session) -> list[TemplateInfo]:
    ensure_builtins(s)
    latest: dict[str, ReportTemplate] = {}
    for row in s.scalars(select(ReportTemplate).order_by(ReportTemplate.version)):
        latest[row.code] = row
    return [TemplateInfo(r.code, r.version, r.title, r.source, tuple(r.body.get("periods", [])),
                         r.code == DEFAULT_TEMPLATE_CODE)
            for r in sorted(latest.values(), key=lambda r: (r.code != DEFAULT_TEMPLATE_CODE, r.title))]


def install_template(s: Session, ctx: AppContext, data: dict[str, Any], source: str) -> ReportTemplateSpec:
    """Validate and store a template (from a task package: source "plan:<id>"). Installing the
    same version again with the same content changes nothing; a different content under an
    existing version is refused (a version, once used by a report, must mean one thing)."""
    spec = parse_template(data, known_codes_for(s))
    ensure_builtins(s)
    row = s.scalars(select(ReportTemplate).where(ReportTemplate.code == spec.code,
                                                 ReportTemplate.version == spec.version)).first()
    if row is not None:
        if row.body != spec.body:
            raise DnndError(translate("ReportErrors", "Report template «{code}» version {version} is already here "
                                      "with a different content. A changed template must carry a new version "
                                      "number; ask the sender to raise the version number.").format(
                                          code=spec.code, version=spec.version), code="template_version_conflict")
        return spec
    s.add(ReportTemplate(code=spec.code, version=spec.version, title=spec.title, source=source, body=spec.body))
    s.flush()
    write_audit(s, ctx, "template_install", "report_template", f"{spec.code}@{spec.version}",
                details=f"{spec.title} ({source})")
    return spec
