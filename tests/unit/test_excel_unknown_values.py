"""Values not in a vocabulary are grouped per column with counts, and mapped, added to the office's
list or kept as written — not rejected; everyday kin terms and reasons for going abroad are known
(ignoring case and tone marks); --strict-vocabulary refuses as before."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.domain.record_kinds import resolve_code
from dnnd_desktop.services.excel import apply_import, import_excel, open_import, preview_import
from dnnd_desktop.services.excel.unknown_values import ADD, KEEP, choose_unknown_value
from dnnd_desktop.storage.models import VocabTerm
from dnnd_desktop.storage.models.records import OverseasPerson

RELATION, STATUS_HEADER = 9, "Diện cư trú"


@pytest.mark.parametrize("vocabulary, typed, code", [
    ("relation", "Con dâu", "in_law"), ("relation", "CON RỂ", "in_law"), ("relation", "anh", "sibling"),
    ("relation", "chị", "sibling"), ("relation", "em", "sibling"), ("relation", "cháu", "grandchild"),
    ("relation", "ông", "grandparent"), ("relation", "ba", "parent"), ("relation", "co", "uncle_aunt"),
    ("relation", "chú", "uncle_aunt"), ("relation", "Bác", "uncle_aunt"), ("relation", "dì", "uncle_aunt"),
    ("residence_status", "xuất khẩu lao động", "worker"), ("residence_status", "XKLĐ", "worker"),
    ("residence_status", "Du hoc", "student"), ("residence_status", "kết hôn", "marriage"),
    ("residence_status", "Đoàn tụ gia đình", "family_reunion"), ("residence_status", "kinh doanh", "business"),
    ("residence_status", "định cư", "settled"), ("occupation", "công nhân", "worker")])
def test_everyday_terms_are_known(vocabulary, typed, code):
    assert resolve_code(vocabulary, typed) == code


def _file(tmp_path: Path) -> Path:
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][RELATION] = "Con đỡ đầu"          # unknown, 2 cells
    rows[1][RELATION] = "con đỡ đầu"
    rows[2][RELATION] = "Cháu gọi bằng dì"  # unknown, 1 cell
    rows[3][RELATION] = "con dâu"           # known everyday term
    return xb.households_file(tmp_path / "ho.xlsx", rows=rows)


def test_unknown_values_are_grouped_and_kept_as_written_by_default(ctx, tmp_path):
    file = open_import(_file(tmp_path), "households")
    preview = preview_import(ctx, file)
    assert preview.count("invalid") == 0, preview.reasons
    found = {(u.header, u.value, u.count, u.action) for u in preview.unknown_values}
    assert found == {("Quan hệ với chủ hộ", "Con đỡ đầu", 2, KEEP), ("Quan hệ với chủ hộ", "Cháu gọi bằng dì", 1, KEEP)}
    assert [v["person.relation"] for v in preview.values] == ["Con đỡ đầu", "con đỡ đầu", "Cháu gọi bằng dì", "in_law"]
    assert any("2 values are not in the list (3 cells)" in n or "(3 ô)" in n for n in preview.notices)


def test_a_person_maps_or_adds_unknown_values(ctx, tmp_path):
    file = open_import(_file(tmp_path), "households")
    choose_unknown_value(file, "person.relation", "CON ĐỠ ĐẦU", "child")
    choose_unknown_value(file, "person.relation", "Cháu gọi bằng dì", ADD)
    preview = preview_import(ctx, file)
    assert [v["person.relation"] for v in preview.values] == ["child", "child", "Cháu gọi bằng dì", "in_law"]
    result = apply_import(ctx, file, preview)
    assert result.records_created["vocabulary"] == 1
    with ctx.session() as s:
        term = s.scalars(select(VocabTerm).where(VocabTerm.code == "Cháu gọi bằng dì")).one()
        assert (term.vocabulary, term.label, term.source) == ("relation", "Cháu gọi bằng dì", "local")
        relations = sorted(s.scalars(select(OverseasPerson.relation)))
    assert relations == ["Cháu gọi bằng dì", "child", "child", "in_law"]
    # The added term is now the office's: the next file with that value knows it.
    again = preview_import(ctx, open_import(_file(tmp_path), "households"))
    assert {u.value for u in again.unknown_values} == {"Con đỡ đầu"}


def test_strict_vocabulary_rejects_and_add_unknown_adds(ctx, tmp_path):
    result, preview = import_excel(ctx, "households", _file(tmp_path), dry_run=True, unknown="reject")
    assert result.invalid == 3
    assert {u.value for u in preview.unknown_values} == {"Con đỡ đầu", "Cháu gọi bằng dì"}
    result, preview = import_excel(ctx, "households", _file(tmp_path), unknown="add")
    assert result.invalid == 0 and result.records_created["vocabulary"] == 2
