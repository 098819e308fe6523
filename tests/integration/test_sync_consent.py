"""Sync packages and consent for "sharing" (issue 14, Deliver 1): a household or person abroad
without valid consent to share is not in any line of the package to the province (read back as the
province reads it), the user is told who, the record goes in the first package after consent is
given (although its writes were inside the earlier package's knowledge), and what belongs to it
(contributions, its consents, activity participations, attachments) follows it."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from sqlalchemy import func, select

from dnnd_desktop.logging_setup import configure_logging
from dnnd_desktop.services.packages import export_package, import_package
from dnnd_desktop.services.privacy.consent import SHARING, has_valid_consent, withdraw_consent
from dnnd_desktop.services.records import RecordService
from dnnd_desktop.services.records.attachments import AttachmentService
from dnnd_desktop.services.sync import consent_withheld
from dnnd_desktop.storage.models import Household, OverseasPerson, SyncWithheld
from tests.support.package_text import package_lines
from tests.unit.test_packages_world import close_world, make_world

LISTS_ONLY = "Thào Seo Chúng"          # consent for lists, not for sharing
ABROAD_OF_LISTS_ONLY = "Thào Thị Mỷ"   # lives in Korea, no consent of her own
NO_CONSENT = "Lý A Sử"                 # no consent recorded at all
CONSENTED = "Vàng Seo Phủ"             # consent for every purpose
ABROAD_OF_CONSENTED = "Vàng Thị Mai"
OWN_CONSENT_HEAD = "Sùng Văn Páo"       # household without consent...
OWN_CONSENT_ABROAD = "Sùng Thị Dính"    # ...whose member abroad consented herself


@pytest.fixture
def world(tmp_path, monkeypatch):
    monkeypatch.setattr(consent_withheld, "ENABLED", True)
    w = make_world(tmp_path)
    yield w
    close_world(w)


def consent(svc, household_id, purposes, person_id=None, given=dt.date(2025, 3, 1)):
    values = {"household_id": household_id, "given_date": given, "purposes": purposes,
              "method": "Văn bản có chữ ký"}
    if person_id:
        values["person_id"] = person_id
    return svc.create("consent", values).id


def send(src, dst, path):
    return export_package(src.ctx, kind="sync", to=dst.id, out_path=path, secret=src.secret)


def test_no_package_line_carries_who_did_not_consent_to_sharing_until_they_do(world, tmp_path):
    commune, province = world["a"], world["province"]
    configure_logging(commune.data_dir.root)
    svc = RecordService(commune.ctx)
    lists_only = svc.create("household", {"head_name": LISTS_ONLY, "head_birth_year": 1961}).id
    abroad = svc.create("person", {"household_id": lists_only, "full_name": ABROAD_OF_LISTS_ONLY,
                                   "country": "KR"}).id
    lists_consent = consent(svc, lists_only, "keeping,lists")
    gift = svc.create("contribution", {"household_id": lists_only, "purpose": "poor_fund",
                                       "amount_vnd": 2_000_000}).id
    act = svc.create("activity", {"title": "Gặp mặt kiều bào dịp Tết", "activity_type": "meeting",
                                  "start_date": "05/02/2026"}).id
    met = svc.link(act, "person", abroad)
    scan = tmp_path / "don-dong-y.pdf"
    scan.write_bytes(b"%PDF-1.4 giay xac nhan cua ho " * 40)
    att = AttachmentService(commune.ctx).add("household", lists_only, scan)
    no_consent = svc.create("household", {"head_name": NO_CONSENT}).id
    consented = svc.create("household", {"head_name": CONSENTED}).id
    svc.create("person", {"household_id": consented, "full_name": ABROAD_OF_CONSENTED, "country": "JP"})
    consent(svc, consented, "keeping,lists,sharing")
    own_head = svc.create("household", {"head_name": OWN_CONSENT_HEAD}).id
    own_abroad = svc.create("person", {"household_id": own_head, "full_name": OWN_CONSENT_ABROAD,
                                       "country": "TW"}).id
    consent(svc, own_head, "sharing", person_id=own_abroad)

    first = send(commune, province, tmp_path / "lan-1.dnnd")
    # Counted by hand: households LISTS_ONLY, NO_CONSENT, OWN_CONSENT_HEAD; the person abroad of
    # LISTS_ONLY. Sent: CONSENTED with its member and consent, and the member who consented herself.
    assert (first.withheld.households, first.withheld.persons) == (3, 1)
    assert {(e.name, e.reason) for e in first.withheld.listed} == {
        (LISTS_ONLY, "other_purpose"), (ABROAD_OF_LISTS_ONLY, "other_purpose"), (NO_CONSENT, "no_consent"),
        (OWN_CONSENT_HEAD, "no_consent")}
    assert first.contents["household"] == 1 and first.contents["person"] == 2 and first.contents["consent"] == 2
    assert "contribution" not in first.contents and "attachment" not in first.contents
    assert "activity_person" not in first.contents and first.contents["activity"] == 1
    shown = first.to_dict()["withheld"]                         # what --json prints
    assert {e["name"] for e in shown["listed"]} == {LISTS_ONLY, ABROAD_OF_LISTS_ONLY, NO_CONSENT, OWN_CONSENT_HEAD}
    lines = package_lines(province, tmp_path / "lan-1.dnnd")
    assert len(lines) >= 7
    for line in lines:                                          # the province's own reading, every line
        for hidden in (LISTS_ONLY, ABROAD_OF_LISTS_ONLY, NO_CONSENT, OWN_CONSENT_HEAD, lists_only, abroad,
                       lists_consent, gift, met, att.id, no_consent):
            assert hidden not in line
    assert any(CONSENTED in line for line in lines) and any(OWN_CONSENT_ABROAD in line for line in lines)
    assert att.sha256 not in " ".join(lines)                    # nor the attached file's bytes
    import_package(province.ctx, tmp_path / "lan-1.dnnd", province.secret)
    with province.ctx.session() as s:
        names = set(s.scalars(select(Household.head_name).where(Household.deleted.is_(False))))
        assert names == {CONSENTED}
    # The province answers (its knowledge covers the first package: the acknowledged point moves past it).
    send(province, commune, tmp_path / "tra-loi.dnnd")
    import_package(commune.ctx, tmp_path / "tra-loi.dnnd", commune.secret)
    with commune.ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncWithheld)) == 8

    consent(svc, lists_only, "sharing", given=dt.date.today())   # the family consents to sharing
    second = send(commune, province, tmp_path / "lan-2.dnnd")
    assert (second.withheld.households, second.withheld.persons) == (0, 0)   # the others were not due again
    assert second.contents == {"household": 1, "person": 1, "consent": 2, "contribution": 1, "activity_person": 1,
                               "attachment": 1, "attachment_files": 1}
    text = "\n".join(package_lines(province, tmp_path / "lan-2.dnnd"))
    assert LISTS_ONLY in text and ABROAD_OF_LISTS_ONLY in text and NO_CONSENT not in text
    import_package(province.ctx, tmp_path / "lan-2.dnnd", province.secret)
    with province.ctx.session() as s:
        assert set(s.scalars(select(Household.head_name).where(Household.deleted.is_(False)))) == {
            CONSENTED, LISTS_ONLY}
        assert s.scalar(select(OverseasPerson.full_name).where(OverseasPerson.id == abroad)) == ABROAD_OF_LISTS_ONLY
    assert AttachmentService(province.ctx).blob_path(att.sha256).is_file()
    with commune.ctx.session() as s:                          # what went is no longer withheld...
        assert set(s.scalars(select(SyncWithheld.record_id).where(SyncWithheld.sent_seq.is_(None)))) == {
            no_consent, own_head}
    send(province, commune, tmp_path / "tra-loi-2.dnnd")     # ...and once the province says it holds it,
    import_package(commune.ctx, tmp_path / "tra-loi-2.dnnd", commune.secret)

    # An edit of someone still without consent is withheld again, and told again.
    svc.update("household", no_consent, {"head_birth_year": 1970})
    third = send(commune, province, tmp_path / "lan-3.dnnd")
    assert (third.withheld.households, third.withheld.persons) == (1, 0)
    assert third.contents == {}                               # the edit left out, nothing released again
    assert NO_CONSENT not in "\n".join(package_lines(province, tmp_path / "lan-3.dnnd"))
    with commune.ctx.session() as s:                          # ...it leaves the list
        assert set(s.scalars(select(SyncWithheld.record_id))) == {no_consent, own_head}

    for handler in logging.getLogger().handlers:
        handler.flush()
    logs = "\n".join(p.read_text(encoding="utf-8") for p in (commune.data_dir.root / "logs").glob("*"))
    assert "package_export" in logs
    for name in (LISTS_ONLY, ABROAD_OF_LISTS_ONLY, NO_CONSENT, OWN_CONSENT_HEAD):
        assert name not in logs


def test_withdrawal_stops_the_next_packages_and_the_user_is_told(world, tmp_path):
    commune, province = world["a"], world["province"]
    svc = RecordService(commune.ctx)
    hid = svc.create("household", {"head_name": CONSENTED}).id
    given = consent(svc, hid, "keeping,lists,sharing")
    first = send(commune, province, tmp_path / "lan-1.dnnd")
    assert first.contents["household"] == 1 and first.withheld.total == 0
    import_package(province.ctx, tmp_path / "lan-1.dnnd", province.secret)
    assert has_valid_consent(province.ctx, "household", hid, SHARING)
    withdraw_consent(commune.ctx, given)
    svc.update("household", hid, {"head_birth_year": 1958})
    second = send(commune, province, tmp_path / "lan-2.dnnd")
    assert [(e.name, e.reason) for e in second.withheld.listed] == [(CONSENTED, "withdrawn")]
    assert second.contents == {"consent": 1}                  # the withdrawal itself goes, to whoever may hold them
    assert CONSENTED not in "\n".join(package_lines(province, tmp_path / "lan-2.dnnd"))
    import_package(province.ctx, tmp_path / "lan-2.dnnd", province.secret)
    # The province keeps what it received, without the edit, and knows the consent was withdrawn:
    # its own packages onward leave the household out from now on.
    assert has_valid_consent(province.ctx, "household", hid, SHARING).reason == "withdrawn"
    with province.ctx.session() as s:
        assert s.get(Household, hid).head_birth_year is None
    lines = consent_withheld.withheld_lines(second.to_dict()["withheld"])
    assert len(lines) == 2 and CONSENTED in lines[1]


def test_records_going_back_to_their_own_office_are_not_screened(world, tmp_path, monkeypatch):
    """The province sends a district its own people back (after a restore there, reset): the
    district collected them; its consent screen applied when it sent them up."""
    commune, province = world["a"], world["province"]
    hid = RecordService(commune.ctx).create("household", {"head_name": NO_CONSENT}).id
    monkeypatch.setattr(consent_withheld, "ENABLED", False)
    send(commune, province, tmp_path / "len.dnnd")              # sent before this version
    monkeypatch.setattr(consent_withheld, "ENABLED", True)
    import_package(province.ctx, tmp_path / "len.dnnd", province.secret)
    back = export_package(province.ctx, kind="sync", to=commune.id, out_path=tmp_path / "ve.dnnd",
                          secret=province.secret, full=True)
    assert back.contents.get("household") == 1 and back.withheld.total == 0
    assert hid in "\n".join(package_lines(commune, tmp_path / "ve.dnnd"))


def test_usb_sync_says_who_was_left_out(world, tmp_path):
    from dnnd_desktop.services.usb_sync import usb_sync

    commune, province = world["a"], world["province"]
    svc = RecordService(commune.ctx)
    svc.create("household", {"head_name": NO_CONSENT})
    consent(svc, svc.create("household", {"head_name": CONSENTED}).id, "sharing")
    stick = tmp_path / "usb"
    stick.mkdir()
    r = usb_sync(commune.ctx, stick, commune.secret)
    sent = [x for x in r.sent if x["office_id"] == province.id and x["kind"] == "sync"]
    assert len(sent) == 1 and sent[0]["contents"]["household"] == 1
    assert [e["name"] for e in sent[0]["withheld"]["listed"]] == [NO_CONSENT]
    assert f"  - {NO_CONSENT}: chưa ghi nhận sự đồng ý" in r.summary_text()   # Vietnamese, as the office reads it


def test_a_released_record_that_is_gone_since_leaves_the_list(world, tmp_path):
    """A record left out, whose consent came after it was purged (or it stopped being due to that
    office), must not stay listed for ever: released records leave the list whether they went or not."""
    commune, province = world["a"], world["province"]
    svc = RecordService(commune.ctx)
    hid = svc.create("household", {"head_name": CONSENTED}).id
    consent(svc, hid, "keeping,lists,sharing")
    purged = "6f1c1c4e-2b1e-4c1d-9a39-0d7b8e0f4a11"          # a contribution of that household, purged since
    with commune.ctx.session() as s:
        s.add(SyncWithheld(office_id=province.id, record_id=purged, record_kind="contribution", household_id=hid))
        s.add(SyncWithheld(office_id=province.id, record_id="7a2d", record_kind="household", household_id="7a2d"))
    send(commune, province, tmp_path / "lan-1.dnnd")
    with commune.ctx.session() as s:                          # still without consent: listed as never sent
        assert list(s.scalars(select(SyncWithheld.record_id).where(SyncWithheld.sent_seq.is_(None)))) == ["7a2d"]
    import_package(province.ctx, tmp_path / "lan-1.dnnd", province.secret)
    send(province, commune, tmp_path / "tra-loi.dnnd")
    import_package(commune.ctx, tmp_path / "tra-loi.dnnd", commune.secret)
    send(commune, province, tmp_path / "lan-2.dnnd")
    with commune.ctx.session() as s:
        assert list(s.scalars(select(SyncWithheld.record_id))) == ["7a2d"]   # acknowledged: gone


def test_a_lost_package_does_not_lose_the_records_released_in_it(world, tmp_path):
    """Released records have old change numbers, below the point the province acknowledged: were
    the package carrying them lost, nothing would read them again. They stay listed, and go in
    every package, until the province acknowledges one that carried them."""
    commune, province = world["a"], world["province"]
    svc = RecordService(commune.ctx)
    hid = svc.create("household", {"head_name": LISTS_ONLY}).id
    consent(svc, hid, "keeping,lists")
    first = send(commune, province, tmp_path / "lan-1.dnnd")
    assert first.withheld.households == 1
    import_package(province.ctx, tmp_path / "lan-1.dnnd", province.secret)
    send(province, commune, tmp_path / "tra-loi-1.dnnd")      # the province holds the first package
    import_package(commune.ctx, tmp_path / "tra-loi-1.dnnd", commune.secret)

    consent(svc, hid, "sharing", given=dt.date.today())
    lost = send(commune, province, tmp_path / "lan-2-mat.dnnd")   # the USB stick is lost
    assert lost.contents["household"] == 1
    again = send(commune, province, tmp_path / "lan-3.dnnd")
    assert again.contents["household"] == 1 and LISTS_ONLY in "\n".join(package_lines(province,
                                                                                      tmp_path / "lan-3.dnnd"))
    import_package(province.ctx, tmp_path / "lan-3.dnnd", province.secret)
    with province.ctx.session() as s:
        assert s.get(Household, hid).head_name == LISTS_ONLY
    # The province's word does not cover the third package yet (it waits for the lost second one's
    # gap: sync.md), so the next package fills the gap; once that is acknowledged, nothing goes again.
    for n in (2, 3):
        send(province, commune, tmp_path / f"tra-loi-{n}.dnnd")
        import_package(commune.ctx, tmp_path / f"tra-loi-{n}.dnnd", commune.secret)
        gap = send(commune, province, tmp_path / f"lan-{n + 2}.dnnd")
        import_package(province.ctx, tmp_path / f"lan-{n + 2}.dnnd", province.secret)
    assert "household" not in gap.contents
    with commune.ctx.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncWithheld)) == 0
