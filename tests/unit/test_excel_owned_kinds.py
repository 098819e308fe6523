"""Every kind can be exported and imported, contributions, commendations and consents included:
their sheets name the household (head's name, birth year, commune) and the person; an export
imports into another office holding the same households with the same values, and back into the
same office adding nothing; an unknown household is refused with the reason."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from test_record_fixtures import ctx, data_dir, installed_template  # noqa: F401 - fixtures

from dnnd_desktop.domain.record_kinds import REF, kind_spec
from dnnd_desktop.paths import DataDir
from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.excel import export_list, import_excel, write_kind_template
from dnnd_desktop.storage.models import MODEL_BY_KIND
from dnnd_desktop.storage.models.records import Household, OverseasPerson
from tests.conftest import copy_installation, drop_database
from tests.support.consents import consent_everyone


@pytest.fixture
def other(installed_template, tmp_path):  # noqa: F811
    """A second office, a copy of the template (on PostgreSQL a cloned database: a plain copy of the
    folder would point at the template's own database, and each test would write into it)."""
    from dnnd_desktop.services.app_context import open_context

    target = copy_installation(DataDir(installed_template), DataDir(tmp_path / "other"))
    c = open_context(target)
    yield c
    c.close()
    drop_database(target.root)


def _owned(c, kind):
    """Each record with its owner by name (ids differ between offices)."""
    fields = [f.name for f in kind_spec(kind).fields if f.type != REF]
    model = MODEL_BY_KIND[kind]
    with c.session() as s:
        out = []
        for o in s.scalars(select(model)):
            hh = s.get(Household, o.household_id)
            person = getattr(o, "person_id", None)
            out.append(((hh.head_name, hh.head_birth_year, hh.commune_code),
                        s.get(OverseasPerson, person).full_name if person else None,
                        tuple(getattr(o, f) for f in fields)))
    return sorted(out, key=repr)


@pytest.mark.parametrize("cli, kind", [("contributions", "contribution"), ("commendations", "commendation"),
                                       ("consents", "consent")])
def test_owned_kinds_round_trip(ctx, other, tmp_path, cli, kind):  # noqa: F811
    fill_demo(ctx, households=150, activities=0, seed=5)
    consent_everyone(ctx)   # lists leave out whoever has not consented (issue 14)
    homes = tmp_path / "ho.xlsx"
    export_list(ctx, "households", homes, include_sensitive=True, reason="kiểm tra")
    result, preview = import_excel(other, "households", homes)
    assert result.invalid == 0, preview.reasons
    out = tmp_path / f"{cli}.xlsx"
    exported = export_list(ctx, cli, out)
    assert exported.rows > 0
    header = [c.value for c in load_workbook(out).active[4]]
    assert header[:3] == ["Họ và tên chủ hộ", "Năm sinh chủ hộ", "Xã, phường"]
    result, preview = import_excel(other, cli, out)
    assert result.invalid == 0 and result.imported == exported.rows, [r for r in preview.reasons if r][:3]
    assert _owned(other, kind) == _owned(ctx, kind)
    again, _ = import_excel(other, cli, out)
    assert again.imported == 0 and again.duplicates == exported.rows
    # The template maps back to every column.
    tpl = write_kind_template(ctx, cli, tmp_path / f"mau-{cli}.xlsx")
    assert load_workbook(tpl)["Danh sách"]["A2"].value.startswith("Họ và tên chủ hộ")


def test_unknown_household_is_refused_with_the_reason(ctx, tmp_path):  # noqa: F811
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
    import excel_builders as xb

    path = xb.write_xlsx(tmp_path / "dong-gop.xlsx", ["Họ và tên chủ hộ", "Năm sinh chủ hộ", "Xã, phường",
                                                      "Mục đích", "Ngày", "Số tiền (đồng)"],
                         [["Người Không Có", 1950, "Xã Bát Xát", "Quỹ Vì người nghèo", dt.date(2025, 3, 1), 500000]])
    result, preview = import_excel(ctx, "contributions", path, dry_run=True)
    assert result.invalid == 1 and "Người Không Có" in str(preview.reasons[0])
