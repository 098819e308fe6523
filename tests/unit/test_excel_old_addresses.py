"""Communes written with their names from before 1/7/2025 convert to the current commune (the
vietnam-address-converter table), shown in the preview, the old text kept in «Địa chỉ cũ»; where
one old unit went to several current ones, the person chooses."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures" / "excel"))
import excel_builders as xb

from dnnd_desktop.domain.units import communes
from dnnd_desktop.exchange.old_units import old_commune
from dnnd_desktop.services.excel import apply_import, choose_old_commune, open_import, preview_import

LAO_CAI = 15


def _code(name: str) -> int:
    return next(c.code for c in communes(LAO_CAI) if c.name == name)


def test_old_names_find_the_current_commune():
    assert old_commune("Xã Quang Kim, Huyện Bát Xát", LAO_CAI).candidates == ((_code("Xã Bát Xát"), "Xã Bát Xát"),)
    assert old_commune("TT Bát Xát", LAO_CAI).unique
    assert old_commune("Phường Cốc Lếu", LAO_CAI).candidates == ((_code("Phường Lào Cai"), "Phường Lào Cai"),)
    assert old_commune("Xã Nowhere", LAO_CAI) is None
    # The same old name in two old districts: with the district it is one, without it a choice.
    assert len(old_commune("Xã Nam Cường", LAO_CAI).candidates) == 2
    assert old_commune("Xã Nam Cường, Thành phố Lào Cai", LAO_CAI).unique


def test_import_converts_old_communes_and_keeps_the_old_text(ctx, tmp_path):
    rows = [list(r) for r in xb.HOUSEHOLD_ROWS]
    rows[0][3] = "Xã Quang Kim, Huyện Bát Xát"
    rows[3][3] = "Xã Nam Cường"          # split between two current communes: the person chooses
    file = open_import(xb.households_file(tmp_path / "ho.xlsx", rows=rows), "households")
    preview = preview_import(ctx, file)
    uses = {u.old_text: u for u in preview.old_communes}
    assert uses["Xã Quang Kim, Huyện Bát Xát"].chosen == _code("Xã Bát Xát")
    split = uses["Xã Nam Cường"]
    assert split.chosen is None and len(split.candidates) == 2
    assert preview.values[0]["commune_code"] == _code("Xã Bát Xát")
    assert preview.values[0]["old_address"] == "Xã Quang Kim, Huyện Bát Xát"
    assert preview.status[3] == "invalid" and "Nam Cường" in str(preview.reasons[3])
    choose_old_commune(file, "xã nam cường", split.candidates[1][0])
    preview = preview_import(ctx, file)
    assert preview.count("invalid") == 0 and preview.values[3]["commune_code"] == split.candidates[1][0]
    assert apply_import(ctx, file, preview).imported == 4
    from sqlalchemy import select

    from dnnd_desktop.storage.models.records import Household
    with ctx.session() as s:
        olds = set(s.scalars(select(Household.old_address)))
    assert {"Xã Quang Kim, Huyện Bát Xát", "Xã Nam Cường"} <= olds
