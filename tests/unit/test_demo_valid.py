"""Demo data is valid data: every demo record passes the app's own validation (the forms' and the
importer's), and every demo list exported to Excel imports into an empty office with zero rejected
rows and identical values."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.errors import ValidationError
from dnnd_desktop.domain.record_kinds import REF, WORK_KINDS, kind_spec
from dnnd_desktop.domain.validation import validate
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.excel import export_list, import_excel
from dnnd_desktop.storage.models import MODEL_BY_KIND
from tests.conftest import copy_installation, drop_database
from tests.support.consents import consent_everyone

KINDS = ("household", "person", "activity", "twinning", "partner", "contribution", "commendation", "consent",
         "border_group", "relatives_association", "training_course", "propaganda_product")


def _fields(kind: str) -> list[str]:
    return [f.name for f in kind_spec(kind).fields if f.type != REF and not f.computed]


def test_every_demo_record_passes_validation(ctx):  # noqa: F811
    fill_demo(ctx, households=150, activities=60, seed=11)
    province = ctx.installation.province_code
    problems = []
    with ctx.session() as s:
        for kind in KINDS:
            names = [f.name for f in kind_spec(kind).fields if not f.computed]   # links too (required)
            for rec in s.scalars(select(MODEL_BY_KIND[kind])):
                values = {n: getattr(rec, n) for n in names}
                try:
                    validate(kind, values, province_code=province)
                except ValidationError as e:
                    problems.append((kind, e.field_errors or str(e)))
            # the sample office shows every kind (issue 13: the work kinds too), not an empty page
            assert s.scalars(select(MODEL_BY_KIND[kind])).first() is not None, kind
    assert not problems, problems[:10]


@pytest.fixture
def empty_office(installed_template, tmp_path):  # noqa: F811
    """A copy of the template (on PostgreSQL a cloned database, not the template's own)."""
    from dnnd_desktop.services.app_context import open_context

    target = copy_installation(DataDir(installed_template), DataDir(tmp_path / "other"))
    c = open_context(target)
    yield c
    c.close()
    drop_database(target.root)


def _records(c, kind):
    names = _fields(kind)
    with c.session() as s:
        return sorted((tuple(getattr(o, n) for n in names) for o in s.scalars(select(MODEL_BY_KIND[kind]))),
                      key=repr)


@pytest.mark.parametrize("cli, kinds", [("households", ("household", "person")), ("activities", ("activity",)),
                                        ("twinnings", ("twinning",)), ("partners", ("partner",)),
                                        *((k.plural, (k.kind,)) for k in WORK_KINDS)])
def test_demo_lists_export_and_import_into_an_empty_office_unchanged(ctx, empty_office, tmp_path, cli,  # noqa: F811
                                                                      kinds):
    fill_demo(ctx, households=120, activities=40, seed=5)
    consent_everyone(ctx)   # lists leave out whoever has not consented (issue 14)
    out = tmp_path / f"{cli}.xlsx"
    export_list(ctx, cli, out, include_sensitive=True, reason="kiểm tra")
    result, preview = import_excel(empty_office, cli, out)
    rejected = [(line, str(r)) for line, st, r in zip(preview.lines, preview.status, preview.reasons, strict=True)
                if st == "invalid"]
    assert result.invalid == 0, rejected[:5]
    assert not preview.unknown_values
    for kind in kinds:
        assert _records(empty_office, kind) == _records(ctx, kind), kind
