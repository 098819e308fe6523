"""Issue 12: terms an office adds to its lists travel up with its sync packages and arrive at the
province (round trip), never sideways; a term claimed for another office is refused."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from dnnd_desktop.services.excel.unknown_values import add_local_terms
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.packages.common import Outcome
from dnnd_desktop.services.packages.vocab_contents import apply_terms, parse_terms
from dnnd_desktop.storage.models import VocabTerm


def _terms(office) -> dict[tuple[str, str], tuple[str, str | None]]:
    with office.ctx.session() as s:
        return {(t.vocabulary, t.code): (t.label, t.origin_office_id)
                for t in s.scalars(select(VocabTerm).where(VocabTerm.source == "local"))}


def test_office_terms_go_up_and_arrive_at_the_province(world, tmp_path):
    p, a, b = world["province"], world["a"], world["b"]
    with a.ctx.session() as s:
        assert add_local_terms(s, {("relation", "chau-ngoai"): "Cháu ngoại",
                                   ("occupation", "xuat-khau-lao-dong"): "Xuất khẩu lao động"}) == 2
    up = tmp_path / "up.dnnd"
    r = export_package(a.ctx, kind="sync", to=p.id, out_path=up, secret=a.secret)
    assert r.contents == {"vocab_term": 2}
    res = import_package(p.ctx, up, p.secret)
    assert res.per_kind["vocab_term"]["new"] == 2
    assert _terms(p) == {("relation", "chau-ngoai"): ("Cháu ngoại", a.id),
                         ("occupation", "xuat-khau-lao-dong"): ("Xuất khẩu lao động", a.id)}
    # a renamed term travels as an update; the same package again changes nothing
    with a.ctx.session() as s:
        s.scalars(select(VocabTerm).where(VocabTerm.code == "chau-ngoai")).one().label = "Cháu (ngoại)"
    up2 = tmp_path / "up2.dnnd"
    export_package(a.ctx, kind="sync", to=p.id, out_path=up2, secret=a.secret)
    assert import_package(p.ctx, up2, p.secret).per_kind["vocab_term"]["updated"] >= 1
    assert _terms(p)[("relation", "chau-ngoai")] == ("Cháu (ngoại)", a.id)
    # never sideways to a peer, never down
    with pytest.raises(Exception) as e:
        export_package(a.ctx, kind="sync", to=b.id, out_path=tmp_path / "peer.dnnd", secret=a.secret,
                       skip_empty=True)
    assert e.value.code == "nothing_to_send"
    down = tmp_path / "down.dnnd"
    r = export_package(p.ctx, kind="sync", to=a.id, out_path=down, secret=p.secret)
    assert "vocab_term" not in r.contents


def test_a_term_claimed_for_another_office_is_refused(world):
    p, a, b = world["province"], world["a"], world["b"]
    wire = [{"id": "0b7c1f2e-8d7a-4b0e-9a51-3f2b9d6c1e01", "vocabulary": "relation", "code": "em", "label": "Em",
             "active": True, "origin_office_id": b.id}]
    terms = parse_terms(json.loads(json.dumps(wire)))
    out = Outcome()
    with a.ctx.session() as s:                       # a peer's package to a cannot speak for the province
        apply_terms(s, [t.model_copy(update={"origin_office_id": p.id}) for t in terms], b.id, out)
    assert out.per_kind["vocab_term"].to_dict()["rejected"] == 1
    assert _terms(a) == {}
