"""Consent per data subject (issue 14, Deliver 1): the one answer "has S valid consent for P at T",
the household's consent covering its members, a person's own consent or withdrawal deciding for
them, and its effect on Excel and PDF lists of the demo data (215 of 300 households without consent),
with the excluded counted by hand here."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from dnnd_desktop.services.demo import fill_demo
from dnnd_desktop.services.excel import export_list
from dnnd_desktop.services.printouts import print_list
from dnnd_desktop.services.privacy.consent import (
    LISTS,
    NO_CONSENT,
    OTHER_PURPOSE,
    SHARING,
    WITHDRAWN,
    has_valid_consent,
    withdraw_consent,
)
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.storage.models import AuditEntry, Consent, Household, OverseasPerson

TODAY = dt.date.today()


@pytest.fixture
def family(ctx):
    svc = RecordService(ctx)
    hh = svc.create("household", {"head_name": "Hoàng Văn Páo", "village": "Thôn Lũng Pô"})
    a = svc.create("person", {"household_id": hh.id, "full_name": "Hoàng Thị Dợ", "country": "KR"})
    b = svc.create("person", {"household_id": hh.id, "full_name": "Hoàng Văn Chúng", "country": "TW"})
    return ctx, svc, hh.id, a.id, b.id


def test_household_consent_covers_its_members_until_withdrawn(family):
    ctx, svc, hid, a, b = family
    assert has_valid_consent(ctx, "household", hid, LISTS).reason == NO_CONSENT
    c = svc.create("consent", {"household_id": hid, "given_date": TODAY - dt.timedelta(days=30),
                               "purposes": "keeping,lists", "method": "Văn bản có chữ ký"})
    assert has_valid_consent(ctx, "household", hid, LISTS)
    assert has_valid_consent(ctx, "person", a, LISTS) and has_valid_consent(ctx, "person", b, LISTS)
    # not for a purpose it does not list, and not before it was given
    assert has_valid_consent(ctx, "person", a, SHARING).reason == OTHER_PURPOSE
    assert not has_valid_consent(ctx, "household", hid, LISTS, at=TODAY - dt.timedelta(days=31))
    withdraw_consent(ctx, c.id)
    # takes effect at once: today the consent covers nothing
    assert has_valid_consent(ctx, "household", hid, LISTS).reason == WITHDRAWN
    assert has_valid_consent(ctx, "person", a, LISTS).reason == WITHDRAWN
    with ctx.session() as s:
        audited = s.scalars(select(AuditEntry).where(AuditEntry.record_id == c.id,
                                                     AuditEntry.field == "withdrawn_date")).all()
    assert len(audited) == 1 and audited[0].user_name == ctx.current_user.name


def test_a_persons_own_consent_decides_for_them(family):
    ctx, svc, hid, a, b = family
    svc.create("consent", {"household_id": hid, "given_date": TODAY, "purposes": "lists"})
    own = svc.create("consent", {"household_id": hid, "person_id": a, "given_date": TODAY - dt.timedelta(days=9),
                                 "purposes": "lists,sharing"})
    assert has_valid_consent(ctx, "person", a, SHARING)               # her own, for sending too
    assert not has_valid_consent(ctx, "person", b, SHARING)           # the household's does not list it
    withdraw_consent(ctx, own.id)
    assert has_valid_consent(ctx, "person", a, LISTS).reason == WITHDRAWN   # not rescued by the household's
    assert has_valid_consent(ctx, "person", b, LISTS)


def test_consent_without_purposes_recorded_before_0011_covers_what_it_said(family):
    ctx, svc, hid, a, _b = family
    svc.create("consent", {"household_id": hid, "given_date": TODAY, "scope": "Quản lý thông tin thân nhân"})
    assert all(has_valid_consent(ctx, "person", a, p) for p in (LISTS, SHARING))


@pytest.fixture
def demo(ctx):
    fill_demo(ctx, households=300, activities=10, seed=1)
    with ctx.session() as s:
        consented = set(s.scalars(select(Consent.household_id).where(Consent.deleted.is_(False),
                                                                     Consent.withdrawn_date.is_(None))))
        households = s.scalar(select(func.count()).select_from(Household).where(Household.deleted.is_(False)))
        persons = {p.id: p.household_id for p in s.scalars(select(OverseasPerson)
                                                           .where(OverseasPerson.deleted.is_(False)))}
    return ctx, consented, households, persons


def test_demo_exports_leave_out_who_has_no_consent(demo, tmp_path):
    ctx, consented, households, persons = demo
    without = households - len(consented)                 # counted by hand from the consent table
    assert households == 300 and 200 <= without <= 230    # the demo leaves about 215 of 300 without
    persons_with = [pid for pid, hid in persons.items() if hid in consented]
    # households list: one row per person of a consenting household (+1 for one without persons)
    lonely = sum(1 for hid in consented if hid not in set(persons.values()))
    out = tmp_path / "ho.xlsx"
    r = export_list(ctx, "households", out)
    assert r.rows == len(persons_with) + lonely
    assert r.excluded.households == without and r.excluded.persons == 0
    assert len({e.id for e in r.excluded.listed}) == 200 and all(e.reason == NO_CONSENT for e in r.excluded.listed)
    sheet = [row for row in load_workbook(out).active.iter_rows(min_row=5, values_only=True) if row[0]]
    assert len(sheet) == r.rows
    # persons list: the persons of the 215 households are left out
    r = export_list(ctx, "persons", tmp_path / "nguoi.xlsx")
    assert r.rows == len(persons_with) and r.excluded.persons == len(persons) - len(persons_with)
    # what the user is told: names and the reason, never a sensitive value
    shown = r.excluded.to_dict()["listed"][0]
    assert set(shown) == {"kind", "id", "name", "reason", "reason_text"}
    # the PDF list says how many were left out
    pdf = tmp_path / "ho.pdf"
    p = print_list(ctx, "household", pdf)
    assert p.rows == len(consented) and p.excluded.households == without
    text = " ".join(unicodedata.normalize("NFC", "\n".join(pg.extract_text() for pg in PdfReader(str(pdf)).pages))
                    .split())
    assert f"Tổng số: {len(consented)} bản ghi." in text and f"Không in {without} bản ghi" in text


def test_withdrawal_takes_effect_on_the_next_export(demo, tmp_path):
    ctx, consented, households, _persons = demo
    with ctx.session() as s:
        cid, hid = s.execute(select(Consent.id, Consent.household_id).where(Consent.withdrawn_date.is_(None))
                             .limit(1)).one()
    withdraw_consent(ctx, cid)
    assert has_valid_consent(ctx, "household", hid, LISTS).reason == WITHDRAWN
    r = export_list(ctx, "households", tmp_path / "ho.xlsx")
    assert r.excluded.households == households - len(consented) + 1


def test_no_information_sheet_without_consent(family, tmp_path):
    from dnnd_desktop.domain.errors import DnndError
    from dnnd_desktop.services.printouts import print_record_sheet

    ctx, svc, hid, a, _b = family
    with pytest.raises(DnndError) as err:
        print_record_sheet(ctx, "household", hid, tmp_path / "phieu.pdf")
    assert err.value.code == "no_consent" and not (tmp_path / "phieu.pdf").exists()
    svc.create("consent", {"household_id": hid, "given_date": TODAY, "purposes": "lists"})
    print_record_sheet(ctx, "person", a, tmp_path / "phieu.pdf")
    assert (tmp_path / "phieu.pdf").exists()


def test_household_sheet_leaves_out_a_member_who_withdrew(ctx, tmp_path):
    """The household consented; one of its three members abroad withdrew her own consent for lists,
    another gave his own for keeping only (which says nothing of lists: the household's decides).
    The sheet prints 2 of the 3, not the withdrawn member's name, and says
    1 was left out (counted here by hand)."""
    from dnnd_desktop.services.printouts import print_record_sheet

    svc = RecordService(ctx)
    hh = svc.create("household", {"head_name": "Lò Văn Sáng", "village": "Bản Phiệt"})
    svc.create("person", {"household_id": hh.id, "full_name": "Lò Thị Mai", "country": "JP"})
    withdrew = svc.create("person", {"household_id": hh.id, "full_name": "Lò Thị Ngoan", "country": "KR"})
    keeping_only = svc.create("person", {"household_id": hh.id, "full_name": "Lò Văn Đoàn", "country": "TW"})
    svc.create("consent", {"household_id": hh.id, "given_date": TODAY - dt.timedelta(days=60),
                           "purposes": "keeping,lists,sharing"})
    own = svc.create("consent", {"household_id": hh.id, "person_id": withdrew.id,
                                 "given_date": TODAY - dt.timedelta(days=40), "purposes": "keeping,lists"})
    withdraw_consent(ctx, own.id)
    svc.create("consent", {"household_id": hh.id, "person_id": keeping_only.id,
                           "given_date": TODAY - dt.timedelta(days=20), "purposes": "keeping"})
    out = tmp_path / "phieu-ho.pdf"
    r = print_record_sheet(ctx, "household", hh.id, out)
    assert r.excluded is not None and r.excluded.persons == 1 and r.excluded.households == 0
    assert [(e.name, e.reason) for e in r.excluded.listed] == [("Lò Thị Ngoan", WITHDRAWN)]
    text = " ".join(unicodedata.normalize("NFC", "\n".join(pg.extract_text() for pg in PdfReader(str(out)).pages))
                    .split())
    assert "Lò Thị Mai" in text and "Lò Văn Sáng" in text and "Lò Văn Đoàn" in text
    assert "Ngoan" not in text
    assert "NƯỚC NGOÀI (2 người)" in text
    assert "Không in thông tin của 1 người chưa đồng ý" in text
